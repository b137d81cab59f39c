'use strict';
/**
 * One Return All contestant in its own process, so its memory is its own.
 *   node --expose-gc worker.js <contestant> '<json config>'
 *     → prints {contestant, ms, cpuMs, runsMs, firstMs, warmRuns, count, bytes, maxRssMb,
 *       baseRssMb, loadedRssMb}
 * The config holds what bench.js learned from the in-process sandbox (URLs, keys, session token) and
 * `harness`, the test harness compiled by `compileHarness`. `<vendor>-bare` is the floor: the same
 * pages over plain node:http, parsed, one item per record, nothing else. `<vendor>-node` is the built
 * node run through test/support/context.ts (real HTTP, no n8n engine). `<vendor>-helper` is the bare
 * loop sending through that harness's request helper (see `throughHelper`).
 *
 * Both sides start alike, as in an n8n that has run the workflow before: the same modules loaded,
 * the code warmed by a run of the same list with a Limit (WARM_RECORDS), the heap collected. Then
 * one whole run whose peak memory is measured, more for WARM_MS (WHOLE_WARM_RUNS at least), then
 * the timed runs (TIMED_RUNS). Without the warm-up the node, which has more code to compile and
 * optimise, paid once-per-process costs that n8n pays once per start, not per execution.
 */
const fs = require('node:fs');
const path = require('node:path');
const http = require('node:http');

const root = path.resolve(__dirname, '..', '..');
/**
 * Records of the warm-up run: 50 pages of the 100-record lists, five of Growsparks's. With 20 pages
 * the node's per-page code (more of it than the bare loop's) could still be being optimised during
 * the timed run of the shorter lists (Snapper Grape's takes a quarter of a second), on the core the
 * sandbox answers from: its rounds against the bare loop ranged from ×0.95 to ×1.45 (×1.05 to ×1.25
 * after 60 warm-up pages, in one run of 11 rounds each).
 */
const WARM_RECORDS = 5000;

/**
 * test/support/context.ts and the TypeScript it imports, transpiled into `dir` once by the parent:
 * loading them through scripts/lib/register-ts would put the TypeScript compiler (some 40 MB of
 * heap) in the node contestant's process only, which made every garbage collection of the node's
 * run slower and its base memory larger than the bare loop's. Returns the file to require.
 */
function compileHarness(dir = path.join(root, '.runtime', 'bench', 'harness')) {
	const ts = require('typescript');
	const support = path.join(root, 'test', 'support');
	fs.mkdirSync(dir, { recursive: true });
	const done = new Set();
	const compile = (name) => {
		if (done.has(name)) return;
		done.add(name);
		const source = fs.readFileSync(path.join(support, `${name}.ts`), 'utf8');
		const { outputText } = ts.transpileModule(source, {
			compilerOptions: {
				module: ts.ModuleKind.CommonJS,
				target: ts.ScriptTarget.ES2022,
				esModuleInterop: true,
			},
			fileName: `${name}.ts`,
		});
		// A TypeScript neighbour is compiled too; a JavaScript one is required where it is.
		const text = outputText.replace(/require\("\.\/([\w-]+)"\)/g, (whole, other) => {
			if (fs.existsSync(path.join(support, `${other}.ts`))) {
				compile(other);
				return whole;
			}
			return `require(${JSON.stringify(path.join(support, other))})`;
		});
		fs.writeFileSync(path.join(dir, `${name}.js`), text);
	};
	compile('context');
	return path.join(dir, 'context.js');
}

const { withDefaults } = require('../../test/support/node-defaults');
const { median } = require('./results');

let bytes = 0;
/*
 * Node's default agent (keep-alive since Node 19), which the harness's HTTP client uses for the node:
 * both sides keep their sockets alike, so the contest is the code, not the agents' settings.
 */
