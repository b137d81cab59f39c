'use strict';
/**
 * Settings and output of the trigger fault suite (test/faults). `npm run faults -- --events 10000 --seed 7`
 * runs it by hand with other numbers; `npm test` runs it with the defaults below.
 */
const fs = require('node:fs');
const path = require('node:path');
const { createRng } = require('../sandboxes/framework/prng');

const settings = {
	events: Number(process.env.FAULT_EVENTS || 1000),
	seed: Number(process.env.FAULT_SEED || 20261126),
};

const rows = [];

/** Keeps one trigger's figures; the table is printed (and saved beside the test results) after the run. */
function record(row) {
	rows.push(row);
}

function printTable() {
	const header = [
		'trigger',
		'produced',
		'emitted',
		'lost',
		'duplicated',
		'polls',
		'failed polls',
		'restarts',
		'faults injected',
	];
	const lines = rows.map((r) => [
		r.trigger,
		r.produced,
		r.emitted,
		r.lost,
		r.duplicated,
		r.polls,
		r.failedPolls,
		r.restarts,
		r.faults,
	]);
	const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
	const format = (cells) =>
		cells
			.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
			.join('  ');
	const text = [
		`\nTrigger fault suite (seed ${settings.seed}, ${settings.events} events per trigger)`,
		format(header),
		...lines.map(format),
		'',
	].join('\n');
	process.stdout.write(text);
	const out = path.resolve(__dirname, '..', '..', '.runtime', 'test');
	fs.mkdirSync(out, { recursive: true });
	fs.writeFileSync(path.join(out, 'faults.json'), JSON.stringify({ settings, rows }, null, 2));
}

module.exports = { settings, createRng, record, printTable };
