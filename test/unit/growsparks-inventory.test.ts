import { growsparksCatalog, resources } from '../../nodes/Growsparks/api/catalog';
import { gsDate } from '../../nodes/Growsparks/api/fields';
import { Growsparks } from '../../nodes/Growsparks/Growsparks.node';
import { loadInventory } from '../support/inventory';
import type { EndpointSpec, FieldSpec } from '../../nodes/shared/declarations/types';
import { isRest } from '../../nodes/shared/declarations/types';

interface InventoryField {
	name: string;
	type: string;
	access: string;
	visibility: string;
	expandable: boolean;
	filterOperations: string[];
	refersTo: string | null;
	maxLength?: number;
}
interface InventoryBodyField {
	name: string;
	type: string;
	required: boolean;
	allowedValues: string[] | null;
	refersTo: string | null;
	maxLength?: number;
}
interface InventoryEndpoint {
	id: string;
	method: string;
	path: string;
	supportsStream: boolean;
	responseShape: string;
	body: InventoryBodyField[] | null;
}
interface InventoryResource {
	slug: string;
	object: { fields: InventoryField[] };
	endpoints: InventoryEndpoint[];
	mutatingCalls: string[];
}

const inventory = loadInventory('growsparks') as { resources: InventoryResource[] };
const allEndpoints = inventory.resources.flatMap((r) => r.endpoints);
const key = (e: { method: string; path: string }) => `${e.method.toUpperCase()} ${e.path}`;
const declared = (id: string) => growsparksCatalog.endpoints.find((e) => e.id === id);
const streamable = (endpoint?: EndpointSpec) =>
	!!endpoint && isRest(endpoint) && !!endpoint.streamable;
const bodyOf = (endpoint?: EndpointSpec) => endpoint?.fields.filter((f) => f.in === 'body') ?? [];
const fieldNamed = (endpoint: EndpointSpec | undefined, name: string) =>
	endpoint?.fields.find((f) => f.name === name);
const optionValues = (field?: FieldSpec) => field?.options?.map((option) => option.value);
/** Images are not offered: the reference gives no upload format and every example is null. */
const isImage = (field: { type: string }) => field.type === 'asset';

/** How a documented property type is offered in n8n. */
function expectedShape(documented: InventoryBodyField | InventoryField): Partial<FieldSpec> {
	switch (documented.type) {
		case 'string':
			return documented.refersTo
				? { type: 'id' }
				: { type: 'string', maxLength: documented.maxLength };
		case 'integer':
		case 'float':
			return { type: 'number' };
		case 'bool':
			return { type: 'boolean' };
		case 'date':
			return { type: 'dateTime', dateFormat: gsDate };
		case 'enum':
			return { type: 'options' };
		case 'array of strings':
			return { type: 'idList', listForm: 'strings' };
		case 'mapping':
			return { type: 'json', jsonShape: 'object' };
		case 'object':
			return { type: 'json', jsonShape: 'any' };
		default:
			throw new Error(`unexpected documented type ${documented.type}`);
	}
}
const shapeOf = (field: FieldSpec | undefined, like: Partial<FieldSpec>) =>
	field &&
	Object.fromEntries(
		Object.keys(like).map((name) => [name, field[name as keyof FieldSpec] as unknown]),
	);

