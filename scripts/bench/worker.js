'use strict';
/**
 * One benchmark contestant in its own process, so its peak RSS is its own.
 * `node worker.js node|bare <baseUrl> <accessKey> <rounds>` prints {mode, times, count, maxRssMb}.
 */
const path = require('node:path');
const http = require('node:http');

const [mode, baseUrl, accessKey, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg || 3);
const root = path.resolve(__dirname, '..', '..');

/** The floor: the same pages over the same HTTP client, parsed, with nothing else. */
function getJson(url) {
	return new Promise((resolve, reject) => {
		http
			.get(url, { headers: { AccessKey: accessKey, 'Content-Type': 'application/json' } }, (res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
				res.on('error', reject);
			})
			.on('error', reject);
	});
}

async function bare() {
	const all = [];
	for (let start = 0; ; ) {
		const page = await getJson(`${baseUrl}/user?activeValue=all&startIndex=${start}&maxResults=100`);
		for (const user of page.results) all.push({ json: user });
		start += page.results.length;
		if (page.results.length === 0 || start >= page.meta.totalResultCount) break;
	}
	return all.length;
}

async function viaNode() {
	const { DamstraLearning } = require(path.join(root, 'dist/nodes/DamstraLearning/DamstraLearning.node.js'));
	const { DamstraLearningApi } = require(path.join(root, 'dist/credentials/DamstraLearningApi.credentials.js'));
	const { runNode } = require(path.join(root, 'test/support/context.js'));
	const out = await runNode({
		nodeType: new DamstraLearning(),
		parameters: { resource: 'user', operation: 'getAll', returnAll: true, filters: { activeValue: 'all' }, simplify: false },
		credentialType: new DamstraLearningApi(),
		credentials: { apiKey: accessKey, baseUrl },
	});
	return out.length;
}

(async () => {
	const run = mode === 'node' ? viaNode : bare;
	let count = await run(); // warm-up: JIT, sockets, module loading
	const times = [];
	for (let i = 0; i < rounds; i++) {
		const started = process.hrtime.bigint();
		count = await run();
		times.push(Number(process.hrtime.bigint() - started) / 1e6);
	}
	const maxRssMb = process.resourceUsage().maxRSS / 1024;
	process.stdout.write(JSON.stringify({ mode, times, count, maxRssMb }) + '\n');
})().catch((error) => {
	console.error(error);
	process.exit(1);
});
