import { LIMITS } from '../transport/limits';

/** How a trigger stores its seen keys in static data: `[key, time]`, oldest first. */
export type StoredSeenKeys = Array<[string, number]>;

/**
 * The keys of records a trigger has already emitted, each with a time in milliseconds: the later of
 * the record's own time and when the trigger last saw it. Lookups are O(1).
 *
 * Retention, the one policy every trigger follows: a key is kept while the vendor can still return
 * its record in a later read (its time is at or after that read's start), and in any case for
 * `LIMITS.triggerSeenRetentionMs` after it was last seen, so a list that leaves a record out once
 * and lists it again later does not make it new; never more than `LIMITS.triggerSeenKeys` keys, the
 * least recently seen dropped first.
 */
export class SeenKeys {
	private readonly times = new Map<string, number>();

	/** Reads stored keys; a plain list of keys (older static data) counts as seen at `now`. */
	static from(stored: unknown, now: number): SeenKeys {
		const seen = new SeenKeys();
		if (!Array.isArray(stored)) return seen;
		for (const entry of stored as unknown[]) {
			if (typeof entry === 'string') seen.times.set(entry, now);
			else if (Array.isArray(entry) && typeof entry[0] === 'string' && Number.isFinite(entry[1]))
				seen.times.set(entry[0], Number(entry[1]));
		}
		return seen;
	}

	get size(): number {
		return this.times.size;
	}

	has(key: string): boolean {
		return this.times.has(key);
	}

	/**
	 * Records `key` as seen at `time`; returns whether it is new. A key seen again moves to the back
	 * of the least-recently-seen order and keeps the later time.
	 */
	see(key: string, time: number): boolean {
		const before = this.times.get(key);
		this.times.delete(key);
		this.times.set(key, before === undefined ? time : Math.max(before, time));
		return before === undefined;
	}

	/**
	 * Applies the retention policy: `readStart` is where the next read begins, `now` the time now.
	 */
	prune(readStart: number, now: number): void {
		const horizon = Math.min(readStart, now - LIMITS.triggerSeenRetentionMs);
		for (const [key, time] of this.times) if (time < horizon) this.times.delete(key);
		const excess = this.times.size - LIMITS.triggerSeenKeys;
		if (excess <= 0) return;
		let dropped = 0;
		for (const key of this.times.keys()) {
			if (dropped++ >= excess) break;
			this.times.delete(key);
		}
	}

	toJSON(): StoredSeenKeys {
		return [...this.times];
	}
}
