import type { IDataObject } from 'n8n-workflow';

/** What the trigger remembers between polls (workflow static data). */
export interface JobsCursor {
	/** Event and filters the state belongs to; a change starts afresh. */
	configKey?: string;
	/** Set once the first activation has recorded where "now" is. */
	started?: boolean;
	/** Job completed: the completedJobCursor of the last job emitted (null: none existed yet). */
	cursor?: string | null;
	/** Job updated: the largest `updated` the service returned (ISO). */
	since?: string;
	/** Keys already emitted that a later page or overlap may return again. */
	seen?: string[];
}

const MAX_SEEN = 2000;
/**
 * Job updated re-reads this far back, since the guide does not say whether updatedSince is
 * inclusive.
 */
export const DEFAULT_OVERLAP_MINUTES = 5;

export const completedKey = (job: IDataObject) =>
	String(job.jobId ?? job.completedJobCursor ?? JSON.stringify(job));
export const updatedKey = (job: IDataObject) => `${String(job.jobId)}@${String(job.updated)}`;

/** Dates arrive with 0–7 fraction digits and sometimes without a zone: no zone means UTC. */
export function parseLenient(value: unknown): number | undefined {
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const text = value.trim().replace(/(\.\d{3})\d+/, '$1');
	const zoned = /[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text}Z`;
	const time = Date.parse(zoned);
	return Number.isNaN(time) ? undefined : time;
}

/**
 * New completed jobs: drop what was emitted already; the cursor moves to the last job of the read.
 */
export function advanceCompleted(
	jobs: IDataObject[],
	state: JobsCursor,
): { fresh: IDataObject[]; next: JobsCursor } {
	const seen = new Set(state.seen ?? []);
	const fresh = jobs.filter((job) => {
		const key = completedKey(job);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	const last = jobs[jobs.length - 1]?.completedJobCursor;
	return {
		fresh,
		next: {
			configKey: state.configKey,
			started: true,
			cursor: typeof last === 'string' && last ? last : (state.cursor ?? null),
			seen: [...seen].slice(-MAX_SEEN),
		},
	};
}

/** Updated jobs: new `jobId@updated` keys only; `since` becomes the largest update seen. */
export function advanceUpdated(
	jobs: IDataObject[],
	state: JobsCursor,
	overlapMs: number,
): { fresh: IDataObject[]; next: JobsCursor } {
	const seen = new Set(state.seen ?? []);
	let latest = parseLenient(state.since) ?? 0;
	const fresh = jobs.filter((job) => {
		const time = parseLenient(job.updated);
		if (time !== undefined && time > latest) latest = time;
		const key = updatedKey(job);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	// Only keys the next overlapping read can return again are worth keeping.
	const horizon = latest - overlapMs;
	const keep = [...seen]
		.filter((key) => (parseLenient(key.slice(key.lastIndexOf('@') + 1)) ?? Infinity) >= horizon)
		.slice(-MAX_SEEN);
	return {
		fresh,
		next: {
			configKey: state.configKey,
			started: true,
			since: new Date(latest).toISOString(),
			seen: keep,
		},
	};
}
