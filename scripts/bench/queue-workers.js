'use strict';
/**
 * Queue mode, one worker against two (README, "Running at scale"): in a real n8n 2.41.1 on
 * PostgreSQL and Redis, first with one worker, then with two, each with one webhook processor:
 *  1. Return All: BENCH_QUEUE_RUNS (4) Damstra Learning "Get Many Users" runs of 5 000 users started
 *     together, BENCH_QUEUE_ROUNDS (3) times; the figure is the median time from the first start to the
 *     last finish;
 *  2. a webhook burst: BENCH_QUEUE_EVENTS (300) Damstra Learning deliveries, 20 at a time, to the webhook
 *     processor; events per second = N / (first post → all N executions finished).
 * The ratios are two workers against one, measured in the same run.
 *   node scripts/bench/queue-workers.js <package.tgz>
 */
const { startN8n } = require('../../e2e/lib/n8n');
require('../lib/register-ts');
const { vendorById } = require('../../test/vendors');
const { buildWebhookPayload } = require('../../test/sandboxes/damstra-learning/webhooks');
const { hook, hookPath, hookQuery } = require('./damstra-hook');
const { median, record } = require('./results');
const { manualWorkflow } = require('./manual-workflow');

const RUNS = Number(process.env.BENCH_QUEUE_RUNS || 4);
const ROUNDS = Number(process.env.BENCH_QUEUE_ROUNDS || 3);
const EVENTS = Number(process.env.BENCH_QUEUE_EVENTS || 300);
const CONCURRENCY = 20;
const USERS = 5000;
const TERMINAL = ['success', 'error', 'crashed', 'canceled'];

const returnAll = manualWorkflow(
	'BenchQueueUsers01',
	{
		type: 'n8n-nodes-workforce-learning.damstraLearning',
		typeVersion: 1,
		credentials: { damstraLearningApi: { id: 'DamstraSandbox0001', name: 'sandbox' } },
		parameters: { resource: 'user', operation: 'getAll', returnAll: true },
	},
	'Bench: every Damstra Learning user',
);

/** Waits until `count` executions of the workflow after `since` have ended; all must succeed. */
async function finished(n8n, workflowId, since, count) {
	const deadline = Date.now() + 600000;
	for (;;) {
		const ended = (await n8n.listExecutions(workflowId)).filter(
			(e) => Number(e.id) > since && TERMINAL.includes(e.status),
		);
		if (ended.length >= count) {
			const failed = ended.filter((e) => e.status !== 'success');
			if (failed.length) throw new Error(`${workflowId}: ${failed.length} runs did not succeed`);
			return ended;
		}
		if (Date.now() > deadline) throw new Error(`${workflowId}: ${ended.length}/${count} ended`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

async function measure(tarball, damstra, workers) {
	const n8n = await startN8n({
		packageTarball: tarball,
		workflows: [returnAll, hook],
		publish: [hook.id],
		credentials: vendorById('damstra-learning').n8nCredentials(damstra),
		queue: { workers, webhooks: 1, label: `bench${workers}` },
	});
	try {
		const spans = [];
		for (let round = 0; round < ROUNDS; round++) {
			const since = await n8n.lastExecutionId(returnAll.id);
			const t0 = Date.now();
			await Promise.all(Array.from({ length: RUNS }, () => n8n.runWorkflow(returnAll.id)));
			await finished(n8n, returnAll.id, since, RUNS);
			spans.push(Date.now() - t0);
		}
		const payloads = Array.from({ length: EVENTS }, (_, i) =>
			buildWebhookPayload(damstra.state, 'user.settings.updated', { deliveryId: `b${i}` }),
		);
		const since = await n8n.lastExecutionId(hook.id);
		const t0 = Date.now();
		let next = 0;
		await Promise.all(
			Array.from({ length: CONCURRENCY }, async () => {
				while (next < payloads.length) {
					const answer = await n8n.postWebhook(hookPath, payloads[next++], {
						query: hookQuery,
						retryTimeoutMs: 20000,
					});
					if (answer.status !== 200) throw new Error(`webhook answered ${answer.status}`);
				}
			}),
		);
		await finished(n8n, hook.id, since, EVENTS);
		return { returnAllMs: median(spans), eventsPerSecond: (EVENTS * 1000) / (Date.now() - t0) };
	} finally {
		await n8n.stop();
	}
}

(async () => {
	const tarball = process.argv[2];
	const damstra = await vendorById('damstra-learning').start({ users: USERS });
	try {
		const one = await measure(tarball, damstra, 1);
		const two = await measure(tarball, damstra, 2);
		record({
			vendor: 'Damstra Learning',
			metric: `queue mode: ${RUNS} Return All runs together (${USERS} users), 2 workers vs 1`,
			value: two.returnAllMs,
			unit: 'ms',
			baseline: one.returnAllMs,
			baselineLabel: '1 worker',
			ratio: two.returnAllMs / one.returnAllMs,
		});
		record({
			vendor: 'Damstra Learning',
			metric: `queue mode: webhook burst events/s (${EVENTS}, ${CONCURRENCY} at a time), 2 workers vs 1`,
			value: Number(two.eventsPerSecond.toFixed(1)),
			unit: 'ev/s',
			baseline: Number(one.eventsPerSecond.toFixed(1)),
			baselineLabel: '1 worker',
			ratio: two.eventsPerSecond / one.eventsPerSecond,
		});
		console.log(
			`  queue mode, 1 worker → 2 workers: Return All ×${RUNS} ${one.returnAllMs} → ${two.returnAllMs} ms; ` +
				`webhook burst ${one.eventsPerSecond.toFixed(1)} → ${two.eventsPerSecond.toFixed(1)} ev/s`,
		);
	} finally {
		await damstra.close();
	}
})().catch((error) => {
	console.error(error);
	process.exit(1);
});
