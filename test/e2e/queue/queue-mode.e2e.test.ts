import { sleep } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';
import type { N8nHandle } from '../../support/e2e';
import {
	checkPackageLoaded,
	exampleFiles,
	getNodeOutput,
	loadExample,
	packageTarball,
	startN8n,
	workerOf,
} from '../../support/e2e';
import type {
	DamstraLearningSandbox,
	FlowWebinarsSandbox,
	GrowsparksSandbox,
	OnsightFlowSandbox,
	SnapperGrapeSandbox,
} from '../../support/sandbox';
import { VENDORS, type ProofSandbox, type VendorId } from '../../vendors';
import { recordQueueFinding } from '../../support/queue-findings';

/**
 * What only queue mode has, in a real n8n 2.41.1: a main, two workers and a webhook processor on
 * PostgreSQL and Redis, with the five sandboxes. Polling triggers run on the main and their
 * executions on workers; the main is restarted between polls; a worker is killed during an
 * execution; 500 webhook deliveries arrive while the workers are busy.
 */

let n8n: N8nHandle;
const sandboxes = new Map<VendorId, ProofSandbox>();
const sandbox = <S>(id: VendorId) => sandboxes.get(id) as unknown as S;

const TOKEN = 'sandbox-webhook-token';
const BURST_WEBHOOK_ID = '5d1c7a2e-8b3f-4c1a-9e2d-0000000000b5';
const BURST_HOOK = `${BURST_WEBHOOK_ID}/damstra`;

/** One polling trigger: its example workflow, how to add a record, and how to read what it emitted. */
interface Watched {
	vendor: VendorId;
	workflowId: string;
	node: string;
	add(n: number): string;
	key(item: IDataObject): string | undefined;
	polls(): number;
}

const WATCHED: Watched[] = [
	{
		vendor: 'growsparks',
		workflowId: 'GrowsparksNewResult1',
		node: 'Growsparks Trigger',
		add: (n) => {
			const gs = sandbox<GrowsparksSandbox>('growsparks');
			gs.clock.advance(1000);
			// A report shows the last attempt at each activity (Activity Attempt Mode: Last), so two
			// results for one activity between two polls are one line: each record has its own.
			const activity = ['activity1', 'activity2', 'activity4'][Math.floor(n / 100) - 1];
			const added = gs.addResult({
				person: gs.fixtures.person,
				activity: gs.fixtures[activity],
				status: 'Passed',
				score: 70,
			}) as IDataObject;
			return String(added.ID);
		},
		key: (line) => (line.Type === 'report.activity.result' ? String(line.Result) : undefined),
		polls: () =>
			sandbox<GrowsparksSandbox>('growsparks').requests.filter((r) =>
				r.pathname.endsWith('/.report'),
			).length,
	},
	{
		vendor: 'flow-webinars',
		workflowId: 'FlowNewRegistrant01',
		node: 'Flow Webinars Trigger',
		add: (n) => {
			const email = `queue.${n}.${Date.now()}@example.com`;
			sandbox<FlowWebinarsSandbox>('flow-webinars').addRegistrant('FutLaunchA5', {
				email,
				firstName: 'Queue',
				lastName: `Mode ${n}`,
			});
			return email;
		},
		key: (registrant) => String(registrant.email),
		polls: () =>
			sandbox<FlowWebinarsSandbox>('flow-webinars').requests.filter((r) =>
				r.pathname.includes('/registrants/FutLaunchA5'),
			).length,
	},
	{
		vendor: 'snapper-grape',
		workflowId: 'GrapeChangesTrig01',
		node: 'Snapper Grape Trigger',
		add: () =>
			String(
				(
					sandbox<SnapperGrapeSandbox>('snapper-grape').addChange({
						type: 'personcompetence',
					}) as IDataObject
				).id,
			),
		key: (change) => String(change.id),
		polls: () =>
			sandbox<SnapperGrapeSandbox>('snapper-grape').requests.filter(
				(r) => r.pathname === '/api/changes',
			).length,
	},
	{
		vendor: 'onsight-flow',
		workflowId: 'OnsightJobDoneTrig',
		node: 'Onsight Flow Trigger',
		add: () => String(sandbox<OnsightFlowSandbox>('onsight-flow').completeJobs(1)[0].jobId),
		key: (job) => String(job.jobId),
		polls: () =>
			sandbox<OnsightFlowSandbox>('onsight-flow').requests.filter(
				(r) => r.pathname === '/api/query/v2/graph',
			).length,
	},
];

