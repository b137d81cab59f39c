import {
	advanceCompleted,
	advanceUpdated,
	parseLenient,
} from '../../nodes/OnsightFlow/trigger/state';

const job = (jobId: string, cursor: string, updated = '2026-01-01T10:00:00.000Z') => ({
	jobId,
	completedJobCursor: cursor,
	updated,
});

describe('Onsight Flow trigger state', () => {
	it('moves the completed cursor to the last job read and drops jobs emitted before (an inclusive cursor repeats one)', () => {
		const first = advanceCompleted([job('a', 'c1'), job('b', 'c2')], {
			configKey: 'k',
			cursor: null,
		});
		expect(first.fresh.map((j) => j.jobId)).toEqual(['a', 'b']);
		expect(first.next).toMatchObject({ configKey: 'k', started: true, cursor: 'c2' });
		const second = advanceCompleted([job('b', 'c2'), job('c', 'c3')], first.next);
		expect(second.fresh.map((j) => j.jobId)).toEqual(['c']);
		expect(second.next.cursor).toBe('c3');
	});

	it('keeps the cursor when a poll reads nothing', () => {
		expect(advanceCompleted([], { cursor: 'c9', seen: ['x'] }).next).toMatchObject({
			cursor: 'c9',
			seen: ['x'],
		});
	});

	it('emits each job@updated once, moves `since` to the largest update and forgets keys older than the overlap', () => {
		const overlap = 5 * 60000;
		const first = advanceUpdated(
			[job('a', 'c1', '2026-01-01T10:00:00Z'), job('b', 'c2', '2026-01-01T10:07:00.1234567Z')],
			{ since: '2026-01-01T09:00:00.000Z' },
			overlap,
		);
		expect(first.fresh).toHaveLength(2);
		expect(first.next.since).toBe('2026-01-01T10:07:00.123Z');
		expect(first.next.seen).toEqual(['b@2026-01-01T10:07:00.1234567Z']);
		const again = advanceUpdated(
			[job('b', 'c2', '2026-01-01T10:07:00.1234567Z'), job('a', 'c1', '2026-01-01T10:08:00Z')],
			first.next,
			overlap,
		);
		expect(again.fresh.map((j) => `${j.jobId}@${j.updated}`)).toEqual(['a@2026-01-01T10:08:00Z']);
	});

	it('reads dates without a zone as UTC and with 7 fraction digits', () => {
		expect(parseLenient('2021-10-06T07:24:52.44')).toBe(Date.UTC(2021, 9, 6, 7, 24, 52, 440));
		expect(parseLenient('2020-07-07T12:47:09.2810000Z')).toBe(Date.UTC(2020, 6, 7, 12, 47, 9, 281));
		expect(parseLenient('not a date')).toBeUndefined();
	});
});
