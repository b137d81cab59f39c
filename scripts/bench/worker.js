'use strict';
/**
 * One Return All contestant in its own process, so its memory is its own.
 *   node worker.js <contestant> '<json config>'   → prints {contestant, ms, count, bytes, maxRssMb, baseRssMb}
 * The config holds what bench.js learned from the in-process sandbox (URLs, keys, session token).
 * `<vendor>-bare` is the floor: the same pages over plain node:http, parsed, one item per record, nothing
 * else. `<vendor>-node` is the built node run through test/support/context.ts (real HTTP, no n8n engine).
 */
const path = require('node:path');
const http = require('node:http');

const [contestant, configJson] = process.argv.slice(2);
const config = JSON.parse(configJson);
const { withDefaults } = require('../../test/support/node-defaults');
const root = path.resolve(__dirname, '..', '..');

let bytes = 0;
const agent = new http.Agent({ keepAlive: true });
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

const bare = {
	async damstra({ url, key }) {
		const all = [];
		for (let start = 0; ; ) {
			const page = await getJson(`${url}/user?activeValue=all&startIndex=${start}&maxResults=100`, {
				AccessKey: key,
			});
			for (const user of page.results) all.push({ json: user });
			start += page.results.length;
			if (page.results.length === 0 || start >= page.meta.totalResultCount) break;
		}
		return all.length;
	},
	async growsparks({ url, key }) {
		const all = [];
		for (let offset = 0; ; ) {
			const page = await getJson(`${url}/persons?offset=${offset}&limit=1000`, {
				Authorization: `Bearer ${key}`,
			});
			for (const person of page.Items) all.push({ json: person });
			offset += page.Count;
			if (!page.HasMore) break;
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
	async grape({ url, userName, password }) {
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
			if (page.persons.length < 100) break;
		}
		return all.length;
	},
	/** Client-credentials token, then the node's own GraphQL query text, following completedJobCursor. */
	async 'onsight-graphql'({ accountsUrl, gatewayUrl, clientId, clientSecret, selection }) {
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
			if (jobs.length < 100) break;
			cursor = jobs[jobs.length - 1].completedJobCursor;
		}
		return all.length;
	},
	/** Token, then skip/limit pages of 100 until an empty page (the node's rule: the limit ceiling is undocumented). */
	async 'onsight-rest'({ accountsUrl, gatewayUrl, clientId, clientSecret }) {
		const token = await onsightToken(accountsUrl, clientId, clientSecret);
		const all = [];
		for (let skip = 0; ; skip += 100) {
			const page = await getJson(`${gatewayUrl}/jobs/v1/?skip=${skip}&limit=100`, {
				Authorization: `Bearer ${token}`,
			});
			for (const job of page) all.push({ json: job });
			if (page.length === 0) break;
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

/** Modules load once when n8n starts, not per execution: keep that out of the timed run. */
function prepare() {
	const [vendor, kind] = [
		contestant.replace(/-(bare|node|sse)$/, ''),
		contestant.match(/-(bare|node|sse)$/)[1],
	];
	if (kind === 'bare') return () => bare[vendor](config);
	require('../lib/register-ts');
	const { runNode } = require(path.join(root, 'test/support/context.ts'));
	const setup = nodes[vendor]({ ...config, stream: kind === 'sse' });
	setup.parameters = withDefaults(setup.nodeType, setup.parameters);
	return async () => (await runNode(setup)).length;
}

(async () => {
	const run = prepare();
	const baseRssMb = process.memoryUsage().rss / 1048576;
	const started = process.hrtime.bigint();
	const count = await run();
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	const maxRssMb = process.resourceUsage().maxRSS / 1024;
	process.stdout.write(
		JSON.stringify({ contestant, ms, count, bytes, maxRssMb, baseRssMb }) + '\n',
	);
	agent.destroy();
})().catch((error) => {
	console.error(error);
	process.exit(1);
});
