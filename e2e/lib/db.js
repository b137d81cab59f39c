'use strict';
/**
 * Read-only access to n8n's SQLite database (<userFolder>/.n8n/database.sqlite).
 *
 * n8n's sqlite3 is built against Node 24 and segfaults when loaded into Node 20 (the Jest
 * parent), so queries go through one long-lived Node 24 child speaking JSON lines.
 */
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

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

/**
 * A lazily started reader: the child is spawned on the first query (the database only exists
 * once n8n has run), and again after it exited or was closed.
 * Returns { all(sql, params) -> Promise<rows[]>, close() -> Promise<void> }.
 */
function createDbReader({ rt, userFolder, env }) {
	let reader = null;

	function open() {
		if (reader) return reader;
		const dbFile = path.join(userFolder, '.n8n', 'database.sqlite');
		if (!fs.existsSync(dbFile)) throw new Error(`no n8n database at ${dbFile}`);
		const r = spawnReader(rt, dbFile, env.PATH, () => {
			if (reader === r) reader = null;
		});
		reader = r;
		return r;
	}

	return {
		all: (sql, params) => open().all(sql, params),
		async close() {
			if (!reader) return;
			const r = reader;
			reader = null;
			await r.close();
		},
	};
}

/** Spawns the Node 24 reader child and matches its answers to pending queries by id. */
function spawnReader(rt, dbFile, PATH, onExit) {
	const child = spawn(rt.nodeBin, ['-e', DB_READER_SOURCE, dbFile], {
		cwd: rt.runtimeDir,
		env: { PATH, NODE_PATH: path.join(rt.runtimeDir, 'node_modules') },
		stdio: ['pipe', 'pipe', 'pipe'],
	});
	const pending = new Map();
	let seq = 0;
	let errText = '';
	child.stdout.on(
		'data',
		lineReader((line) => settle(pending, line)),
	);
	child.stderr.on('data', (d) => (errText += d));
	child.on('exit', (code, signal) => {
		const msg = `db reader exited (code ${code}, signal ${signal}): ${errText.slice(-1000)}`;
		for (const { reject } of pending.values()) reject(new Error(msg));
		pending.clear();
		onExit();
	});
	child.stdin.on('error', () => {});
	return {
		all(sql, params) {
			return new Promise((resolve, reject) => {
				const id = ++seq;
				pending.set(id, { resolve, reject });
				child.stdin.write(JSON.stringify({ id, sql, params }) + '\n');
			});
		},
		close: () => closeChild(child),
	};
}

/** A 'data' listener that calls onLine for every complete, non-empty line. */
function lineReader(onLine) {
	let buf = '';
	return (d) => {
		buf += d;
		let i;
		while ((i = buf.indexOf('\n')) >= 0) {
			const line = buf.slice(0, i);
			buf = buf.slice(i + 1);
			if (line) onLine(line);
		}
	};
}

/** Resolves (or rejects) the pending query one answer line belongs to. */
function settle(pending, line) {
	let msg;
	try {
		msg = JSON.parse(line);
	} catch {
		return;
	}
	const p = pending.get(msg.id);
	if (!p) return;
	pending.delete(msg.id);
	if (msg.error) p.reject(new Error(`sqlite: ${msg.error}`));
	else p.resolve(msg.rows);
}

/** Ends stdin so the reader closes the database and exits; SIGKILL if it hangs for 3 s. */
function closeChild(child) {
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
}

module.exports = { createDbReader };
