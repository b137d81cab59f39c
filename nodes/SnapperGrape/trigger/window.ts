import type { IDataObject } from 'n8n-workflow';
import type { SeenKeys } from '../../shared/polling/seen-keys';
import { recordTime } from '../../shared/polling/clock';
import type { Overlap } from '../../shared/polling/overlap';

/** Where the next read of /api/changes starts, in Snapper Grape's own time (milliseconds). */
export interface ChangeCursor {
	since: number;
}

/**
 * Grape dates have minute precision, so each read starts this far before Grape's time at the last
 * one (by default; Overlap (Minutes) sets it); changes read twice are dropped by key.
 */
export const CHANGES_OVERLAP: Overlap = { minutes: 2, min: 1 };
export const OVERLAP_MS = CHANGES_OVERLAP.minutes * 60000;
/** How far a window reaches past its start: far enough that no clock difference cuts it short. */
export const WINDOW_MS = 2 * 24 * 60 * 60000;

export const changeTime = (change: IDataObject): string =>
	String(change.change_time ?? change.changed ?? change.modified ?? '');
export const changeKey = (change: IDataObject): string =>
	`${change.id ?? change.person_competence_id ?? change.event_id ?? JSON.stringify(change)}@${changeTime(change)}`;

/** The state an earlier version kept (`since` as "YYYY-MM-DD HH:MM", keys as a list). */
export function migrateCursor(old: IDataObject): { cursor?: ChangeCursor; seen?: unknown } {
	const since = recordTime(old.since);
	return { cursor: since === undefined ? undefined : { since }, seen: old.seen };
}

/**
 * The changes not emitted before, and where the next read starts: `grapeNow` (Grape's time at this
 * read, from its Date header) minus the overlap. When Grape's clock goes back, so does the next
 * read, so changes it stamps with the earlier time are not missed; changes read again are dropped
 * by key. Without a Date header the newest change time stands in for Grape's clock, and the start
 * never goes back.
 */
export function advance(
	changes: IDataObject[],
	cursor: ChangeCursor,
	seen: SeenKeys,
	grapeNow: number | undefined,
	overlapMs = OVERLAP_MS,
): { fresh: IDataObject[]; next: ChangeCursor } {
	let newest: number | undefined;
	const fresh = changes.filter((change) => {
		const time = recordTime(changeTime(change));
		if (time !== undefined && (newest === undefined || time > newest)) newest = time;
		return seen.see(changeKey(change), Math.max(time ?? 0, grapeNow ?? time ?? cursor.since));
	});
	const since =
		grapeNow !== undefined
			? grapeNow - overlapMs
			: Math.max(cursor.since, (newest ?? cursor.since + overlapMs) - overlapMs);
	const now = grapeNow ?? newest ?? since;
	seen.prune(since, now);
	return { fresh, next: { since } };
}
