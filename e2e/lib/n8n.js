'use strict';
/**
 * Real-n8n end-to-end harness (CommonJS, Node built-ins only + modules inside the n8n runtime).
 *
 * The caller may run on any Node (Jest on Node 20); every n8n child process runs on Node 24
 * (.runtime/node24, see scripts/ensure-node24.sh) with n8n from e2e/n8n-runtime
 * (see scripts/setup-n8n.sh).
 *
 *   const { startN8n } = require('./e2e/lib/n8n');
 *   const n8n = await startN8n({ packageTarball, workflows: [wf], publish: [wf.id], credentials: [...] });
 *   try { ... } finally { await n8n.stop(); }
 *
 * Handle API (all waits have timeouts; errors include the tail of n8n's log):
 *   baseUrl, port, userFolder, timings, logs()
 *   runWorkflow(id, { triggerToStartFrom?, destinationNode? }) -> executionId   (REST manual run)
 *   waitForExecution(workflowId, { mode?, sinceId?, executionId?, timeoutMs? })
 *       -> { id, status, mode, runData, error, lastNodeExecuted, data }       (reads SQLite)
 *   getExecution(id), listExecutions(workflowId), lastExecutionId(workflowId?)
 *   getNodeOutput(runData, node) -> json[];  getNodeItems / getNodeBinary / getNodeError;
 *   readBinary(meta) -> Promise<Buffer>
 *   postWebhook(path, body, { query?, headers?, method? }) -> { status, headers, body, text, attempts }
 *   executeCli(workflowId) -> { code, signal, crashedAfterOutput, status, runData, error, run, stdout,
 *       stderr, durationMs }   (assert on status: a failing run may exit by SIGSEGV after its output)
 *   activateWorkflow(id)  (publish while running), rest(method, path, body)
 *   stop()                 SIGTERM, SIGKILL after 15 s, always cleans up
 * Credentials: import:credentials takes plain `data` objects and encrypts them itself with the
 * user folder's key: [{ id, name, type: '<credential type name>', data: { field: value } }].
 *
 * This file only composes the parts, each in a module named for its job:
 *   runtime.js     Node 24 + n8n install, user folder, n8n's environment, package install
 *   cli.js         one-shot n8n CLI commands (import, publish, execute)
 *   process.js     the `n8n start` process: spawn, watchdog, log, readiness, stop
 *   http.js        the plain HTTP client;  rest.js  owner login, internal REST API, webhooks
 *   db.js          read-only SQLite access;  executions.js  executions read from it
 *   run-data.js    a node's items / binary / error in run data, binary content on disk
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const cli = require('./cli');
const { createDbReader } = require('./db');
const { createExecutionReader } = require('./executions');
const { httpRequest } = require('./http');
const { createLogBuffer, startServer, waitForReady, stopServer } = require('./process');
const { OWNER, setupOwner, createRestClient } = require('./rest');
const runData = require('./run-data');
const runtime = require('./runtime');
const services = require('./services');
const { planQueue, queueEnv, createQueueProcesses } = require('./queue');
const { freePort, distinctFreePorts, tail } = require('./util');

/**
 * @param {object} opts
 * @param {string} [opts.packageTarball] npm pack tarball installed as a community package
 * @param {object[]} [opts.workflows] workflow JSON objects (each needs a fixed `id`, <= 21 chars)
 * @param {string[]} [opts.publish] workflow ids to publish (activate) before `n8n start`
 * @param {object[]} [opts.credentials] [{ id, name, type, data: { plain object } }] (encrypted on import)
 * @param {object} [opts.env] extra env for every n8n process (overrides the defaults)
 * @param {string} [opts.userFolder] N8N_USER_FOLDER (default: fresh mktemp dir, removed on stop)
 * @param {number} [opts.port] N8N_PORT (default: a free port)
 * @param {boolean} [opts.server=true] false: prepare the folder only (executeCli works, no `n8n start`)
 * @param {boolean} [opts.setupOwner=true] create the owner and keep its auth cookie
 * @param {number} [opts.readyTimeoutMs=90000]
 * @param {boolean} [opts.keepUserFolder] do not delete a mktemp user folder on stop (debugging)
 * @param {(msg: string) => void} [opts.log] progress logger (default: silent unless N8N_E2E_VERBOSE=1)
 * @param {object} [opts.queue] queue mode (queue.js): { workers = 2, webhooks = 1, concurrency = 10,
 *     label, keep }: PostgreSQL and Redis from the environment (services.js), a database and Redis
 *     prefix of the run's own, dropped on stop (with `keep`: named after the label and kept)
 */
