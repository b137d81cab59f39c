'use strict';
/**
 * One-shot n8n CLI commands (separate processes on Node 24, same user folder and env as
 * `n8n start`): import:workflow, import:credentials, publish:workflow, and `n8n execute`.
 */
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { freePort, tail } = require('./util');

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

/** CLI runner bound to one runtime, env and user folder; output also goes to the log buffer. */
function createCli({ rt, env, userFolder, logBuffer }) {
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
				logBuffer.append(`\n$ n8n ${args.join(' ')}\n${stdout}${stderr}`);
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

	/** runCli, throwing with the output's tail when the command failed. */
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

	return { runCli, runCliOk, executeCli };
}

// ---------------------------------------------------------------------------------------------
// seeding the database before `n8n start`

/**
 * Writes each workflow to its own file under `dir` and imports them with one
 * `import:workflow --separate`. Every workflow needs a fixed string id (tests address it by id).
 */
async function importWorkflows(cli, dir, workflows) {
	fs.mkdirSync(dir);
	workflows.forEach((wf, i) => {
		if (!wf || typeof wf.id !== 'string' || !wf.id)
			throw new Error(`workflow #${i} (${wf && wf.name}) has no fixed string "id"`);
		if (!Array.isArray(wf.nodes) || (wf.connections && typeof wf.connections !== 'object')) {
			throw new Error(`workflow ${wf.id}: "nodes" must be an array and "connections" an object`);
		}
		fs.writeFileSync(
			path.join(dir, `${String(i).padStart(3, '0')}-${wf.id}.json`),
			JSON.stringify(wf),
		);
	});
	await cli.runCliOk(
		['import:workflow', '--separate', `--input=${dir}`],
		'workflow import',
		180000,
	);
}

/** Plain `data` objects are encrypted by import:credentials itself (user folder's key). */
async function importCredentials(cli, file, credentials) {
	fs.writeFileSync(file, JSON.stringify(credentials));
	await cli.runCliOk(['import:credentials', `--input=${file}`], 'credentials import', 180000);
}

/** Publishes (activates) a workflow; must happen before `n8n start`. */
async function publishWorkflow(cli, id) {
	await cli.runCliOk(['publish:workflow', `--id=${id}`], `publish:workflow --id=${id}`, 120000);
}

module.exports = {
	parseExecuteOutput,
	createCli,
	importWorkflows,
	importCredentials,
	publishWorkflow,
};
