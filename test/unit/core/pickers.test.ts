import type { IExecuteFunctions, INode, INodeProperties } from 'n8n-workflow';
import { catalogProperties } from '../../../nodes/shared/declarations/properties';
import { buildRequest, unwrapLocator } from '../../../nodes/shared/declarations/request-builder';
import type { EndpointSpec, VendorCatalog } from '../../../nodes/shared/declarations/types';
import { pickerOf } from '../../../nodes/shared/declarations/types';
import { locator } from '../../support/context';

/*
 * An `id` field naming one of the catalog's locators is a picker: a resource locator in the panel
 * (at the top level, in the collection and in list entries), read and checked as an ID and sent as
 * before, whether the workflow holds the locator or a plain value saved before it was a picker.
 */

const endpoint: EndpointSpec = {
	id: 'thing.create',
	resource: 'thing',
	operation: 'create',
	name: 'Create',
	action: 'Create a thing',
	description: 'Create a thing',
	method: 'POST',
	path: '/things',
	output: { kind: 'object' },
	fields: [
		{ name: 'ownerId', label: 'Owner', in: 'body', type: 'id', locator: 'user', required: true },
		{
			name: 'parentId',
			label: 'Parent',
			in: 'body',
			type: 'id',
			locator: 'thing',
			toWire: Number,
		},
		{ name: 'groupId', label: 'Group', in: 'query', type: 'id', locator: 'user' },
		{ name: 'externalId', label: 'External ID', in: 'body', type: 'id', placeholder: 'e.g. X-1' },
		{ name: 'formatOnly', label: 'Format Only', in: 'body', type: 'id', locator: 'unknown' },
		{
			name: 'members',
			label: 'Members',
			in: 'body',
			type: 'objectList',
			entries: [
				{
					name: 'id',
					label: 'Member',
					in: 'body',
					type: 'id',
					locator: 'user',
					required: true,
					toWire: Number,
				},
				{ name: 'note', label: 'Note', in: 'body', type: 'string' },
			],
		},
	],
};

const catalog: VendorCatalog = {
	api: {
		displayName: 'Test API',
		credentialType: 'testApi',
		defaultBaseUrl: 'https://api.example.com',
		baseUrlField: 'baseUrl',
		secretFields: [],
	},
	resources: [{ name: 'Thing', value: 'thing' }],
	locators: {
		user: {
			searchListMethod: 'searchUsers',
			idPlaceholder: 'e.g. 1234',
			idFormat: 'numeric',
			label: { fields: ['name'] },
		},
		thing: {
			searchListMethod: 'searchThings',
			idPlaceholder: 'e.g. 77',
			idFormat: 'numeric',
			label: { fields: ['name'] },
		},
	},
	endpoints: [endpoint],
};

const properties = catalogProperties(catalog, 'Test');
const named = (list: INodeProperties[], name: string) =>
	list.find((property) => property.name === name) as INodeProperties;
const optional = named(properties, 'additionalFields').options as INodeProperties[];

describe('pickerOf', () => {
	it('names the locator of a locator field, or of an ID field naming a known locator', () => {
		expect(pickerOf(endpoint.fields[0], catalog)).toBe(catalog.locators.user);
		expect(pickerOf({ ...endpoint.fields[0], type: 'locator' }, catalog)).toBe(
			catalog.locators.user,
		);
		expect(pickerOf(endpoint.fields[3], catalog)).toBeUndefined();
		expect(pickerOf(endpoint.fields[4], catalog)).toBeUndefined();
		expect(pickerOf({ ...endpoint.fields[0], locator: 'toString' }, catalog)).toBeUndefined();
		expect(pickerOf({ ...endpoint.fields[0], type: 'idList' }, catalog)).toBeUndefined();
	});
});

