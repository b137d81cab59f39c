import { sleep } from 'n8n-workflow';
import { BodyLimitError } from '../../../nodes/shared/transport/body';
import {
	Deadline,
	DeadlineWatch,
	deadlineFor,
	sharingWindowMs,
	untilDeadline,
} from '../../../nodes/shared/transport/deadline';

const never = () => new Promise<never>(() => undefined);
const passed = (deadline: Deadline) =>
	new Promise<void>((resolve) => deadline.signal.addEventListener('abort', () => resolve()));

describe('request deadlines', () => {
	afterEach(() => jest.restoreAllMocks());

	it('shares one deadline between the requests of a context sent within the window', () => {
		const owner = {};
		const first = deadlineFor(owner, 60_000);
		expect(deadlineFor(owner, 60_000)).toBe(first);
		// Another context, or another length of deadline, gets its own.
		expect(deadlineFor({}, 60_000)).not.toBe(first);
		expect(deadlineFor(owner, 30_000)).not.toBe(first);
	});

	it('makes a fresh deadline once the shared one is older than the window', () => {
		const owner = {};
		const now = Date.now();
		const clock = jest.spyOn(Date, 'now').mockReturnValue(now);
		const first = deadlineFor(owner, 60_000);
		clock.mockReturnValue(now + sharingWindowMs(60_000));
		expect(deadlineFor(owner, 60_000)).toBe(first);
		clock.mockReturnValue(now + sharingWindowMs(60_000) + 1);
		const second = deadlineFor(owner, 60_000);
		expect(second).not.toBe(first);
		expect(second.since).toBe(now + sharingWindowMs(60_000) + 1);
	});

	it('makes a fresh deadline when the clock was set back, whose age is then unknown', () => {
		const owner = {};
		const now = Date.now();
		const clock = jest.spyOn(Date, 'now').mockReturnValue(now);
		const first = deadlineFor(owner, 60_000);
		clock.mockReturnValue(now - 5_000);
		expect(deadlineFor(owner, 60_000)).not.toBe(first);
	});

	it('stops a request at most a hundredth of its deadline (and never more than a second) early', () => {
		expect(sharingWindowMs(120_000)).toBe(1000);
		expect(sharingWindowMs(300_000)).toBe(1000);
		expect(sharingWindowMs(2_000)).toBe(20);
	});

	it('never shares a deadline that has passed', async () => {
		// The clock stands still, so only the passed deadline, not its age, can make a fresh one.
		jest.spyOn(Date, 'now').mockReturnValue(Date.now());
		const owner = {};
		const first = deadlineFor(owner, 5);
		await passed(first);
		expect(first.passed).toBe(true);
		const second = deadlineFor(owner, 5);
		expect(second).not.toBe(first);
		expect(second.passed).toBe(false);
	});

	it("joins n8n's cancel signal once per signal, not once per request", () => {
		const deadline = new Deadline(60_000);
		const cancel = new AbortController();
		expect(deadline.or(undefined)).toBe(deadline.signal);
		const joined = deadline.or(cancel.signal);
		expect(deadline.or(cancel.signal)).toBe(joined);
		expect(joined.aborted).toBe(false);
		cancel.abort();
		expect(joined.aborted).toBe(true);
		// Another execution's signal gets a composite of its own.
		expect(deadline.or(new AbortController().signal)).not.toBe(joined);
	});

	it('wakes every request still watching a shared deadline, and none that stopped watching', async () => {
		const deadline = new Deadline(20);
		const stream = () => ({ destroy: jest.fn(), [Symbol.asyncIterator]: jest.fn() });
		// One still waits for its answer, one is reading its body, one has read its body and stopped.
		const waiting = new DeadlineWatch(deadline, 'the first answer was late').answer(never());
		const reading = new DeadlineWatch(deadline, 'the second body was late');
		const readingBody = stream();
		await reading.answer(Promise.resolve({ body: readingBody }));
		const finished = new DeadlineWatch(deadline, 'never said');
		const finishedBody = stream();
		await finished.answer(Promise.resolve({ body: finishedBody }));
		finished.stop();
		await expect(waiting).rejects.toThrow('the first answer was late');
		expect(readingBody.destroy).toHaveBeenCalledWith(expect.any(BodyLimitError));
		expect(readingBody.destroy.mock.calls[0][0].message).toBe('the second body was late');
		expect(finishedBody.destroy).not.toHaveBeenCalled();
		reading.stop();
	});

	it('closes an answer that comes after its deadline', async () => {
		const deadline = new Deadline(5);
		await passed(deadline);
		const body = { destroy: jest.fn(), [Symbol.asyncIterator]: jest.fn() };
		await expect(untilDeadline(Promise.resolve({ body }), deadline, 'too late')).rejects.toThrow(
			'too late',
		);
		await sleep(0);
		expect(body.destroy).toHaveBeenCalled();
	});
});
