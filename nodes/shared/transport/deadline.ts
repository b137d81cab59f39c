import { BodyLimitError, closeStream } from './body';

/**
 * The signal `Deadline.or` last made for each outer signal, kept by the outer one: Node keeps a
 * timeout signal that has a listener until it fires, minutes after its execution may have ended,
 * and a deadline must not keep the execution's own signal (and what listens to it) alive.
 */
const joinedSignals = new WeakMap<AbortSignal, { deadline: Deadline; signal: AbortSignal }>();

/**
 * A request's deadline covers its whole answer, from sending to the last byte: n8n's `timeout` is
 * an idle timeout, so a server trickling one byte at a time would otherwise hold an execution
 * forever. No timer of our own is allowed in node code; the deadline is `AbortSignal.timeout`.
 */
export class Deadline {
	readonly signal: AbortSignal;
	/** Whoever is waiting on this deadline: one listener on the signal calls them all. */
	private readonly waiting = new Set<() => void>();

	constructor(
		readonly ms: number,
		readonly since = Date.now(),
	) {
		this.signal = AbortSignal.timeout(ms);
		this.signal.addEventListener(
			'abort',
			() => {
				for (const fire of this.waiting) fire();
			},
			{ once: true },
		);
	}

	get passed(): boolean {
		return this.signal.aborted;
	}

	/** Calls `fire` once the deadline passes, unless `unwatch` came first. */
	watch(fire: () => void): void {
		this.waiting.add(fire);
	}

	unwatch(fire: () => void): void {
		this.waiting.delete(fire);
	}

	/**
	 * A signal that fires at the deadline or with `outer` (n8n's cancel signal for the execution),
	 * whichever comes first; made once per outer signal, not once per request.
	 */
	or(outer: AbortSignal | undefined): AbortSignal {
		if (!outer || outer === this.signal) return this.signal;
		const kept = joinedSignals.get(outer);
		if (kept?.deadline === this) return kept.signal;
		const signal = AbortSignal.any([this.signal, outer]);
		joinedSignals.set(outer, { deadline: this, signal });
		return signal;
	}
}

/**
 * How much earlier than its own deadline a request may be stopped because it shares the deadline
 * of a request sent just before it: a hundredth of the deadline, at most a second.
 */
export function sharingWindowMs(ms: number): number {
	return Math.min(1000, ms / 100);
}

const sharedDeadlines = new WeakMap<object, Deadline>();

/**
 * The deadline of a request `owner` (an execution context) sends now. Return All sends one request
 * per page, milliseconds apart: a timer signal and a listener for each was a measurable share of a
 * page's cost, so requests sent within `sharingWindowMs` of the first share its deadline. A request
 * may thus be stopped up to that window early (at most 1 % of its deadline), never late.
 */
export function deadlineFor(owner: object, ms: number): Deadline {
	const now = Date.now();
	const kept = sharedDeadlines.get(owner);
	// A clock set back makes a fresh deadline: the kept one's age is then unknown.
	const age = kept ? now - kept.since : -1;
	if (kept && kept.ms === ms && !kept.passed && age >= 0 && age <= sharingWindowMs(ms)) return kept;
	const fresh = new Deadline(ms, now);
	sharedDeadlines.set(owner, fresh);
	return fresh;
}

/**
 * One request's deadline, watched from sending to the body's last byte: while the answer is
 * awaited (`answer`), the deadline stops the wait, since a helper may ignore the signal, and an
 * answer that still comes is closed; once the answer is in, it destroys the body stream with a
 * BodyLimitError, which ends whatever is reading it. `stop` ends the watch; call it when the body
 * is read or handed on.
 */
export class DeadlineWatch {
	private body: unknown;
	private rejectWait?: (error: BodyLimitError) => void;
	private readonly fire = () => {
		const error = new BodyLimitError('deadline', this.message);
		if (this.rejectWait) this.rejectWait(error);
		else closeStream(this.body, error);
	};

	constructor(
		private readonly deadline: Deadline,
		private readonly message: string,
	) {
		if (!deadline.passed) deadline.watch(this.fire);
	}

	/** The answer of `pending`, or a BodyLimitError when the deadline comes first. */
	answer<T>(pending: Promise<T>): Promise<T> {
		if (this.deadline.passed) {
			void pending.then(
				(late) => closeStream((late as { body?: unknown })?.body),
				() => undefined,
			);
			return Promise.reject(new BodyLimitError('deadline', this.message));
		}
		return new Promise<T>((resolve, reject) => {
			this.rejectWait = reject;
			pending.then(
				(value) => {
					if (this.deadline.passed) return closeStream((value as { body?: unknown })?.body);
					this.rejectWait = undefined;
					this.body = (value as { body?: unknown })?.body;
					resolve(value);
				},
				(error: unknown) => {
					this.rejectWait = undefined;
					if (!this.deadline.passed) reject(error);
				},
			);
		});
	}

	stop(): void {
		this.deadline.unwatch(this.fire);
	}
}

/**
 * Races a pending request against its deadline. The request itself is aborted through its signal;
 * this also stops waiting when a helper ignores the signal, and closes the stream of an answer that
 * comes late.
 */
export async function untilDeadline<T>(
	pending: Promise<T>,
	deadline: Deadline,
	message: string,
): Promise<T> {
	// Only the wait is watched: the answer's body is the caller's to read.
	const watch = new DeadlineWatch(deadline, message);
	try {
		return await watch.answer(pending);
	} finally {
		watch.stop();
	}
}
