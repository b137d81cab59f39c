import type { IDataObject } from 'n8n-workflow';
import { resources } from '../../../nodes/Growsparks/api/catalog';
import { locator } from '../../support/context';
import type { GrowsparksSandbox } from '../../support/sandbox';
import { calls, json, run, useSandbox } from './harness';

let sandbox: GrowsparksSandbox;
useSandbox((started) => (sandbox = started));

describe('Growsparks › Get Many and Get on all 34 resources', () => {
	it.each(resources.map((spec) => [spec.slug]))('%s', async (slug) => {
		const listed = json(await run(sandbox, slug, 'getAll', { returnAll: false, limit: 3 }));
		expect(listed.length).toBeGreaterThan(0);
		expect(listed.length).toBeLessThanOrEqual(3);
		expect(calls(sandbox)[0]).toBe(`GET /${slug}?offset=0&limit=3`);
		const [one] = json(await run(sandbox, slug, 'get', { id: locator(String(listed[0].ID)) }));
		expect(one.ID).toBe(listed[0].ID);
		expect(
			sandbox.requests.every((r) => r.headers.authorization === `Bearer ${sandbox.apiKey}`),
		).toBe(true);
	});
});

describe('Growsparks lists', () => {
	it('Return All follows HasMore in pages of 1000', async () => {
		const big = await (await import('./harness')).startSandbox({ persons: 2500 });
		try {
			const persons = json(await run(big, 'persons', 'getAll', { returnAll: true }));
			expect(persons).toHaveLength(2500);
			expect(new Set(persons.map((p) => p.ID)).size).toBe(2500);
			expect(calls(big)).toEqual([
				'GET /persons?offset=0&limit=1000',
				'GET /persons?offset=1000&limit=1000',
				'GET /persons?offset=2000&limit=1000',
			]);
		} finally {
			await big.close();
		}
	});

	it('selects, excludes and expands properties, and passes the filter through as written', async () => {
		const [withRequest] = json(
			await run(sandbox, 'persons', 'getAll', {
				limit: 1,
				filters: { includedProperties: ['BirthDate', 'ExtraData'], excludedProperties: ['Tag'] },
			}),
		);
		expect(withRequest).toHaveProperty('ExtraData');
		expect(withRequest).not.toHaveProperty('Tag');
		const [only] = json(
			await run(sandbox, 'persons', 'getAll', {
				limit: 1,
				filters: { specificProperties: ['Email'] },
			}),
		);
		expect(Object.keys(only).sort()).toEqual(['Email', 'ID']);
		const [membership] = json(
			await run(sandbox, 'persongroupmemberships', 'getAll', {
				limit: 1,
				filters: { expand: ['Member'] },
			}),
		);
		expect((membership.Member as IDataObject).ID).toMatch(/^G_/);
		await run(sandbox, 'persons', 'getAll', {
			limit: 1,
			filters: { filter: 'LastName CONTAINS Doe' },
		});
		expect(sandbox.requests.at(-1)?.query.filter).toBe('LastName CONTAINS Doe');
	});

	it('streams a list as Server-Sent Events, one item per record, stopping at the limit', async () => {
		const streamed = json(
			await run(sandbox, 'persons', 'getAll', { returnAll: true, filters: { stream: true } }),
		);
		expect(streamed).toHaveLength(50);
		expect(calls(sandbox)).toEqual(['GET /persons?stream=true']);
		expect(sandbox.requests[0].headers.accept).toBe('text/event-stream');
		const limited = json(
			await run(sandbox, 'persons', 'getAll', {
				returnAll: false,
				limit: 7,
				filters: { stream: true },
			}),
		);
		expect(limited.map((p) => p.ID)).toEqual(streamed.slice(0, 7).map((p) => p.ID));
	});

	it('reports a stream cut mid-record clearly and emits nothing from it', async () => {
		sandbox.injectFault({ path: '/rest/genapiv1/v1/persons', cutAfter: 10, times: 3 });
		await expect(
			run(sandbox, 'persons', 'getAll', { returnAll: true, filters: { stream: true } }),
		).rejects.toThrow(/the event stream broke off.*nothing was output/);
		expect(sandbox.requests).toHaveLength(3);
	});

	it('reads a stream again when it broke once, without duplicating records', async () => {
		sandbox.injectFault({ path: '/rest/genapiv1/v1/persons', cutAfter: 10, times: 1 });
		const persons = json(
			await run(sandbox, 'persons', 'getAll', { returnAll: true, filters: { stream: true } }),
		);
		expect(persons).toHaveLength(50);
		expect(new Set(persons.map((p) => p.ID)).size).toBe(50);
	});
});
