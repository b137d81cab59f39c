import type { INodeProperties } from 'n8n-workflow';
import type { EndpointSpec } from '../../nodes/shared/declarations/types';
import { mappedEndpoints, returnedRecords } from '../support/list-fields';
import { VENDORS } from '../vendors';

/*
 * Records wider than ten fields offer Simplify (n8n's output convention). Every operation that
 * returns records (Get, Get Many and other reads) whose records, as the vendor returns them by
 * default, have more than ten top-level fields declares `simplify`: at most ten keys, all of them
 * fields the vendor documents for that record, always with its ID and naming fields.
 *
 * What each operation returns is named per vendor in test/support/list-fields.js and checked there
 * against the inventory (vendor-inventories/<vendor id>.json): an operation it does not name fails
 * here. Growsparks records count the properties returned by default (visibility `always` and
 * `default`), Snapper Grape records the view returned by default (`simple` for lists, `full` for
 * one object by ID).
 */
const MAX_KEYS = 10;

/** Files and deletions return no records: the declaration says so, no table is needed. */
const mayReturnRecords = (endpoint: EndpointSpec) =>
	endpoint.output.kind !== 'binary' && endpoint.output.kind !== 'deleted';

function problemsOf(vendorId: (typeof VENDORS)[number]['id'], endpoint: EndpointSpec): string[] {
	const returned = returnedRecords(vendorId, endpoint.id);
	const keys = endpoint.simplify;
	const problems: string[] = [];
	if ('reason' in returned) {
		if (keys)
			problems.push(
				`declares Simplify, but returns no documented records: ${returned.kind}, ${returned.reason}`,
			);
		return problems;
	}
	if (returned.kind === 'read' && returned.width > MAX_KEYS && !keys)
		problems.push(
			`returns ${returned.type} records of ${returned.width} fields (${returned.source}) ` +
				'but offers no Simplify',
		);
	if (!keys) return problems;
	const documented = new Set(returned.fields);
	const undocumented = keys.filter((key) => !documented.has(key));
	if (undocumented.length)
		problems.push(
			`Simplify keeps ${undocumented.join(', ')}, not documented for ${returned.type} ` +
				`(${returned.source})`,
		);
	if (keys.length > MAX_KEYS)
		problems.push(`Simplify keeps ${keys.length} fields, more than ${MAX_KEYS}`);
	if (new Set(keys).size !== keys.length) problems.push('Simplify names a field twice');
	if (!returned.keyFields)
		problems.push(
			`name the ID and naming fields of ${returned.missingKeys.join(', ')} in ` +
				'test/support/list-fields.js',
		);
	else {
		const dropped = returned.keyFields.filter((key) => !keys.includes(key));
		if (dropped.length)
			problems.push(`Simplify drops the ID or naming field ${dropped.join(', ')}`);
	}
	return problems;
}

describe.each(VENDORS.map((vendor) => [vendor.name, vendor] as const))(
	'%s: Simplify on wide records',
	(_name, vendor) => {
		const endpoints = vendor.catalog.endpoints.filter(mayReturnRecords);

		it('says what every operation returns (none is left unmapped)', () => {
			const unmapped: string[] = [];
			for (const endpoint of endpoints) {
				try {
					returnedRecords(vendor.id, endpoint.id);
				} catch (error) {
					unmapped.push((error as Error).message);
				}
			}
			expect(unmapped).toEqual([]);
		});

		it('maps only operations the node declares', () => {
			const declared = new Set(vendor.catalog.endpoints.map((endpoint) => endpoint.id));
			expect(mappedEndpoints(vendor.id).filter((id) => !declared.has(id))).toEqual([]);
		});

		it.each(endpoints.map((endpoint) => [endpoint.id, endpoint] as const))(
			'%s: Simplify where records are wider than ten fields, with documented key fields',
			(id, endpoint) => {
				expect({ endpoint: id, problems: problemsOf(vendor.id, endpoint) }).toEqual({
					endpoint: id,
					problems: [],
				});
			},
		);

		it('shows Simplify, on by default, on exactly the operations that declare it', () => {
			const properties = vendor.node.description.properties as INodeProperties[];
			const shown = properties
				.filter((property) => property.name === 'simplify')
				.map((property) => {
					expect(property).toMatchObject({ type: 'boolean', default: true });
					const show = property.displayOptions?.show ?? {};
					return `${String(show.resource)}/${String(show.operation)}`;
				})
				.sort();
			const declared = vendor.catalog.endpoints
				.filter((endpoint) => endpoint.simplify)
				.map((endpoint) => `${endpoint.resource}/${endpoint.operation}`)
				.sort();
			expect(shown).toEqual(declared);
		});
	},
);

describe('record widths read from the inventories', () => {
	it('count what the vendor returns by default', () => {
		const width = (vendorId: (typeof VENDORS)[number]['id'], endpointId: string) => {
			const returned = returnedRecords(vendorId, endpointId);
			return 'width' in returned ? returned.width : undefined;
		};
		// Growsparks: only `always` and `default` properties (7 of the person's 20).
		expect(width('growsparks', 'persons.get')).toBe(7);
		expect(width('growsparks', 'locations.list')).toBe(11);
		// Snapper Grape: lists answer in the simple view, one object by ID in the full view.
		expect(width('snapper-grape', 'persons.list')).toBe(5);
		expect(width('snapper-grape', 'persons.get')).toBe(25);
		// A Get Many whose items are a narrower summary than the Get's record.
		expect(width('damstra-learning', 'iltSession.list')).toBe(13);
		expect(width('damstra-learning', 'iltSession.get')).toBe(19);
		// An answer that may be any of three types is as wide as the widest.
		expect(width('snapper-grape', 'changes.list')).toBe(23);
	});

	it('refuse an operation no table names', () => {
		expect(() => returnedRecords('damstra-learning', 'user.nothing')).toThrow(
			/no returned-records entry/,
		);
		expect(() => returnedRecords('growsparks', 'nothing.list')).toThrow(/no endpoint/);
	});
});
