import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { SeenKeys } from '../../../nodes/shared/polling/seen-keys';
import {
	CLOCK_SLACK_MS,
	configKeyOf,
	openPollState,
} from '../../../nodes/shared/polling/poll-state';
import { recordTime, vendorTime } from '../../../nodes/shared/polling/clock';
import { LIMITS } from '../../../nodes/shared/transport/limits';
import { readStartFrom, startFromProperty } from '../../../nodes/shared/polling/backfill';
import { SAMPLE_SIZE, manualSample } from '../../../nodes/shared/polling/sample';

const HOUR = 3600000;
const context = (staticData: IDataObject) =>
	({ getWorkflowStaticData: () => staticData }) as unknown as IPollFunctions;

describe('the polling kit', () => {
	it('remembers keys with O(1) lookups and says which are new', () => {
		const seen = new SeenKeys();
		expect(seen.see('a', 1)).toBe(true);
		expect(seen.see('a', 5)).toBe(false);
		expect(seen.has('a')).toBe(true);
		expect(seen.toJSON()).toEqual([['a', 5]]);
	});

	it('keeps a key while a read can return it, and a day after it was last seen', () => {
		const now = Date.UTC(2026, 4, 1, 12);
		const seen = new SeenKeys();
		seen.see('old-but-in-window', now - 3 * 24 * HOUR);
		seen.see('seen-an-hour-ago', now - HOUR);
		seen.see('seen-two-days-ago', now - 2 * 24 * HOUR);
		seen.prune(now - 4 * 24 * HOUR, now);
		expect(seen.size).toBe(3);
		seen.prune(now - 30 * 60000, now);
		expect(seen.toJSON().map(([key]) => key)).toEqual(['seen-an-hour-ago']);
		expect(LIMITS.triggerSeenRetentionMs).toBe(24 * HOUR);
	});

	it('never keeps more than the limit, dropping the least recently seen first', () => {
		const seen = new SeenKeys();
		for (let i = 0; i < LIMITS.triggerSeenKeys + 10; i++) seen.see(`k${i}`, 1000);
		seen.see('k0', 1000);
		seen.prune(0, 1000);
		expect(seen.size).toBe(LIMITS.triggerSeenKeys);
		expect(seen.has('k0')).toBe(true);
		expect(seen.has('k1')).toBe(false);
		expect(seen.has(`k${LIMITS.triggerSeenKeys + 9}`)).toBe(true);
	});

	it('reads keys stored by an earlier version as seen now', () => {
		expect(SeenKeys.from(['a', ['b', 7], 3, null], 100).toJSON()).toEqual([
			['a', 100],
			['b', 7],
		]);
	});

	it('commits cursor and keys together, and starts afresh when the settings change', () => {
		const staticData: IDataObject = {};
		const first = openPollState<{ at: number }>(context(staticData), { b: 1, a: 2 }, 0);
		expect(first.cursor).toBeUndefined();
		first.seen.see('x', 1);
		first.commit({ at: 5 });
		const again = openPollState<{ at: number }>(context(staticData), { a: 2, b: 1 }, 0);
		expect(again.cursor).toEqual({ at: 5 });
		expect(again.seen.has('x')).toBe(true);
		const other = openPollState<{ at: number }>(context(staticData), { a: 3, b: 1 }, 0);
		expect(other.cursor).toBeUndefined();
		expect(other.seen.size).toBe(0);
		expect(configKeyOf({ b: [2, 1], a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":[2,1]}');
	});

	it("measures time between polls on n8n's clock and turns it into the earliest new vendor time", () => {
		const staticData: IDataObject = {};
		const began = Date.now() - 1500;
		const first = openPollState<number>(context(staticData), {}, began);
		expect(first.lastPollMs).toBe(0);
		// Nothing recorded yet: no bound.
		expect(first.earliestNew(HOUR)).toBeUndefined();
		first.commit(1);
		const next = openPollState<number>(context(staticData), {}, Date.now());
		expect(next.lastPollMs).toBeGreaterThanOrEqual(1500);
		expect(next.lastPollMs).toBeLessThan(60000);
		// The vendor says it is HOUR now: anything new since the last poll began carries at least
		// HOUR less the time passed since then, less the slack.
		const earliest = next.earliestNew(HOUR) as number;
		expect(earliest).toBeLessThanOrEqual(HOUR - 1500 - CLOCK_SLACK_MS);
		expect(earliest).toBeGreaterThan(HOUR - 60000);
		expect(next.earliestNew(undefined)).toBeUndefined();
		// Stored figures that are not numbers are ignored.
		Object.assign(staticData, { polledAt: 'x', pollMs: -5 });
		const odd = openPollState<number>(context(staticData), {}, Date.now());
		expect(odd.lastPollMs).toBe(0);
		expect(odd.earliestNew(HOUR)).toBeUndefined();
	});

	it('migrates the state of an earlier version instead of losing it', () => {
		const staticData: IDataObject = { since: 'then', seen: ['k'] };
		const state = openPollState<string>(context(staticData), { a: 1 }, 9, (old) => ({
			cursor: String(old.since),
			seen: old.seen,
		}));
		expect(state.cursor).toBe('then');
		expect(state.seen.toJSON()).toEqual([['k', 9]]);
	});

	it("reads the vendor's clock from a Date header and record times with or without a zone", () => {
		expect(vendorTime({ date: 'Thu, 01 Jan 2026 00:00:05 GMT' })).toBe(
			Date.UTC(2026, 0, 1, 0, 0, 5),
		);
		expect(vendorTime({ date: 'soon' })).toBeUndefined();
		expect(vendorTime({})).toBeUndefined();
		expect(recordTime('2026-05-01 10:30')).toBe(Date.UTC(2026, 4, 1, 10, 30));
		expect(recordTime('2026-05-01T10:30:00+02:00')).toBe(Date.UTC(2026, 4, 1, 8, 30));
		expect(recordTime('')).toBeUndefined();
	});

	it('reads Start From as a time, and names the parameter when it is not a date', () => {
		const node = { name: 'Trigger', type: 't', typeVersion: 1, position: [0, 0], parameters: {} };
		expect(readStartFrom(node as never, '')).toBeUndefined();
		expect(readStartFrom(node as never, '2026-01-02')).toBe(Date.UTC(2026, 0, 2));
		expect(() => readStartFrom(node as never, 'last week')).toThrow(/Start From.*last week/);
		expect(startFromProperty('changes').description).toMatch(/^Backfill: .* emit changes since/);
	});

	it('a manual sample holds at most SAMPLE_SIZE records, and nothing when there are none', () => {
		const ctx = {
			helpers: { returnJsonArray: (records: IDataObject[]) => records.map((json) => ({ json })) },
		} as unknown as IPollFunctions;
		const records = Array.from({ length: SAMPLE_SIZE + 3 }, (_, i) => ({ i }));
		expect(manualSample(ctx, records)?.[0].map((item) => item.json)).toEqual(
			records.slice(0, SAMPLE_SIZE),
		);
		expect(manualSample(ctx, [])).toBeNull();
	});
});
