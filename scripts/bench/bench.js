'use strict';
/**
 * Return All of every vendor against a bare HTTP loop on the same sandbox pages: wall time, and peak
 * memory growth against the bare loop's on the same list. Every contestant runs in its own process
 * (worker.js) against the same in-process sandbox, in alternating order so drift hits both sides; a
 * process's time is the median of its runs after the warm-up (worker.js), a time shown the median of the
 * rounds, a memory growth the median too (one process's peak RSS is as noisy as its time), and every
 * ratio is against the baseline measured in the same run: a time's ratio is the median of each
 * round's own ratio. BENCH_ONLY picks lists (see `lists`); BENCH_RAW prints every process's result;
 * BENCH_CPU_PROF=<folder> writes each contestant process's CPU profile there (node --cpu-prof).
 * Targets (the performance issue): time ≤ 1.05 × and memory growth ≤ 1.1 × the bare loop's.
 */
const path = require('node:path');
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
require('../lib/register-ts');
const { vendorById } = require('../../test/vendors');
const { median, record } = require('./results');
const { compileHarness } = require('./worker');

// The sandbox serves from this process, so the workers must run without blocking its event loop.
const exec = promisify(execFile);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 7);
const MB = 1048576;
const TIME_TARGET = 1.05;
/** BENCH_ONLY=damstra,grape runs those lists alone (damstra, growsparks, flow, grape, onsight). */
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : undefined;
const wanted = (list) => !only || only.has(list);
const MEMORY_TARGET = 1.1;
const harness = compileHarness();
/** The worker collects garbage before it reads its starting memory, on both sides alike. */
const run = (contestant, config) =>
	exec(
		process.execPath,
		[
			'--expose-gc',
			...(process.env.BENCH_CPU_PROF
				? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
				: []),
			path.join(__dirname, 'worker.js'),
			contestant,
			JSON.stringify({ ...config, harness }),
		],
		{ maxBuffer: 1 << 20 },
	);
// The Onsight node's default Get Jobs selection; checked against the node's own request below.
const ONSIGHT_SELECTION =
	'jobId completedJobCursor workflowId workflowTitle jobTitle created updated status userId userName metadata { name value }';

/**
 * The sandbox's garbage, collected before each contestant's process (bench.sh runs this with
 * --expose-gc): the sandbox answers from this process, and a full collection of its heap (the seeded
 * lists, the requests it logs) falling inside one contestant's quarter of a second added a tenth to
 * that run alone, on either side.
 */
const collectSandboxGarbage = global.gc ?? (() => undefined);

async function contest(config, contestants, expected) {
	// One untimed run warms the sandbox (route tables, GraphQL schema, JIT) for both sides.
	await run(contestants[0], config);
	const runs = Object.fromEntries(contestants.map((c) => [c, []]));
	for (let round = 0; round < ROUNDS; round++) {
		const order = round % 2 ? [...contestants].reverse() : contestants;
		for (const contestant of order) {
			collectSandboxGarbage();
			const { stdout } = await run(contestant, config);
			const out = JSON.parse(stdout);
			if (out.count !== expected)
				throw new Error(`${contestant} returned ${out.count} records, expected ${expected}`);
			runs[contestant].push(out);
			if (process.env.BENCH_RAW) console.error(JSON.stringify(out));
		}
	}
	// Each round's runs follow one another within seconds; this machine's speed drifts by a tenth
	// over minutes. A ratio is therefore the median of the rounds' own ratios (the first
	// contestant, the baseline, against each other), which the drift does not reach.
	const [baseline] = contestants;
	return Object.fromEntries(
		Object.entries(runs).map(([c, list]) => {
			const ratios = list.map((r, round) => r.ms / runs[baseline][round].ms);
			return [
				c,
				{
					ratio: median(ratios),
					spread: [Math.min(...ratios), Math.max(...ratios)],
					ms: median(list.map((r) => r.ms)),
					cpuMs: median(list.map((r) => r.cpuMs)),
					rss: Math.max(...list.map((r) => r.maxRssMb)),
					// From the RSS with the modules loaded, not from just before the run (see worker.js's main).
					growth: median(list.map((r) => r.maxRssMb - r.loadedRssMb)),
					bytes: Math.max(...list.map((r) => r.bytes)),
				},
			];
		}),
	);
}

/**
 * Two rows per vendor: wall time against the bare loop's, and peak RSS growth against the bare loop's
 * on the same list (the bytes received, and the process CPU times, are in the notes).
 */
