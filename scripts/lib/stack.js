'use strict';
/**
 * What `npm start` runs, shared with the real-browser test (test/support/browser.js): every
 * vendor's sandbox (test/vendors.ts) and the scripted model the AI-agent examples talk to, then a
 * real n8n (e2e/lib/n8n.js) with the packed package installed as a community package, one
 * credential per vendor pointing at its sandbox and one for the scripted model, every example
 * workflow imported and the trigger examples published.
 *
 * The caller makes test/vendors.ts loadable: scripts/start.js through ./register-ts, Jest through
 * ts-jest.
 */
const fs = require('node:fs');
const path = require('node:path');
const { startN8n } = require('../../e2e/lib/n8n');
const { checkPackageLoaded } = require('../../e2e/lib/package-check');
const { startScriptedModel } = require('../../test/sandboxes/scripted-model');
const {
	EXAMPLE_SCRIPTS,
	modelCredential,
} = require('../../test/sandboxes/scripted-model/examples');

/** The example each worker runs once in queue mode, to show it has the package. */
const PROBE_WORKFLOW = 'DamstraListUsers01';

const REPO = path.resolve(__dirname, '..', '..');

/** Every examples/*.json, parsed, in file-name order. */
function exampleWorkflows() {
	const dir = path.join(REPO, 'examples');
	return fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
}

/** A workflow started by a trigger other than the Manual Trigger: `npm start` publishes it. */
const isTriggerWorkflow = (wf) =>
	wf.nodes.some((n) => /Trigger$/.test(n.type) && !/manualTrigger$/.test(n.type));

/**
 * @param {object} opts
 * @param {string} opts.packageTarball the `npm pack` tarball to install
 * @param {(vendor: object) => number} [opts.sandboxPort] a vendor's sandbox port (default: free)
 * @param {(vendor: object, sandbox: object) => void} [opts.onSandbox] as each sandbox listens
 * @param {number} [opts.modelPort] the scripted model's port (default: free)
 * @param {string} [opts.userFolder] kept n8n user folder (default: fresh temp, removed on stop)
 * @param {number} [opts.port] n8n's port (default: a free port)
 * @param {(message: string) => void} [opts.log] n8n progress lines
 * @param {object} [opts.queue] queue mode (e2e/lib/queue.js), e.g. { workers: 2, webhooks: 1 }:
 *     ready only once every process has loaded the package (e2e/lib/package-check.js)
 * @returns {Promise<{ n8n, sandboxes: Array<{ vendor, sandbox }>, model, credentials, workflows,
 *     stop, packageCheck }>}
 */
async function startStack(opts) {
	const { VENDORS } = require('../../test/vendors');
	const sandboxes = [];
	const credentials = [];
	let model;
	const closeSandboxes = () =>
		Promise.allSettled([...sandboxes.map(({ sandbox }) => sandbox), model].map((s) => s?.close()));
	try {
		for (const vendor of VENDORS) {
			const port = opts.sandboxPort ? opts.sandboxPort(vendor) : 0;
			const sandbox = await vendor.start({ port });
			sandboxes.push({ vendor, sandbox });
			credentials.push(...vendor.n8nCredentials(sandbox));
			if (opts.onSandbox) opts.onSandbox(vendor, sandbox);
		}
		model = await startScriptedModel({ port: opts.modelPort || 0, scripts: EXAMPLE_SCRIPTS });
		credentials.push(modelCredential(model));
		const workflows = exampleWorkflows();
		const n8n = await startN8n({
			packageTarball: opts.packageTarball,
			workflows,
			credentials,
			publish: workflows.filter(isTriggerWorkflow).map((wf) => wf.id),
			userFolder: opts.userFolder,
			port: opts.port,
			log: opts.log,
			queue: opts.queue,
		});
		const stop = async () => {
			try {
				await n8n.stop();
			} finally {
				await closeSandboxes();
			}
		};
		let packageCheck;
		if (opts.queue) {
			packageCheck = await checkPackageLoaded(n8n, { workflows, probeWorkflowId: PROBE_WORKFLOW });
			if (!packageCheck.ok) {
				await stop();
				const lines = packageCheck.processes.map(
					(p) => `  ${p.ok ? 'ok  ' : 'FAIL'} ${p.label}: ${p.detail}`,
				);
				throw new Error(`Not every n8n process loaded the package:\n${lines.join('\n')}`);
			}
		}
		return { n8n, sandboxes, model, credentials, workflows, stop, packageCheck };
	} catch (error) {
		await closeSandboxes();
		throw error;
	}
}

module.exports = { startStack, exampleWorkflows, isTriggerWorkflow };
