import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { OnsightFlowSandbox } from '../../support/sandbox';
import { loadOptionsContext } from '../../support/context';
import { OnsightFlowOAuth2Api } from '../../../credentials/OnsightFlowOAuth2Api.credentials';
import { apiCalls, json, node, oauth2For, queryKeyFor, run, useSandbox } from './harness';

let sandbox: OnsightFlowSandbox;
useSandbox((started) => (sandbox = started), { jobs: 230 });

const graphCalls = () => sandbox.requests.filter((r) => r.pathname === '/api/query/v2/graph');
const queryOf = (request: { body: unknown }) => String((request.body as IDataObject).query);

describe('Onsight Flow Query API (GraphQL) over real HTTP', () => {
	it('returns every completed job once, following the cursor in pages of 100', async () => {
		const jobs = json(await run(sandbox, 'query', 'getJobs', { returnAll: true }));
		expect(jobs).toHaveLength(230);
		expect(new Set(jobs.map((job) => job.jobId)).size).toBe(230);
		expect(jobs.map((job) => job.completedJobCursor)).toEqual(
			[...jobs.map((job) => String(job.completedJobCursor))].sort(),
		);
		const queries = graphCalls().map(queryOf);
		expect(queries).toHaveLength(3);
		expect(queries[0]).toContain('limit: 100');
		expect(queries[1]).toContain(`cursor: "${String(jobs[99].completedJobCursor)}"`);
		expect(queries[2]).toContain(`cursor: "${String(jobs[199].completedJobCursor)}"`);
	});

	it('sends filters as ISO dates and lists, with the chosen fields and extra selection', async () => {
		const workflowId = Object.values(sandbox.fixtures.workflowIds)[1];
		const jobs = json(
			await run(sandbox, 'query', 'getJobs', {
				returnAll: false,
				limit: 5,
				fields: ['jobId', 'workflowId', 'metadata'],
				order: 'desc',
				filters: {
					workflowId,
					createdSince: '2020-01-01T00:00:00',
					extraSelection: 'first: step(search: "Site") { stepTitle }',
				},
			}),
		);
		expect(jobs.length).toBeGreaterThan(0);
		for (const job of jobs) expect(job.workflowId).toBe(workflowId);
		const query = queryOf(graphCalls()[0]);
		expect(query).toContain(`workflowId: ["${workflowId}"]`);
		expect(query).toContain('createdSince: "2020-01-01T00:00:00.000Z"');
		expect(query).toContain('order: "desc"');
		expect(query).toContain('first: step(search: "Site") { stepTitle }');
	});

	it('rejects two filters of one group, a bad date and unbalanced extra selection before any request', async () => {
		const cases: IDataObject[] = [
			{ workflowId: 'a', workflowTag: 'b' },
			{ userName: 'x', userId: 'y' },
			{ createdSince: '01/02/2026' },
			{ extraSelection: 'step(search: "x") { value' },
		];
		for (const filters of cases) {
			const error = await run(sandbox, 'query', 'getJobs', { returnAll: true, filters }).catch(
				(e: unknown) => e,
			);
			expect(error).toBeInstanceOf(NodeOperationError);
		}
		const twoGroups = (await run(sandbox, 'query', 'getJobs', {
			returnAll: true,
			filters: cases[0],
		}).catch((e: unknown) => e)) as Error;
		expect(twoGroups.message).toBe(
			'Parameters "Workflow IDs" and "Workflow Tag" cannot be combined: the Query API takes one workflow filter at a time',
		);
		expect(sandbox.requests).toHaveLength(0);
	});

	it('writes CSV as a binary file; several pages are joined under one header', async () => {
		const [single] = await run(sandbox, 'query', 'getJobs', {
			returnAll: false,
			limit: 10,
			format: 'csv',
			binaryPropertyName: 'table',
		});
		expect(single.binary?.table).toMatchObject({ mimeType: 'text/csv', fileName: 'jobs.csv' });
		expect(
			Buffer.from(String(single.binary?.table.data), 'base64').toString().trim().split(/\r?\n/),
		).toHaveLength(11);
		const [all] = await run(sandbox, 'query', 'getJobs', {
			returnAll: true,
			format: 'csv',
			binaryPropertyName: 'data',
		});
		const lines = Buffer.from(String(all.binary?.data.data), 'base64')
			.toString()
			.trim()
			.split(/\r?\n/);
		expect(lines).toHaveLength(231);
		expect(lines[0]).toContain('completedJobCursor');
		expect(graphCalls().every((r) => r.query.csv === 'true')).toBe(true);
	});

	it('works with the Query key credential, and says which key to check when it is refused', async () => {
		const users = json(
			await run(sandbox, 'query', 'getUsers', { returnAll: true }, { withQueryKey: true }),
		);
		expect(users.length).toBeGreaterThan(0);
		expect(users[0]).toHaveProperty('emailAddress');
		expect(graphCalls()[0].query.key).toBe(sandbox.credentials.queryKey);
		expect(graphCalls()[0].headers.authorization).toBeUndefined();
		const error = (await run(
			sandbox,
			'query',
			'getUsers',
			{ returnAll: true },
			{ withQueryKey: true, credentials: queryKeyFor(sandbox, 'Sentinel-Key-0042') },
		).catch((e: unknown) => e)) as NodeApiError;
		expect(error.description).toMatch(/Query Key credential/);
		expect(
			JSON.stringify({ m: error.message, d: error.description, c: error.context }),
		).not.toContain('Sentinel-Key-0042');
	});

	it('refuses REST resources with the Query key before any request', async () => {
		const error = (await run(
			sandbox,
			'job',
			'getAll',
			{ returnAll: true },
			{ withQueryKey: true },
		).catch((e: unknown) => e)) as Error;
		expect(error.message).toMatch(/Query Key, which reaches only the Query resource/);
		expect(sandbox.requests).toHaveLength(0);
	});

	it('runs any query with variables, one item per row, and reports GraphQL errors that come with HTTP 200', async () => {
		const rows = json(
			await run(sandbox, 'query', 'run', {
				query: 'query ($n: Int) { jobs(limit: $n, order: "desc") { jobId } }',
				format: 'json',
				returnAll: true,
				variables: '{ "n": 3 }',
			}),
		);
		expect(rows).toHaveLength(3);
		expect(graphCalls()[0].body).toMatchObject({ variables: { n: 3 } });
		const error = (await run(sandbox, 'query', 'run', {
			query: '{ jobs(limit: 500) { jobId } }',
			format: 'json',
			returnAll: true,
		}).catch((e: unknown) => e)) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toMatch(/rejected the query: .*limit/i);
	});

	it('downloads attachments from their pre-signed links without credentials when asked', async () => {
		const [job] = await run(sandbox, 'query', 'getJobs', {
			returnAll: false,
			limit: 1,
			fields: ['jobId'],
			filters: { downloadAttachments: true },
		});
		const attachments = job.json.attachments as IDataObject[];
		expect(attachments.length).toBeGreaterThan(0);
		expect(Object.keys(job.binary ?? {})).toHaveLength(attachments.length);
		expect(job.binary?.attachment_0.mimeType).toBe(attachments[0].mimeType);
		const blobs = sandbox.requests.filter((r) => r.pathname.startsWith('/blob/'));
		expect(blobs.length).toBe(attachments.length);
		expect(blobs.every((r) => r.headers.authorization === undefined && r.status === 200)).toBe(
			true,
		);
	});

	it('lists pickable records for every resource locator', async () => {
		const credentialType = new OnsightFlowOAuth2Api();
		const context = loadOptionsContext({
			nodeType: node,
			parameters: {},
			credentialType: credentialType as never,
			credentials: oauth2For(sandbox) as never,
		});
		const methods = node.methods.listSearch as Record<
			string,
			(
				this: unknown,
				filter?: string,
			) => Promise<{ results: Array<{ name: string; value: string }> }>
		>;
		for (const [name, method] of Object.entries(methods)) {
			const { results } = await method.call(context);
			expect({
				name,
				some: results.length > 0,
				values: results.every((r) => typeof r.value === 'string' && r.value !== ''),
			}).toEqual({ name, some: true, values: true });
		}
		const { results } = await methods.searchWorkflows.call(context, 'pump');
		expect(results.map((r) => r.name)).toEqual(['Pump Station Check']);
		expect(apiCalls(sandbox).length).toBe(Object.keys(methods).length + 1);
	});
});
