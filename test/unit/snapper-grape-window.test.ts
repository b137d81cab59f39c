import { advance, windowStart, OVERLAP_MS } from '../../nodes/SnapperGrape/trigger/window';

const at = (iso: string) => Date.parse(`${iso}Z`);
const change = (id: number, time: string) => ({ id, change_time: time });

describe('Snapper Grape change windows', () => {
	it('starts a first window a little before now', () => {
		expect(windowStart({}, at('2026-05-01T10:30:00'))).toBe('2026-05-01 10:28');
		expect(windowStart({ since: '2026-04-30 08:00' }, at('2026-05-01T10:30:00'))).toBe(
			'2026-04-30 08:00',
		);
	});

	it('emits each change once across overlapping windows, and forgets keys the next window cannot return', () => {
		const first = advance(
			[change(1, '2026-05-01 10:29'), change(2, '2026-05-01 10:30')],
			{ since: '2026-05-01 10:28' },
			at('2026-05-01T10:31:00'),
			'k',
		);
		expect(first.fresh.map((c) => c.id)).toEqual([1, 2]);
		expect(first.next.since).toBe('2026-05-01 10:29');
		const second = advance(
			[change(1, '2026-05-01 10:29'), change(2, '2026-05-01 10:30'), change(3, '2026-05-01 10:31')],
			first.next,
			at('2026-05-01T10:32:00'),
			'k',
		);
		expect(second.fresh.map((c) => c.id)).toEqual([3]);
		expect(second.next.seen).toEqual(['2@2026-05-01 10:30', '3@2026-05-01 10:31']);
		expect(OVERLAP_MS).toBe(120000);
	});

	it('treats a change of the same record at a later time as new', () => {
		const first = advance([change(7, '2026-05-01 10:29')], {}, at('2026-05-01T10:30:00'), 'k');
		expect(
			advance(
				[change(7, '2026-05-01 10:29'), change(7, '2026-05-01 10:30')],
				first.next,
				at('2026-05-01T10:31:00'),
				'k',
			).fresh,
		).toEqual([change(7, '2026-05-01 10:30')]);
	});
});
