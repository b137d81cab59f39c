import type { IDataObject } from 'n8n-workflow';
import { snapperGrapeDate } from '../api/client';

/** The trigger's memory: where the next window starts and what sits on its boundary. */
export interface ChangeCursor {
	configKey?: string;
	/** Start of the next window, "YYYY-MM-DD HH:MM" (UTC). */
	since?: string;
	/** `id@change_time` of changes at or after `since` that were already emitted. */
	seen?: string[];
}

/**
 * Grape dates have minute precision, so windows overlap by this much and repeats are dropped by
 * key.
 */
export const OVERLAP_MS = 2 * 60000;
const MAX_SEEN = 20000;

export const changeTime = (change: IDataObject): string =>
	String(change.change_time ?? change.changed ?? change.modified ?? '');
export const changeKey = (change: IDataObject): string =>
	`${change.id ?? change.person_competence_id ?? change.event_id ?? JSON.stringify(change)}@${changeTime(change)}`;

export function windowStart(cursor: ChangeCursor, now: number): string {
	return cursor.since ?? snapperGrapeDate(new Date(now - OVERLAP_MS));
}

/** The changes not emitted before, and the cursor to keep once they are. */
export function advance(
	changes: IDataObject[],
	cursor: ChangeCursor,
	windowEnd: number,
	configKey: string,
): { fresh: IDataObject[]; next: ChangeCursor } {
	const seen = new Set(cursor.seen ?? []);
	const fresh = changes.filter((change) => {
		const key = changeKey(change);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	const since = snapperGrapeDate(new Date(windowEnd - OVERLAP_MS));
	// Keep only keys the next window can return again: those at or after its start.
	const keep = [...seen]
		.filter((key) => key.slice(key.lastIndexOf('@') + 1) >= since)
		.slice(-MAX_SEEN);
	return { fresh, next: { configKey, since, seen: keep } };
}
