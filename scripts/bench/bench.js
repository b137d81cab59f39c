'use strict';
/**
 * `npm run bench`: every contestant runs in its own process against the same in-process sandbox, in
 * alternating order so drift hits both sides; each line prints the median wall time of the rounds, the
 * ratio against its baseline measured in the same run, and peak memory.
 */
const path = require('node:path');
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const { startVelpicSandbox } = require('../../test/sandboxes/velpic');
const { startGrowsparksSandbox } = require('../../test/sandboxes/growsparks');

// The sandbox serves from this process, so the workers must run without blocking its event loop.
const exec = promisify(execFile);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function contest(sandboxUrl, key, contestants, expected) {
	const runs = Object.fromEntries(contestants.map((c) => [c, []]));
	for (let round = 0; round < ROUNDS; round++) {
		const order = round % 2 ? [...contestants].reverse() : contestants;
		for (const contestant of order) {
			const { stdout } = await exec(process.execPath, [path.join(__dirname, 'worker.js'), contestant, sandboxUrl, key], { maxBuffer: 1 << 20 });
			const out = JSON.parse(stdout);
			if (out.count !== expected) throw new Error(`${contestant} returned ${out.count} records, expected ${expected}`);
			runs[contestant].push(out);
		}
	}
	return Object.fromEntries(
		Object.entries(runs).map(([c, list]) => [c, { ms: median(list.map((r) => r.ms)), rss: Math.max(...list.map((r) => r.maxRssMb)), growth: Math.max(...list.map((r) => r.maxRssMb - r.baseRssMb)), bytes: Math.max(...list.map((r) => r.bytes)) }]),
	);
}

function line(label, result, baseline, target) {
	const ratio = result.ms / baseline.ms;
	const verdict = target === undefined ? '' : ratio <= target ? `  (target ≤ ${target}: OK)` : `  (target ≤ ${target}: OVER)`;
	console.log(`  ${label.padEnd(44)} ${result.ms.toFixed(0).padStart(6)} ms  ×${ratio.toFixed(3)}${verdict}   peak RSS ${result.rss.toFixed(0)} MB`);
}

(async () => {
	console.log(`benchmark ${new Date().toISOString()} · median of ${ROUNDS} runs per contestant`);

	const velpic = await startVelpicSandbox({ port: 0, users: 20000 });
	try {
		const r = await contest(velpic.url, velpic.accessKey, ['damstra-bare', 'damstra-node'], 20000);
		console.log('\nDamstra Learning · Return All, 20 000 users in pages of 100');
		line('bare HTTP loop (baseline)', r['damstra-bare'], r['damstra-bare']);
		line('Damstra Learning node', r['damstra-node'], r['damstra-bare'], 1.15);
	} finally {
		await velpic.close();
	}

	const growsparks = await startGrowsparksSandbox({ port: 0, persons: 100000 });
	try {
		const r = await contest(growsparks.url, growsparks.apiKey, ['growsparks-bare', 'growsparks-node', 'growsparks-sse'], 100000);
		const received = r['growsparks-bare'].bytes / 1048576;
		console.log(`\nGrowsparks · Return All, 100 000 persons (${received.toFixed(1)} MB of JSON)`);
		line('bare HTTP loop, pages of 1000 (baseline)', r['growsparks-bare'], r['growsparks-bare']);
		line('Growsparks node, pages of 1000', r['growsparks-node'], r['growsparks-bare'], 1.15);
		line('Growsparks node, SSE stream (vs node paged)', r['growsparks-sse'], r['growsparks-node'], 1.0);
		for (const c of ['growsparks-bare', 'growsparks-node', 'growsparks-sse']) {
			console.log(`  memory growth ${c.padEnd(16)} ${r[c].growth.toFixed(0)} MB = ×${(r[c].growth / received).toFixed(2)} the JSON received (target ≤ 2)`);
		}
	} finally {
		await growsparks.close();
	}
})().catch((error) => {
	console.error(error);
	process.exit(1);
});