function report(vendor, what, r, bare, node) {
	const b = r[bare];
	const n = r[node];
	const received = b.bytes / MB;
	record({
		vendor,
		metric: `Return All vs bare HTTP loop (${what})`,
		value: n.ms,
		unit: 'ms',
		baseline: b.ms,
		baselineLabel: 'bare loop',
		ratio: n.ratio,
		target: { op: '<=', value: TIME_TARGET, of: 'ratio' },
		note: `CPU node ${n.cpuMs.toFixed(0)} ms, bare ${b.cpuMs.toFixed(0)} ms; rounds ×${n.spread[0].toFixed(2)}–×${n.spread[1].toFixed(2)}`,
	});
	record({
		vendor,
		metric: 'peak RSS growth vs bare loop',
		value: n.growth,
		unit: 'MB',
		baseline: b.growth,
		baselineLabel: 'bare loop',
		ratio: n.growth / b.growth,
		target: { op: '<=', value: MEMORY_TARGET, of: 'ratio' },
		note: `${received.toFixed(1)} MB received; node peak RSS ${n.rss.toFixed(0)} MB, bare ${b.rss.toFixed(0)} MB`,
	});
	console.log(
		`  ${vendor.padEnd(17)} ${what.padEnd(44)} node ${n.ms.toFixed(0).padStart(5)} ms, bare ${b.ms.toFixed(0).padStart(5)} ms (×${n.ratio.toFixed(3)} by round, rounds ×${n.spread[0].toFixed(2)}–×${n.spread[1].toFixed(2)}); RSS growth node ${n.growth.toFixed(1)} MB, bare ${b.growth.toFixed(1)} MB (×${(n.growth / b.growth).toFixed(2)}) for ${received.toFixed(1)} MB received`,
	);
}

/**
 * Context for the lists of small pages: the node against the bare loop sending the same requests
 * through the harness's request helper with the node's credential (worker.js, `throughHelper`), the
 * way a node has to send. No target: the is against the bare loop.
 */
async function helperContest(vendor, what, config, list, expected) {
	const r = await contest(config, [`${list}-helper`, `${list}-node`], expected);
	const h = r[`${list}-helper`];
	const n = r[`${list}-node`];
	record({
		vendor,
		metric: `Return All vs the bare loop through the request helper (${what})`,
		value: n.ms,
		unit: 'ms',
		baseline: h.ms,
		baselineLabel: 'loop via helper',
		ratio: n.ratio,
		note: `context; rounds ×${n.spread[0].toFixed(2)}–×${n.spread[1].toFixed(2)}; CPU node ${n.cpuMs.toFixed(0)} ms, loop ${h.cpuMs.toFixed(0)} ms`,
	});
	console.log(
		`  ${vendor.padEnd(17)} ${'against the loop through the request helper'.padEnd(44)} node ${n.ms.toFixed(0).padStart(5)} ms, loop ${h.ms.toFixed(0).padStart(5)} ms (×${n.ratio.toFixed(3)} by round, rounds ×${n.spread[0].toFixed(2)}–×${n.spread[1].toFixed(2)})`,
	);
}