describe('Growsparks declaration vs the vendor inventory (vendor-inventories/growsparks.json)', () => {
	it("declares exactly the inventory's 126 method + path pairs, with its ids", () => {
		expect(growsparksCatalog.endpoints.map(key).sort()).toEqual(allEndpoints.map(key).sort());
		expect(growsparksCatalog.endpoints.map((e) => e.id).sort()).toEqual(
			allEndpoints.map((e) => e.id).sort(),
		);
		expect(growsparksCatalog.endpoints).toHaveLength(126);
	});

	it("declares the inventory's 34 resources, each endpoint under its own resource", () => {
		expect(resources.map((r) => r.slug)).toEqual(inventory.resources.map((r) => r.slug));
		for (const resource of inventory.resources) {
			for (const endpoint of resource.endpoints)
				expect({ id: endpoint.id, resource: declared(endpoint.id)?.resource }).toEqual({
					id: endpoint.id,
					resource: resource.slug,
				});
		}
	});

	it('selects every property by its visibility, and expands exactly the expandable ones', () => {
		for (const resource of inventory.resources) {
			const fields = resource.object.fields;
			const names = (list: InventoryField[]) => list.map((f) => f.name);
			const expandable = names(fields.filter((f) => f.expandable));
			for (const id of [`${resource.slug}.list`, `${resource.slug}.get`]) {
				const endpoint = declared(id);
				expect({
					id,
					include: optionValues(fieldNamed(endpoint, 'includedProperties')),
					exclude: optionValues(fieldNamed(endpoint, 'excludedProperties')),
					only: optionValues(fieldNamed(endpoint, 'specificProperties')),
					expand: optionValues(fieldNamed(endpoint, 'expand')),
				}).toEqual({
					id,
					include: names(fields.filter((f) => f.visibility === 'request')),
					exclude: names(fields.filter((f) => f.visibility === 'default')),
					only: names(fields),
					expand: expandable.length ? expandable : undefined,
				});
			}
			// Only the ID is returned whatever the selection says.
			expect({
				slug: resource.slug,
				always: names(fields.filter((f) => f.visibility === 'always')),
			}).toEqual({ slug: resource.slug, always: ['ID'] });
		}
	});

	it('writes the writable properties on create and update, never a read-only one', () => {
		for (const resource of inventory.resources) {
			const fields = resource.object.fields.filter((f) => !isImage(f));
			const writes = [
				{ op: 'create', access: ['readwrite', 'immutable'] },
				{ op: 'update', access: ['readwrite'] },
			];
			for (const { op, access } of writes) {
				const endpoint = declared(`${resource.slug}.${op}`);
				if (!endpoint) continue;
				const written = fields.filter((f) => access.includes(f.access));
				const body = bodyOf(endpoint);
				expect({ id: endpoint.id, body: body.map((f) => f.apiName) }).toEqual({
					id: endpoint.id,
					body: written.map((f) => f.name),
				});
				for (const property of written) {
					const field = body.find((f) => f.apiName === property.name);
					const expected = expectedShape(property);
					expect({ id: endpoint.id, property: property.name, ...shapeOf(field, expected) }).toEqual(
						{ id: endpoint.id, property: property.name, ...expected },
					);
				}
				const readOnly = resource.object.fields.filter((f) => f.access === 'readonly');
				expect({
					id: endpoint.id,
					readOnlyWritten: body.filter((f) => readOnly.some((r) => r.name === f.apiName)),
				}).toEqual({ id: endpoint.id, readOnlyWritten: [] });
			}
		}
	});

	it('sends exactly the documented body fields (images excepted) and requires the documented ones', () => {
		for (const endpoint of allEndpoints.filter((e) => e.body && e.body.length)) {
			const spec = declared(endpoint.id);
			const bodyFields = bodyOf(spec);
			const documented = (endpoint.body ?? []).filter(
				(b) =>
					!/Image|Logo|Picture|Icon|Photo|Banner/.test(b.name) ||
					bodyFields.some((f) => f.apiName === b.name),
			);
			expect({ id: endpoint.id, body: bodyFields.map((f) => f.apiName ?? f.name).sort() }).toEqual({
				id: endpoint.id,
				body: documented.map((b) => b.name).sort(),
			});
			expect({
				id: endpoint.id,
				required: bodyFields
					.filter((f) => f.required)
					.map((f) => f.apiName)
					.sort(),
			}).toEqual({
				id: endpoint.id,
				required: documented
					.filter((b) => b.required)
					.map((b) => b.name)
					.sort(),
			});
		}
	});

	it('types every body field as documented: max length, choices, dates, IDs and JSON', () => {
		for (const endpoint of allEndpoints) {
			const body = bodyOf(declared(endpoint.id));
			for (const documented of (endpoint.body ?? []).filter((b) => !isImage(b))) {
				const field = body.find((f) => f.apiName === documented.name);
				const expected = expectedShape(documented);
				expect({ id: endpoint.id, field: documented.name, ...shapeOf(field, expected) }).toEqual({
					id: endpoint.id,
					field: documented.name,
					...expected,
				});
				if (documented.type === 'enum')
					expect({ id: endpoint.id, field: documented.name, values: optionValues(field) }).toEqual({
						id: endpoint.id,
						field: documented.name,
						values: documented.allowedValues,
					});
				if (field?.locator !== undefined)
					expect(growsparksCatalog.locators).toHaveProperty(field.locator);
			}
		}
	});

	it('names every filterable property and its documented operations in the filter hint', () => {
		for (const resource of inventory.resources) {
			const hint = fieldNamed(declared(`${resource.slug}.list`), 'filter')?.hint ?? '';
			const listed = (hint.split('Filterable here: ')[1] ?? '').split('; ').map((entry) => {
				const [, name, operations] = /^(\w+) \((.*)\)$/.exec(entry) ?? [];
				return [name, operations?.split(', ').sort()];
			});
			expect({ slug: resource.slug, listed }).toEqual({
				slug: resource.slug,
				listed: resource.object.fields
					.filter((f) => f.filterOperations.length)
					.map((f) => [f.name, [...f.filterOperations].sort()]),
			});
		}
	});

	it('offers streaming exactly where the API supports it', () => {
		for (const endpoint of allEndpoints) {
			const spec = declared(endpoint.id);
			expect({
				id: endpoint.id,
				stream: Boolean(streamable(spec)),
				streamField: fieldNamed(spec, 'stream')?.in,
			}).toEqual({
				id: endpoint.id,
				stream: endpoint.supportsStream,
				streamField: endpoint.supportsStream ? 'query' : undefined,
			});
		}
	});

	it('pages the lists and answers in the documented shape', () => {
		const kinds: Record<string, string> = {
			list: 'records',
			enumeration: 'records',
			object: 'object',
			none: 'object',
			scalar: 'object',
			binary: 'binary',
		};
		for (const endpoint of allEndpoints) {
			const spec = declared(endpoint.id);
			// A delete answers nothing; the node says which record is gone (n8n's convention).
			const deletes = endpoint.id.endsWith('.delete') && endpoint.responseShape === 'none';
			expect({
				id: endpoint.id,
				output: spec?.output.kind,
				paginated: Boolean(spec?.paginated),
				transformed: Boolean(spec && isRest(spec) && spec.transform),
			}).toEqual({
				id: endpoint.id,
				output: deletes ? 'deleted' : kinds[endpoint.responseShape],
				paginated: endpoint.responseShape === 'list',
				transformed:
					(!deletes && ['none', 'scalar'].includes(endpoint.responseShape)) ||
					endpoint.id.endsWith('.report'),
			});
		}
	});

	it('returns the certificate as a binary file and never retries the destructive merge', () => {
		expect(declared('certificateresults.downloadphysicalcertificate')?.output.kind).toBe('binary');
		const merge = declared('persons.merge');
		expect(merge?.idempotent).toBeFalsy();
		expect(merge?.destructive).toBe(true);
		expect(merge?.description).toMatch(/irreversible/i);
		expect(merge?.notice).toMatch(/cannot be undone.*never retries/i);
		expect(
			growsparksCatalog.endpoints.filter((e) => e.destructive).map((endpoint) => endpoint.id),
		).toEqual(['persons.merge']);
		// Calls declared read-only are POSTs that may be retried; no other custom call is.
		const retried = growsparksCatalog.endpoints
			.filter((endpoint) => endpoint.method === 'POST' && endpoint.idempotent)
			.map((endpoint) => endpoint.id);
		expect(retried).toEqual(
			expect.arrayContaining([
				'persons.progress',
				'certificateresults.verifyqr',
				'certificateresults.downloadphysicalcertificate',
			]),
		);
		const mutating = inventory.resources.flatMap((r) =>
			r.mutatingCalls.map((call) => `${r.slug}.${call}`),
		);
		expect(retried.filter((id) => mutating.includes(id))).toEqual([]);
		expect(retried.filter((id) => id.endsWith('.create'))).toEqual([]);
	});
});

describe('Growsparks node description', () => {
	const node = new Growsparks();
	it('has a list-search method for every locator and unique parameter names per operation', () => {
		for (const locator of Object.values(growsparksCatalog.locators))
			expect(node.methods.listSearch).toHaveProperty(locator.searchListMethod);
		for (const endpoint of growsparksCatalog.endpoints) {
			const names = node.description.properties
				.filter(
					(p) =>
						p.displayOptions?.show?.resource?.includes(endpoint.resource) &&
						p.displayOptions?.show?.operation?.includes(endpoint.operation),
				)
				.map((p) => p.name);
			expect({ id: endpoint.id, dupes: names.filter((n, i) => names.indexOf(n) !== i) }).toEqual({
				id: endpoint.id,
				dupes: [],
			});
		}
	});
});
