'use strict';
/** Prints the one benchmark table from the rows the bench scripts recorded (BENCH_OUT), with the machine line. */
const fs = require('node:fs');
const os = require('node:os');
const { verdict } = require('./results');

const rows = fs
	.readFileSync(process.env.BENCH_OUT, 'utf8')
	.trim()
	.split('\n')
	.map((line) => JSON.parse(line));
const number = (x, unit) =>
	x === undefined ? '' : `${x >= 100 || Number.isInteger(x) ? x.toFixed(0) : x.toFixed(1)} ${unit}`;
const target = (t) =>
	t
		? `${t.op === '=' ? '=' : t.op === '<=' ? '≤' : t.op === '>=' ? '≥' : '<'} ${t.value}${t.of === 'ratio' ? ' ×' : ''}`
		: 'info';
const baselineUnit = (row) => (row.baselineLabel === 'received' ? 'MB' : row.unit);
const table = rows.map((row) => [
	row.vendor,
	row.metric,
	number(row.value, row.unit),
	row.baseline === undefined
		? ''
		: `${number(row.baseline, baselineUnit(row))} (${row.baselineLabel})`,
	row.ratio === undefined ? '' : `×${row.ratio.toFixed(3)}`,
	target(row.target),
	verdict(row),
	row.note || '',
]);
const header = ['vendor', 'metric', 'value', 'baseline', 'ratio', 'target', 'result', 'note'];
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (cells) =>
	cells
		.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
		.join('  ')
		.trimEnd();

console.log(`\nBenchmark ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
console.log(
	`machine: ${os.cpus().length} × ${os.cpus()[0].model} (nproc ${os.availableParallelism()}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version} (n8n runs on its own Node 24)`,
);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of table) console.log(line(r));
