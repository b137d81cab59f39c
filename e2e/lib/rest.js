'use strict';
/**
 * Talking to a running n8n over HTTP: owner setup / login (the auth cookie), the internal REST
 * API (/rest/...: workflows, manual runs, activation) and production webhooks.
 */
const { httpRequest } = require('./http');
const { sleep, tail } = require('./util');

const OWNER = Object.freeze({
	email: 'ci@example.com',
	firstName: 'CI',
	lastName: 'Bot',
	password: 'Passw0rd-ci-123',
});

/** Creates the owner (or logs in as it) and returns its `n8n-auth=...` cookie. */
async function setupOwner(baseUrl, logs) {
	let r = await httpRequest(`${baseUrl}/rest/owner/setup`, { method: 'POST', body: OWNER });
	// A kept user folder (npm start) already has its owner: log in instead.
	if (r.status === 400 && /already setup/i.test(r.text)) {
		r = await httpRequest(`${baseUrl}/rest/login`, {
			method: 'POST',
			body: { emailOrLdapLoginId: OWNER.email, password: OWNER.password },
		});
	}
	if (r.status !== 200) {
		throw new Error(
			`owner setup failed: HTTP ${r.status} ${r.text.slice(0, 500)}\n${tail(logs())}`,
		);
	}
	const setCookie = [].concat(r.headers['set-cookie'] || []);
	const auth = setCookie.map((c) => c.split(';')[0]).find((c) => c.startsWith('n8n-auth='));
	if (!auth)
		throw new Error(
			`owner setup returned no n8n-auth cookie (headers: ${JSON.stringify(r.headers)})`,
		);
	return auth;
}

/**
 * REST and webhook calls against one n8n.
 * @param {object} ctx
 * @param {string} ctx.baseUrl
 * @param {() => string | null} ctx.cookie the owner's auth cookie (null without owner setup)
 * @param {(what: string) => void} ctx.requireServer throws unless `n8n start` is running
 * @param {() => string} ctx.logs the harness log (its tail goes into errors)
 * @param {Map<string, object>} ctx.workflowsById workflows imported at start (saves a GET)
 * @param {string} [ctx.webhookBaseUrl] where production webhooks arrive (queue mode: a webhook
 *     processor); baseUrl when not given
 */
function createRestClient({ baseUrl, cookie, requireServer, logs, workflowsById, webhookBaseUrl }) {
	/** Authenticated call to n8n's internal REST API (/rest/...). Returns { status, body }. */
	async function rest(method, urlPath, body, { timeoutMs = 30000 } = {}) {
		requireServer(`REST ${method} ${urlPath}`);
		const auth = cookie();
		if (!auth) throw new Error('no auth cookie (startN8n was called with setupOwner: false)');
		const r = await httpRequest(`${baseUrl}${urlPath.startsWith('/') ? '' : '/'}${urlPath}`, {
			method,
			body,
			timeoutMs,
			headers: { cookie: auth },
		});
		return { status: r.status, body: r.body, text: r.text };
	}

	async function getWorkflow(id) {
		if (workflowsById.has(id)) return workflowsById.get(id);
		const r = await rest('GET', `/rest/workflows/${encodeURIComponent(id)}`);
		if (r.status !== 200)
			throw new Error(`GET workflow ${id}: HTTP ${r.status} ${r.text.slice(0, 300)}`);
		return r.body.data;
	}

	/** The workflow's Manual Trigger node name (the default trigger of runWorkflow). */
	async function manualTriggerName(id) {
		const wf = await getWorkflow(id);
		const manual = (wf.nodes || []).find((n) => n.type === 'n8n-nodes-base.manualTrigger');
		if (!manual) {
			throw new Error(
				`workflow ${id} has no Manual Trigger node; pass { triggerToStartFrom: '<trigger node name>' }`,
			);
		}
		return manual.name;
	}

	/**
	 * Manual run through the internal REST API (like clicking "Execute workflow" / "Fetch test event").
	 * triggerToStartFrom: trigger node name; default: the workflow's Manual Trigger node.
	 * Returns the execution id (string).
	 */
	async function runWorkflow(id, { triggerToStartFrom, destinationNode } = {}) {
		requireServer('runWorkflow');
		let trigger = triggerToStartFrom;
		if (!trigger && !destinationNode) trigger = await manualTriggerName(id);
		const body = {};
		if (trigger)
			body.triggerToStartFrom = typeof trigger === 'string' ? { name: trigger } : trigger;
		if (destinationNode) {
			body.destinationNode =
				typeof destinationNode === 'string'
					? { nodeName: destinationNode, mode: 'inclusive' }
					: destinationNode;
		}
		const r = await rest('POST', `/rest/workflows/${encodeURIComponent(id)}/run`, body);
		const data = r.body && r.body.data;
		if (r.status !== 200 || !data || !data.executionId) {
			if (data && data.waitingForWebhook) {
				throw new Error(
					`run of ${id} is waiting for a test webhook call; start from a non-webhook trigger instead`,
				);
			}
			throw new Error(
				`run of workflow ${id} failed: HTTP ${r.status} ${r.text.slice(0, 500)}\n${tail(logs(), 1500)}`,
			);
		}
		return String(data.executionId);
	}

	/** Activates (publishes) a workflow while n8n is running, via the internal REST API. */
	async function activateWorkflow(id) {
		const g = await rest('GET', `/rest/workflows/${encodeURIComponent(id)}`);
		if (g.status !== 200)
			throw new Error(`GET workflow ${id}: HTTP ${g.status} ${g.text.slice(0, 300)}`);
		const r = await rest('POST', `/rest/workflows/${encodeURIComponent(id)}/activate`, {
			versionId: g.body.data.versionId,
		});
		if (r.status !== 200)
			throw new Error(
				`activate ${id}: HTTP ${r.status} ${r.text.slice(0, 500)}\n${tail(logs(), 1500)}`,
			);
		return r.body.data;
	}

	/**
	 * POST (or other method) to a production webhook. `webhookPath` without a leading slash is
	 * relative to /webhook/ (use '/webhook-test/...' or any '/...' path verbatim).
	 * Retries while n8n answers 404 (workflow activation runs async after readiness). `base` is
	 * where to send it (default: where production webhooks arrive).
	 * Returns { status, headers, body, text }.
	 */
	async function postWebhook(
		webhookPath,
		body,
		{
			query,
			headers = {},
			method = 'POST',
			retryTimeoutMs = 20000,
			timeoutMs = 60000,
			base = webhookBaseUrl || baseUrl,
		} = {},
	) {
		requireServer('postWebhook');
		let p = webhookPath.startsWith('/') ? webhookPath : `/webhook/${webhookPath}`;
		if (query && Object.keys(query).length)
			p += (p.includes('?') ? '&' : '?') + new URLSearchParams(query).toString();
		const deadline = Date.now() + retryTimeoutMs;
		let attempts = 0;
		for (;;) {
			attempts++;
			let r;
			try {
				r = await httpRequest(`${base}${p}`, {
					method,
					body,
					headers,
					timeoutMs,
				});
			} catch (err) {
				if (Date.now() > deadline)
					throw new Error(`webhook ${method} ${p} failed: ${err.message}\n${tail(logs())}`);
				await sleep(200);
				continue;
			}
			if (r.status !== 404 || Date.now() > deadline) {
				return { status: r.status, headers: r.headers, body: r.body, text: r.text, attempts };
			}
			await sleep(200);
		}
	}

	return { rest, runWorkflow, activateWorkflow, postWebhook };
}

module.exports = { OWNER, setupOwner, createRestClient };
