'use strict';
/**
 * The `n8n start` process: spawning it (with a watchdog so it never outlives the caller),
 * capturing its log, waiting until it is ready, and stopping it with its task runner.
 */
const { spawn } = require('child_process');
const { httpRequest } = require('./http');
const { sleep, unrefSleep, tail } = require('./util');

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

/**
 * The combined log of `n8n start` and every CLI command of one harness (logs() on the handle,
 * and the tail quoted in errors). Capped so a chatty n8n cannot fill the caller's memory.
 */
function createLogBuffer() {
	let text = '';
	return {
		append(more) {
			text += more;
			if (text.length > 2_000_000) text = text.slice(-1_000_000);
		},
		text: () => text,
	};
}

/**
 * Spawns an n8n process on Node 24: `n8n start` by default, or `args` (e.g. ['worker',
 * '--concurrency=10'] or ['webhook']) in queue mode. `label` prefixes its log lines when several
 * processes share one log. Returns { child, watchdog, exit, label } where `exit` becomes
 * { code, signal } once the process has exited.
 */
function startServer({
	rt,
	env,
	userFolder,
	port,
	brokerPort,
	logBuffer,
	args = ['start'],
	label,
}) {
	const child = spawn(rt.nodeBin, [rt.n8nBin, ...args], {
		cwd: userFolder,
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true, // own process group so stop() can take the task runner down too
	});
	const name = `n8n ${args.join(' ')}`;
	logBuffer.append(`\n$ ${name} (pid ${child.pid}, port ${port}, broker ${brokerPort})\n`);
	const append = label
		? prefixLines(`[${label}] `, (text) => logBuffer.append(text))
		: (d) => logBuffer.append(d.toString());
	child.stdout.on('data', append);
	child.stderr.on('data', append);
	const server = { child, watchdog: spawnWatchdog(rt, child.pid), exit: null, label, name };
	// if the parent process exits without calling stop(), don't leave n8n running
	const onParentExit = () => {
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {
			/* gone */
		}
	};
	process.once('exit', onParentExit);
	child.on('exit', (code, signal) => {
		process.removeListener('exit', onParentExit);
		server.exit = { code, signal };
		logBuffer.append(`\n[${label || name} exited: code ${code}, signal ${signal}]\n`);
	});
	return server;
}

/** A 'data' listener that writes whole lines, each with `prefix`. */
function prefixLines(prefix, write) {
	let partial = '';
	return (data) => {
		const lines = (partial + data.toString()).split('\n');
		partial = lines.pop();
		if (lines.length) write(lines.map((line) => `${prefix}${line}\n`).join(''));
	};
}

function spawnWatchdog(rt, pgid) {
	const watchdog = spawn(rt.nodeBin, ['-e', WATCHDOG_SOURCE, String(pgid)], {
		stdio: ['pipe', 'ignore', 'ignore'],
		detached: true,
	});
	watchdog.stdin.on('error', () => {});
	watchdog.unref();
	return watchdog;
}

/** Polls /healthz/readiness until 200; fails early when n8n exits, or after timeoutMs. */
async function waitForReady(server, baseUrl, timeoutMs, logBuffer) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (server.exit) {
			throw new Error(
				`${server.name || 'n8n start'} exited before it was ready (code ${server.exit.code}, signal ${server.exit.signal}):\n${tail(logBuffer.text())}`,
			);
		}
		try {
			const r = await httpRequest(`${baseUrl}/healthz/readiness`, { timeoutMs: 2000 });
			if (r.status === 200) return;
		} catch {
			/* not listening yet */
		}
		if (Date.now() > deadline) {
			throw new Error(
				`n8n was not ready after ${timeoutMs} ms (${baseUrl}/healthz/readiness):\n${tail(logBuffer.text())}`,
			);
		}
		await sleep(250);
	}
}

/** SIGTERM, SIGKILL after 15 s; then kills the whole process group and the watchdog. */
async function stopServer(server, log) {
	const { child } = server;
	if (!server.exit) {
		const exited = new Promise((r) => child.once('exit', r));
		try {
			process.kill(child.pid, 'SIGTERM');
		} catch {
			/* already gone */
		}
		const killed = await Promise.race([
			exited.then(() => false),
			unrefSleep(15000).then(() => true),
		]);
		if (killed && !server.exit) {
			log('n8n did not exit within 15 s of SIGTERM, sending SIGKILL');
			try {
				process.kill(child.pid, 'SIGKILL');
			} catch {
				/* gone */
			}
			await Promise.race([exited, unrefSleep(5000)]);
		}
	}
	// the JS task runner is a child of n8n; make sure none outlives it
	try {
		process.kill(-child.pid, 'SIGKILL');
	} catch {
		/* group already gone */
	}
	if (server.watchdog) {
		try {
			server.watchdog.kill('SIGTERM');
		} catch {
			/* gone */
		}
		server.watchdog = null;
	}
}

module.exports = { createLogBuffer, startServer, waitForReady, stopServer };
