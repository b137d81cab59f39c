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
// `npm run start:queue`: n8n in queue mode (PostgreSQL and Redis from DB_POSTGRESDB_* and
// QUEUE_BULL_REDIS_*, default the local services): a main, two workers, a webhook processor.
const QUEUE = process.argv.includes('--queue');

(async () => {
	const tarball = process.argv[2];
	// Under node_modules/.cache so linters and editors skip n8n's own files.
	const userFolder = path.join(
		REPO,
		'node_modules',
		'.cache',
		QUEUE ? 'n8n-user-queue' : 'n8n-user',
	);
	fs.mkdirSync(userFolder, { recursive: true });
	const {
		n8n,
		credentials,
		workflows,
		stop: stopStack,
		packageCheck,
		model,
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
		// The AI-agent examples' model: a script player, no account or network needed (5706 is the
		// Onsight sandbox's gateway).
		modelPort: Number(process.env.SCRIPTED_MODEL_PORT || 5710),
		userFolder,
		port: N8N_PORT,
		log: (message) => console.log(`[n8n] ${message}`),
		// The database n8n_wl_start and the Redis prefix n8n-wl-start are kept between starts.
		queue: QUEUE
			? {
					workers: 2,
					webhooks: 1,
					webhookPort: Number(process.env.N8N_WEBHOOK_PORT || 5690),
					label: 'start',
					keep: true,
				}
			: undefined,
	});
	if (packageCheck) {
		console.log('\nqueue mode: every process has loaded the package');
		for (const checked of packageCheck.processes)
			console.log(`  ${checked.label.padEnd(10)} ${checked.detail}`);
		console.log(`  production webhooks: ${n8n.webhookBaseUrl}/webhook/…`);
	}
	console.log(`
scripted model   ${model.url} (plays the AI-agent examples' scripts)
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
