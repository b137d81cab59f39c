'use strict';
/**
 * The rows of the one benchmark table. Each bench script appends rows (JSON lines) to the file named by
 * BENCH_OUT; table.js prints them. A row: { vendor, metric, value, unit, baseline?, baselineLabel?,
 * ratio?, target: { op: '<=' | '>=' | '<' | '=', value, of: 'ratio' | 'value' }?, note? }.
 */
const fs = require('node:fs');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function record(row) {
	const file = process.env.BENCH_OUT;
	if (file) fs.appendFileSync(file, JSON.stringify(row) + '\n');
}

function verdict(row) {
	if (!row.target) return '';
	const x = row.target.of === 'value' ? row.value : row.ratio;
	const t = row.target.value;
	const ok = { '<=': x <= t, '<': x < t, '>=': x >= t, '=': x === t }[row.target.op];
	return ok ? 'OK' : 'OVER';
}

module.exports = { median, record, verdict };
