import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import type { OnsightFlowSandbox } from '../../support/sandbox';
import { trigger, triggerContext, useSandbox } from './harness';

let sandbox: OnsightFlowSandbox;
useSandbox((started) => (sandbox = started));

async function poll(
	staticData: IDataObject,
	parameters: IDataObject = {},
	mode: 'trigger' | 'manual' = 'trigger',
) {
	const context = triggerContext(
		sandbox,
		{ fields: ['jobId', 'completedJobCursor', 'updated'], ...parameters },
		staticData,
		mode,
	);
	const output = await (
		trigger.poll as (this: IPollFunctions) => Promise<INodeExecutionData[][] | null>
	).call(context as never);
	return output ? output[0].map((item) => String(item.json.jobId)) : [];
}
const graphCalls = () =>
	sandbox.requests.filter((r) => r.pathname === '/api/query/v2/graph').length;

describe('Onsight Flow Trigger: Job Completed', () => {
	it('starts from the newest upload, then emits each newly completed job once in upload order', async () => {
		const state: IDataObject = {};
		expect(await poll(state)).toEqual([]);
		expect(graphCalls()).toBe(1);
		const added = sandbox.completeJobs(3).map((job) => job.jobId);
		expect(await poll(state)).toEqual(added);
		const before = graphCalls();
		expect(await poll(state)).toEqual([]);
		// An idle poll costs one request.
		expect(graphCalls() - before).toBe(1);
	});

	it('pages through a burst larger than one page without loss or repeats', async () => {
		const state: IDataObject = {};
		await poll(state);
		const added = sandbox.completeJobs(250).map((job) => job.jobId);
		expect(await poll(state)).toEqual(added);
		expect(await poll(state)).toEqual([]);
	});

	it('keeps its cursor when a poll fails, and the next poll loses nothing', async () => {
		const state: IDataObject = {};
		await poll(state);
		const added = sandbox.completeJobs(2).map((job) => job.jobId);
		const before = JSON.stringify(state);
		sandbox.injectFault({ path: '/api/query/v2/graph', status: 500, times: 10 });
		await expect(poll(state)).rejects.toThrow(/HTTP 500/);
		expect(JSON.stringify(state)).toBe(before);
		sandbox.clearFaults();
		expect(await poll(state)).toEqual(added);
	});

	it('survives a restart: static data carried over emits nothing twice', async () => {
		const state: IDataObject = {};
		await poll(state);
		sandbox.completeJobs(2);
		await poll(state);
		const carried = JSON.parse(JSON.stringify(state)) as IDataObject;
		const more = sandbox.completeJobs(1).map((job) => job.jobId);
		expect(await poll(carried)).toEqual(more);
	});

	it('backfills from Start From on first activation, then continues from the newest upload', async () => {
		const state: IDataObject = {};
		const backfilled = await poll(state, { options: { startFrom: '2000-01-01T00:00:00Z' } });
		expect(backfilled).toHaveLength(sandbox.fixtures.completedJobIds.length);
		const added = sandbox.completeJobs(1).map((job) => job.jobId);
		expect(await poll(state, { options: { startFrom: '2000-01-01T00:00:00Z' } })).toEqual(added);
	});

	it('returns the newest jobs as a sample in manual mode and keeps no state', async () => {
		const state: IDataObject = {};
		const made = sandbox.completeJobs(6).map((job) => job.jobId);
		// The five newest uploads, newest first.
		expect(await poll(state, {}, 'manual')).toEqual(made.slice(-5).reverse());
		expect(state).toEqual({});
	});
});

describe('Onsight Flow Trigger: Job Updated', () => {
	it('emits each update once, re-reading the overlap without repeats', async () => {
		const state: IDataObject = {};
		const parameters = { event: 'jobUpdated' };
		expect(await poll(state, parameters)).toEqual([]);
		const jobId = sandbox.fixtures.completedJobIds[5];
		sandbox.touchJob(jobId, new Date(Date.now() + 1000).toISOString());
		expect(await poll(state, parameters)).toEqual([jobId]);
		expect(await poll(state, parameters)).toEqual([]);
		sandbox.touchJob(jobId, new Date(Date.now() + 2000).toISOString());
		expect(await poll(state, parameters)).toEqual([jobId]);
		const query = String((sandbox.requests.at(-1)?.body as IDataObject).query);
		expect(query).toMatch(/updatedSince: "\d{4}-\d{2}-\d{2}T/);
	});

	it.each([
		['10 minutes behind', -10 * 60000],
		['an hour behind', -60 * 60000],
		['an hour ahead of', 60 * 60000],
	])(
		"follows the service's clock when it is %s n8n's clock: every update once",
		async (_label, skewMs) => {
			sandbox.setClockSkew(skewMs);
			try {
				const state: IDataObject = {};
				const parameters = { event: 'jobUpdated' };
				expect(await poll(state, parameters)).toEqual([]);
				const touched: string[] = [];
				const emitted: string[] = [];
				for (const index of [1, 2, 3, 4]) {
					const jobId = String(sandbox.fixtures.completedJobIds[index]);
					// An update now, by the service's clock.
					sandbox.touchJob(jobId);
					touched.push(jobId);
					emitted.push(...(await poll(state, parameters)));
				}
				expect(emitted).toEqual(touched);
			} finally {
				sandbox.setClockSkew(0);
			}
		},
	);

	it('starts over when the event or filters change', async () => {
		const state: IDataObject = {};
		await poll(state);
		const workflowId = Object.values(sandbox.fixtures.workflowIds)[0];
		sandbox.completeJobs(1, { workflowId });
		// A new configuration records where "now" is first.
		expect(await poll(state, { options: { workflowId } })).toEqual([]);
		const added = sandbox.completeJobs(1, { workflowId }).map((job) => job.jobId);
		expect(await poll(state, { options: { workflowId } })).toEqual(added);
	});
});
