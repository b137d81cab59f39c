'use strict';
/**
 * In one real n8n 2.41.1 with the packed package installed:
 *  1. Return All with this package's node against n8n's own HTTP Request node paging the same list
 *     (Damstra users, Growsparks persons, Snapper Grape persons, Onsight Flow REST jobs). Each workflow runs
 *     BENCH_N8N_ROUNDS times (default 5), alternating; the figure is the median of n8n's own execution time
 *     (startedAt → stoppedAt).
 *  2. Webhook throughput: the Damstra Learning Trigger (damstra-hook.js: its token checked through its
 *     credential) against its floor, a do-nothing community webhook trigger loaded for the bench only
 *     (floor-trigger/, webhook-floor.json); n8n's built-in Webhook node (webhook-builtin.json), without and
 *     with a Header Auth credential, as context. Each published, N events posted with fixed concurrency;
 *     events per second = N / (first post → all N executions finished). n8n 2.41 acquires an expression
 *     isolate for every production webhook request whose start node is not its own Webhook node
 *     (`webhookPhaseNeedsIsolate` in webhooks/live-webhooks.js), so the floor, not the Webhook node, is
 *     what a community trigger can reach.
 *   node scripts/bench/n8n-compare.js <package.tgz>
 */
const fs = require('node:fs');
const path = require('node:path');
const { startN8n, httpRequest } = require('../../e2e/lib/n8n');
require('../lib/register-ts');
const { vendorById } = require('../../test/vendors');
const {
	buildWebhookPayload,
	EVENT_NAMES,
} = require('../../test/sandboxes/damstra-learning/webhooks');
const { median, record } = require('./results');
const { manualWorkflow } = require('./manual-workflow');
const { hook: damstraHook, hookPath, hookQuery } = require('./damstra-hook');

const ROUNDS = Number(process.env.BENCH_N8N_ROUNDS || 5);
const EVENTS = Number(process.env.BENCH_WEBHOOK_EVENTS || 300);
const CONCURRENCY = Number(process.env.BENCH_WEBHOOK_CONCURRENCY || 8);
// BENCH_N8N_PARTS=webhook runs only the webhook part (e.g. while tuning it).
const PARTS = (process.env.BENCH_N8N_PARTS || 'returnAll,webhook').split(',');
const HEADER_TOKEN = 'bench-header-token';
const workflow = manualWorkflow;

/** n8n's HTTP Request node (4.2) with "update a parameter in each request" pagination. */
function httpRequestNode(id, { url, query, headers, next, done }) {
	return workflow(id, {
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: {
			url,
			sendQuery: true,
			queryParameters: {
				parameters: Object.entries(query).map(([name, value]) => ({ name, value })),
			},
			sendHeaders: true,
			headerParameters: {
				parameters: Object.entries(headers).map(([name, value]) => ({ name, value })),
			},
			options: {
				pagination: {
					pagination: {
						paginationMode: 'updateAParameterInEachRequest',
						parameters: { parameters: [{ type: 'qs', ...next }] },
						paginationCompleteWhen: 'other',
						completeExpression: done,
						limitPagesFetched: false,
						requestInterval: 0,
					},
				},
			},
		},
	});
}

const ourNode = (id, type, credentialType, credentialId, parameters) =>
	workflow(id, {
		type: `n8n-nodes-workforce-learning.${type}`,
		typeVersion: 1,
		credentials: { [credentialType]: { id: credentialId, name: 'sandbox' } },
		parameters,
	});

