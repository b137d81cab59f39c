import { SeenKeys } from '../../nodes/shared/polling/seen-keys';
import {
	advance,
	fingerprint,
	legacyConfigKey,
	migrateReportCursor,
} from '../../nodes/Growsparks/trigger/cursor';

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
const NOW = Date.UTC(2026, 0, 1, 12);
const at = (referenceDate: string) => ({ referenceDate });
const T0 = '2026-01-01T10:00:00';
const T1 = '2026-01-01T10:05:00';
const T2 = '2026-01-01T10:10:00';

describe('Growsparks report cursor', () => {
	it('takes the ReferenceDate of report.finished wherever the line sits, verbatim', () => {
		for (const lines of [
			[finished(null, '2026-01-01T10:00:00.1234567'), result('P1', 'x')],
			[result('P1', 'x'), finished(null, '2026-01-01T10:00:00.1234567')],
			[result('P1', 'x'), finished(null, '2026-01-01T10:00:00.1234567'), result('P2', 'y')],
		]) {
			expect(advance(lines, undefined, new SeenKeys(), false, NOW)?.next).toEqual(
				at('2026-01-01T10:00:00.1234567'),
			);
		}
	});

	it('does not advance when report.finished is missing', () => {
		expect(advance([result('P1', 'x')], at(T0), new SeenKeys(), false, NOW)).toBeUndefined();
		expect(
			advance([{ Type: 'report.finished' }], at(T0), new SeenKeys(), false, NOW),
		).toBeUndefined();
	});

	it('drops lines already emitted on the boundary, but not a changed result', () => {
		const seen = new SeenKeys();
		const first = advance([result('P1', 'd1'), finished(T0, T1)], at(T0), seen, false, NOW);
		expect(first?.emit).toHaveLength(1);
		const second = advance(
			[result('P1', 'd1'), result('P1', 'd2'), result('P2', 'd1'), finished(T1, T2)],
			first!.next,
			seen,
			false,
			NOW,
		);
		expect(second?.emit.map((l) => [l.Authorizable, l.DateCompleted])).toEqual([
			['P1', 'd2'],
			['P2', 'd1'],
		]);
	});

	it('keeps the boundary memory through a quiet poll that did not move the cursor', () => {
		const seen = new SeenKeys();
		const first = advance([result('P1', 'd1'), finished(T0, T1)], at(T0), seen, false, NOW)!;
		const quiet = advance([finished(T1, T1)], first.next, seen, false, NOW)!;
		expect(quiet.emit).toEqual([]);
		expect(
			advance([result('P1', 'd1'), finished(T1, T2)], quiet.next, seen, false, NOW)?.emit,
		).toEqual([]);
	});

	it('follows a ReferenceDate that goes back, and emits the lines the server sends again no twice', () => {
		const seen = new SeenKeys();
		const first = advance([result('P1', 'd1'), finished(T0, T2)], at(T0), seen, false, NOW)!;
		const back = advance(
			[result('P1', 'd1'), result('P2', 'd1'), finished(T0, T1)],
			first.next,
			seen,
			false,
			NOW,
		)!;
		expect(back.next).toEqual(at(T1));
		expect(back.emit.map((l) => l.Authorizable)).toEqual(['P2']);
		const again = advance(
			[result('P1', 'd1'), result('P2', 'd1'), finished(T1, T2)],
			back.next,
			seen,
			false,
			NOW,
		)!;
		expect(again.emit).toEqual([]);
	});

	it('drops duplicate lines within one large answer in linear time', () => {
		const lines = Array.from({ length: 60000 }, (_, i) => result(`P${i % 30000}`, 'd'));
		const emitted = advance([...lines, finished(T0, T1)], at(T0), new SeenKeys(), false, NOW);
		expect(emitted?.emit).toHaveLength(30000);
	});

	it('leaves message lines out unless asked, and never emits report.finished', () => {
		const lines = [
			{ Type: 'report.message', Message: 'hi', DateTime: 't' },
			result('P1', 'd'),
			finished(null, T1),
		];
		expect(advance(lines, undefined, new SeenKeys(), false, NOW)?.emit.map((l) => l.Type)).toEqual([
			'report.activity.result',
		]);
		expect(advance(lines, undefined, new SeenKeys(), true, NOW)?.emit.map((l) => l.Type)).toEqual([
			'report.message',
			'report.activity.result',
		]);
	});

	it('reads the state an earlier version kept for the same settings', () => {
		const key = legacyConfigKey(['persons', 'G_1']);
		expect(migrateReportCursor({ configKey: key, cursor: T1, seen: ['f'] }, key)).toEqual({
			cursor: at(T1),
			seen: ['f'],
		});
		expect(migrateReportCursor({ configKey: 'other', cursor: T1 }, key)).toBeUndefined();
	});

	it('fingerprints ignore key order', () => {
		expect(fingerprint({ a: 1, b: { c: 2, d: 3 } })).toBe(fingerprint({ b: { d: 3, c: 2 }, a: 1 }));
	});
});