const agent = http.globalAgent;
/** One request over plain node:http; resolves to the parsed JSON body (and the response headers). */
function send(url, { method = 'GET', headers = {}, body } = {}) {
	return new Promise((resolve, reject) => {
		const request = http.request(
			url,
			{
				method,
				agent,
				headers: body ? { ...headers, 'Content-Length': Buffer.byteLength(body) } : headers,
			},
			(res) => {
				const chunks = [];
				res.on('data', (c) => {
					bytes += c.length;
					chunks.push(c);
				});
				res.on('end', () => {
					if (res.statusCode >= 400)
						return reject(new Error(`${method} ${url}: HTTP ${res.statusCode}`));
					resolve({
						json: JSON.parse(Buffer.concat(chunks).toString('utf8')),
						headers: res.headers,
					});
				});
				res.on('error', reject);
			},
		);
		request.on('error', reject);
		request.end(body);
	});
}
const getJson = async (url, headers) => (await send(url, { headers })).json;

/** Each loop stops early once `want` records are in hand (the warm-up); the timed run wants them all. */
const bare = {
	async damstra({ url, key }, want) {
		const all = [];
		for (let start = 0; ; ) {
			const page = await getJson(`${url}/user?activeValue=all&startIndex=${start}&maxResults=100`, {
				AccessKey: key,
			});
			for (const user of page.results) all.push({ json: user });
			start += page.results.length;
			if (page.results.length === 0 || start >= page.meta.totalResultCount) break;
			if (all.length >= want) break;
		}
		return all.length;
	},
	async growsparks({ url, key }, want) {
		const all = [];
		for (let offset = 0; ; ) {
			const page = await getJson(`${url}/persons?offset=${offset}&limit=1000`, {
				Authorization: `Bearer ${key}`,
			});
			for (const person of page.Items) all.push({ json: person });
			offset += page.Count;
			if (!page.HasMore || all.length >= want) break;
		}
		return all.length;
	},
	/** Flow's registrant list has no paging: one request returns the whole session. */
	async flow({ url, key, sessionToken }) {
		const all = [];
		const answer = await getJson(`${url}/reports/events/sessions/registrants/${sessionToken}`, {
			'api-secret': key,
		});
		for (const registrant of answer.data) all.push({ json: registrant });
		return all.length;
	},
	/** Log in (session cookie), then limit/offset pages of 100 until a short page. */
	async grape({ url, userName, password }, want) {
		const login = await send(`${url}/api/login`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ user_name: userName, password, login: '1' }).toString(),
		});
		const cookie = `tg-visit=${login.json.logins[0].session_id}`;
		const all = [];
		for (let offset = 0; ; offset += 100) {
			const page = await getJson(`${url}/api/persons?offset=${offset}&limit=100`, {
				Cookie: cookie,
			});
			for (const person of page.persons) all.push({ json: person });
			if (page.persons.length < 100 || all.length >= want) break;
		}
		return all.length;
	},
	/** Client-credentials token, then the node's own GraphQL query text, following completedJobCursor. */
	async 'onsight-graphql'({ accountsUrl, gatewayUrl, clientId, clientSecret, selection }, want) {
		const token = await onsightToken(accountsUrl, clientId, clientSecret);
		const all = [];
		for (let cursor; ; ) {
			const query = `{ jobs(order: "asc", limit: 100${cursor ? `, cursor: ${JSON.stringify(cursor)}` : ''}) { ${selection} } }`;
			const answer = await send(`${gatewayUrl}/api/query/v2/graph`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
				body: JSON.stringify({ query }),
			});
			const jobs = answer.json.data.jobs;
			for (const job of jobs) all.push({ json: job });
			if (jobs.length < 100 || all.length >= want) break;
			cursor = jobs[jobs.length - 1].completedJobCursor;
		}
		return all.length;
	},
	/** Token, then skip/limit pages of 100 until an empty page (the node's rule: the limit ceiling is undocumented). */
	async 'onsight-rest'({ accountsUrl, gatewayUrl, clientId, clientSecret }, want) {
		const token = await onsightToken(accountsUrl, clientId, clientSecret);
		const all = [];
		for (let skip = 0; ; skip += 100) {
			const page = await getJson(`${gatewayUrl}/jobs/v1/?skip=${skip}&limit=100`, {
				Authorization: `Bearer ${token}`,
			});
			for (const job of page) all.push({ json: job });
			if (page.length === 0 || all.length >= want) break;
		}
		return all.length;
	},
};

