import type { IDataObject } from 'n8n-workflow';
import { getNodeError, packageTarball, startN8n } from '../support/e2e';
import type { N8nHandle } from '../support/e2e';
import { vendorById, type VendorId } from '../vendors';
import { startBait, startProxy, trickle } from '../hostile/servers';
import type { Bait, Proxy, ProxiedRequest } from '../hostile/servers';
import { containsSecret } from '../support/leaks';

/**
 * The hostile-server proofs that matter most, in a real n8n 2.41.1 with the packed package: n8n's own
 * request helper (which follows cross-origin redirects with credentials unless told otherwise) never
 * carries a credential to another origin, not on API calls, not on the Snapper Grape login and not on
 * the Onsight token call; a secret with a quote, a backslash and non-ASCII characters, echoed by the
 * server in every encoding, is in nothing n8n stores of the execution and in none of its log lines; and
 * a trickling server fails at the node's Timeout.
 */

/** Header credentials cannot hold non-ASCII (HTTP refuses it); form bodies and query strings can. */
const HEADER_SECRET = 'E2e"\\Sentinel-7f3a9c';
const BODY_SECRET = 'E2e"\\Sentinel Zoë-7f3a9c-🔑';

interface Target {
	key: string;
	vendor: VendorId;
	sandboxOptions: IDataObject;
	secret: string;
	credential: (urls: Record<string, string>, sandbox: IDataObject) => IDataObject;
	node: { type: string; credential: string; parameters: IDataObject };
	/**
	 * The login or token call, where the credential's secret travels before any API call. n8n keeps the
	 * session or token it obtained, so `expire` (the sandbox's) makes the next API call answer 401 and n8n
	 * log in again.
	 */
	login?: { host: 'url' | 'accountsUrl'; path: string; expire: string };
	/** The host API calls go to. */
	apiHost: 'url' | 'gatewayUrl';
}

const TARGETS: Target[] = [
	{
		key: 'DamstraLearning',
		vendor: 'damstra-learning',
		sandboxOptions: { accessKey: HEADER_SECRET },
		secret: HEADER_SECRET,
		credential: (urls) => ({
			type: 'damstraLearningApi',
			data: { apiKey: HEADER_SECRET, baseUrl: urls.url },
		}),
		node: {
			type: 'damstraLearning',
			credential: 'damstraLearningApi',
			parameters: { resource: 'user', operation: 'getAll', returnAll: true },
		},
		apiHost: 'url',
	},
	{
		key: 'Growsparks',
		vendor: 'growsparks',
		sandboxOptions: { apiKey: HEADER_SECRET },
		secret: HEADER_SECRET,
		credential: (urls) => ({
			type: 'growsparksApi',
			data: { apiKey: HEADER_SECRET, baseUrl: urls.url },
		}),
		node: {
			type: 'growsparks',
			credential: 'growsparksApi',
			parameters: {
				resource: 'persons',
				operation: 'getAll',
				returnAll: true,
				filters: { timeout: 3 },
			},
		},
		apiHost: 'url',
	},
	{
		key: 'FlowWebinars',
		vendor: 'flow-webinars',
		sandboxOptions: { apiSecret: HEADER_SECRET },
		secret: HEADER_SECRET,
		credential: (urls) => ({
			type: 'flowWebinarsApi',
			data: { apiSecret: HEADER_SECRET, baseUrl: urls.url },
		}),
		node: {
			type: 'flowWebinars',
			credential: 'flowWebinarsApi',
			parameters: { resource: 'operator', operation: 'getAll', returnAll: true },
		},
		apiHost: 'url',
	},
	{
		key: 'SnapperGrape',
		vendor: 'snapper-grape',
		sandboxOptions: { password: BODY_SECRET },
		secret: BODY_SECRET,
		credential: (urls, sandbox) => ({
			type: 'snapperGrapeApi',
			data: {
				host: urls.url,
				authMethod: 'session',
				userName: sandbox.userName,
				password: BODY_SECRET,
			},
		}),
		node: {
			type: 'snapperGrape',
			credential: 'snapperGrapeApi',
			parameters: { resource: 'person', operation: 'getAll', returnAll: true },
		},
		login: { host: 'url', path: '/api/login', expire: 'expireSessions' },
		apiHost: 'url',
	},
	{
		key: 'OnsightFlow',
		vendor: 'onsight-flow',
		sandboxOptions: { clientSecret: BODY_SECRET },
		secret: BODY_SECRET,
		credential: (urls, sandbox) => ({
			type: 'onsightFlowOAuth2Api',
			data: {
				clientId: (sandbox.credentials as IDataObject).clientId,
				clientSecret: BODY_SECRET,
				scope: '',
				accountsUrl: urls.accountsUrl,
				gatewayUrl: urls.gatewayUrl,
			},
		}),
		node: {
			type: 'onsightFlow',
			credential: 'onsightFlowOAuth2Api',
			parameters: {
				authentication: 'oAuth2',
				resource: 'workflow',
				operation: 'getAll',
				returnAll: true,
			},
		},
		login: { host: 'accountsUrl', path: '/connect/token', expire: 'expireTokens' },
		apiHost: 'gatewayUrl',
	},
	{
		key: 'OnsightFlowQueryKey',
		vendor: 'onsight-flow',
		sandboxOptions: { queryKey: BODY_SECRET },
		secret: BODY_SECRET,
		credential: (urls) => ({
			type: 'onsightFlowQueryKeyApi',
			data: { apiKey: BODY_SECRET, gatewayUrl: urls.gatewayUrl },
		}),
		node: {
			type: 'onsightFlow',
			credential: 'onsightFlowQueryKeyApi',
			parameters: {
				authentication: 'queryKey',
				resource: 'query',
				operation: 'getUsers',
				returnAll: true,
			},
		},
		apiHost: 'gatewayUrl',
	},
];

