import { advance, configKeyOf, fingerprint } from '../../nodes/Growsparks/trigger/cursor';

const result = (person: string, date: string) => ({
	Type: 'report.activity.result',
	Authorizable: person,
	ActivityStructure: 'G_A',
	Result: `E_${person}`,
	DateCompleted: date,
	Status: 40,
});
const finished = (delta: string | null, reference: string) => ({
	Type: 'report.finished',
	DeltaDate: delta,
	ReferenceDate: reference,
});
const KEY = configKeyOf(['persons', 'G_1']);

describe('Growsparks report cursor', () => {
	it('takes the ReferenceDate of report.finished wherever the line sits, verbatim', () => {
		for (const lines of [
			[finished(null, '2026-01-01T10:00:00.1234567'), result('P1', 'x')],
			[result('P1', 'x'), finished(null, '2026-01-01T10:00:00.1234567')],
			[result('P1', 'x'), finished(null, '2026-01-01T10:00:00.1234567'), result('P2', 'y')],
		]) {
			expect(advance(lines, {}, false, KEY)?.next.cursor).toBe('2026-01-01T10:00:00.1234567');
		}
	});

	it('does not advance when report.finished is missing', () => {
		expect(advance([result('P1', 'x')], { cursor: 'C0' }, false, KEY)).toBeUndefined();
		expect(advance([{ Type: 'report.finished' }], { cursor: 'C0' }, false, KEY)).toBeUndefined();
	});

	it('drops lines already emitted on the boundary, but not a changed result', () => {
		const first = advance([result('P1', 'd1'), finished('C0', 'C1')], { cursor: 'C0' }, false, KEY);
		expect(first?.emit).toHaveLength(1);
		const second = advance(
			[result('P1', 'd1'), result('P1', 'd2'), result('P2', 'd1'), finished('C1', 'C2')],
			first!.next,
			false,
			KEY,
		);
		expect(second?.emit.map((l) => [l.Authorizable, l.DateCompleted])).toEqual([
			['P1', 'd2'],
			['P2', 'd1'],
		]);
	});

	it('keeps the boundary memory through a quiet poll that did not move the cursor', () => {
		const first = advance(
			[result('P1', 'd1'), finished('C0', 'C1')],
			{ cursor: 'C0' },
			false,
			KEY,
		)!;
		const quiet = advance([finished('C1', 'C1')], first.next, false, KEY)!;
		expect(quiet.emit).toEqual([]);
		expect(
			advance([result('P1', 'd1'), finished('C1', 'C2')], quiet.next, false, KEY)?.emit,
		).toEqual([]);
	});

	it('leaves message lines out unless asked, and never emits report.finished', () => {
		const lines = [
			{ Type: 'report.message', Message: 'hi', DateTime: 't' },
			result('P1', 'd'),
			finished(null, 'C1'),
		];
		expect(advance(lines, {}, false, KEY)?.emit.map((l) => l.Type)).toEqual([
			'report.activity.result',
		]);
		expect(advance(lines, {}, true, KEY)?.emit.map((l) => l.Type)).toEqual([
			'report.message',
			'report.activity.result',
		]);
	});

	it('fingerprints ignore key order', () => {
		expect(fingerprint({ a: 1, b: { c: 2, d: 3 } })).toBe(fingerprint({ b: { d: 3, c: 2 }, a: 1 }));
	});
});