/** Each list's contest, by the name BENCH_ONLY knows it by. */
const lists = {
	async damstra() {
		const damstra = await vendorById('damstra-learning').start({ users: 20000 });
		try {
			const r = await contest(
				{ url: damstra.url, key: damstra.accessKey },
				['damstra-bare', 'damstra-node'],
				20000,
			);
			report('Damstra Learning', '20 000 users, pages of 100', r, 'damstra-bare', 'damstra-node');
			await helperContest(
				'Damstra Learning',
				'20 000 users, pages of 100',
				{ url: damstra.url, key: damstra.accessKey },
				'damstra',
				20000,
			);
		} finally {
			await damstra.close();
		}
	},

	async growsparks() {
		const growsparks = await vendorById('growsparks').start({ persons: 100000 });
		try {
			// Two contests of two, each alternating its pair: in one of three, the node always ran
			// between the other two, and its time against the bare loop's came out some 7 % higher than
			// in a contest of the pair alone.
			const config = { url: growsparks.url, key: growsparks.apiKey };
			const r = await contest(config, ['growsparks-bare', 'growsparks-node'], 100000);
			report(
				'Growsparks',
				'100 000 persons, pages of 1000',
				r,
				'growsparks-bare',
				'growsparks-node',
			);
			const streamed = await contest(config, ['growsparks-node', 'growsparks-sse'], 100000);
			const sse = streamed['growsparks-sse'];
			const paged = streamed['growsparks-node'];
			record({
				vendor: 'Growsparks',
				metric: 'Return All as SSE stream vs node paged',
				value: sse.ms,
				unit: 'ms',
				baseline: paged.ms,
				baselineLabel: 'node paged',
				ratio: sse.ratio,
				target: { op: '<=', value: 1, of: 'ratio' },
				note: `RSS growth ${sse.growth.toFixed(0)} MB`,
			});
			console.log(
				`  ${'Growsparks'.padEnd(17)} ${'SSE stream'.padEnd(44)} node ${sse.ms.toFixed(0).padStart(5)} ms (×${sse.ratio.toFixed(3)} of paged, by round)`,
			);
		} finally {
			await growsparks.close();
		}
	},

	async flow() {
		const flow = await vendorById('flow-webinars').start();
		try {
			// Flow lists have no paging; its largest list is a session's registrants, grown here to 10 000.
			const session = flow.fixtures.sessions.launchApac;
			for (let i = 0; i < 10000; i++)
				flow.addRegistrant(session, {
					email: `bench${i}@example.com`,
					firstName: `Bench${i}`,
					lastName: 'Registrant',
					location: 'Perth, AU',
				});
			const expected = (
				await (
					await fetch(`${flow.url}/reports/events/sessions/registrants/${session}`, {
						headers: { 'api-secret': flow.apiSecret },
					})
				).json()
			).data.length;
			const r = await contest(
				{ url: flow.url, key: flow.apiSecret, sessionToken: session },
				['flow-bare', 'flow-node'],
				expected,
			);
			report(
				'Flow Webinars',
				`${expected} registrants, one unpaged list`,
				r,
				'flow-bare',
				'flow-node',
			);
		} finally {
			await flow.close();
		}
	},

	async grape() {
		const grape = await vendorById('snapper-grape').start({ persons: 20000 });
		try {
			const r = await contest(
				{ url: grape.url, userName: grape.userName, password: grape.password },
				['grape-bare', 'grape-node'],
				20000,
			);
			report(
				'Snapper Grape',
				'20 000 persons, session login + pages of 100',
				r,
				'grape-bare',
				'grape-node',
			);
			await helperContest(
				'Snapper Grape',
				'20 000 persons, session login + pages of 100',
				{ url: grape.url, userName: grape.userName, password: grape.password },
				'grape',
				20000,
			);
		} finally {
			await grape.close();
		}
	},

	async onsight() {
		// 10 000 jobs: with 2 000 the GraphQL run took under a tenth of a second, too short to tell 5 %
		// from this machine's noise.
		const onsight = await vendorById('onsight-flow').start({ jobs: 10000 });
		try {
			const config = {
				accountsUrl: onsight.accountsUrl,
				gatewayUrl: onsight.gatewayUrl,
				clientId: onsight.clients.full.clientId,
				clientSecret: onsight.clients.full.clientSecret,
				selection: ONSIGHT_SELECTION,
			};
			const completed = onsight.fixtures.completedJobIds.length;
			onsight.clearRequests();
			const g = await contest(config, ['onsight-graphql-bare', 'onsight-graphql-node'], completed);
			const nodeQueries = onsight.requests
				.filter((q) => q.pathname === '/api/query/v2/graph')
				.map((q) => String(q.body && q.body.query));
			if (!nodeQueries.every((q) => q.includes(`{ ${ONSIGHT_SELECTION} }`)))
				throw new Error(
					`the node's GraphQL selection changed; update ONSIGHT_SELECTION: ${nodeQueries.find((q) => !q.includes(ONSIGHT_SELECTION))}`,
				);
			report(
				'Onsight Flow',
				`GraphQL Get Jobs, ${completed} jobs, cursor pages of 100`,
				g,
				'onsight-graphql-bare',
				'onsight-graphql-node',
			);
			const all = onsight.state.jobs.length;
			const rest = await contest(config, ['onsight-rest-bare', 'onsight-rest-node'], all);
			report(
				'Onsight Flow',
				`REST Get Many jobs, ${all} jobs, skip/limit 100`,
				rest,
				'onsight-rest-bare',
				'onsight-rest-node',
			);
		} finally {
			await onsight.close();
		}
	},
};

(async () => {
	console.log(
		`Return All, ${ROUNDS} rounds, each contestant in its own process (its time: the median of its runs after the warm-up)`,
	);
	for (const [name, list] of Object.entries(lists)) if (wanted(name)) await list();
})().catch((error) => {
	console.error(error);
	process.exit(1);
});
