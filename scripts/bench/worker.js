'use strict';
/**
 * One benchmark contestant in its own process, so its memory is its own.
 * `node worker.js <contestant> <baseUrl> <key>` prints {contestant, ms, count, bytes, maxRssMb, baseRssMb}.
 * Contestants: damstra-node, damstra-bare, growsparks-node, growsparks-bare, growsparks-sse.
 */
const path = require('node:path');
const http = require('node:http');

const [contestant, baseUrl, key] = process.argv.slice(2);
const root = path.resolve(__dirname, '..', '..');

let bytes = 0;
/** The floor: the same pages over plain node:http, parsed, with nothing else. */
function getJson(url, headers) {
	return new Promise((resolve, reject) => {
		http
			.get(url, { headers: { ...headers, 'Content-Type': 'application/json' } }, (res) => {
				const chunks = [];
				res.on('data', (c) => {
					bytes += c.length;
					chunks.push(c);
				});
				res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
				res.on('error', reject);
			})
			.on('error', reject);
	});
}

async function damstraBare() {
	const all = [];
	for (let start = 0; ; ) {
		const page = await getJson(`${baseUrl}/user?activeValue=all&startIndex=${start}&maxResults=100`, { AccessKey: key });
		for (const user of page.results) all.push({ json: user });
		start += page.results.length;
		if (page.results.length === 0 || start >= page.meta.totalResultCount) break;
	}
	return all.length;
}

async function growsparksBare() {
	const all = [];
	for (let offset = 0; ; ) {
		const page = await getJson(`${baseUrl}/persons?offset=${offset}&limit=1000`, { Authorization: `Bearer ${key}` });
		for (const person of page.Items) all.push({ json: person });
		offset += page.Count;
		if (!page.HasMore) break;
	}
	return all.length;
}

function viaNode(vendor, parameters) {
	const { runNode } = require(path.join(root, 'test/support/context.js'));
	const dist = (file) => require(path.join(root, 'dist', file));
	const setups = {
		damstra: () => ({
			nodeType: new (dist('nodes/DamstraLearning/DamstraLearning.node.js').DamstraLearning)(),
			credentialType: new (dist('credentials/DamstraLearningApi.credentials.js').DamstraLearningApi)(),
		}),
		growsparks: () => ({
			nodeType: new (dist('nodes/Growsparks/Growsparks.node.js').Growsparks)(),
			credentialType: new (dist('credentials/GrowsparksApi.credentials.js').GrowsparksApi)(),
		}),
	};
	// Modules load once when n8n starts, not per execution: keep that out of the timed run.
	const setup = setups[vendor]();
	return async () => (await runNode({ ...setup, parameters, credentials: { apiKey: key, baseUrl } })).length;
}

const contestants = {
	'damstra-bare': () => damstraBare,
	'damstra-node': () => viaNode('damstra', { resource: 'user', operation: 'getAll', returnAll: true, filters: { activeValue: 'all' }, simplify: false }),
	'growsparks-bare': () => growsparksBare,
	'growsparks-node': () => viaNode('growsparks', { resource: 'persons', operation: 'getAll', returnAll: true }),
	'growsparks-sse': () => viaNode('growsparks', { resource: 'persons', operation: 'getAll', returnAll: true, filters: { stream: true } }),
};

(async () => {
	if (!contestants[contestant]) throw new Error(`unknown contestant ${contestant}`);
	const run = contestants[contestant]();
	const baseRssMb = process.memoryUsage().rss / 1048576;
	const started = process.hrtime.bigint();
	const count = await run();
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	const maxRssMb = process.resourceUsage().maxRSS / 1024;
	process.stdout.write(JSON.stringify({ contestant, ms, count, bytes, maxRssMb, baseRssMb }) + '\n');
})().catch((error) => {
	console.error(error);
	process.exit(1);
});
