import { flowWebinarsCatalog } from '../../nodes/FlowWebinars/api/catalog';
import { FlowWebinars } from '../../nodes/FlowWebinars/FlowWebinars.node';
import { loadInventory } from '../support/inventory';

const inventory = loadInventory('flow-webinars') as {
	endpoints: Array<{ id: string; method: string; path: string }>;
};
const key = (e: { method: string; path: string }) => `${e.method.toUpperCase()} ${e.path}`;

describe('Flow Webinars declaration vs the vendor inventory (vendor-inventories/flow-webinars.json)', () => {
	it("declares exactly the inventory's 15 method + path pairs, with its ids", () => {
		expect(flowWebinarsCatalog.endpoints.map(key).sort()).toEqual(
			inventory.endpoints.map(key).sort(),
		);
		expect(flowWebinarsCatalog.endpoints.map((e) => e.id).sort()).toEqual(
			inventory.endpoints.map((e) => e.id).sort(),
		);
	});

	it('fills every path placeholder from a declared path field', () => {
		for (const endpoint of flowWebinarsCatalog.endpoints) {
			const placeholders = [...endpoint.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
			expect({
				id: endpoint.id,
				fields: endpoint.fields
					.filter((f) => f.in === 'path')
					.map((f) => f.apiName ?? f.name)
					.sort(),
			}).toEqual({ id: endpoint.id, fields: placeholders });
		}
	});

	it('is named so nobody confuses it with Onsight Flow or n8n workflows, and is usable as a tool', () => {
		const node = new FlowWebinars();
		expect(node.description.displayName).toBe('Flow Webinars');
		expect(node.description.usableAsTool).toBe(true);
	});
});
