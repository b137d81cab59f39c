import { damstraLearningCatalog } from '../../../nodes/DamstraLearning/api/catalog';
import { locator } from '../../support/context';
import type { DamstraLearningSandbox } from '../../support/sandbox';
import { expectSimplified, simplifyKeys, simplifyOnAndOff } from '../simplify-check';
import { json, run, useSandbox } from './harness';

let sandbox: DamstraLearningSandbox;
useSandbox((started) => (sandbox = started));

const onAndOff = simplifyOnAndOff(run, () => sandbox);

/** [endpoint, resource, operation, parameters]: the operations whose records Simplify cuts. */
const CASES: Array<[string, string, string, Record<string, unknown>]> = [
	['iltSession.list', 'iltSession', 'getAll', { returnAll: true }],
	['iltSession.get', 'iltSession', 'get', { iltSessionId: locator(602) }],
	['iltSession.listAttendees', 'iltSession', 'getAttendees', { iltSessionId: locator(602) }],
	['lessonSchedule.get', 'lessonSchedule', 'get', { lessonScheduleId: locator(10001) }],
	[
		'lessonSchedule.listForUser',
		'lessonSchedule',
		'getAllForUser',
		{ userId: locator(1001), status: 'all', returnAll: true },
	],
	['user.get', 'user', 'get', { userId: locator(1002) }],
];

describe('Damstra Learning › Simplify over real HTTP', () => {
	it.each(CASES)(
		'%s: on keeps only the declared keys, off returns the whole record',
		async (id, resource, operation, parameters) => {
			const { simplified, full } = await onAndOff(resource, operation, parameters);
			expectSimplified(simplified, full, simplifyKeys(damstraLearningCatalog, id));
		},
	);

	it('Simplify set on explicitly is the default', async () => {
		const parameters = { iltSessionId: locator(602) };
		expect(
			json(await run(sandbox, 'iltSession', 'get', { ...parameters, simplify: true })),
		).toEqual(json(await run(sandbox, 'iltSession', 'get', parameters)));
	});
});
