'use strict';
/**
 * The scale curve of Return All: Growsparks persons at 1 000, 10 000, 100 000 and 1 000 000 records,
 * the node run as bench.js runs it (worker.js, its own process per run, warmed, heap collected, but
 * timed on the one whole run after the memory run) against the Growsparks sandbox whose person list
 * is made as it is read (test/sandboxes/growsparks/synthetic.js: seeding a million would take a
 * minute and 2 GB). Growsparks because its pages hold 1 000 records, so
 * a million is 1 000 requests, not 10 000.
 *
 * Linear growth means the same cost per record at every size. Time: each size's milliseconds per
 * 1 000 records against the 10 000 figure of the same run. Memory: peak RSS growth per 1 000 records
 * at 1 000 000 against the 100 000 figure; below 100 000 the growth is mostly the heap's own sizing
 * steps (a few MB), so its per-record figure says nothing (it is printed, not checked). Target
 * ≤ 1.25 × for both: a curve that bends (a copy of the list per page, a check over all records so
 * far, a lookup that grows with the list) costs at least twice as much per record at 100 × the
 * records, while a straight one stays within this machine's noise, some ±15 % for one run. 1 000
 * records are one page, where the run's fixed cost weighs most; it is checked too, since a few
 * milliseconds of fixed cost are all it may add.
 *
 *   node scripts/bench/scale-curve.js     (rows into BENCH_OUT; SCALE_ROUNDS runs per size, 3)
 */
const path = require('node:path');
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const { startSyntheticGrowsparksSandbox } = require('../../test/sandboxes/growsparks/synthetic');
const { median, record } = require('./results');
const { compileHarness } = require('./worker');

const exec = promisify(execFile);
const SIZES = [1_000, 10_000, 100_000, 1_000_000];
const BASE = 10_000;
const ROUNDS = Number(process.env.SCALE_ROUNDS || 3);
const TARGET = 1.25;
/** Memory per record is compared from this size up (see above). */
const MEMORY_FROM = 100_000;
const harness = compileHarness();

/** One Return All of `sandbox`'s persons in a process of its own; the sandbox serves from this one. */
async function measure(sandbox, size) {
	// Max Records at the largest size for every run: only the list's length changes.
	const config = { url: sandbox.url, key: sandbox.apiKey, harness, maxRecords: SIZES.at(-1) };
	const { stdout } = await exec(
		process.execPath,
		['--expose-gc', path.join(__dirname, 'worker.js'), 'growsparks-node', JSON.stringify(config)],
		// One timed run, right after the memory run: a million records take seconds a run, and the
		// curve compares sizes measured alike, not the steady state bench.js times.
		{
			maxBuffer: 1 << 20,
			env: { ...process.env, BENCH_WARM_RUNS: '0', BENCH_WARM_MS: '0', BENCH_PROCESS_RUNS: '1' },
		},
	);
	const out = JSON.parse(stdout);
	if (out.count !== size) throw new Error(`Return All returned ${out.count} of ${size} persons`);
	return out;
}

const group = (n) => n.toLocaleString('en').replace(/,/g, ' ');
const bar = (value, max, width = 40) => '█'.repeat(Math.max(1, Math.round((value / max) * width)));

