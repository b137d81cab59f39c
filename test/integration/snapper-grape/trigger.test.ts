import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import type { SnapperGrapeSandbox } from '../../support/sandbox';
import { credentialsFor, trigger, useSandbox } from './harness';
import { locator, pollContext } from '../../support/context';

let sandbox: SnapperGrapeSandbox;
useSandbox((started) => (sandbox = started));

async function poll(
	staticData: IDataObject,
	credentials: IDataObject,
	parameters: IDataObject = { type: 'personcompetence', scope: 'none' },
	mode: 'trigger' | 'manual' = 'trigger',
) {
	const context = pollContext({
		nodeType: trigger,
		parameters,
		credentialType: new (
			await import('../../../credentials/SnapperGrapeApi.credentials')
		).SnapperGrapeApi(),
		credentials: credentials as never,
		staticData,
		mode,
	});
	const output = await (
		trigger.poll as (this: IPollFunctions) => Promise<INodeExecutionData[][] | null>
	).call(context);
	return output ? output[0].map((item) => item.json) : null;
}

describe('Snapper Grape Trigger', () => {
	it('starts from now, then emits each new change once, across overlapping windows', async () => {
		const state: IDataObject = {};
		const credentials = credentialsFor(sandbox);
		expect(await poll(state, credentials)).toBeNull();
		// The first activation asks Grape for its time (one small read) and emits nothing.
		const reads = sandbox.requests.filter((r) => r.pathname === '/api/changes');
		expect(reads.map((r) => r.query.limit)).toEqual(['1']);
		const first = sandbox.addChange({ type: 'personcompetence' });
		expect((await poll(state, credentials))?.map((c) => c.id)).toEqual([first.id]);
		expect(await poll(state, credentials)).toBeNull();
		const second = sandbox.addChange({ type: 'personcompetence' });
		expect((await poll(state, credentials))?.map((c) => c.id)).toEqual([second.id]);
	});

	it('the same record changed again later is emitted again, as a new change', async () => {
		const state: IDataObject = {};
		const credentials = credentialsFor(sandbox);
		expect(await poll(state, credentials)).toBeNull();
		const first = sandbox.addChange({ type: 'personcompetence' });
		expect((await poll(state, credentials))?.map((c) => c.change_time)).toEqual([
			first.change_time,
		]);
		// Grape dates have minute precision: a change a minute later is a new change time.
		sandbox.clock.advance(60000);
		const again = sandbox.addChange({ type: 'personcompetence', id: first.id });
		expect(again.change_time).not.toBe(first.change_time);
		const emitted = await poll(state, credentials);
		expect(emitted?.map((c) => [c.id, c.change_time])).toEqual([[first.id, again.change_time]]);
		expect(await poll(state, credentials)).toBeNull();
	});

	it('a failed poll keeps the window, and the next one loses nothing', async () => {
		const state: IDataObject = {};
		const credentials = credentialsFor(sandbox);
		await poll(state, credentials);
		const before = JSON.stringify(state);
		const change = sandbox.addChange({ type: 'personcompetence' });
		sandbox.injectFault({ path: '/api/changes', status: 403, times: 1 });
		await expect(poll(state, credentials)).rejects.toThrow(/HTTP 403/);
		expect(JSON.stringify(state)).toBe(before);
		expect((await poll(state, credentials))?.map((c) => c.id)).toEqual([change.id]);
	});

	it('scopes to an organisation and starts over when the scope changes', async () => {
		const state: IDataObject = {};
		const credentials = credentialsFor(sandbox);
		await poll(state, credentials);
		expect(
			await poll(state, credentials, {
				type: 'personcompetence',
				scope: 'internal',
				organisationId: 102,
			}),
		).toBeNull();
		// A new scope starts a new window from Grape's now: one small read, nothing emitted.
		const reads = sandbox.requests.filter((r) => r.pathname === '/api/changes');
		expect(reads.map((r) => [r.query.organisation_id, r.query.limit])).toEqual([
			[undefined, '1'],
			['102', '1'],
		]);
		// The unit picked from the list is the same scope as the number saved by earlier versions.
		expect(
			await poll(state, credentials, {
				type: 'personcompetence',
				scope: 'internal',
				organisationId: locator('102', 'list'),
			}),
		).toBeNull();
		const fresh = sandbox.requests.filter(
			(r) => r.pathname === '/api/changes' && r.query.limit === '1',
		);
		expect(fresh).toHaveLength(2);
		expect(sandbox.requests.at(-1)?.query).toMatchObject({
			type: 'personcompetence',
			organisation_id: '102',
		});
	});

	it('Start From backfills: the first activation emits the changes since that date, once', async () => {
		// Changes an hour and ten minutes ago on Grape's clock; Start From 30 minutes ago keeps one.
		sandbox.clock.set(Date.now() - 70 * 60000);
		const old = sandbox.addChange({ type: 'personcompetence' });
		sandbox.clock.set(Date.now() - 10 * 60000);
		const recent = sandbox.addChange({ type: 'personcompetence' });
		sandbox.clock.set(Date.now());
		const state: IDataObject = {};
		const credentials = credentialsFor(sandbox);
		const parameters = {
			type: 'personcompetence',
			scope: 'none',
			options: { startFrom: new Date(Date.now() - 30 * 60000).toISOString() },
		};
		const first = (await poll(state, credentials, parameters))?.map((c) => c.id);
		expect(first).toContain(recent.id);
		expect(first).not.toContain(old.id);
		expect(await poll(state, credentials, parameters)).toBeNull();
		const next = sandbox.addChange({ type: 'personcompetence' });
		expect((await poll(state, credentials, parameters))?.map((c) => c.id)).toEqual([next.id]);
	});

	it('refuses an overlap below a minute before any request', async () => {
		const parameters = { type: 'event', scope: 'none', options: { overlapMinutes: 0 } };
		await expect(poll({}, credentialsFor(sandbox), parameters)).rejects.toThrow(
			/Overlap \(Minutes\)/,
		);
		expect(sandbox.requests.filter((r) => r.pathname === '/api/changes')).toHaveLength(0);
	});

	it('returns recent changes as a sample in manual mode and keeps no state', async () => {
		sandbox.addChange({ type: 'event' });
		const state: IDataObject = {};
		const sample = await poll(
			state,
			credentialsFor(sandbox),
			{ type: 'event', scope: 'none' },
			'manual',
		);
		expect(sample?.length).toBeGreaterThan(0);
		expect(state).toEqual({});
	});

	it.each([
		['10 minutes behind', -10 * 60000],
		['an hour behind', -60 * 60000],
		['an hour ahead of', 60 * 60000],
	])(
		"follows Grape's clock when it is %s n8n's clock: every change once",
		async (_label, skewMs) => {
			sandbox.clock.set(Date.now() + skewMs);
			try {
				const state: IDataObject = {};
				const credentials = credentialsFor(sandbox);
				expect(await poll(state, credentials)).toBeNull();
				const made: unknown[] = [];
				const emitted: unknown[] = [];
				for (let round = 0; round < 5; round++) {
					made.push(sandbox.addChange({ type: 'personcompetence' }).id);
					sandbox.clock.advance(30000);
					emitted.push(...((await poll(state, credentials)) ?? []).map((c) => c.id));
				}
				expect(emitted).toEqual(made);
			} finally {
				sandbox.clock.set(Date.now());
			}
		},
	);
});
