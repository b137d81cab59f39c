'use strict';
/**
 * Whether every n8n process of a queue-mode run has loaded the package, checked the way an
 * operator can (README, "Running at scale"): a process that starts without it keeps running and
 * reports healthy, so readiness alone proves nothing.
 *
 * - main: the node types it serves name the package's nodes;
 * - webhook processors: a published Damstra Learning Trigger answers a delivery without its token
 *   with the package's own 401, where a processor without the package answers n8n's 400;
 * - workers: a manual workflow using the package, run until every worker has finished one (the
 *   queue hands each run to whichever worker is free); a worker without the package fails it with
 *   "Unrecognized node type".
 */
const { httpRequest } = require('./http');
const { sleep } = require('./util');

const PACKAGE = 'n8n-nodes-workforce-learning';

/** The published Damstra Learning Trigger with token authentication, as a webhook path. */
function tokenWebhookPath(workflows) {
	for (const workflow of workflows) {
		for (const node of workflow.nodes || []) {
			const parameters = node.parameters || {};
			if (
				node.type === `${PACKAGE}.damstraLearningTrigger` &&
				node.webhookId &&
				(parameters.authentication || 'urlToken') === 'urlToken'
			)
				return `${node.webhookId}/damstra`;
		}
	}
	return undefined;
}

/**
 * @param {object} n8n the startN8n handle (queue mode)
 * @param {object} options
 * @param {object[]} options.workflows the imported workflows (a trigger workflow among them must be
 *     published)
 * @param {string} options.probeWorkflowId a manual workflow that uses the package and succeeds
 * @param {number} [options.timeoutMs=120000]
 * @returns {Promise<{ ok: boolean, processes: Array<{ label, ok, detail }> }>}
 */
async function checkPackageLoaded(n8n, { workflows, probeWorkflowId, timeoutMs = 120000 }) {
	const results = [];
	const plans = n8n.queue ? n8n.queue.plans : [{ role: 'main', label: 'main' }];

	// The main: the node types the editor gets.
	const types = await httpRequest(`${n8n.baseUrl}/types/nodes.json`, {
		headers: { cookie: n8n.cookie || '' },
		timeoutMs: 30000,
	});
	const ours = Array.isArray(types.body)
		? types.body.filter((type) => String(type.name).startsWith(`${PACKAGE}.`)).length
		: 0;
	results.push({
		label: 'main',
		ok: ours > 0,
		detail: ours > 0 ? `${ours} node types of the package` : `no node type of ${PACKAGE}`,
	});

	// Webhook processors: each answers a delivery without its token.
	const hookPath = tokenWebhookPath(workflows);
	for (const plan of plans.filter((p) => p.role === 'webhook')) {
		if (!hookPath) {
			results.push({ label: plan.label, ok: false, detail: 'no published token webhook to ask' });
			continue;
		}
		const answer = await n8n.postWebhook(
			hookPath,
			{ name: 'package.check' },
			{ base: `http://127.0.0.1:${plan.port}`, retryTimeoutMs: 20000 },
		);
		const ok = answer.status === 401 && /token/i.test(String(answer.body && answer.body.message));
		results.push({
			label: plan.label,
			ok,
			detail: ok
				? 'the trigger answered 401 itself'
				: `answered ${answer.status}: ${String(answer.text).slice(0, 120)}`,
		});
	}

	// Workers: a probe run finished by each one.
	const workers = plans.filter((p) => p.role === 'worker').map((p) => p.label);
	if (workers.length) {
		const finished = new Map();
		const failed = [];
		const deadline = Date.now() + timeoutMs;
		while (workers.some((w) => !finished.has(w)) && Date.now() < deadline && failed.length === 0) {
			const ids = await Promise.all(workers.map(() => n8n.runWorkflow(probeWorkflowId)));
			for (const id of ids) {
				let execution;
				try {
					execution = await n8n.waitForExecution(probeWorkflowId, {
						executionId: id,
						timeoutMs: Math.max(1000, deadline - Date.now()),
					});
				} catch {
					// Not finished in time: no worker took it (or none finished it); said below.
					continue;
				}
				// The worker logs its "finished" line about when it stores the result.
				let worker = workerOf(n8n.logs(), id);
				for (let i = 0; !worker && i < 20; i++) {
					await sleep(250);
					worker = workerOf(n8n.logs(), id);
				}
				if (execution.status !== 'success') {
					const message = execution.error && execution.error.message;
					failed.push(`${worker || 'a worker'}: execution ${id} ${execution.status} (${message})`);
				} else if (worker) finished.set(worker, id);
			}
			if (workers.some((w) => !finished.has(w))) await sleep(500);
		}
		for (const worker of workers) {
			const failure = failed.find((f) => f.startsWith(`${worker}:`));
			results.push({
				label: worker,
				ok: finished.has(worker) && !failure,
				detail: failure
					? failure
					: finished.has(worker)
						? `ran probe execution ${finished.get(worker)}`
						: failed[0] || `took no probe run within ${timeoutMs} ms`,
			});
		}
	}
	return { ok: results.every((r) => r.ok), processes: results };
}

/** The queue-mode process that finished an execution, from its labelled log lines. */
function workerOf(logs, executionId) {
	const line = new RegExp(`^\\[([\\w-]+)\\] Worker finished execution ${executionId} \\(`, 'm');
	const match = line.exec(logs);
	return match ? match[1] : undefined;
}

module.exports = { checkPackageLoaded, workerOf };
