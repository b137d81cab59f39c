import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import type { OnsightFlowSandbox } from '../../support/sandbox';
import { apiCalls, calls, json, oauth2For, run, useSandbox } from './harness';

let sandbox: OnsightFlowSandbox;
useSandbox((started) => (sandbox = started));

const rl = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Onsight Flow REST over real HTTP: tokens, hosts, paging', () => {
	it('fetches one token, reuses it, and sends each call to the host the guide names', async () => {
		await run(sandbox, 'user', 'getAll', { returnAll: true });
		await run(sandbox, 'group', 'get', {
			groupId: rl(Object.values(sandbox.fixtures.groupIds)[0]),
		});
		const log = calls(sandbox);
		expect(log[0]).toBe('ACC POST /connect/token');
		expect(log.filter((call) => call.includes('/connect/token'))).toHaveLength(2);
		expect(log).toContain('ACC GET /api/team/user');
		expect(log.some((call) => call.startsWith('GW GET /group/'))).toBe(true);
	});

	it('fetches a new token when the old one expired and repeats the call once', async () => {
		const credentials = oauth2For(sandbox);
		await run(sandbox, 'workflow', 'getAll', { returnAll: true }, { credentials });
		sandbox.expireTokens();
		sandbox.clearRequests();
		const workflows = await run(
			sandbox,
			'workflow',
			'getAll',
			{ returnAll: true },
			{ credentials },
		);
		expect(workflows.length).toBeGreaterThan(0);
		expect(calls(sandbox)).toEqual([
			'GW GET /workflows/v2',
			'ACC POST /connect/token',
			'GW GET /workflows/v2',
		]);
		expect(sandbox.requests.map((r) => r.status)).toEqual([401, 200, 200]);
	});

	it('pages Return All over skip/limit until an empty page, since the limit ceiling is undocumented', async () => {
		const jobs = await run(sandbox, 'job', 'getAll', { returnAll: true });
		const total = sandbox.fixtures.completedJobIds.length + sandbox.fixtures.openJobs.length;
		expect(jobs).toHaveLength(total);
		expect(new Set(json(jobs).map((job) => job.jobId)).size).toBe(total);
		expect(apiCalls(sandbox)).toEqual([
			`GW GET /jobs/v1/?skip=0&limit=100`,
			`GW GET /jobs/v1/?skip=${total}&limit=100`,
		]);
	});

	it('asks for no more than Limit', async () => {
		expect(await run(sandbox, 'job', 'getAll', { returnAll: false, limit: 7 })).toHaveLength(7);
		expect(apiCalls(sandbox)).toEqual(['GW GET /jobs/v1/?skip=0&limit=7']);
	});

	it('turns a 403 into an error that names the scopes to grant, without retrying', async () => {
		const error = await run(
			sandbox,
			'group',
			'create',
			{ name: 'Nope' },
			{ credentials: oauth2For(sandbox, 'readOnly') },
		).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).message).toContain('HTTP 403');
		expect((error as NodeApiError).description).toContain('auth/team.admin');
		expect(apiCalls(sandbox)).toEqual(['GW POST /group']);
	});

	it('says which credential fields to check when the token request is refused, and never shows the secret', async () => {
		const sentinel = ['Sentinel', 'Secret', '4711'].join('-');
		const credentials = { ...oauth2For(sandbox), clientSecret: sentinel };
		const error = (await run(sandbox, 'user', 'getAll', { returnAll: true }, { credentials }).catch(
			(e: unknown) => e,
		)) as NodeApiError;
		expect(error.description).toMatch(/Client ID and Client Secret/);
		expect(
			JSON.stringify({
				message: error.message,
				description: error.description,
				context: error.context,
			}),
		).not.toContain(sentinel);
		expect(apiCalls(sandbox)).toEqual([]);
	});

	it('retries a 503 with Retry-After on a GET and gives up with the vendor message after the budget', async () => {
		sandbox.injectFault({ path: '/trigger/v2', status: 503, retryAfter: 0 });
		expect((await run(sandbox, 'trigger', 'getAll', { returnAll: true })).length).toBeGreaterThan(
			0,
		);
		expect(apiCalls(sandbox)).toEqual(['GW GET /trigger/v2', 'GW GET /trigger/v2']);
	});

	it('does not repeat a POST that is not safe to repeat when the connection drops', async () => {
		sandbox.injectFault({ path: '/group', method: 'POST', reset: true });
		const error = await run(sandbox, 'group', 'create', { name: 'Once' }).catch((e: unknown) => e);
		expect((error as Error).message).toMatch(/Could not reach/);
		expect(apiCalls(sandbox)).toEqual(['GW POST /group']);
	});

	it('URL-encodes IDs that look like paths', async () => {
		const error = await run(sandbox, 'job', 'get', { clientJobId: rl('../x') }).catch(
			(e: unknown) => e,
		);
		expect((error as NodeApiError).httpCode).toBe('404');
		expect(sandbox.requests.at(-1)?.path).toBe('/jobs/v1/..%2Fx');
	});

	it('falls back from GET to the printed POST for Get Workflow', async () => {
		const workflowId = Object.values(sandbox.fixtures.workflowIds)[0];
		const [workflow] = json(await run(sandbox, 'workflow', 'get', { workflowId: rl(workflowId) }));
		expect(workflow.workflowId).toBe(workflowId);
		expect(apiCalls(sandbox)).toEqual([
			`GW GET /workflows/v2/${workflowId}`,
			`GW POST /workflows/v2/${workflowId}`,
		]);
	});

	it('keeps group permission flags the user leaves out', async () => {
		const groupId = Object.values(sandbox.fixtures.groupIds)[0];
		const [before] = json(await run(sandbox, 'group', 'get', { groupId: rl(groupId) }));
		await run(sandbox, 'group', 'updatePermissions', {
			groupId: rl(groupId),
			additionalFields: { approver: true },
		});
		const [after] = json(await run(sandbox, 'group', 'get', { groupId: rl(groupId) }));
		expect(after.permissions).toEqual({ ...(before.permissions as IDataObject), approver: true });
		const put = sandbox.requests.find((r) => r.method === 'PUT');
		expect(typeof (put?.body as IDataObject).approver).toBe('boolean');
	});
});