interface Running {
	target: Target;
	sandbox: IDataObject & { close(): Promise<void> };
	proxies: Record<string, Proxy>;
	/** The n8n credential, pointing at the proxies. */
	credential: IDataObject;
}

const workflowId = (target: Target) => `Hostile${target.key}01`.slice(0, 21);

function workflowOf(target: Target): IDataObject {
	const name = `${target.key} read`;
	return {
		id: workflowId(target),
		name: `Hostile: ${target.key}`,
		active: false,
		nodes: [
			{
				id: 'm',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: 'n',
				name,
				type: `n8n-nodes-workforce-learning.${target.node.type}`,
				typeVersion: 1,
				position: [220, 0],
				credentials: {
					[target.node.credential]: {
						id: `Cred${target.key}`.slice(0, 21),
						name: `Hostile ${target.key}`,
					},
				},
				parameters: target.node.parameters,
			},
		],
		connections: { Start: { main: [[{ node: name, type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/** The request in every encoding a server might echo it in. */
function echoOf(request: ProxiedRequest): string {
	const raw = `${request.method} ${request.path}\n${JSON.stringify(request.headers)}\n${request.body.toString('utf8')}`;
	const dotnet = JSON.stringify(raw).replace(
		/[^\x20-\x7e]|["'<>&+]/g,
		(char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
	return [
		raw,
		JSON.stringify(raw),
		JSON.stringify(JSON.stringify(raw)),
		dotnet,
		encodeURIComponent(raw),
		Buffer.from(raw).toString('base64'),
	].join('\n');
}

let n8n: N8nHandle;
let bait: Bait;
const running: Running[] = [];

beforeAll(async () => {
	bait = await startBait();
	for (const target of TARGETS) {
		const sandbox = (await vendorById(target.vendor).start({
			...target.sandboxOptions,
		})) as Running['sandbox'];
		const proxies: Record<string, Proxy> = {};
		const urls: Record<string, string> = {};
		for (const key of ['url', 'accountsUrl', 'gatewayUrl']) {
			if (typeof sandbox[key] !== 'string') continue;
			const url = new URL(String(sandbox[key]));
			const existing = Object.entries(urls).find(
				([other]) => new URL(String(sandbox[other])).origin === url.origin,
			);
			proxies[key] = existing ? proxies[existing[0]] : await startProxy(url.origin);
			urls[key] = `${proxies[key].origin}${url.pathname === '/' ? '' : url.pathname}`;
		}
		running.push({ target, sandbox, proxies, credential: target.credential(urls, sandbox) });
	}
	n8n = await startN8n({
		packageTarball: packageTarball(),
		workflows: TARGETS.map(workflowOf),
		credentials: running.map(({ target, credential }) => ({
			id: `Cred${target.key}`.slice(0, 21),
			name: `Hostile ${target.key}`,
			...credential,
		})),
	});
}, 300000);

afterAll(async () => {
	await n8n?.stop();
	for (const { sandbox, proxies } of running) {
		for (const proxy of new Set(Object.values(proxies))) await proxy.close();
		await sandbox.close();
	}
	await bait?.close();
});

const reset = () => {
	bait.requests.length = 0;
	for (const { proxies } of running)
		for (const proxy of Object.values(proxies)) proxy.intercept = undefined;
};

/** Makes the vendor drop the session or token n8n holds, so the next call logs in again. */
function expireLogin(entry: Running) {
	const expire = entry.target.login
		? (entry.sandbox[entry.target.login.expire] as (() => void) | undefined)
		: undefined;
	if (!expire) throw new Error(`${entry.target.key}: the sandbox cannot expire its sessions`);
	expire.call(entry.sandbox);
}

async function run(target: Target) {
	const executionId = await n8n.runWorkflow(workflowId(target));
	const execution = await n8n.waitForExecution(workflowId(target), {
		executionId,
		timeoutMs: 120000,
	});
	return {
		execution,
		stored: await n8n.storedExecution(execution.id),
		error: getNodeError(execution.runData, `${target.key} read`),
	};
}

describe('credentials stay on their origin in a real n8n', () => {
	it.each(TARGETS.map((target) => [target.key, target] as const))(
		'%s: a 307 from the API host to another origin reaches nothing there',
		async (key) => {
			reset();
			const { target, proxies } = running.find((entry) => entry.target.key === key) as Running;
			proxies[target.apiHost].intercept = (request, res) => {
				if (target.login && request.path.startsWith(target.login.path)) return false;
				res.writeHead(307, { location: `${bait.origin}${request.path}` }).end();
				return true;
			};
			const { execution, error } = await run(target);
			expect(execution.status).toBe('error');
			expect(String(error?.message)).toContain(new URL(bait.origin).host);
			expect(bait.requests).toHaveLength(0);
		},
	);

	it.each(TARGETS.filter((target) => target.login).map((target) => [target.key, target] as const))(
		'%s: a 307 on the login / token call reaches nothing at the other origin',
		async (key) => {
			reset();
			const entry = running.find((candidate) => candidate.target.key === key) as Running;
			const { target, proxies } = entry;
			expireLogin(entry);
			proxies[target.login?.host ?? 'url'].intercept = (request, res) => {
				if (!request.path.startsWith(String(target.login?.path))) return false;
				res.writeHead(307, { location: `${bait.origin}${request.path}` }).end();
				return true;
			};
			const { execution } = await run(target);
			expect(execution.status).toBe('error');
			expect(bait.requests).toHaveLength(0);
		},
	);
});

describe('no secret in what n8n stores or logs', () => {
	it.each(
		TARGETS.flatMap((target) =>
			(target.login ? ['api', 'login'] : ['api']).map(
				(call) => [target.key, call, target] as const,
			),
		),
	)('%s (%s call echoed in every encoding)', async (key, call) => {
		reset();
		const entry = running.find((candidate) => candidate.target.key === key) as Running;
		const { target, proxies } = entry;
		if (call === 'login') expireLogin(entry);
		const host = call === 'login' ? proxies[target.login?.host ?? 'url'] : proxies[target.apiHost];
		const carried = new Set<string>();
		const logsBefore = n8n.logs().length;
		host.intercept = (request, res) => {
			const isLogin = !!target.login && request.path.startsWith(target.login.path);
			if ((call === 'login') !== isLogin) return false;
			const echo = echoOf(request);
			if (containsSecret(echo, target.secret)) carried.add(target.secret);
			const bearer = /^Bearer (\S{4,})/.exec(String(request.headers.authorization ?? ''))?.[1];
			const session = /tg-visit=([^;\s]{4,})/.exec(String(request.headers.cookie ?? ''))?.[1];
			for (const token of [bearer, session]) if (token) carried.add(token);
			res.writeHead(400, { 'content-type': 'text/plain' }).end(echo);
			return true;
		};
		const { execution, stored } = await run(target);
		expect(execution.status).toBe('error');
		expect(carried.size).toBeGreaterThan(0);
		expect(stored.length).toBeGreaterThan(0);
		const logs = n8n.logs().slice(logsBefore);
		for (const value of carried) {
			expect(containsSecret(stored, value)).toBe(false);
			expect(logs.split('\n').filter((line) => containsSecret(line, value))).toEqual([]);
		}
	});
});

describe('deadlines in a real n8n', () => {
	it('a trickling body fails at the node Timeout (Growsparks list, Timeout 3 s)', async () => {
		reset();
		const { target, proxies } = running.find(
			(entry) => entry.target.key === 'Growsparks',
		) as Running;
		proxies.url.intercept = (request, res) => {
			if (!/\/persons\?/.test(request.path)) return false;
			res.writeHead(200, { 'content-type': 'application/json' });
			trickle(res, '[{"Id":"G_1"},', 100);
			return true;
		};
		const started = Date.now();
		const { execution, error } = await run(target);
		expect(execution.status).toBe('error');
		expect(String(error?.message)).toMatch(/did not finish answering within 3 s/);
		expect(Date.now() - started).toBeLessThan(30000);
	});

	it('trickling headers fail at the node Timeout too', async () => {
		reset();
		const { target, proxies } = running.find(
			(entry) => entry.target.key === 'Growsparks',
		) as Running;
		proxies.url.intercept = (request, res) => {
			if (!/\/persons\?/.test(request.path)) return false;
			trickle(
				res.socket,
				'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
				100,
			);
			return true;
		};
		const { execution, error } = await run(target);
		expect(execution.status).toBe('error');
		expect(String(error?.message)).toMatch(/did not finish answering within 3 s/);
	});
});
