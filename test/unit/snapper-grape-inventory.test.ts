import { snapperGrapeCatalog } from '../../nodes/SnapperGrape/api/catalog';
import { SnapperGrape } from '../../nodes/SnapperGrape/SnapperGrape.node';
import { swtToken } from '../../credentials/SnapperGrapeApi.credentials';
import { createHmac } from 'crypto';
import { loadInventory } from '../support/inventory';

const inventory = loadInventory('snapper-grape') as {
	endpoints: Array<{ method: string; path: string }>;
	unverifiedCandidates: Array<{ method?: string; path?: string }>;
};
const key = (e: { method?: string; path?: string }) =>
	`${String(e.method).toUpperCase()} ${e.path}`;

describe('Snapper Grape declaration vs the vendor inventory (vendor-inventories/snapper-grape.json)', () => {
	it('declares exactly the 28 recovered endpoints and none of the unverified guesses', () => {
		expect(snapperGrapeCatalog.endpoints.map(key).sort()).toEqual(
			inventory.endpoints.map(key).sort(),
		);
		const guesses = new Set((inventory.unverifiedCandidates ?? []).map(key));
		expect(snapperGrapeCatalog.endpoints.filter((e) => guesses.has(key(e)))).toEqual([]);
	});

	it('fills every path placeholder from a declared path field', () => {
		for (const endpoint of snapperGrapeCatalog.endpoints) {
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

	it('has a list method for every locator and unique parameter names per operation', () => {
		const node = new SnapperGrape();
		for (const locator of Object.values(snapperGrapeCatalog.locators))
			expect(node.methods.listSearch).toHaveProperty(locator.searchListMethod);
		for (const endpoint of snapperGrapeCatalog.endpoints) {
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

describe('Snapper Grape SWT token', () => {
	it('signs the &-joined parameters with HMAC-SHA256 of the shared secret', () => {
		const secret = ['shared', 'secret'].join('-');
		const token = swtToken(
			{ issuer: 'n8n', sharedSecret: secret, identityKey: 'username', identityValue: 'jane.doe' },
			Date.UTC(2026, 0, 1),
		);
		const [signed, signature] = token.split('&HMACSHA256=');
		expect(signed).toBe(
			`Issuer=n8n&ExpiresOn=${Date.UTC(2026, 0, 1) / 1000 + 600}&username=jane.doe`,
		);
		expect(decodeURIComponent(signature)).toBe(
			createHmac('sha256', secret).update(signed).digest('base64'),
		);
	});
});