(async () => {
	console.log(`Return All scale curve, Growsparks persons, median of ${ROUNDS} runs per size`);
	const sandboxes = {};
	const runs = Object.fromEntries(SIZES.map((size) => [size, []]));
	try {
		for (const size of SIZES)
			sandboxes[size] = await startSyntheticGrowsparksSandbox({ count: size });
		// One untimed run warms the sandboxes' code (one process serves them all) for every size.
		await measure(sandboxes[BASE], BASE);
		for (let round = 0; round < ROUNDS; round++) {
			// Small to large, then large to small: drift of the machine hits every size alike.
			for (const size of round % 2 ? [...SIZES].reverse() : SIZES)
				runs[size].push(await measure(sandboxes[size], size));
		}
	} finally {
		for (const sandbox of Object.values(sandboxes)) await sandbox.close();
	}
	const curve = SIZES.map((size) => {
		const list = runs[size];
		const ms = median(list.map((r) => r.ms));
		const growth = median(list.map((r) => r.maxRssMb - r.baseRssMb));
		return {
			size,
			ms,
			growth,
			peak: Math.max(...list.map((r) => r.maxRssMb)),
			msPerK: (ms / size) * 1000,
			mbPerK: (growth / size) * 1000,
		};
	});
	const base = curve.find((point) => point.size === BASE);

	console.log(
		'  records        ms   ms/1k  ×10 k  peak RSS  RSS growth  MB/1k  ×10 k\n' +
			curve
				.map(
					(p) =>
						`  ${group(p.size).padStart(9)} ${p.ms.toFixed(0).padStart(7)} ${p.msPerK.toFixed(2).padStart(7)} ${(p.msPerK / base.msPerK).toFixed(2).padStart(6)} ${p.peak.toFixed(0).padStart(6)} MB ${p.growth.toFixed(1).padStart(8)} MB ${p.mbPerK.toFixed(3).padStart(6)} ${(p.mbPerK / base.mbPerK).toFixed(2).padStart(6)}`,
				)
				.join('\n'),
	);
	const maxMs = Math.max(...curve.map((p) => p.msPerK));
	console.log('\n  ms per 1 000 records (level bars: time grows linearly with the records)');
	for (const p of curve)
		console.log(`  ${group(p.size).padStart(9)} ${bar(p.msPerK, maxMs)} ${p.msPerK.toFixed(2)}`);
	const maxMb = Math.max(...curve.map((p) => p.mbPerK));
	console.log('\n  MB of peak RSS growth per 1 000 records');
	for (const p of curve)
		console.log(`  ${group(p.size).padStart(9)} ${bar(p.mbPerK, maxMb)} ${p.mbPerK.toFixed(3)}`);
	const maxTotal = Math.max(...curve.map((p) => p.ms));
	console.log('\n  total time, log scale (one step of the bar per ×10 records)');
	for (const p of curve) {
		const steps = Math.log10(p.ms) / Math.log10(maxTotal);
		console.log(`  ${group(p.size).padStart(9)} ${bar(steps, 1)} ${p.ms.toFixed(0)} ms`);
	}

	for (const p of curve) {
		record({
			vendor: 'Growsparks',
			metric: `Return All scale curve: ms per 1 000 records at ${group(p.size)}`,
			value: p.msPerK,
			unit: 'ms',
			baseline: base.msPerK,
			baselineLabel: `at ${group(BASE)}`,
			ratio: p.msPerK / base.msPerK,
			target: p.size === BASE ? undefined : { op: '<=', value: TARGET, of: 'ratio' },
			note: `${p.ms.toFixed(0)} ms in all; peak RSS ${p.peak.toFixed(0)} MB`,
		});
	}
	const memoryBase = curve.find((point) => point.size === MEMORY_FROM);
	for (const p of curve.filter((point) => point.size >= MEMORY_FROM)) {
		record({
			vendor: 'Growsparks',
			metric: `Return All scale curve: RSS growth per 1 000 records at ${group(p.size)}`,
			value: p.mbPerK,
			unit: 'MB',
			baseline: memoryBase.mbPerK,
			baselineLabel: `at ${group(MEMORY_FROM)}`,
			ratio: p.mbPerK / memoryBase.mbPerK,
			target: p.size === MEMORY_FROM ? undefined : { op: '<=', value: TARGET, of: 'ratio' },
			note: `${p.growth.toFixed(0)} MB growth, peak RSS ${p.peak.toFixed(0)} MB`,
		});
	}
})().catch((error) => {
	console.error(error);
	process.exit(1);
});
