import { growsparksCatalog, resources } from '../../nodes/Growsparks/api/catalog';
import { Growsparks } from '../../nodes/Growsparks/Growsparks.node';
import { loadInventory } from '../support/inventory';
import type { EndpointSpec } from '../../nodes/shared/declarations/types';
import { isRest } from '../../nodes/shared/declarations/types';

interface InventoryField {
	name: string;
	type: string;
	access: string;
	visibility: string;
	expandable: boolean;
}
interface InventoryEndpoint {
	id: string;
	method: string;
	path: string;
	supportsStream: boolean;
	responseShape: string;
	body: Array<{ name: string; required: boolean }> | null;
}
interface InventoryResource {
	slug: string;
	object: { fields: InventoryField[] };
	endpoints: InventoryEndpoint[];
}

const inventory = loadInventory('growsparks') as { resources: InventoryResource[] };
const allEndpoints = inventory.resources.flatMap((r) => r.endpoints);
const key = (e: { method: string; path: string }) => `${e.method.toUpperCase()} ${e.path}`;
const declared = (id: string) => growsparksCatalog.endpoints.find((e) => e.id === id);
const streamable = (endpoint?: EndpointSpec) =>
	!!endpoint && isRest(endpoint) && !!endpoint.streamable;

describe('Growsparks declaration vs the vendor inventory (vendor-inventories/growsparks.json)', () => {
	it("declares exactly the inventory's 126 method + path pairs, with its ids", () => {
		expect(growsparksCatalog.endpoints.map(key).sort()).toEqual(allEndpoints.map(key).sort());
		expect(growsparksCatalog.endpoints.map((e) => e.id).sort()).toEqual(
			allEndpoints.map((e) => e.id).sort(),
		);
		expect(growsparksCatalog.endpoints).toHaveLength(126);
	});

	it('lists every field of every resource with its type, access, visibility and expandability', () => {
		for (const resource of inventory.resources) {
			const spec = resources.find((r) => r.slug === resource.slug);
			expect({
				slug: resource.slug,
				fields: spec?.fields.map((row) => [row[0], row[2], row[3], Boolean(row[4]?.expandable)]),
			}).toEqual({
				slug: resource.slug,
				fields: resource.object.fields.map((f) => [f.name, f.access, f.visibility, f.expandable]),
			});
		}
	});

	it('sends exactly the documented body fields (images excepted) and requires the documented ones', () => {
		for (const endpoint of allEndpoints.filter((e) => e.body && e.body.length)) {
			const spec = declared(endpoint.id);
			const bodyFields = spec?.fields.filter((f) => f.in === 'body') ?? [];
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

	it('offers streaming exactly where the API supports it', () => {
		for (const endpoint of allEndpoints) {
			expect({ id: endpoint.id, stream: Boolean(streamable(declared(endpoint.id))) }).toEqual({
				id: endpoint.id,
				stream: endpoint.supportsStream,
			});
		}
	});

	it('returns the certificate as a binary file and never retries the destructive merge', () => {
		expect(declared('certificateresults.downloadphysicalcertificate')?.output.kind).toBe('binary');
		const merge = declared('persons.merge');
		expect(merge?.idempotent).toBe(false);
		expect(merge?.description).toMatch(/irreversible/i);
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
