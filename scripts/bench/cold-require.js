'use strict';
/**
 * Cold `require` of every built node and credential (dist/**\/*.node.js, dist/**\/*.credentials.js), each
 * measurement in a fresh Node process. n8n has n8n-workflow loaded before it loads a community package, so
 * the probe loads n8n-workflow (resolved from node_modules) first and times only the package's own files;
 * the n8n-workflow load itself is timed too and shown as the baseline.
 */
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { median, record } = require('./results');

const ROUNDS = Number(process.env.BENCH_REQUIRE_ROUNDS || 9);
const root = path.resolve(__dirname, '..', '..');

function builtFiles(dir) {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return builtFiles(full);
		return /\.(node|credentials)\.js$/.test(entry.name) ? [full] : [];
	});
}

const PROBE = `
const t0 = process.hrtime.bigint();
require(require.resolve('n8n-workflow', { paths: [process.argv[1]] }));
const t1 = process.hrtime.bigint();
for (const file of JSON.parse(process.argv[2])) require(file);
const t2 = process.hrtime.bigint();
process.stdout.write(JSON.stringify({ workflow: Number(t1 - t0) / 1e6, ours: Number(t2 - t1) / 1e6 }));
`;

const files = builtFiles(path.join(root, 'dist'));
const nodes = files.filter((f) => f.endsWith('.node.js')).length;
const runs = [];
for (let i = 0; i < ROUNDS; i++)
	runs.push(
		JSON.parse(
			execFileSync(process.execPath, ['-e', PROBE, root, JSON.stringify(files)], {
				cwd: root,
				encoding: 'utf8',
			}),
		),
	);
const ours = median(runs.map((r) => r.ours));
const workflow = median(runs.map((r) => r.workflow));
record({
	vendor: 'all',
	metric: `cold require of ${nodes} nodes + ${files.length - nodes} credentials`,
	value: ours,
	unit: 'ms',
	baseline: workflow,
	baselineLabel: 'n8n-workflow',
	target: { op: '<', value: 150, of: 'value' },
	note: `median of ${ROUNDS} fresh processes, after n8n-workflow (its own cold load is the baseline)`,
});
console.log(
	`Cold require, median of ${ROUNDS} fresh processes: ${files.length} built files ${ours.toFixed(0)} ms (after n8n-workflow, which itself takes ${workflow.toFixed(0)} ms)`,
);
