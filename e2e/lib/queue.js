'use strict';
/**
 * n8n's queue mode on one machine: a main (`n8n start`: editor, REST API, polling triggers), workers
 * (`n8n worker`: every execution, manual ones included) and webhook processors (`n8n webhook`:
 * production webhooks), sharing one PostgreSQL database, one Redis queue and one user folder, so
 * the community package unpacked into that folder is loaded by every process (the operator's
 * "shared nodes folder" install; see the README, "Running at scale").
 */
const { startServer, waitForReady, stopServer } = require('./process');
const { distinctFreePorts } = require('./util');

/**
 * The processes of one queue-mode run and their ports. `main` keeps the harness's port; each
 * process gets its own task-runner broker port, workers a health-check port, webhook processors
 * an HTTP port.
 */
async function planQueue({ workers = 2, webhooks = 1, webhookPort } = {}) {
	const ports = await distinctFreePorts(1 + workers * 2 + webhooks * 2);
	const next = () => ports.shift();
	const processes = [{ role: 'main', label: 'main', args: ['start'], brokerPort: next() }];
	for (let i = 1; i <= workers; i++) {
		processes.push({
			role: 'worker',
			label: `worker-${i}`,
			brokerPort: next(),
			healthPort: next(),
		});
	}
	for (let i = 1; i <= webhooks; i++) {
		// The first webhook processor may have a fixed port (`npm run start:queue`: 5690).
		const port = i === 1 && webhookPort ? webhookPort : next();
		processes.push({ role: 'webhook', label: `webhook-${i}`, brokerPort: next(), port });
	}
	return processes;
}

/** The environment every process of the run shares (on top of runtime.n8nEnv's). */
function queueEnv({ settings, run, webhookBaseUrl }) {
	const { postgres, redis } = settings;
	return {
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: postgres.host,
		DB_POSTGRESDB_PORT: String(postgres.port),
		DB_POSTGRESDB_DATABASE: run.database,
		DB_POSTGRESDB_USER: postgres.user,
		DB_POSTGRESDB_PASSWORD: postgres.password,
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: redis.host,
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		QUEUE_BULL_REDIS_DB: String(redis.db),
		QUEUE_BULL_REDIS_PASSWORD: redis.password,
		// Each run has its own queue, so runs (and a developer's `npm run start:queue`) never share jobs.
		QUEUE_BULL_PREFIX: run.redisPrefix,
		QUEUE_HEALTH_CHECK_ACTIVE: 'true',
		// Manual runs from the editor execute on workers too, as n8n 3 will always do.
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		// Production webhooks go to the webhook processors only.
		N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true',
		WEBHOOK_URL: `${webhookBaseUrl}/`,
		// Binary data lives in the database: no process can read another's file system.
		N8N_DEFAULT_BINARY_DATA_MODE: 'database',
	};
}

/** What one planned process runs with: its command line, its own ports, its readiness URL. */
function processSpec(plan, { env, port, concurrency }) {
	const own = { N8N_RUNNERS_BROKER_PORT: String(plan.brokerPort) };
	if (plan.role === 'main') {
		return { args: ['start'], env: { ...env, ...own }, port, ready: `http://127.0.0.1:${port}` };
	}
	if (plan.role === 'worker') {
		return {
			args: ['worker', `--concurrency=${concurrency}`],
			env: { ...env, ...own, QUEUE_HEALTH_CHECK_PORT: String(plan.healthPort) },
			port: plan.healthPort,
			ready: `http://127.0.0.1:${plan.healthPort}`,
		};
	}
	return {
		args: ['webhook'],
		env: { ...env, ...own, N8N_PORT: String(plan.port) },
		port: plan.port,
		ready: `http://127.0.0.1:${plan.port}`,
	};
}

/**
 * Starts and stops the processes of a run. `start(label)` spawns one and waits for its readiness;
 * `startAll()` starts the main (it migrates the database) and then the rest together.
 */
function createQueueProcesses({ rt, userFolder, logBuffer, plans, env, port, concurrency, log }) {
	const running = new Map();

	/** `env` adds to the process's environment for this start (e.g. to start it without the package). */
	async function startOnce(plan, { readyTimeoutMs = 120000, env: extra = {} } = {}) {
		const label = plan.label;
		if (running.get(label) && !running.get(label).exit) throw new Error(`${label} is running`);
		const spec = processSpec(plan, { env: { ...env, ...extra }, port, concurrency });
		const t = Date.now();
		const server = startServer({
			rt,
			env: spec.env,
			userFolder,
			port: spec.port,
			brokerPort: plan.brokerPort,
			logBuffer,
			args: spec.args,
			label,
		});
		running.set(label, server);
		await waitForReady(server, spec.ready, readyTimeoutMs, logBuffer);
		log(`${label} ready after ${Date.now() - t} ms`);
		return server;
	}

	/**
	 * Ports are picked free when the run is planned, but another program (a parallel suite, a
	 * benchmark) may take one before this process binds it, seconds later: then the process exits
	 * saying so, and it is started again on newly picked internal ports (broker, health check).
	 */
	async function start(label, options) {
		const plan = plans.find((p) => p.label === label);
		if (!plan) throw new Error(`no queue-mode process ${label}`);
		const taken = new RegExp(`\\[${label}\\][^\\n]*(already in use|EADDRINUSE)`);
		for (let attempt = 1; ; attempt++) {
			try {
				return await startOnce(plan, options);
			} catch (error) {
				const exited = running.get(label) && running.get(label).exit;
				if (attempt >= 3 || !exited || !taken.test(logBuffer.text())) throw error;
				const [brokerPort, healthPort] = await distinctFreePorts(2);
				plan.brokerPort = brokerPort;
				if (plan.healthPort) plan.healthPort = healthPort;
				log(`${label}: a port was taken by another program; starting it again on new ports`);
			}
		}
	}

	async function startAll() {
		await start('main');
		await Promise.all(plans.filter((p) => p.role !== 'main').map((p) => start(p.label)));
	}

	/** SIGTERM (n8n's graceful shutdown), SIGKILL after 15 s. */
	async function stop(label) {
		const server = running.get(label);
		if (server) await stopServer(server, log);
	}

	/** SIGKILL at once: a crash, as when a machine dies. */
	function kill(label) {
		const server = running.get(label);
		if (!server || server.exit) return Promise.resolve();
		const exited = new Promise((resolve) => server.child.once('exit', resolve));
		try {
			process.kill(-server.child.pid, 'SIGKILL');
		} catch {
			/* gone */
		}
		return exited.then(() => stopServer(server, log));
	}

	async function stopAll() {
		// Webhook processors and the main first, so nothing new is queued while workers finish.
		const stopEach = (plansOf) => Promise.all(plansOf.map((plan) => stop(plan.label)));
		await stopEach(plans.filter((plan) => plan.role !== 'worker'));
		await stopEach(plans.filter((plan) => plan.role === 'worker'));
	}

	const exited = () =>
		[...running.entries()].filter(([, s]) => s.exit).map(([label, s]) => ({ label, ...s.exit }));

	return { start, startAll, stop, kill, stopAll, exited, running };
}

module.exports = { planQueue, queueEnv, createQueueProcesses };