/** The example workflows (polling every minute) and the burst workflow. */
function workflows(): IDataObject[] {
	const examples = exampleFiles().map(loadExample);
	const damstra = examples.find((w) => w.id === 'DamstraHookLesson01')!;
	const [trigger] = damstra.nodes as IDataObject[];
	const burst: IDataObject = {
		id: 'QueueBurstHook01',
		name: 'Queue mode: every delivery once',
		active: false,
		nodes: [
			{
				...trigger,
				webhookId: BURST_WEBHOOK_ID,
				parameters: {
					events: ['*'],
					authentication: 'urlToken',
					fetchRecord: false,
					ignoreRepeats: false,
				},
			},
			{
				id: 'g1',
				name: 'Get User',
				type: 'n8n-nodes-workforce-learning.damstraLearning',
				typeVersion: 1,
				position: [220, 0],
				credentials: {
					damstraLearningApi: (trigger.credentials as IDataObject).damstraLearningApi,
				},
				parameters: {
					resource: 'user',
					operation: 'get',
					userId: { __rl: true, mode: 'id', value: '={{ $json.userId }}' },
				},
			},
		],
		connections: {
			[String(trigger.name)]: { main: [[{ node: 'Get User', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
	return [...examples, burst];
}

const WORKFLOWS = workflows();
const PUBLISHED = [...WATCHED.map((w) => w.workflowId), 'QueueBurstHook01'];
/** What the package check may ask: the published workflows. */
const published = () => WORKFLOWS.filter((w) => PUBLISHED.includes(String(w.id)));

/** The keys a trigger workflow's executions emitted so far, in execution order. */
async function emitted(watched: Watched): Promise<string[]> {
	const keys: string[] = [];
	const executions = (await n8n.listExecutions(watched.workflowId)).reverse();
	for (const summary of executions) {
		const execution = await n8n.waitForExecution(watched.workflowId, {
			executionId: summary.id,
		});
		for (const item of getNodeOutput(execution.runData, watched.node)) {
			const key = watched.key(item);
			if (key !== undefined) keys.push(key);
		}
	}
	return keys;
}

/** Waits for `done`; on timeout the error says what was awaited and, with `state`, what was seen. */
async function waitUntil(
	what: string,
	done: () => Promise<boolean>,
	timeoutMs: number,
	state?: () => Promise<unknown>,
) {
	const deadline = Date.now() + timeoutMs;
	while (!(await done())) {
		if (Date.now() > deadline) {
			const seen = state ? `; seen: ${JSON.stringify(await state())}` : '';
			throw new Error(`timed out after ${timeoutMs} ms: ${what}${seen}`);
		}
		await sleep(1000);
	}
}

/** Per trigger: the wanted keys it has not emitted, its executions and its polls so far. */
async function progress(wanted: string[][]) {
	return await Promise.all(
		WATCHED.map(async (watched, i) => {
			const keys = await emitted(watched);
			return {
				trigger: watched.node,
				missing: wanted[i].filter((key) => !keys.includes(key)),
				executions: (await n8n.listExecutions(watched.workflowId)).map((e) => e.status),
				polls: watched.polls(),
			};
		}),
	);
}

/** The process that ran an execution, from the processes' log lines. */
const processOf = (executionId: string | number) => workerOf(n8n.logs(), executionId);

beforeAll(async () => {
	for (const vendor of VENDORS) sandboxes.set(vendor.id, await vendor.start());
	n8n = await startN8n({
		packageTarball: packageTarball(),
		workflows: WORKFLOWS,
		publish: PUBLISHED,
		credentials: VENDORS.flatMap((vendor) => vendor.n8nCredentials(sandboxes.get(vendor.id)!)),
		queue: { label: 'scenarios', workers: 2, webhooks: 1 },
	});
}, 600000);

afterAll(async () => {
	await n8n?.stop();
	for (const started of sandboxes.values()) await started.close();
}, 120000);

describe('queue mode: a main, two workers and a webhook processor', () => {
	it('every process has loaded the package (the check npm run start:queue waits for)', async () => {
		const check = await checkPackageLoaded(n8n, {
			workflows: published(),
			probeWorkflowId: 'DamstraListUsers01',
		});
		expect(check.processes.map((p) => [p.label, p.ok])).toEqual([
			['main', true],
			['webhook-1', true],
			['worker-1', true],
			['worker-2', true],
		]);
	});

	it('runs a manual execution on a worker, not on the main', async () => {
		const id = await n8n.runWorkflow('DamstraListUsers01');
		const execution = await n8n.waitForExecution('DamstraListUsers01', { executionId: id });
		expect(execution.status).toBe('success');
		expect(getNodeOutput(execution.runData, 'Get Many Users')).toHaveLength(60);
		// The worker logs its "finished" line about when it stores the result, not before.
		await waitUntil(`execution ${id} finished`, async () => processOf(id) !== undefined, 30000);
		expect(processOf(id)).toMatch(/^worker-\d$/);
	});

	it('answers production webhooks at the webhook processor only', async () => {
		const body = { name: 'user.account.created', userId: '1001', deliveryId: 'probe' };
		const atMain = await n8n.postWebhook(BURST_HOOK, body, {
			query: { token: TOKEN },
			base: n8n.baseUrl,
			retryTimeoutMs: 0,
		});
		expect(atMain.status).not.toBe(200);
		// Without its token the package's own code answers (so the processor has loaded it).
		const refused = await n8n.postWebhook(BURST_HOOK, body);
		expect(refused).toMatchObject({ status: 401, body: { message: 'Missing or wrong token' } });
		expect(await n8n.listExecutions('QueueBurstHook01')).toHaveLength(0);
	});

	// Records added before the main's restart; the restart test checks them too.
	let before: string[] = [];

	it('polls on the main and executes each poll on a worker', async () => {
		before = WATCHED.map((watched, i) => watched.add(100 + i));
		await waitUntil(
			'every trigger emitted its new record (n8n polls once a minute)',
			async () =>
				(await Promise.all(WATCHED.map(emitted))).every((keys, i) => keys.includes(before[i])),
			150000,
		);
		for (const watched of WATCHED) {
			const executions = await n8n.listExecutions(watched.workflowId);
			expect(executions.length).toBeGreaterThan(0);
			for (const summary of executions) {
				await waitUntil(
					`execution ${summary.id} finished`,
					async () => processOf(summary.id) !== undefined,
					30000,
				);
				expect({ mode: summary.mode, ranOn: processOf(summary.id) }).toEqual({
					mode: 'trigger',
					ranOn: expect.stringMatching(/^worker-\d$/),
				});
			}
		}
	}, 300000);

	it('a restart of the main between polls loses nothing and repeats nothing', async () => {
		expect(before).toHaveLength(WATCHED.length);
		const stopped = Date.now();
		await n8n.queue!.stop('main');
		const whileDown = WATCHED.map((watched, i) => watched.add(200 + i));
		// Down for over a minute, so a scheduled poll is missed.
		await sleep(65000);
		const alsoWhileDown = WATCHED.map((watched, i) => watched.add(300 + i));
		await n8n.queue!.start('main');
		const downMs = Date.now() - stopped;
		await waitUntil(
			'the records added while the main was down were emitted',
			async () =>
				(await Promise.all(WATCHED.map(emitted))).every(
					(keys, i) => keys.includes(whileDown[i]) && keys.includes(alsoWhileDown[i]),
				),
			150000,
			() => progress(WATCHED.map((_, i) => [whileDown[i], alsoWhileDown[i]])),
		);
		// One more scheduled poll each: nothing may come again.
		const seen = WATCHED.map((watched) => watched.polls());
		await waitUntil(
			'every trigger polled once more',
			async () => WATCHED.every((watched, i) => watched.polls() > seen[i]),
			90000,
		);
		await sleep(3000);
		const result = await Promise.all(
			WATCHED.map(async (watched, i) => {
				const keys = await emitted(watched);
				const wanted = [before[i], whileDown[i], alsoWhileDown[i]];
				return {
					trigger: watched.node,
					missing: wanted.filter((key) => !keys.includes(key)),
					repeated: keys.filter((key, at) => keys.indexOf(key) !== at),
				};
			}),
		);
		recordQueueFinding('mainRestart', { downMs, result });
		expect(result).toEqual(
			WATCHED.map((watched) => ({ trigger: watched.node, missing: [], repeated: [] })),
		);
	}, 600000);

	it('a worker killed during an execution: what n8n does (measured)', async () => {
		const damstra = sandbox<DamstraLearningSandbox>('damstra-learning');
		// Every user page answers after 4 s, so the execution is still running when its worker dies.
		damstra.injectFault({ path: /^\/api\/v2\/user$/, delayMs: 4000, times: -1 });
		let worker: string | undefined;
		try {
			damstra.clearRequests();
			const id = await n8n.runWorkflow('DamstraListUsers01');
			const started = new RegExp(`^\\[(worker-\\d)\\] Worker started execution ${id} \\(`, 'm');
			await waitUntil(
				'a worker started the execution',
				async () => (worker = started.exec(n8n.logs())?.[1]) !== undefined,
				30000,
			);
			await waitUntil('its first request arrived', async () => damstra.requests.length > 0, 30000);
			const killedAt = Date.now();
			await n8n.queue!.kill(worker!);
			const requestsAtKill = damstra.requests.length;
			const execution = await n8n.waitForExecution('DamstraListUsers01', {
				executionId: id,
				timeoutMs: 240000,
			});
			const finding = {
				killed: worker,
				status: execution.status,
				endedAfterMs: Date.now() - killedAt,
				finishedBy: processOf(id),
				requestsBeforeKill: requestsAtKill,
				requestsAfterKill: damstra.requests.length - requestsAtKill,
				error: execution.error ? String((execution.error as IDataObject).message) : undefined,
			};
			recordQueueFinding('workerKilled', finding);
			// The execution does not hang: it ends, and never as a success by the killed worker.
			expect(['success', 'error', 'crashed', 'canceled']).toContain(execution.status);
			expect(finding.finishedBy).not.toBe(worker);
		} finally {
			damstra.clearFaults();
			// The other scenarios want both workers again.
			if (worker) await n8n.queue!.start(worker);
		}
	}, 400000);

	it('500 webhook deliveries while the workers are busy: each executed exactly once', async () => {
		const damstra = sandbox<DamstraLearningSandbox>('damstra-learning');
		// Each execution's Get User waits 300 ms: the queue fills faster than the workers empty it.
		damstra.injectFault({ path: /^\/api\/v2\/user\/\d+$/, delayMs: 300, times: -1 });
		const deliveries = Array.from({ length: 500 }, (_, n) => ({
			name: 'user.account.updated',
			userId: String(1001 + (n % 60)),
			deliveryId: `d${n}`,
		}));
		const t0 = Date.now();
		const statuses: number[] = [];
		try {
			let next = 0;
			const sender = async () => {
				while (next < deliveries.length) {
					const delivery = deliveries[next++];
					const answer = await n8n.postWebhook(BURST_HOOK, delivery, {
						query: { token: TOKEN },
						retryTimeoutMs: 0,
					});
					statuses.push(answer.status);
				}
			};
			await Promise.all(Array.from({ length: 20 }, sender));
			const acceptedMs = Date.now() - t0;
			await waitUntil(
				'500 executions finished',
				async () =>
					(await n8n.listExecutions('QueueBurstHook01')).filter((e) =>
						['success', 'error', 'crashed', 'canceled'].includes(String(e.status)),
					).length >= deliveries.length,
				300000,
			);
			const executed: string[] = [];
			const failed: string[] = [];
			for (const summary of await n8n.listExecutions('QueueBurstHook01')) {
				const execution = await n8n.waitForExecution('QueueBurstHook01', {
					executionId: summary.id,
				});
				if (execution.status !== 'success') failed.push(`${summary.id}: ${execution.status}`);
				for (const event of getNodeOutput(execution.runData, 'Damstra Learning Trigger'))
					executed.push(String((event.raw as IDataObject).deliveryId));
			}
			const byWorker: Record<string, number> = {};
			for (const summary of await n8n.listExecutions('QueueBurstHook01')) {
				const worker = processOf(summary.id) ?? 'unknown';
				byWorker[worker] = (byWorker[worker] ?? 0) + 1;
			}
			recordQueueFinding('webhookBurst', {
				deliveries: deliveries.length,
				acceptedMs,
				executedMs: Date.now() - t0,
				byWorker,
			});
			expect({
				answers: statuses.filter((status) => status !== 200),
				failed,
				missing: deliveries.map((d) => d.deliveryId).filter((id) => !executed.includes(id)),
				repeated: executed.filter((id, at) => executed.indexOf(id) !== at),
			}).toEqual({ answers: [], failed: [], missing: [], repeated: [] });
		} finally {
			damstra.clearFaults();
		}
	}, 600000);

	it('a worker without the package: the webhook answers 200, the execution fails, the check names it', async () => {
		// worker-2 starts without community packages; worker-1 stops, so worker-2 takes the run.
		await n8n.queue!.stop('worker-2');
		await n8n.queue!.start('worker-2', { env: { N8N_COMMUNITY_PACKAGES_PREVENT_LOADING: 'true' } });
		await n8n.queue!.stop('worker-1');
		try {
			const since = await n8n.lastExecutionId('QueueBurstHook01');
			const answer = await n8n.postWebhook(
				BURST_HOOK,
				{ name: 'user.account.updated', userId: '1001', deliveryId: 'trap' },
				{ query: { token: TOKEN } },
			);
			const execution = await n8n.waitForExecution('QueueBurstHook01', {
				sinceId: since,
				timeoutMs: 120000,
			});
			// Generous: on a busy machine the restarted worker takes a while to pick up runs.
			const check = await checkPackageLoaded(n8n, {
				workflows: published(),
				probeWorkflowId: 'DamstraListUsers01',
				timeoutMs: 120000,
			});
			const error = JSON.stringify(execution.error ?? {});
			recordQueueFinding('workerWithoutPackage', {
				webhookAnswer: answer.status,
				execution: execution.status,
				error: error.slice(0, 200),
				check: check.processes,
			});
			expect({
				answer: answer.status,
				execution: execution.status,
				unrecognized: /Unrecognized node type/.test(error),
				checkOk: check.ok,
				worker2: check.processes.find((p) => p.label === 'worker-2'),
			}).toEqual({
				answer: 200,
				execution: 'error',
				unrecognized: true,
				checkOk: false,
				worker2: {
					label: 'worker-2',
					ok: false,
					detail: expect.stringMatching(/Unrecognized node type/),
				},
			});
		} finally {
			await n8n.queue!.stop('worker-2');
			await n8n.queue!.start('worker-2');
			await n8n.queue!.start('worker-1');
		}
	}, 300000);
});
