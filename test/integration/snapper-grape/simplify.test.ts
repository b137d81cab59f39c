import { snapperGrapeCatalog } from '../../../nodes/SnapperGrape/api/catalog';
import { locator } from '../../support/context';
import type { SnapperGrapeSandbox } from '../../support/sandbox';
import { expectSimplified, simplifyKeys, simplifyOnAndOff } from '../simplify-check';
import { json, run, useSandbox } from './harness';

let sandbox: SnapperGrapeSandbox;
useSandbox((started) => (sandbox = started));

const onAndOff = simplifyOnAndOff(run, () => sandbox);

/**
 * [endpoint, resource, operation, parameters]: lists answer in the simple view, one object by ID in
 * the full view; Simplify cuts the records of the view returned by default.
 */
const CASES: Array<[string, string, string, Record<string, unknown>]> = [
	['persons.get', 'person', 'get', { userName: locator('kari.nordmann') }],
	['person.me', 'person', 'getMe', {}],
	['organisations.get', 'organisation', 'get', { organisationId: locator(102) }],
	['events.list', 'event', 'getAll', { returnAll: true }],
	['competences.list', 'competence', 'getAll', { returnAll: true }],
	[
		'personevents.list',
		'personEvent',
		'getAll',
		// Include Person: participations name their person only when asked to.
		{ returnAll: true, filters: { userName: 'ola.hansen', mode: 'all', includePerson: true } },
	],
	[
		'personevents.get',
		'personEvent',
		'get',
		{ eventId: locator(505), filters: { userName: 'ola.hansen' } },
	],
	[
		'personcompetences.list',
		'personCompetence',
		'getAll',
		{ returnAll: true, filters: { userName: 'ola.hansen' } },
	],
	[
		'personcompetences.get',
		'personCompetence',
		'get',
		{ competenceId: locator(201), filters: { userName: 'ola.hansen' } },
	],
];

describe('Snapper Grape › Simplify over real HTTP', () => {
	it.each(CASES)(
		'%s: on keeps only the declared keys, off returns the whole record',
		async (id, resource, operation, parameters) => {
			const { simplified, full } = await onAndOff(resource, operation, parameters);
			expectSimplified(simplified, full, simplifyKeys(snapperGrapeCatalog, id));
		},
	);

	it('Change Get Many keeps the keys each changed record has', async () => {
		const keys = simplifyKeys(snapperGrapeCatalog, 'changes.list');
		for (const type of ['event', 'personcompetence', 'competence']) {
			const { simplified, full } = await onAndOff('change', 'getAll', {
				type,
				startdate: '2000-01-01T00:00:00Z',
				returnAll: true,
			});
			expectSimplified(simplified, full, keys, { everyKey: false });
		}
	});

	it('with View set to Full, Simplify still keeps its keys; off returns the full view', async () => {
		const parameters = { returnAll: true, filters: { view: 'full' } };
		const { simplified, full } = await onAndOff('event', 'getAll', parameters);
		expectSimplified(simplified, full, simplifyKeys(snapperGrapeCatalog, 'events.list'));
		const simple = json(
			await run(sandbox, 'event', 'getAll', { returnAll: true, simplify: false }),
		);
		expect(Object.keys(full[0]).length).toBeGreaterThan(Object.keys(simple[0]).length);
	});
});
