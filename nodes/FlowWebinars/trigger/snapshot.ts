import type { IDataObject } from 'n8n-workflow';
import type { SeenKeys } from '../../shared/polling/seen-keys';
import { recordTime } from '../../shared/polling/clock';

export type WatchKind = 'newEvent' | 'newRegistrant' | 'attendeeJoined';

/**
 * What makes a record "new" for each kind: its token, or for attendance the token once it has an
 * entry time.
 */
export function keyOf(kind: WatchKind, record: IDataObject): string | undefined {
	const id = record.token ?? record.eventToken ?? record.id ?? record.email;
	if (id === undefined || id === null || id === '') return undefined;
	if (kind === 'attendeeJoined') return record.entryTime ? `${id}@${record.entryTime}` : undefined;
	return String(id);
}

/**
 * Records whose key was not seen before. Every listed key counts as seen now, so a record stays
 * known while it is listed and for the retention time after (a list that leaves it out once and
 * lists it again does not make it new).
 */
export function diff(
	kind: WatchKind,
	records: IDataObject[],
	seen: SeenKeys,
	now: number,
): IDataObject[] {
	const fresh: IDataObject[] = [];
	for (const record of records) {
		const key = keyOf(kind, record);
		if (key !== undefined && seen.see(key, now)) fresh.push(record);
	}
	// Lists have no time window: a key goes once it has not been listed for the retention time.
	seen.prune(now, now);
	return fresh;
}

/** The date Start From is compared with: when an event was created or an attendee entered. */
const DATED: Partial<Record<WatchKind, string>> = {
	newEvent: 'createDate',
	attendeeJoined: 'entryTime',
};

/**
 * What a first activation emits: nothing without Start From; with it, the records dated at or
 * after it (Flow writes those dates in UTC), or every listed registrant, since registrants carry
 * no date. A record whose date cannot be read is emitted rather than lost.
 */
export function backfill(
	kind: WatchKind,
	records: IDataObject[],
	startFrom: number | undefined,
): IDataObject[] {
	if (startFrom === undefined) return [];
	const field = DATED[kind];
	if (!field) return records;
	return records.filter((record) => (recordTime(record[field]) ?? startFrom) >= startFrom);
}

/** The state an earlier version kept (the keys of the last answer), for the same settings. */
export function migrateSnapshot(
	old: IDataObject,
	legacyKey: string,
): { cursor?: { started: true }; seen?: unknown } | undefined {
	return old.configKey === legacyKey ? { cursor: { started: true }, seen: old.seen } : undefined;
}