/**
 * `<vendor>-helper`: the bare loop's requests sent through the harness's
 * `httpRequestWithAuthentication` with the node's credential (which logs in or adds the key), the
 * way every node must send: n8n's helper, here the harness's stand-in for it. The floor a node can
 * reach, for the lists of small pages, where the helper's cost per request is a larger share.
 */
const throughHelper = {
	async damstra(getPage, { url }, want) {
		const all = [];
		for (let start = 0; ; ) {
			const page = await getPage(`${url}/user?activeValue=all&startIndex=${start}&maxResults=100`);
			for (const user of page.results) all.push({ json: user });
			start += page.results.length;
			if (page.results.length === 0 || start >= page.meta.totalResultCount) break;
			if (all.length >= want) break;
		}
		return all.length;
	},
	async grape(getPage, { url }, want) {
		const all = [];
		for (let offset = 0; ; offset += 100) {
			const page = await getPage(`${url}/api/persons?offset=${offset}&limit=100`);
			for (const person of page.persons) all.push({ json: person });
			if (page.persons.length < 100 || all.length >= want) break;
		}
		return all.length;
	},
};

async function onsightToken(accountsUrl, clientId, clientSecret) {
	const answer = await send(`${accountsUrl}/connect/token`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			grant_type: 'client_credentials',
			client_id: clientId,
			client_secret: clientSecret,
		}).toString(),
	});
	return answer.json.access_token;
}

const dist = (file, name) => new (require(path.join(root, 'dist', file))[name])();
const nodes = {
	damstra: (c) => ({
		nodeType: dist('nodes/DamstraLearning/DamstraLearning.node.js', 'DamstraLearning'),
		credentialType: dist('credentials/DamstraLearningApi.credentials.js', 'DamstraLearningApi'),
		credentials: { apiKey: c.key, baseUrl: c.url },
		parameters: {
			resource: 'user',
			operation: 'getAll',
			returnAll: true,
			filters: { activeValue: 'all' },
			simplify: false,
		},
	}),
	growsparks: (c) => ({
		nodeType: dist('nodes/Growsparks/Growsparks.node.js', 'Growsparks'),
		credentialType: dist('credentials/GrowsparksApi.credentials.js', 'GrowsparksApi'),
		credentials: { apiKey: c.key, baseUrl: c.url },
		parameters: {
			resource: 'persons',
			operation: 'getAll',
			returnAll: true,
			filters: c.stream ? { stream: true } : {},
		},
	}),
	flow: (c) => ({
		nodeType: dist('nodes/FlowWebinars/FlowWebinars.node.js', 'FlowWebinars'),
		credentialType: dist('credentials/FlowWebinarsApi.credentials.js', 'FlowWebinarsApi'),
		credentials: { apiSecret: c.key, baseUrl: c.url },
		parameters: {
			resource: 'registrant',
			operation: 'getAll',
			returnAll: true,
			sessionToken: { __rl: true, mode: 'id', value: c.sessionToken },
			// Whole records, as the bare loop outputs (and as Damstra's run above).
			simplify: false,
		},
	}),
	grape: (c) => ({
		nodeType: dist('nodes/SnapperGrape/SnapperGrape.node.js', 'SnapperGrape'),
		credentialType: dist('credentials/SnapperGrapeApi.credentials.js', 'SnapperGrapeApi'),
		// No session yet: the credential logs in first, as the bare loop does.
		credentials: {
			host: c.url,
			authMethod: 'session',
			userName: c.userName,
			password: c.password,
			sessionToken: '',
		},
		parameters: { resource: 'person', operation: 'getAll', returnAll: true },
	}),
	'onsight-graphql': (c) =>
		onsight(c, { resource: 'query', operation: 'getJobs', returnAll: true }),
	'onsight-rest': (c) => onsight(c, { resource: 'job', operation: 'getAll', returnAll: true }),
};
function onsight(c, parameters) {
	return {
		nodeType: dist('nodes/OnsightFlow/OnsightFlow.node.js', 'OnsightFlow'),
		credentialType: dist('credentials/OnsightFlowOAuth2Api.credentials.js', 'OnsightFlowOAuth2Api'),
		credentials: {
			clientId: c.clientId,
			clientSecret: c.clientSecret,
			scope: '',
			accountsUrl: c.accountsUrl,
			gatewayUrl: c.gatewayUrl,
			accessToken: '',
		},
		parameters: { authentication: 'oAuth2', ...parameters },
	};
}

