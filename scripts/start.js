'use strict';
/**
 * `npm start`: the sandboxes, then a real n8n with this package installed as a community package, one
 * credential per vendor pointing at its sandbox, and every example workflow imported (triggers published).
 * Runs until Ctrl-C. The n8n user folder is kept in node_modules/.cache/n8n-user, so your own workflows survive.
 */
const fs = require('node:fs');
const path = require('node:path');
require('./lib/register-ts');
const { startN8n } = require('../e2e/lib/n8n');
const { VENDORS } = require('../test/vendors');

const REPO = path.resolve(__dirname, '..');
const N8N_PORT = Number(process.env.N8N_PORT || 5678);

function examples() {
	const dir = path.join(REPO, 'examples');
	return fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
}

const isTriggerWorkflow = (wf) =>
	wf.nodes.some((n) => /Trigger$/.test(n.type) && !/manualTrigger$/.test(n.type));

(async () => {
	const tarball = process.argv[2];
	const sandboxes = [];
	const credentials = [];
	for (const vendor of VENDORS) {
		// e.g. DAMSTRA_LEARNING_SANDBOX_PORT=6001
		const variable = `${vendor.id.toUpperCase().replace(/-/g, '_')}_SANDBOX_PORT`;
		const sandbox = await vendor.start({
			port: Number(process.env[variable] || vendor.defaultPort),
		});
		sandboxes.push(sandbox);
		credentials.push(...vendor.n8nCredentials(sandbox));
		const gateway = sandbox.gatewayUrl ? ` (gateway ${sandbox.gatewayUrl})` : '';
		console.log(`${vendor.name.padEnd(17)} sandbox ${sandbox.url}${gateway}`);
	}
	const workflows = examples();
	// Under node_modules/.cache so linters and editors skip n8n's own files.
	const userFolder = path.join(REPO, 'node_modules', '.cache', 'n8n-user');
	fs.mkdirSync(userFolder, { recursive: true });
	const n8n = await startN8n({
		packageTarball: tarball,
		workflows,
		credentials,
		publish: workflows.filter(isTriggerWorkflow).map((wf) => wf.id),
		userFolder,
		port: N8N_PORT,
		log: (message) => console.log(`[n8n] ${message}`),
	});
	console.log(`
n8n is running at ${n8n.baseUrl}
  log in as ${n8n.owner.email} / ${n8n.owner.password}
  credentials: ${credentials.map((c) => c.name).join(', ')}
  example workflows: ${workflows.map((w) => w.name).join('; ')}
Press Ctrl-C to stop.`);

	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		console.log('\nstopping n8n and the sandboxes ...');
		await n8n.stop();
		await Promise.allSettled(sandboxes.map((s) => s.close()));
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
})().catch((error) => {
	console.error(error);
	process.exit(1);
});