describe('ID fields of listable records in the panel', () => {
	const isPicker = (property: INodeProperties, method: string, example: string) => {
		expect(property.type).toBe('resourceLocator');
		expect(property.default).toEqual({ mode: 'list', value: '' });
		expect(property.placeholder).toBeUndefined();
		expect(property.modes?.map((mode) => mode.name)).toEqual(['list', 'id']);
		expect(property.modes?.[0].typeOptions).toEqual({ searchListMethod: method, searchable: true });
		expect(property.modes?.[1].placeholder).toBe(example);
		expect(property.modes?.[1].validation).toEqual([
			{
				type: 'regex',
				properties: { regex: '^[0-9]+$', errorMessage: 'Enter a numeric ID such as 1234' },
			},
		]);
	};

	it('are resource locators at the top level, in the collection and in list entries', () => {
		isPicker(named(properties, 'ownerId'), 'searchUsers', 'e.g. 1234');
		isPicker(named(optional, 'parentId'), 'searchThings', 'e.g. 77');
		isPicker(named(optional, 'groupId'), 'searchUsers', 'e.g. 1234');
		const entries = named(optional, 'members').options?.[0] as { values: INodeProperties[] };
		isPicker(named(entries.values, 'id'), 'searchUsers', 'e.g. 1234');
	});

	it('stay text inputs when they name no locator of the catalog', () => {
		expect(named(optional, 'externalId')).toMatchObject({
			type: 'string',
			placeholder: 'e.g. X-1',
		});
		expect(named(optional, 'formatOnly')).toMatchObject({ type: 'string', default: '' });
	});
});

/** What n8n's getNodeParameter gives: `extractValue` reads a locator's value, a plain one as is. */
function context(parameters: Record<string, unknown>): IExecuteFunctions {
	const node = { name: 'Test', parameters } as unknown as INode;
	return {
		getNode: () => node,
		getNodeParameter: (
			name: string,
			_itemIndex: number,
			fallback?: unknown,
			options?: { extractValue?: boolean },
		) => {
			const value = parameters[name] ?? fallback;
			if (value === undefined) throw new Error(`Could not get parameter "${name}"`);
			return options?.extractValue ? unwrapLocator(value) : value;
		},
	} as unknown as IExecuteFunctions;
}

const requestFor = (ownerId: unknown, optionalFields: Record<string, unknown>) =>
	buildRequest(context({ ownerId, additionalFields: optionalFields }), catalog, endpoint, 0);

describe('picked IDs on the wire', () => {
	const forms: Array<[string, (id: number) => unknown]> = [
		['a plain number', (id) => id],
		['plain text', (id) => String(id)],
		['picked From List', (id) => locator(String(id), 'list')],
		['typed By ID', (id) => locator(String(id), 'id')],
		['a locator holding a number', (id) => locator(id, 'id')],
		['a locator without __rl', (id) => ({ mode: 'id', value: String(id) })],
	];

	it.each(forms)('are sent the same way from %s', (_form, as) => {
		const request = requestFor(as(12), {
			parentId: as(34),
			groupId: as(56),
			members: { entries: [{ id: as(78), note: 'lead' }] },
		});
		expect(request.body).toEqual({
			ownerId: '12',
			parentId: 34,
			members: [{ id: 78, note: 'lead' }],
		});
		expect(request.qs).toEqual({ groupId: '56' });
	});

	it('leave out an empty optional picker, and name an empty required one', () => {
		expect(
			requestFor(locator('12', 'list'), { parentId: locator('', 'list'), groupId: '' }).body,
		).toEqual({ ownerId: '12' });
		expect(() => requestFor(locator('', 'list'), {})).toThrow(
			'Parameter "Owner" is required and must be an ID',
		);
		expect(() => requestFor(12, { members: { entries: [{ id: locator('', 'list') }] } })).toThrow(
			'Parameter "Members › Member" is required and must be an ID',
		);
	});

	it('are checked as IDs, whatever form holds them', () => {
		expect(() => requestFor(locator('12a', 'id'), {})).toThrow(
			'Parameter "Owner" must be a numeric ID such as 1234; got "12a"',
		);
		expect(() => requestFor('12a', {})).toThrow('Parameter "Owner" must be a numeric ID');
	});
});

describe('unwrapLocator', () => {
	it("reads a stored locator's value and passes every other value through, as n8n does", () => {
		expect(unwrapLocator(locator('7', 'list'))).toBe('7');
		expect(unwrapLocator({ mode: 'id', value: 8 })).toBe(8);
		for (const plain of ['7', 7, '', null, undefined, ['7'], { id: '7' }])
			expect(unwrapLocator(plain)).toEqual(plain);
	});
});
