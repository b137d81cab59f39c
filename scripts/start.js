'use strict';
/**
 * `npm start`: the sandboxes, then a real n8n with this package installed as a community package, one
 * credential per vendor pointing at its sandbox, and every example workflow imported (triggers published).
 * Runs until Ctrl-C. The n8n user folder is kept in node_modules/.cache/n8n-user, so your own workflows survive.
 * The setup is scripts/lib/stack.js, which the real-browser test (test:browser) starts too.
 */
const fs = require('node:fs');
const path = require('node:path');
require('./lib/register-ts');
const { startStack } = require('./lib/stack');

const REPO = path.resolve(__dirname, '..');
const N8N_PORT = Number(process.env.N8N_PORT || 5678);

(async () => {
	const tarball = process.argv[2];
	// Under node_modules/.cache so linters and editors skip n8n's own files.
	const userFolder = path.join(REPO, 'node_modules', '.cache', 'n8n-user');
	fs.mkdirSync(userFolder, { recursive: true });
	const {
		n8n,
		credentials,
		workflows,
		stop: stopStack,
	} = await startStack({
		packageTarball: tarball,
		// e.g. DAMSTRA_LEARNING_SANDBOX_PORT=6001
		sandboxPort: (vendor) =>
			Number(
				process.env[`${vendor.id.toUpperCase().replace(/-/g, '_')}_SANDBOX_PORT`] ||
					vendor.defaultPort,
			),
		onSandbox: (vendor, sandbox) => {
			const gateway = sandbox.gatewayUrl ? ` (gateway ${sandbox.gatewayUrl})` : '';
			console.log(`${vendor.name.padEnd(17)} sandbox ${sandbox.url}${gateway}`);
		},
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
		await stopStack();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
})().catch((error) => {
	console.error(error);
	process.exit(1);
});