/**
 * The contestant's run for a number of records wanted (Infinity: Return All), set up before it is
 * timed: modules load once when n8n starts and a workflow's parameters are set before it runs. Every
 * node run gets a fresh copy of the credentials, so each run logs in or fetches its token as the
 * bare loop does (sharing one copy, only the first run of a process did).
 */
function prepare(contestant, config) {
	const [vendor, kind] = [
		contestant.replace(/-(bare|node|sse|helper)$/, ''),
		contestant.match(/-(bare|node|sse|helper)$/)[1],
	];
	// Both sides load the same modules (the harness, the node, n8n-workflow): a bare loop in a
	// process half the size had its garbage collected on another schedule, and its memory grew
	// differently for the same work.
	const { runNode } = require(config.harness);
	nodes[vendor](config);
	if (kind === 'bare') return (want) => async () => await bare[vendor](config, want);
	if (kind === 'helper') {
		const { executeContext } = require(config.harness);
		return (want) => async () => {
			const setup = nodes[vendor](config);
			const ctx = executeContext({
				...setup,
				credentials: { ...setup.credentials },
				parameters: withDefaults(setup.nodeType, setup.parameters),
			});
			const getPage = async (url) =>
				await ctx.helpers.httpRequestWithAuthentication.call(ctx, setup.credentialType.name, {
					method: 'GET',
					url,
					json: true,
				});
			return await throughHelper[vendor](getPage, config, want);
		};
	}
	return (want) => {
		const setup = nodes[vendor]({ ...config, stream: kind === 'sse' });
		const parameters =
			want === Infinity
				? { ...setup.parameters, ...(config.maxRecords ? { maxRecords: config.maxRecords } : {}) }
				: { ...setup.parameters, returnAll: false, limit: want };
		setup.parameters = withDefaults(setup.nodeType, parameters);
		// A copy per run: the harness stores a renewed session or token in the credentials it is given.
		return async () => (await runNode({ ...setup, credentials: { ...setup.credentials } })).length;
	};
}

/**
 * This process's peak RSS, in MB, since the last `resetPeak`. Linux keeps it per address space
 * (VmHWM); getrusage's maxRSS, the fallback elsewhere, also counts the parent's memory at fork time,
 * which here is the sandbox's and was above the bare loop's own peak.
 */
