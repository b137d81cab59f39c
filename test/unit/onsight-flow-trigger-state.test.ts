import { SeenKeys } from '../../nodes/shared/polling/seen-keys';
import {
	advanceCompleted,
	advanceUpdated,
	migrateJobsState,
	parseLenient,
	readStart,
} from '../../nodes/OnsightFlow/trigger/state';

const job = (jobId: string, cursor: string, updated = '2026-01-01T10:00:00.000Z') => ({
	jobId,
	completedJobCursor: cursor,
	updated,
});
const NOW = Date.UTC(2026, 0, 1, 10, 10);

describe('Onsight Flow trigger state', () => {
	it('moves the completed cursor to the last job read and drops jobs emitted before (an inclusive cursor repeats one)', () => {
		const seen = new SeenKeys();
		const first = advanceCompleted([job('a', 'c1'), job('b', 'c2')], null, seen, NOW);
		expect(first.fresh.map((j) => j.jobId)).toEqual(['a', 'b']);
		expect(first.next).toEqual({ cursor: 'c2' });
		const second = advanceCompleted([job('b', 'c2'), job('c', 'c3')], 'c2', seen, NOW);
		expect(second.fresh.map((j) => j.jobId)).toEqual(['c']);
		expect(second.next.cursor).toBe('c3');
	});

	it('never moves the cursor back to a job sent again', () => {
		const seen = new SeenKeys();
		advanceCompleted([job('a', 'c1'), job('b', 'c2')], null, seen, NOW);
		const again = advanceCompleted([job('c', 'c3'), job('a', 'c1')], 'c2', seen, NOW);
		expect(again.fresh.map((j) => j.jobId)).toEqual(['c']);
		expect(again.next.cursor).toBe('c3');
		expect(advanceCompleted([job('b', 'c2')], 'c3', seen, NOW).next.cursor).toBe('c3');
	});

	it('keeps the cursor when a poll reads nothing', () => {
		expect(advanceCompleted([], 'c9', new SeenKeys(), NOW).next).toEqual({ cursor: 'c9' });
	});

	it('emits each job@updated once, moves `since` to the largest update and forgets keys no read returns', () => {
		const overlap = 5 * 60000;
		const seen = new SeenKeys();
		const first = advanceUpdated(
			[job('a', 'c1', '2026-01-01T10:00:00Z'), job('b', 'c2', '2026-01-01T10:07:00.1234567Z')],
			Date.UTC(2026, 0, 1, 9),
			seen,
			overlap,
			NOW,
		);
		expect(first.fresh).toHaveLength(2);
		expect(first.next.since).toBe(Date.UTC(2026, 0, 1, 10, 7, 0, 123));
		const again = advanceUpdated(
			[job('b', 'c2', '2026-01-01T10:07:00.1234567Z'), job('a', 'c1', '2026-01-01T10:08:00Z')],
			first.next.since,
			seen,
			overlap,
			NOW,
		);
		expect(again.fresh.map((j) => `${j.jobId}@${j.updated}`)).toEqual(['a@2026-01-01T10:08:00Z']);
		// While the next read can still return them, they stay.
		advanceUpdated([], again.next.since, seen, overlap, NOW + 25 * 3600000);
		expect(seen.size).toBe(3);
		// Once reads start past them and a day has gone by, they go.
		const later = advanceUpdated(
			[job('c', 'c3', '2026-01-02T12:00:00Z')],
			again.next.since,
			seen,
			overlap,
			NOW + 26 * 3600000,
		);
		expect(later.fresh).toHaveLength(1);
		expect(seen.toJSON().map(([key]) => key)).toEqual(['c@2026-01-02T12:00:00Z']);
	});

	it('never moves `since` back when the service sends older updates', () => {
		const since = Date.UTC(2026, 0, 1, 10, 7);
		const { next } = advanceUpdated(
			[job('z', 'c0', '2026-01-01T08:00:00Z')],
			since,
			new SeenKeys(),
			0,
			NOW,
		);
		expect(next.since).toBe(since);
	});

	it("starts the next read before the service's time when its clock went back past `since`", () => {
		const since = Date.UTC(2026, 0, 1, 10, 7);
		const { next } = advanceUpdated([], since, new SeenKeys(), 5 * 60000, since - 3600000);
		expect(next).toEqual({ since, serviceTime: since - 3600000 });
		expect(readStart(next, 5 * 60000)).toBe(since - 3600000 - 5 * 60000);
		expect(readStart({ since }, 5 * 60000)).toBe(since - 5 * 60000);
	});

	it('reads the state an earlier version kept for the same settings', () => {
		expect(
			migrateJobsState(
				{ configKey: 'k', started: true, since: '2026-01-01T10:07:00Z', seen: ['x'] },
				'k',
			),
		).toEqual({ cursor: { since: Date.UTC(2026, 0, 1, 10, 7) }, seen: ['x'] });
		expect(migrateJobsState({ configKey: 'k', started: true, cursor: 'c5' }, 'k')).toEqual({
			cursor: { cursor: 'c5' },
			seen: undefined,
		});
		expect(
			migrateJobsState({ configKey: 'other', started: true, cursor: 'c5' }, 'k'),
		).toBeUndefined();
	});

	it('reads dates without a zone as UTC and with 7 fraction digits', () => {
		expect(parseLenient('2021-10-06T07:24:52.44')).toBe(Date.UTC(2021, 9, 6, 7, 24, 52, 440));
		expect(parseLenient('2020-07-07T12:47:09.2810000Z')).toBe(Date.UTC(2020, 6, 7, 12, 47, 9, 281));
		expect(parseLenient('not a date')).toBeUndefined();
	});
});
