import { sleep } from 'n8n-workflow';
import type { IBinaryData } from 'n8n-workflow';
import type { N8nHandle } from '../support/e2e';
import { getNodeBinary, getNodeError, getNodeOutput } from '../support/e2e';
import { runManual, useRealN8n } from './suite';
import type { OnsightFlowSandbox } from '../support/sandbox';

/** The packed package in a real n8n 2.41.1: tokens through n8n's own preAuthentication, the Query key as ?key=. */
let sandbox: OnsightFlowSandbox;
let n8n: N8nHandle;
const TRIGGER = 'OnsightJobDoneTrig';

useRealN8n<OnsightFlowSandbox>('onsight-flow', [TRIGGER], (started, handle) => {
	sandbox = started;
	n8n = handle;
});

describe('Onsight Flow in a real n8n', () => {
	it('returns every completed job through the Query API, following the job cursor', async () => {
		const execution = await runManual(n8n, 'OnsightAllJobs0001');
		expect({
			status: execution.status,
			error: getNodeError(execution.runData, 'Get Jobs')?.message,
		}).toEqual({ status: 'success', error: undefined });
		const jobs = getNodeOutput(execution.runData, 'Get Jobs');
		expect(jobs.length).toBe(sandbox.fixtures.completedJobIds.length);
		expect(new Set(jobs.map((job) => job.jobId)).size).toBe(jobs.length);
		expect(
			sandbox.requests.some((r) => r.host === 'accounts' && r.pathname === '/connect/token'),
		).toBe(true);
	});

	it('writes the latest jobs as a CSV file with the Query key', async () => {
		const execution = await runManual(n8n, 'OnsightJobsCsv0001');
		expect(execution.status).toBe('success');
		const [meta] = getNodeBinary(execution.runData, 'Jobs as CSV') as Array<
			Record<string, IBinaryData>
		>;
		expect(meta.data).toMatchObject({ mimeType: 'text/csv', fileName: 'jobs.csv' });
		const csv = (await n8n.readBinary(meta.data)).toString('utf8');
		expect(csv.split(/\r?\n/)[0]).toContain('completedJobCursor');
		const graph = sandbox.requests.filter((r) => r.pathname === '/api/query/v2/graph');
		expect(graph.at(-1)?.query).toMatchObject({ key: sandbox.credentials.queryKey, csv: 'true' });
	});

	it('uploads a workflow package made in n8n, block by block, and creates the workflow', async () => {
		const execution = await runManual(n8n, 'OnsightUploadWf001');
		expect(execution.status).toBe('success');
		const [result] = getNodeOutput(execution.runData, 'Upload Workflow') as Array<{
			workflowId: string;
			upload: { uploadId: string };
		}>;
		expect(result.workflowId).toBeTruthy();
		const upload = sandbox.upload(result.upload.uploadId);
		expect(upload.complete).toBe(true);
		expect(upload.buffer.toString('utf8')).toBe(
			'Inspection workflow package exported from the designer (sample content)',
		);
	});

	it('the active trigger emits every newly completed job exactly once', async () => {
		const emitted = async () => {
			const ids: unknown[] = [];
			for (const execution of await n8n.listExecutions(TRIGGER)) {
				const full = await n8n.waitForExecution(TRIGGER, { executionId: execution.id });
				ids.push(...getNodeOutput(full.runData, 'Onsight Flow Trigger').map((job) => job.jobId));
			}
			return ids;
		};
		const graphCalls = () =>
			sandbox.requests.filter((r) => r.pathname === '/api/query/v2/graph').length;
		// The first poll records where "now" is; jobs completed after it are new.
		const before = graphCalls();
		while (graphCalls() === before) await sleep(1000);
		await sleep(2000);
		const added = sandbox.completeJobs(2).map((job) => job.jobId);
		const deadline = Date.now() + 150000;
		while (!added.every((id) => emittedIds.includes(id)) && Date.now() < deadline) {
			emittedIds = await emitted();
			await sleep(2000);
		}
		const seen = graphCalls();
		while (graphCalls() === seen) await sleep(1000);
		await sleep(2000);
		const ids = await emitted();
		expect(ids).toEqual(expect.arrayContaining(added));
		expect(new Set(ids).size).toBe(ids.length);
	}, 400000);
});

let emittedIds: unknown[] = [];
