import type { INodeProperties } from 'n8n-workflow';
import { onsightFlowCatalog, onsightFlowEndpoints } from '../../nodes/OnsightFlow/api/catalog';
import { policies } from '../../nodes/OnsightFlow/api/policies';
import { isRest } from '../../nodes/shared/declarations/types';
import { OnsightFlow } from '../../nodes/OnsightFlow/OnsightFlow.node';
import { OnsightFlowTrigger } from '../../nodes/OnsightFlow/OnsightFlowTrigger.node';
import { loadInventory } from '../support/inventory';

interface InventoryEntry {
	id: string;
	method: string;
	host: string;
	path: string;
	policy: string | null;
	pathParams: Array<{ name: string }>;
	queryParams: Array<{ name: string }>;
}
const inventory = loadInventory('onsight-flow') as {
	rest: InventoryEntry[];
	auth: { policies: Array<{ name: string; scopesNormalised: string[]; permissions: string[] }> };
};
const rest = inventory.rest.filter((entry) => entry.id !== 'auth.token');
const declared = onsightFlowEndpoints.filter((endpoint) => !endpoint.family);
/** `/jobs/v1/?{skip}&{limit}` → `/jobs/v1/`: query templates are query parameters. */
const pathOf = (path: string) => path.split('?')[0];
const key = (method: string, path: string) => `${method.toUpperCase()} ${pathOf(path)}`;

describe('Onsight Flow declaration vs the vendor inventory (vendor-inventories/onsight-flow.json)', () => {
	it("declares the 80 REST endpoints and the M2M-client call, each once, by the inventory id (the token call is the credential's)", () => {
		expect(rest).toHaveLength(81);
		expect(declared.map((e) => e.id).sort()).toEqual(rest.map((e) => e.id).sort());
		expect(declared.map((e) => key(e.method, e.path)).sort()).toEqual(
			rest.map((e) => key(e.method, e.path)).sort(),
		);
	});

	it('puts every endpoint on the host the inventory names and guards it with the printed policy', () => {
		for (const endpoint of declared) {
			const entry = rest.find((e) => e.id === endpoint.id) as InventoryEntry;
			const host = entry.host.includes('accounts.') ? 'accounts' : 'gateway';
			expect({ id: endpoint.id, host: endpoint.host, policy: endpoint.policy }).toEqual({
				id: endpoint.id,
				host,
				policy: String(entry.policy).replace(/ /g, '_'),
			});
		}
	});

	it('fills every path placeholder from a declared path field and declares every documented query parameter', () => {
		for (const endpoint of declared) {
			const entry = rest.find((e) => e.id === endpoint.id) as InventoryEntry;
			const placeholders = [...endpoint.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
			expect({
				id: endpoint.id,
				path: endpoint.fields
					.filter((f) => f.in === 'path')
					.map((f) => f.apiName ?? f.name)
					.sort(),
			}).toEqual({ id: endpoint.id, path: placeholders });
			expect({ id: endpoint.id, path: placeholders }).toEqual({
				id: endpoint.id,
				path: entry.pathParams.map((p) => p.name).sort(),
			});
			const paged = isRest(endpoint) && endpoint.paging ? ['skip', 'limit'] : [];
			const query = endpoint.fields
				.filter((f) => f.in === 'query')
				.map((f) => f.apiName ?? f.name)
				.concat(paged)
				.sort();
			expect({ id: endpoint.id, query }).toEqual({
				id: endpoint.id,
				query: entry.queryParams.map((q) => q.name).sort(),
			});
		}
	});

	it("holds the policy table to the guide's policies (double slashes normalised)", () => {
		for (const policy of inventory.auth.policies) {
			expect({ name: policy.name, ...policies[policy.name as keyof typeof policies] }).toEqual({
				name: policy.name,
				scopes: policy.scopesNormalised,
				permissions: policy.permissions,
			});
		}
	});

	it('names the missing scopes in the 403 advice of every scoped endpoint', () => {
		for (const endpoint of onsightFlowEndpoints) {
			const scopes = policies[endpoint.policy].scopes;
			if (scopes.length === 0) {
				expect({ id: endpoint.id, advice: endpoint.advice?.[403] }).toEqual({
					id: endpoint.id,
					advice: undefined,
				});
				continue;
			}
			for (const scope of scopes)
				expect(endpoint.advice?.[403]).toContain(
					scope.replace('https://www.flow.librestream.com/', ''),
				);
		}
	});
});

describe('Onsight Flow node descriptions', () => {
	const node = new OnsightFlow();
	const properties = node.description.properties;
	const visibleFor = (resource: string, operation: string): INodeProperties[] =>
		properties.filter(
			(p) =>
				p.displayOptions?.show?.resource?.includes(resource) &&
				p.displayOptions?.show?.operation?.includes(operation),
		);

	it('has a list method for every locator, one operation per endpoint and unique parameter names per operation', () => {
		for (const locator of Object.values(onsightFlowCatalog.locators))
			expect(node.methods.listSearch).toHaveProperty(locator.searchListMethod);
		const operations = properties
			.filter((p) => p.name === 'operation')
			.flatMap((p) =>
				(p.options ?? []).map(
					(o) => `${p.displayOptions?.show?.resource?.[0]}.${(o as { value: string }).value}`,
				),
			);
		expect(operations.sort()).toEqual(
			onsightFlowEndpoints.map((e) => `${e.resource}.${e.operation}`).sort(),
		);
		for (const endpoint of onsightFlowEndpoints) {
			const names = visibleFor(endpoint.resource, endpoint.operation).map((p) => p.name);
			expect({ id: endpoint.id, dupes: names.filter((n, i) => names.indexOf(n) !== i) }).toEqual({
				id: endpoint.id,
				dupes: [],
			});
		}
	});

	it('is usable as a tool, offers both credentials by Authentication, and its trigger polls', () => {
		expect(node.description.usableAsTool).toBe(true);
		expect(
			node.description.credentials?.map(
				(c) => `${c.name}:${c.displayOptions?.show?.authentication}`,
			),
		).toEqual(['onsightFlowOAuth2Api:oAuth2', 'onsightFlowQueryKeyApi:queryKey']);
		const trigger = new OnsightFlowTrigger();
		expect(trigger.description.polling).toBe(true);
		expect(trigger.description.usableAsTool).toBeUndefined();
	});
});