async function startN8n(opts = {}) {
	const rt = runtime.resolveRuntime(opts);
	runtime.assertRuntime(rt);
	const log =
		opts.log ||
		(process.env.N8N_E2E_VERBOSE ? (m) => process.stderr.write(`[n8n-e2e] ${m}\n`) : () => {});
	const t0 = Date.now();
	const timings = {};
	const mark = (k, since) => (timings[k] = Date.now() - since);

	// Queue mode checks its services before anything is created.
	const settings = opts.queue ? services.serviceSettings() : null;
	if (settings) await services.assertServices(rt, settings);
	const plans = opts.queue ? await planQueue(opts.queue) : null;

	const { userFolder, ownFolder } = runtime.prepareUserFolder(opts.userFolder);
	const [autoPort, brokerPort] = await distinctFreePorts(2);
	const port = opts.port || autoPort;
	const baseUrl = `http://127.0.0.1:${port}`;
	const webhookPlan = plans && plans.find((p) => p.role === 'webhook');
	const webhookBaseUrl = webhookPlan ? `http://127.0.0.1:${webhookPlan.port}` : baseUrl;
	const keep = Boolean(opts.queue && opts.queue.keep);
	const run = settings ? services.runNames(opts.queue.label, { keep }) : null;
	const extra = run ? { ...queueEnv({ settings, run, webhookBaseUrl }), ...opts.env } : opts.env;
	const env = runtime.n8nEnv({ rt, userFolder, port, brokerPort, baseUrl, extra });
	const logBuffer = createLogBuffer();
	const logs = logBuffer.text;
	const commands = cli.createCli({ rt, env, userFolder, logBuffer });
	const db = run
		? services.createPostgresReader(rt, settings, run.database)
		: createDbReader({ rt, userFolder, env });
	const tmpFiles = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-input-'));
	const workflowsById = new Map();
	const queue = plans
		? createQueueProcesses({
				rt,
				userFolder,
				logBuffer,
				plans,
				env,
				port,
				concurrency: opts.queue.concurrency || 10,
				log,
			})
		: null;
	let server = null;
	let cookie = null;
	let stopped = false;
	let dropOnStop = false;

	async function stop() {
		if (stopped) return;
		stopped = true;
		try {
			if (queue) await queue.stopAll();
			else if (server) await stopServer(server, log);
		} finally {
			await db.close();
			if (dropOnStop) await services.dropRun(rt, settings, run).catch((e) => log(e.message));
			fs.rmSync(tmpFiles, { recursive: true, force: true });
			if (ownFolder && !opts.keepUserFolder)
				fs.rmSync(userFolder, { recursive: true, force: true });
		}
	}

	try {
		if (run) {
			await services.createDatabase(rt, settings, run.database, { ifMissing: keep });
			// A kept database outlives the run; a fresh one is dropped on stop.
			dropOnStop = !keep;
			log(`queue mode: database ${run.database}, Redis prefix ${run.redisPrefix}`);
		}
		const ctx = { opts, commands, userFolder, env, tmpFiles, log, mark, timings };
		await seedUserFolder(ctx, workflowsById);
		if (opts.server !== false) {
			const t = Date.now();
			if (queue) {
				await queue.startAll();
				server = queue.running.get('main');
			} else {
				server = startServer({ rt, env, userFolder, port, brokerPort, logBuffer });
				await waitForReady(server, baseUrl, opts.readyTimeoutMs || 90000, logBuffer);
			}
			mark('startToReady', t);
			log(`n8n ready on ${baseUrl} after ${timings.startToReady} ms`);
			if (opts.setupOwner !== false) cookie = await setupOwner(baseUrl, logs);
		}
		timings.total = Date.now() - t0;
	} catch (err) {
		await stop().catch(() => {});
		throw err;
	}

	function requireServer(what) {
		if (queue) server = queue.running.get('main');
		if (!server) throw new Error(`${what} needs a running n8n (startN8n({ server: true }))`);
		if (server.exit)
			throw new Error(`${what}: n8n has exited (code ${server.exit.code}):\n${tail(logs())}`);
	}

	const restClient = createRestClient({
		baseUrl,
		cookie: () => cookie,
		requireServer,
		logs,
		workflowsById,
		webhookBaseUrl,
	});
	const executions = createExecutionReader({ db, rt, logs });

	return {
		baseUrl,
		webhookBaseUrl,
		port,
		brokerPort,
		userFolder,
		env,
		timings,
		/** Queue mode: the run's database and Redis prefix, and its processes (queue.js). */
		queue: queue && {
			run,
			plans,
			start: queue.start,
			stop: queue.stop,
			kill: queue.kill,
			exited: queue.exited,
		},
		owner: OWNER,
		get cookie() {
			return cookie;
		},
		rest: restClient.rest,
		runWorkflow: restClient.runWorkflow,
		activateWorkflow: restClient.activateWorkflow,
		waitForExecution: executions.waitForExecution,
		getExecution: executions.getExecution,
		storedExecution: executions.storedExecution,
		listExecutions: executions.listExecutions,
		lastExecutionId: executions.lastExecutionId,
		getNodeOutput: runData.getNodeOutput,
		getNodeItems: runData.getNodeItems,
		getNodeBinary: runData.getNodeBinary,
		getNodeError: runData.getNodeError,
		// A Promise: queue mode keeps binary data in the database.
		readBinary: async (meta) => runData.readBinary(meta, { env, userFolder, db }),
		postWebhook: restClient.postWebhook,
		executeCli: commands.executeCli,
		runCli: commands.runCli,
		logs,
		stop,
	};
}

