import type { IDataObject } from 'n8n-workflow';

/** The trigger's memory between polls: the keys it has already seen for one configuration. */
export interface Snapshot {
	configKey?: string;
	seen?: string[];
}

/** Static data stays bounded even on an account with a very large event or registrant list. */
export const MAX_SEEN = 50000;

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

/** Records whose key is not in the snapshot, and the snapshot to keep once they are emitted. */
export function diff(
	kind: WatchKind,
	records: IDataObject[],
	snapshot: Snapshot,
	configKey: string,
): { fresh: IDataObject[]; next: Snapshot } {
	const seen = new Set(snapshot.seen ?? []);
	const fresh: IDataObject[] = [];
	const current: string[] = [];
	for (const record of records) {
		const key = keyOf(kind, record);
		if (key === undefined) continue;
		current.push(key);
		if (!seen.has(key)) {
			seen.add(key);
			fresh.push(record);
		}
	}
	// What the API still lists is enough to remember: a record that left the list cannot come back
	// unseen.
	return { fresh, next: { configKey, seen: current.slice(-MAX_SEEN) } };
}