function peakRssMb() {
	try {
		const kB = /VmHWM:\s*(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
		if (kB) return Number(kB[1]) / 1024;
	} catch {
		// Not Linux.
	}
	return process.resourceUsage().maxRSS / 1024;
}
/** Starts the peak over at the current RSS, so the warm-up's is not counted (Linux 4.0+). */
function resetPeak() {
	try {
		fs.writeFileSync('/proc/self/clear_refs', '5');
	} catch {
		// Not Linux: the peak is the process's.
	}
}

/**
 * Timed Return All runs per process (BENCH_PROCESS_RUNS, 5), one after another after the memory
 * run, as an n8n runs a scheduled workflow's executions; the process's time is their median.
 * - Not the first whole run: it grows the heap to the list and still optimises code (the node has
 *   more of it than the bare loop). Such first runs of one contestant ranged over a fifth on this
 *   2-core machine, and a Snapper Grape node's five runs in one process took 362, 291, 212, 203 and
 *   198 ms.
 * - No garbage collection forced between them: after a forced one every run allocates from an empty
 *   young generation, so the number of scavenges a run needs is the same every time and jumps by
 *   whole scavenges with a few per cent more allocation. Growsparks's 100 000 persons took the bare
 *   loop two or three scavenges and the node, allocating 4 % more (the pairedItem of every item),
 *   four: ×1.29 in time for ×1.04 in allocation. Run after run, as in n8n, the young generation is
 *   where the last run left it, and the collections' cost follows the allocation.
 */
const TIMED_RUNS = Number(process.env.BENCH_PROCESS_RUNS || 5);
/**
 * Untimed whole runs between the memory run and the timed ones: for BENCH_WARM_MS (2500 ms) of runs,
 * and at least BENCH_WARM_RUNS (3). A process's runs keep getting faster for many more runs than the
 * first few, on both sides: a Snapper Grape node's 25 runs in one process took 184, 168, 158, 147,
 * 139, 137, 136, 120, 108, 110, 108, 104, 96, 91, 99, 94, 97, 92, 84 … 87 ms, its CPU time halving,
 * with one scavenge per run (the garbage collector was not what changed). Timed from the fifth run,
 * the node, with more code to bring to its optimised tier than the bare loop, measured where it was
 * on that curve: ×1.135 of the bare loop (rounds ×0.92–×1.28); timed after 15 runs, ×1.05 (×1.00–
 * ×1.10). A time, not a count, so a list of a few pages and one of a hundred thousand records both
 * get there without the long one taking minutes; the slower contestant gets no more runs than the
 * other. An n8n that runs a workflow on a schedule has run this code before; the first runs are
 * what the scale curve (one run per size) shows.
 */
const WARM_MS = Number(process.env.BENCH_WARM_MS ?? 2500);
const WHOLE_WARM_RUNS = Number(process.env.BENCH_WARM_RUNS ?? 3);

/** One Return All: its records, wall time and process CPU time. */
async function timed(run) {
	const cpu = process.cpuUsage();
	const started = process.hrtime.bigint();
	const count = await run();
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	const used = process.cpuUsage(cpu);
	return { count, ms, cpuMs: (used.user + used.system) / 1000 };
}

async function main() {
	const [contestant, configJson] = process.argv.slice(2);
	const runFor = prepare(contestant, JSON.parse(configJson));
	const run = runFor(Infinity);
	/*
	 * Memory growth is counted from here, the modules loaded (the same on both sides) and nothing
	 * run: the peak RSS of the first whole run below minus this. Counted from just before that run
	 * (after the warm-up and a collection), the start was bimodal: Onsight Flow's REST list started
	 * at 128 to 133 MB in some processes and at 147 to 157 MB in others, on either side, for the same
	 * peak of 197 to 203 MB, so the growth ranged from 42 to 72 MB for the same code and its median
	 * followed how many processes of each kind a side drew (node ×1.22 of the bare loop, peaks ×1.00).
	 */
	global.gc();
	const loadedRssMb = process.memoryUsage().rss / 1048576;
	await runFor(WARM_RECORDS)();
	// Memory: the first whole run after the warm-up, the one that grows the heap to the list.
	bytes = 0;
	global.gc();
	resetPeak();
	const baseRssMb = process.memoryUsage().rss / 1048576;
	const first = await timed(run);
	const maxRssMb = peakRssMb();
	const received = bytes;
	// Time: the runs after it, once the whole list has run for WARM_MS more (WHOLE_WARM_RUNS at least).
	const warmUntil = Date.now() + WARM_MS;
	let warmRuns = 0;
	while (warmRuns < WHOLE_WARM_RUNS || Date.now() < warmUntil) {
		await run();
		warmRuns++;
	}
	const runs = [];
	while (runs.length < TIMED_RUNS) runs.push(await timed(run));
	const counts = new Set([first, ...runs].map((r) => r.count));
	if (counts.size !== 1) throw new Error(`runs of ${contestant} returned ${[...counts]} records`);
	process.stdout.write(
		JSON.stringify({
			contestant,
			ms: median(runs.map((r) => r.ms)),
			cpuMs: median(runs.map((r) => r.cpuMs)),
			runsMs: runs.map((r) => Math.round(r.ms)),
			firstMs: first.ms,
			warmRuns,
			count: first.count,
			bytes: received,
			maxRssMb,
			baseRssMb,
			loadedRssMb,
		}) + '\n',
	);
}

module.exports = { compileHarness };
if (require.main === module) {
	main().catch((error) => {
		console.error(error);
		process.exit(1);
	});
}