/**
 * Everything that must be in the user folder before `n8n start`, in this order: the community
 * package, workflows, credentials (plain `data`, encrypted on import), then publishing
 * (activation), which must happen before `n8n start`.
 */
async function seedUserFolder(ctx, workflowsById) {
	const { opts, commands, userFolder, env, tmpFiles, log, mark, timings } = ctx;
	if (opts.packageTarball) {
		const t = Date.now();
		const installed = runtime.installCommunityPackage({
			tarball: opts.packageTarball,
			userFolder,
			env,
			log,
		});
		mark('installPackage', t);
		log(`installed ${installed.name}@${installed.version} into ${installed.dir}`);
	}
	const workflows = opts.workflows || [];
	if (workflows.length) {
		const t = Date.now();
		await cli.importWorkflows(commands, path.join(tmpFiles, 'workflows'), workflows);
		for (const wf of workflows) workflowsById.set(wf.id, wf);
		mark('importWorkflows', t);
		log(`imported ${workflows.length} workflow(s) in ${timings.importWorkflows} ms`);
	}
	if (opts.credentials && opts.credentials.length) {
		const t = Date.now();
		const file = path.join(tmpFiles, 'credentials.json');
		await cli.importCredentials(commands, file, opts.credentials);
		mark('importCredentials', t);
		log(`imported ${opts.credentials.length} credential(s) in ${timings.importCredentials} ms`);
	}
	for (const id of opts.publish || []) {
		const t = Date.now();
		await cli.publishWorkflow(commands, id);
		mark(`publish:${id}`, t);
	}
}

module.exports = {
	startN8n,
	ensureRuntime: runtime.ensureRuntime,
	resolveRuntime: runtime.resolveRuntime,
	freePort,
	httpRequest,
	parseExecuteOutput: cli.parseExecuteOutput,
	getNodeOutput: runData.getNodeOutput,
	getNodeItems: runData.getNodeItems,
	getNodeBinary: runData.getNodeBinary,
	getNodeError: runData.getNodeError,
	OWNER,
	REPO: runtime.REPO,
};
