'use strict';
/**
 * What the queue-mode scenarios measured (test/e2e/queue), kept in .runtime/queue-findings.json
 * for the README's "Running at scale" figures and printed as the suite goes.
 */
const fs = require('node:fs');
const path = require('node:path');

const FILE = path.resolve(__dirname, '..', '..', '.runtime', 'queue-findings.json');

function recordQueueFinding(name, finding) {
	let all = {};
	try {
		all = JSON.parse(fs.readFileSync(FILE, 'utf8'));
	} catch {
		/* first finding of the run */
	}
	all[name] = { ...finding, at: new Date().toISOString() };
	fs.mkdirSync(path.dirname(FILE), { recursive: true });
	fs.writeFileSync(FILE, JSON.stringify(all, null, 2));
	process.stdout.write(`[queue mode] ${name}: ${JSON.stringify(finding)}\n`);
}

module.exports = { recordQueueFinding };
