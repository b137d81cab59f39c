import { damstraLearningCatalog } from '../../nodes/DamstraLearning/api/catalog';
import { DAMSTRA_EVENTS } from '../../nodes/DamstraLearning/trigger/events';
import { loadInventory } from '../support/inventory';

interface InventoryEndpoint {
	id: string;
	method: string;
	path: string;
	paginated?: boolean;
	returnsBinary?: boolean;
	pathParams: Array<{ name: string }>;
}

const inventory = loadInventory('damstra-learning') as {
	endpoints: InventoryEndpoint[];
	webhooks: { events: Array<{ name: string }> };
};
const key = (e: { method: string; path: string }) => `${e.method.toUpperCase()} ${e.path}`;

describe('Damstra Learning declaration vs the vendor inventory (vendor-inventories/damstra-learning.json)', () => {
	it("declares exactly the inventory's method + path set, once each", () => {
		const declared = damstraLearningCatalog.endpoints.map(key).sort();
		const expected = inventory.endpoints.map(key).sort();
		expect(declared).toEqual(expected);
		expect(new Set(declared).size).toBe(declared.length);
		expect(declared).toHaveLength(38);
	});

	it("uses the inventory's ids, paging and binary flags", () => {
		for (const endpoint of inventory.endpoints) {
			const declared = damstraLearningCatalog.endpoints.find((e) => key(e) === key(endpoint));
			expect({
				id: declared?.id,
				paged: Boolean(declared?.paginated),
				binary: declared?.output.kind === 'binary',
			}).toEqual({
				id: endpoint.id,
				paged: Boolean(endpoint.paginated),
				binary: Boolean(endpoint.returnsBinary),
			});
		}
	});

	it('fills every path placeholder from a declared path field', () => {
		for (const endpoint of damstraLearningCatalog.endpoints) {
			const placeholders = [...endpoint.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
			const pathFields = endpoint.fields
				.filter((f) => f.in === 'path')
				.map((f) => f.apiName ?? f.name)
				.sort();
			expect({ id: endpoint.id, fields: pathFields }).toEqual({
				id: endpoint.id,
				fields: placeholders,
			});
		}
	});

	it('offers each of the 7 webhook events', () => {
		expect(DAMSTRA_EVENTS.map((e) => e.value).sort()).toEqual(
			inventory.webhooks.events.map((e) => e.name).sort(),
		);
	});
});
