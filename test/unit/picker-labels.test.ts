import { labelOf, labelPaths } from '../../nodes/shared/declarations/list-search';
import { listedFields } from '../support/list-fields';
import { VENDORS } from '../vendors';

/*
 * Resource-locator lists label their entries from fields declared once per locator (`label` in the
 * vendor's catalog). Those fields must be ones the vendor documents for the records the list
 * returns, or the picker shows bare IDs and searching by name finds nothing.
 */
describe.each(VENDORS.map((vendor) => [vendor.name, vendor] as const))(
	'%s picker labels',
	(_name, vendor) => {
		const locators = Object.entries(vendor.catalog.locators);

		it('every locator declares the fields its entries are labelled with', () => {
			const undeclared = locators
				.filter(([, spec]) => !spec.label || spec.label.fields.length === 0)
				.map(([key]) => key);
			expect(undeclared).toEqual([]);
		});

		it.each(locators)('%s: every label field is documented for the listed records', (key, spec) => {
			const { source, fields } = listedFields(vendor.id, key);
			const documented = new Set(fields);
			const undocumented = labelPaths(spec.label).filter((path) => !documented.has(path));
			expect({ locator: key, source, undocumented }).toEqual({
				locator: key,
				source,
				undocumented: [],
			});
		});
	},
);

describe('picker label lookups in the inventories', () => {
	it('know the naming fields the defects were about', () => {
		expect(listedFields('snapper-grape', 'organisation').fields).toContain('title');
		expect(listedFields('snapper-grape', 'organisation').fields).not.toContain('name');
		expect(listedFields('snapper-grape', 'role').fields).toContain('title');
		for (const slug of ['persongroups', 'eventpersongroups', 'externalpersongroups'])
			expect(listedFields('growsparks', slug).fields).toContain('GroupName');
		expect(listedFields('growsparks', 'roles').fields).toContain('RoleName');
		expect(listedFields('growsparks', 'roles').fields).not.toContain('Name');
		// Lists return only `always` and `default` fields: DisplayName must be asked for.
		expect(listedFields('growsparks', 'persons').fields).not.toContain('DisplayName');
	});

	it('refuse a locator no adapter names', () => {
		expect(() => listedFields('snapper-grape', 'position')).toThrow(/no adapter entry/);
		expect(() => listedFields('growsparks', 'nothing')).toThrow(/no resource/);
	});
});

describe('labelOf', () => {
	const person = { ID: 'G_1', FirstName: 'Ada', LastName: 'Lovelace', Email: 'ada@example.com' };

	it('joins the first entry with values and shows the ID after it', () => {
		const label = { fields: [['FirstName', 'LastName'], 'Email'] };
		expect(labelOf(person, label, 'G_1')).toBe('Ada Lovelace (G_1)');
		expect(labelOf({ ID: 'G_2', Email: 'x@example.com' }, label, 'G_2')).toBe(
			'x@example.com (G_2)',
		);
	});

	it('falls back to the ID alone when the record has none of the fields', () => {
		expect(labelOf({ ID: 'G_3', FirstName: '  ' }, { fields: ['FirstName'] }, 'G_3')).toBe('G_3');
	});

	it('shows declared details instead of the ID, or nothing for []', () => {
		const label = { fields: ['FirstName'], details: ['Email', 'Missing'] };
		expect(labelOf(person, label, 'G_1')).toBe('Ada (ada@example.com)');
		expect(labelOf(person, { fields: ['FirstName'], details: [] }, 'G_1')).toBe('Ada');
	});

	it('reads nested fields and shows dates and times to the minute', () => {
		const job = {
			metadata: { jobTitle: 'Pump check', created: '2025-03-10T09:15:42.123Z', time: '14:30:00' },
		};
		const label = { fields: ['metadata.jobTitle'], details: ['metadata.created', 'metadata.time'] };
		expect(labelOf(job, label, 'j1')).toBe('Pump check (2025-03-10 09:15, 14:30)');
	});
});
