import type { IDataObject } from 'n8n-workflow';
import type { SeenKeys } from '../../shared/polling/seen-keys';
import { recordTime } from '../../shared/polling/clock';
import type { Overlap } from '../../shared/polling/overlap';

/**
 * Where the trigger goes on from. Job Completed: the completedJobCursor of the last job emitted
 * (null: none existed yet). Job Updated: the newest `updated` the service returned, in its own time
 * (ms).
 */
export type JobsCursor = { cursor: string | null } | { since: number; serviceTime?: number };

/**
 * Job Updated re-reads this far back, since the guide does not say whether updatedSince is
 * inclusive.
 */
export const JOB_UPDATED_OVERLAP: Overlap = { minutes: 5, min: 0 };

export const completedKey = (job: IDataObject) =>
	String(job.jobId ?? job.completedJobCursor ?? JSON.stringify(job));
export const updatedKey = (job: IDataObject) => `${String(job.jobId)}@${String(job.updated)}`;

/** Dates arrive with 0–7 fraction digits and sometimes without a zone: no zone means UTC. */
export const parseLenient = (value: unknown): number | undefined => recordTime(value);

/**
 * The state an earlier version kept (`started`, `cursor` or `since` as ISO text, keys as a list),
 * when it belongs to the same settings.
 */
export function migrateJobsState(
	old: IDataObject,
	legacyKey: string,
): { cursor?: JobsCursor; seen?: unknown } | undefined {
	if (old.configKey !== legacyKey || !old.started) return undefined;
	const since = parseLenient(old.since);
	if (since !== undefined) return { cursor: { since }, seen: old.seen };
	return { cursor: { cursor: (old.cursor as string | null | undefined) ?? null }, seen: old.seen };
}

/**
 * New completed jobs: drop what was emitted already; the cursor moves to the last new job of the
 * read. `now` is the service's time at the read.
 */
export function advanceCompleted(
	jobs: IDataObject[],
	cursor: string | null,
	seen: SeenKeys,
	now: number,
): { fresh: IDataObject[]; next: { cursor: string | null } } {
	const fresh = jobs.filter((job) => seen.see(completedKey(job), now));
	// A job emitted before lies at or before the cursor: one sent again never moves it back.
	const last = fresh[fresh.length - 1]?.completedJobCursor;
	// Reads follow the cursor, not a time window: keys are kept for the retention time only.
	seen.prune(now, now);
	return { fresh, next: { cursor: typeof last === 'string' && last ? last : cursor } };
}

/**
 * Updated jobs: new `jobId@updated` keys only; `since` becomes the largest update seen, never an
 * earlier one. `serviceTime` is the service's time at this read: when its clock goes back, the next
 * read starts there (see `readStart`), so updates it stamps earlier than `since` are not missed.
 */
export function advanceUpdated(
	jobs: IDataObject[],
	since: number,
	seen: SeenKeys,
	overlapMs: number,
	now: number,
): { fresh: IDataObject[]; next: { since: number; serviceTime: number } } {
	let latest = since;
	const fresh = jobs.filter((job) => {
		const time = parseLenient(job.updated);
		if (time !== undefined && time > latest) latest = time;
		return seen.see(updatedKey(job), Math.max(time ?? 0, now));
	});
	const next = { since: latest, serviceTime: now };
	// Keys the next overlapping read can return again stay; others after the retention time.
	seen.prune(readStart(next, overlapMs), now);
	return { fresh, next };
}

/** Where the next Job Updated read starts: the overlap before `since`, or before the service's time. */
export function readStart(cursor: { since: number; serviceTime?: number }, overlapMs: number) {
	return Math.min(cursor.since, cursor.serviceTime ?? cursor.since) - overlapMs;
}