async function login(grape) {
	const r = await httpRequest(`${grape.url}/api/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			user_name: grape.userName,
			password: grape.password,
			login: '1',
		}).toString(),
	});
	return r.body.logins[0].session_id;
}

async function onsightToken(onsight) {
	const { clientId, clientSecret } = onsight.clients.full;
	const r = await httpRequest(`${onsight.accountsUrl}/connect/token`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			grant_type: 'client_credentials',
			client_id: clientId,
			client_secret: clientSecret,
		}).toString(),
	});
	return r.body.access_token;
}

/** Runs each workflow of a pair ROUNDS times, alternating, and checks every run returned `expected` records. */
async function race(n8n, pair, expected) {
	const times = Object.fromEntries(pair.map((p) => [p.id, []]));
	for (let round = 0; round < ROUNDS; round++) {
		for (const p of round % 2 ? [...pair].reverse() : pair) {
			const executionId = await n8n.runWorkflow(p.id);
			const execution = await n8n.waitForExecution(p.id, { executionId, timeoutMs: 600000 });
			if (execution.status !== 'success')
				throw new Error(`${p.id} ended ${execution.status}: ${JSON.stringify(execution.error)}`);
			const count = p.count(n8n.getNodeOutput(execution.runData, 'List'));
			if (count !== expected)
				throw new Error(`${p.id} returned ${count} records, expected ${expected}`);
			times[p.id].push(new Date(execution.stoppedAt) - new Date(execution.startedAt));
		}
	}
	return pair.map((p) => median(times[p.id]));
}

/** Posts EVENTS payloads, CONCURRENCY at a time, and waits until as many executions have finished. */
async function flood(n8n, workflowId, { webhookPath, query, headers }, payloads) {
	const since = await n8n.lastExecutionId();
	const started = Date.now();
	let next = 0;
	const statuses = {};
	await Promise.all(
		Array.from({ length: CONCURRENCY }, async () => {
			while (next < payloads.length) {
				const payload = payloads[next++];
				const r = await n8n.postWebhook(webhookPath, payload, {
					query,
					headers,
					retryTimeoutMs: 0,
				});
				statuses[r.status] = (statuses[r.status] || 0) + 1;
			}
		}),
	);
	if (process.env.BENCH_DEBUG)
		console.log(`    ${workflowId}: posted in ${Date.now() - started} ms`);
	if (Object.keys(statuses).some((s) => s !== '200'))
		throw new Error(`${workflowId}: webhook answers ${JSON.stringify(statuses)}`);
	for (;;) {
		const finished = (await n8n.listExecutions(workflowId)).filter(
			(e) => Number(e.id) > since && ['success', 'error', 'crashed', 'canceled'].includes(e.status),
		);
		if (finished.length >= payloads.length) {
			const failed = finished.filter((e) => e.status !== 'success').length;
			if (failed)
				throw new Error(
					`${workflowId}: ${failed} of ${finished.length} executions did not succeed`,
				);
			if (process.env.BENCH_DEBUG) {
				const spans = finished.map((e) => new Date(e.stoppedAt) - new Date(e.startedAt));
				console.log(
					`    ${workflowId}: finished in ${Date.now() - started} ms; execution median ${median(spans)} ms, max ${Math.max(...spans)} ms; first ${finished.at(-1).startedAt} last stop ${finished[0].stoppedAt}`,
				);
			}
			return (payloads.length * 1000) / (Date.now() - started);
		}
		if (Date.now() - started > 600000)
			throw new Error(
				`${workflowId}: only ${finished.length} of ${payloads.length} executions finished`,
			);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

(async () => {
	const tarball = process.argv[2];
	const started = {
		'damstra-learning': await vendorById('damstra-learning').start({ users: 20000 }),
		growsparks: await vendorById('growsparks').start({ persons: 100000 }),
		'snapper-grape': await vendorById('snapper-grape').start({ persons: 20000 }),
		'onsight-flow': await vendorById('onsight-flow').start({ jobs: 2000 }),
	};
	const damstra = started['damstra-learning'];
	const growsparks = started.growsparks;
	const grape = started['snapper-grape'];
	const onsight = started['onsight-flow'];
	const sandboxes = Object.values(started);
	let n8n;
	try {
		const session = await login(grape);
		const token = await onsightToken(onsight);
		const items = (list) => list.length;
		const pages = (field) => (list) => list.reduce((sum, page) => sum + page[field].length, 0);
		const contests = [
			{
				vendor: 'Damstra Learning',
				what: '20 000 users, pages of 100',
				expected: 20000,
				http: httpRequestNode('BenchHttpDamstra01', {
					url: `${damstra.url}/user`,
					query: { activeValue: 'all', maxResults: '100' },
					headers: { AccessKey: damstra.accessKey },
					next: { name: 'startIndex', value: '={{ $response.body.meta.endIndex }}' },
					done: '={{ $response.body.results.length === 0 || $response.body.meta.endIndex >= $response.body.meta.totalResultCount }}',
				}),
				httpCount: pages('results'),
				ours: ourNode(
					'BenchNodeDamstra01',
					'damstraLearning',
					'damstraLearningApi',
					'DamstraSandbox0001',
					{
						resource: 'user',
						operation: 'getAll',
						returnAll: true,
						filters: { activeValue: 'all' },
						simplify: false,
					},
				),
			},
			{
				vendor: 'Growsparks',
				what: '100 000 persons, pages of 1000',
				expected: 100000,
				http: httpRequestNode('BenchHttpGrowspark1', {
					url: `${growsparks.url}/persons`,
					query: { limit: '1000' },
					headers: { Authorization: `Bearer ${growsparks.apiKey}` },
					next: { name: 'offset', value: '={{ $response.body.Offset + $response.body.Count }}' },
					done: '={{ !$response.body.HasMore }}',
				}),
				httpCount: pages('Items'),
				ours: ourNode('BenchNodeGrowspark1', 'growsparks', 'growsparksApi', 'GrowsparksSandbox01', {
					resource: 'persons',
					operation: 'getAll',
					returnAll: true,
				}),
			},
			{
				vendor: 'Snapper Grape',
				what: '20 000 persons, pages of 100',
				expected: 20000,
				// The HTTP Request node cannot log in by itself: it gets a session the bench opened beforehand.
				http: httpRequestNode('BenchHttpGrape0001', {
					url: `${grape.url}/api/persons`,
					query: { limit: '100' },
					headers: { Cookie: `tg-visit=${session}` },
					next: { name: 'offset', value: '={{ $pageCount * 100 }}' },
					done: '={{ $response.body.persons.length < 100 }}',
				}),
				httpCount: pages('persons'),
				ours: ourNode(
					'BenchNodeGrape0001',
					'snapperGrape',
					'snapperGrapeApi',
					'SnapperGrapeSandbox',
					{ resource: 'person', operation: 'getAll', returnAll: true },
				),
			},
			{
				vendor: 'Onsight Flow',
				what: `REST jobs, ${onsight.state.jobs.length} jobs, skip/limit 100`,
				expected: onsight.state.jobs.length,
				// A token the bench fetched beforehand; both stop on an empty page.
				http: httpRequestNode('BenchHttpOnsight01', {
					url: `${onsight.gatewayUrl}/jobs/v1/`,
					query: { limit: '100' },
					headers: { Authorization: `Bearer ${token}` },
					next: { name: 'skip', value: '={{ $pageCount * 100 }}' },
					done: '={{ $response.body.length === 0 }}',
				}),
				httpCount: items,
				ours: ourNode(
					'BenchNodeOnsight01',
					'onsightFlow',
					'onsightFlowOAuth2Api',
					'OnsightFlowSandbox01',
					{ authentication: 'oAuth2', resource: 'job', operation: 'getAll', returnAll: true },
				),
			},
		];
		const hooks = [
			damstraHook,
			...[
				'webhook-floor.json',
				'webhook-floor-credential.json',
				'webhook-builtin.json',
				'webhook-builtin-header-auth.json',
			].map((file) => JSON.parse(fs.readFileSync(path.join(__dirname, file), 'utf8'))),
		];
		n8n = await startN8n({
			packageTarball: tarball,
			workflows: [...contests.flatMap((c) => [c.http, c.ours]), ...hooks],
			publish: hooks.map((h) => h.id),
			// The floor trigger, loaded as a custom node (CUSTOM.benchFloorTrigger).
			env: { N8N_CUSTOM_EXTENSIONS: path.join(__dirname, 'floor-trigger') },
			credentials: [
				...Object.entries(started).flatMap(([id, sandbox]) =>
					vendorById(id).n8nCredentials(sandbox),
				),
				{
					id: 'BenchHeaderAuth001',
					name: 'Bench header auth',
					type: 'httpHeaderAuth',
					data: { name: 'X-Bench-Token', value: HEADER_TOKEN },
				},
			],
		});
		console.log(
			`Real n8n 2.41.1: node vs HTTP Request node with pagination, median of ${ROUNDS} executions (n8n's own execution time)`,
		);
		for (const c of PARTS.includes('returnAll') ? contests : []) {
			const [http, ours] = await race(
				n8n,
				[
					{ id: c.http.id, count: c.httpCount },
					{ id: c.ours.id, count: items },
				],
				c.expected,
			);
			record({
				vendor: c.vendor,
				metric: `real n8n: node vs HTTP Request node (${c.what})`,
				value: ours,
				unit: 'ms',
				baseline: http,
				baselineLabel: 'HTTP Request',
				ratio: ours / http,
				target: { op: '<=', value: 1, of: 'ratio' },
				note: `median of ${ROUNDS} executions`,
			});
			console.log(
				`  ${c.vendor.padEnd(17)} ${c.what.padEnd(36)} node ${String(ours).padStart(6)} ms, HTTP Request ${String(http).padStart(6)} ms (×${(ours / http).toFixed(3)})`,
			);
		}

		if (!PARTS.includes('webhook')) return;
		// Webhooks: the same payloads to all; ours checks the token, as a real setup would.
		const payloads = Array.from({ length: EVENTS }, (_, i) =>
			buildWebhookPayload(damstra.state, EVENT_NAMES[i % EVENT_NAMES.length]),
		);
		const [ourHook, floorHook, floorCredentialHook, builtinHook, authHook] = hooks;
		const auth = { 'X-Bench-Token': HEADER_TOKEN };
		const post = {
			[ourHook.id]: { webhookPath: hookPath, query: hookQuery },
			[floorHook.id]: { webhookPath: `${floorHook.nodes[0].webhookId}/floor` },
			[floorCredentialHook.id]: { webhookPath: `${floorCredentialHook.nodes[0].webhookId}/floor` },
			[builtinHook.id]: { webhookPath: builtinHook.nodes[0].parameters.path },
			[authHook.id]: { webhookPath: authHook.nodes[0].parameters.path, headers: auth },
		};
		const order = Object.keys(post);
		// Warm every path (first executions load code and settle the database).
		for (const id of order) {
			const { webhookPath, query, headers } = post[id];
			const answer = await n8n.postWebhook(webhookPath, payloads[0], { query, headers });
			if (answer.status !== 200) throw new Error(`${id}: webhook answered ${answer.status}`);
		}
		const rates = Object.fromEntries(order.map((id) => [id, []]));
		for (let round = 0; round < ROUNDS; round++) {
			for (const id of round % 2 ? [...order].reverse() : order)
				rates[id].push(await flood(n8n, id, post[id], payloads));
		}
		const [ours, floor, floorCredential, builtin, withCredential] = order.map((id) =>
			median(rates[id]),
		);
		const note = `${EVENTS} events, ${CONCURRENCY} concurrent, median of ${ROUNDS}`;
		record({
			vendor: 'Damstra Learning',
			metric: 'real n8n: webhook events/s vs the floor (a do-nothing community webhook trigger)',
			value: ours,
			unit: 'ev/s',
			baseline: floor,
			baselineLabel: 'floor trigger',
			ratio: ours / floor,
			target: { op: '>=', value: 0.95, of: 'ratio' },
			note,
		});
		record({
			vendor: 'Damstra Learning',
			metric:
				'real n8n: webhook events/s vs the floor with a credential attached (n8n checks it per execution)',
			value: ours,
			unit: 'ev/s',
			baseline: floorCredential,
			baselineLabel: 'floor + credential',
			ratio: ours / floorCredential,
			note: `context: the same do-nothing trigger, its credential never read (×${(floorCredential / floor).toFixed(3)} of the floor)`,
		});
		record({
			vendor: 'Damstra Learning',
			metric: 'real n8n: webhook events/s vs built-in Webhook node',
			value: ours,
			unit: 'ev/s',
			baseline: builtin,
			baselineLabel: 'Webhook node',
			ratio: ours / builtin,
			note: `context: n8n skips an expression isolate for its own node only (floor ×${(floor / builtin).toFixed(3)} of it)`,
		});
		record({
			vendor: 'Damstra Learning',
			metric: 'real n8n: webhook events/s vs built-in Webhook node + Header Auth credential',
			value: ours,
			unit: 'ev/s',
			baseline: withCredential,
			baselineLabel: 'Webhook+cred',
			ratio: ours / withCredential,
			note: 'context only: a baseline that also carries a credential',
		});
		console.log(
			`  Damstra Learning  webhook, ${EVENTS} events ×${CONCURRENCY} concurrent: trigger ${ours.toFixed(1)} ev/s, floor trigger ${floor.toFixed(1)} ev/s (×${(ours / floor).toFixed(3)}), with a credential attached ${floorCredential.toFixed(1)} ev/s; built-in Webhook node ${builtin.toFixed(1)} ev/s, with a Header Auth credential ${withCredential.toFixed(1)} ev/s`,
		);
	} finally {
		if (n8n) await n8n.stop();
		for (const sandbox of sandboxes) await sandbox.close();
	}
})().catch((error) => {
	console.error(error);
	process.exit(1);
});
