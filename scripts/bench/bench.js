'use strict';
/**
 * Return All over 20 000 sandbox users in pages of 100: the Damstra Learning node against a bare HTTP loop
 * over the same pages, in the same run, alternating contestants so drift hits both. Prints the wall-time
 * ratio (target ≤ 1.15) and each contestant's peak RSS.
 */
const path = require('node:path');
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');

// The sandbox serves from this process, so the workers must run without blocking its event loop.
const run = promisify(execFile);
const { startVelpicSandbox } = require('../../test/sandboxes/velpic');

const USERS = Number(process.env.BENCH_USERS || 20000);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

(async () => {
	const sandbox = await startVelpicSandbox({ port: 0, users: USERS });
	try {
		const results = { node: [], bare: [] };
		const rss = { node: 0, bare: 0 };
		for (let round = 0; round < ROUNDS; round++) {
			for (const mode of round % 2 ? ['node', 'bare'] : ['bare', 'node']) {
				const { stdout } = await run(process.execPath, [path.join(__dirname, 'worker.js'), mode, sandbox.url, sandbox.accessKey, '1']);
				const out = JSON.parse(stdout);
				if (out.count !== USERS) throw new Error(`${mode} returned ${out.count} users, expected ${USERS}`);
				results[mode].push(...out.times);
				rss[mode] = Math.max(rss[mode], out.maxRssMb);
			}
		}
		const node = median(results.node);
		const bare = median(results.bare);
		const ratio = node / bare;
		console.log(`Return All, ${USERS} users in pages of 100 (${USERS / 100} requests), median of ${ROUNDS} runs each`);
		console.log(`  bare HTTP loop        ${bare.toFixed(0).padStart(6)} ms   peak RSS ${rss.bare.toFixed(0)} MB`);
		console.log(`  Damstra Learning node ${node.toFixed(0).padStart(6)} ms   peak RSS ${rss.node.toFixed(0)} MB`);
		console.log(`  wall-time ratio node/bare: ${ratio.toFixed(3)} (target ≤ 1.15) ${ratio <= 1.15 ? 'OK' : 'OVER TARGET'}`);
	} finally {
		await sandbox.close();
	}
})().catch((error) => {
	console.error(error);
	process.exit(1);
});
