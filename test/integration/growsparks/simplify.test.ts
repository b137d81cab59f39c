import type { IDataObject } from 'n8n-workflow';
import { growsparksCatalog } from '../../../nodes/Growsparks/api/catalog';
import { locator } from '../../support/context';
import type { GrowsparksSandbox } from '../../support/sandbox';
import { expectSimplified, simplifyKeys, simplifyOnAndOff } from '../simplify-check';
import { json, run, useSandbox } from './harness';

let sandbox: GrowsparksSandbox;
useSandbox((started) => (sandbox = started));
const f = () => sandbox.fixtures as IDataObject;

const onAndOff = simplifyOnAndOff(run, () => sandbox);

describe('Growsparks › Simplify over real HTTP', () => {
	// Get Many and Get of the resources whose default properties number more than ten.
	it.each([['locations'], ['portfolioentries'], ['classroomtrainings']])(
		'%s: on keeps only the declared keys, off returns every default property',
		async (slug) => {
			const many = await onAndOff(slug, 'getAll', { returnAll: false, limit: 3 });
			expectSimplified(many.simplified, many.full, simplifyKeys(growsparksCatalog, `${slug}.list`));
			const one = await onAndOff(slug, 'get', { id: locator(String(many.full[0].ID)) });
			expectSimplified(one.simplified, one.full, simplifyKeys(growsparksCatalog, `${slug}.get`));
		},
	);

	it('Progress: on keeps who, what and how far; off returns the whole status', async () => {
		const keys = simplifyKeys(growsparksCatalog, 'persons.progress');
		const person = await onAndOff('persons', 'progress', {
			id: locator(String(f().person)),
			activityStructure: f().activity0,
		});
		expectSimplified(person.simplified, person.full, keys);
		const group = await onAndOff('persongroups', 'progress', {
			id: locator(String(f().allStaff)),
			activityStructure: f().activity0,
		});
		expectSimplified(group.simplified, group.full, keys);
	});

	it('Simplify keeps the properties asked for by name, beside its own keys', async () => {
		const parameters = { limit: 1, filters: { includedProperties: ['CreateDate'] } };
		const [simplified] = json(await run(sandbox, 'locations', 'getAll', parameters));
		expect(Object.keys(simplified).sort()).toEqual(
			[...simplifyKeys(growsparksCatalog, 'locations.list'), 'CreateDate'].sort(),
		);
		const [full] = json(
			await run(sandbox, 'locations', 'getAll', { ...parameters, simplify: false }),
		);
		expect(Object.keys(full).length).toBeGreaterThan(Object.keys(simplified).length);
	});
});
