import { SeenKeys } from '../../nodes/shared/polling/seen-keys';
import { OVERLAP_MS, advance, migrateCursor } from '../../nodes/SnapperGrape/trigger/window';

const at = (iso: string) => Date.parse(`${iso}Z`);
const change = (id: number, time: string) => ({ id, change_time: time });

describe('Snapper Grape change windows', () => {
	it("starts the next read two minutes before Grape's time at this one, also when that time goes back", () => {
		const seen = new SeenKeys();
		const first = advance(
			[change(1, '2026-05-01 10:29')],
			{ since: at('2026-05-01T10:00:00') },
			seen,
			at('2026-05-01T10:30:00'),
		);
		expect(first.next.since).toBe(at('2026-05-01T10:28:00'));
		expect(OVERLAP_MS).toBe(120000);
		// Grape's clock went back an hour: the next read starts there, so its new changes are read; what
		// is read again is not emitted again.
		const back = advance([], first.next, seen, at('2026-05-01T09:30:00'));
		expect(back.next.since).toBe(at('2026-05-01T09:28:00'));
		const again = advance(
			[change(1, '2026-05-01 10:29'), change(2, '2026-05-01 09:31')],
			back.next,
			seen,
			at('2026-05-01T09:32:00'),
		);
		expect(again.fresh.map((c) => c.id)).toEqual([2]);
	});

	it('emits each change once across overlapping windows, and forgets keys only when no read can return them', () => {
		const seen = new SeenKeys();
		const first = advance(
			[change(1, '2026-05-01 10:29'), change(2, '2026-05-01 10:30')],
			{ since: at('2026-05-01T10:28:00') },
			seen,
			at('2026-05-01T10:31:00'),
		);
		expect(first.fresh.map((c) => c.id)).toEqual([1, 2]);
		const second = advance(
			[change(1, '2026-05-01 10:29'), change(2, '2026-05-01 10:30'), change(3, '2026-05-01 10:31')],
			first.next,
			seen,
			at('2026-05-01T10:32:00'),
		);
		expect(second.fresh.map((c) => c.id)).toEqual([3]);
		// A day later the old keys go: no read starts before them any more.
		advance([], second.next, seen, at('2026-05-02T11:00:00'));
		expect(seen.size).toBe(0);
	});

	it('treats a change of the same record at a later time as new', () => {
		const seen = new SeenKeys();
		const first = advance(
			[change(7, '2026-05-01 10:29')],
			{ since: at('2026-05-01T10:00:00') },
			seen,
			at('2026-05-01T10:30:00'),
		);
		expect(
			advance(
				[change(7, '2026-05-01 10:29'), change(7, '2026-05-01 10:30')],
				first.next,
				seen,
				at('2026-05-01T10:31:00'),
			).fresh,
		).toEqual([change(7, '2026-05-01 10:30')]);
	});

	it('without a Date header, the newest change time stands in for the clock', () => {
		const seen = new SeenKeys();
		const next = advance(
			[change(1, '2026-05-01 10:40')],
			{ since: at('2026-05-01T10:00:00') },
			seen,
			undefined,
		);
		expect(next.next.since).toBe(at('2026-05-01T10:38:00'));
	});

	it('reads the state an earlier version stored, so an upgrade loses nothing', () => {
		expect(migrateCursor({ since: '2026-05-01 10:28', seen: ['1@2026-05-01 10:29'] })).toEqual({
			cursor: { since: at('2026-05-01T10:28:00') },
			seen: ['1@2026-05-01 10:29'],
		});
	});
});
