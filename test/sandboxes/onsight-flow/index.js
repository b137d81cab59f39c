'use strict';

const { createSandbox, json, isDescriptor } = require('../framework');
const POLICIES = require('./policies.json');
const { TEAM_NAME } = require('./catalog');
const { seedState } = require('./data');
const auth = require('./auth');
const errors = require('./errors');
const { blobRoutes } = require('./blob');
const { handleGraphql } = require('./graphql/http');
const { controlRoutes, completeJobs, touchJob, uploadInfo } = require('./control');

const ROUTE_MODULES = [
	'auth',
	'collections',
	'groups',
	'jobs',
	'reports',
	'scheduler',
	'teamsettings',
	'triggers',
	'users',
	'workflows',
];
const GRAPH_PATH = '/api/query/v2/graph';

/**
 * Onsight Flow (Librestream) sandbox: two hosts sharing one state.
 *   accounts: /connect/token, /api/client, /api/team/..., ACC /api/group
 *   gateway:  every other REST service, GraphQL at /api/query/v2/graph, pre-signed blobs at /blob/...
 * Each REST route lives on exactly the host the inventory names (policies.json); the other host 404s.
 * Typed for tests as OnsightFlowSandbox in test/support/sandbox.ts.
 *
 * @param {object} [options]
 * @returns {Promise<any>}
 */
async function startOnsightFlowSandbox(options = {}) {
	const o = {
		port: 0,
		seed: 42,
		jobs: 60,
		users: 12,
		clientId: 'sandbox-client',
		clientSecret: 'sandbox-client-secret',
		queryKey: 'sandbox-primary-key',
		secondaryKey: 'sandbox-secondary-key',
		tokenTtlSeconds: 3600,
		...options,
	};
	if (options.gatewayPort === undefined) o.gatewayPort = o.port ? o.port + 1 : 0;

	let seedValue = o.seed;
	let sizes = { jobs: o.jobs, users: o.users };
	const state = {
		teamName: TEAM_NAME,
		auth: auth.createAuthState(o),
		gatewayOrigin: null,
		accountsOrigin: null,
		// The service's clock: `clockSkewMs` puts it ahead (+) or behind (-) of this machine's.
		skewMs: Number(o.clockSkewMs ?? 0),
		now: () => Date.now() + state.skewMs,
	};
	seedState(state, { seed: seedValue, ...sizes });

	const handlers = Object.assign(
		{},
		...ROUTE_MODULES.map((name) => require(`./routes/${name}`)(state)),
	);
	const byHost = { accounts: [], gateway: [] };
	for (const e of POLICIES.endpoints) {
		const handler = handlers[e.id];
		if (!handler) throw new Error(`onsight sandbox: no handler for ${e.id}`);
		byHost[e.host].push({
			id: e.id,
			method: e.method,
			path: e.path,
			handler,
			scopes: e.scopesAnyOf,
			...(e.id === 'auth.token' ? { auth: false } : {}),
			...(e.id.endsWith('.uploadBlock') ? { raw: true } : {}),
		});
	}
	const extra = Object.keys(handlers).filter((id) => !POLICIES.endpoints.some((e) => e.id === id));
	if (extra.length)
		throw new Error(`onsight sandbox: handlers without an inventory entry: ${extra.join(', ')}`);
	const graphHandler = (ctx) => handleGraphql(state, ctx);
	byHost.gateway.push({
		id: 'query.get',
		method: 'GET',
		path: GRAPH_PATH,
		handler: graphHandler,
		kind: 'query',
	});
	byHost.gateway.push({
		id: 'query.post',
		method: 'POST',
		path: GRAPH_PATH,
		handler: graphHandler,
		kind: 'query',
	});
	byHost.gateway.push(...blobRoutes(state));

	function reseed(opts = {}) {
		if (opts.seed !== undefined) seedValue = Number(opts.seed);
		if (opts.jobs !== undefined) sizes.jobs = Number(opts.jobs);
		if (opts.users !== undefined) sizes.users = Number(opts.users);
		seedState(state, { seed: seedValue, ...sizes });
		state.auth.issued = 0;
	}

	let arrival = 0;
	const hosts = {};

	async function startHost(host, port) {
		let sandbox;
		const authenticate = (ctx) => {
			let match;
			try {
				match = sandbox.router.match(ctx.method, ctx.path);
			} catch (err) {
				return errors.mapError(err);
			}
			if (!match)
				return errors.errorBody(
					404,
					`No resource at ${ctx.method} ${ctx.pathname} on the ${host} host`,
				);
			if (match.allowed) {
				return errors.errorBody(405, `Method ${ctx.method} is not allowed on ${ctx.pathname}`, {
					allowed: match.allowed,
				});
			}
			const route = match.route.options;
			const denied =
				route.kind === 'query'
					? auth.checkQueryAccess(state, ctx)
					: auth.checkBearer(state, ctx, route.scopes);
			if (denied) return denied;
			ctx.actingUser = auth.actingUser(state, ctx);
			return null;
		};
		sandbox = await createSandbox({
			name: `onsight-flow-${host}`,
			basePath: '',
			port,
			routes: byHost[host],
			authenticate,
			clock: () => state.now(),
			describe: () => ({
				vendor: 'Onsight Flow (Librestream) API guide v2.25',
				host,
				accountsUrl: state.accountsOrigin,
				gatewayUrl: state.gatewayOrigin,
				credentials: {
					clientId: o.clientId,
					clientSecret: o.clientSecret,
					queryKey: o.queryKey,
					secondaryKey: o.secondaryKey,
				},
				readOnlyClient: {
					clientId: 'sandbox-readonly-client',
					clientSecret: 'sandbox-readonly-secret',
					scopes: auth.READ_ONLY_SCOPES,
				},
				seed: seedValue,
				...sizes,
				tokensIssued: state.auth.issued,
				fixtures: state.fixtures,
			}),
			onReset: reseed,
			controlRoutes: controlRoutes(state),
			faultBody: errors.faultBody,
			onError: (err) => errors.mapError(err),
			notFound: (ctx) =>
				errors.errorBody(404, `No resource at ${ctx.method} ${ctx.pathname} on the ${host} host`),
			// Upload blocks are raw bytes whatever their Content-Type: a body that merely looks like broken JSON still goes to the handler.
			invalidBody: async (ctx, message) => {
				try {
					const match = sandbox.router.match(ctx.method, ctx.path);
					if (match && match.route && match.route.options.raw) {
						ctx.params = match.params;
						const out = await match.route.handler(ctx);
						return out === undefined ? json(200, null) : isDescriptor(out) ? out : json(200, out);
					}
				} catch (err) {
					const mapped = errors.mapError(err);
					if (mapped) return mapped;
					throw err;
				}
				return errors.errorBody(400, message);
			},
		});
		// The framework hands handlers the body as a UTF-8 string; keep the exact bytes for binary uploads.
		sandbox.server.prependListener('request', (req) => {
			const chunks = [];
			req.on('data', (chunk) => chunks.push(chunk));
			req.onsightRawBody = () => Buffer.concat(chunks);
		});
		const add = sandbox.log.add.bind(sandbox.log);
		sandbox.log.add = (entry) => {
			const record = add(entry);
			record.host = host;
			record.arrival = ++arrival;
			return record;
		};
		hosts[host] = sandbox;
		return sandbox;
	}

	const accounts = await startHost('accounts', o.port);
	let gateway;
	try {
		gateway = await startHost('gateway', o.gatewayPort);
	} catch (err) {
		await accounts.close();
		throw err;
	}
	state.accountsOrigin = accounts.origin;
	state.gatewayOrigin = gateway.origin;

	const credentials = {
		clientId: o.clientId,
		clientSecret: o.clientSecret,
		queryKey: o.queryKey,
		accountsUrl: accounts.origin,
		gatewayUrl: gateway.origin,
	};

	return {
		url: accounts.origin,
		accountsUrl: accounts.origin,
		gatewayUrl: gateway.origin,
		origin: accounts.origin,
		port: accounts.port,
		gatewayPort: gateway.port,
		credentials,
		clients: {
			full: { clientId: o.clientId, clientSecret: o.clientSecret, scopes: auth.SCOPES.slice() },
			readOnly: {
				clientId: 'sandbox-readonly-client',
				clientSecret: 'sandbox-readonly-secret',
				scopes: auth.READ_ONLY_SCOPES.slice(),
			},
		},
		secondaryKey: o.secondaryKey,
		get requests() {
			return [...accounts.requests, ...gateway.requests].sort((a, b) => a.arrival - b.arrival);
		},
		clearRequests() {
			accounts.clearRequests();
			gateway.clearRequests();
		},
		injectFault(fault = {}) {
			const { host = 'gateway', ...rest } = fault;
			if (!hosts[host]) throw new Error(`fault.host must be 'accounts' or 'gateway' (got ${host})`);
			return hosts[host].injectFault(rest);
		},
		clearFaults() {
			accounts.clearFaults();
			gateway.clearFaults();
		},
		state,
		get fixtures() {
			return state.fixtures;
		},
		get tokensIssued() {
			return state.auth.issued;
		},
		expireTokens: () => expireTokens(),
		/** Moves the service's clock `ms` ahead (+) or behind (-) of this machine's. */
		setClockSkew: (ms) => {
			state.skewMs = Number(ms);
		},
		completeJobs: (count = 1, opts = {}) => completeJobs(state, count, opts),
		touchJob: (jobId, updatedAt) => touchJob(state, jobId, updatedAt),
		upload: (uploadId) => {
			const info = uploadInfo(state, uploadId, true);
			return {
				kind: info.kind,
				fileSize: info.fileSize,
				received: info.received,
				complete: info.complete,
				buffer: info.buffer,
				sha256: info.sha256,
			};
		},
		temporaryKey: () => auth.temporaryKey(state),
		reset: (opts) => reseed(opts),
		info: () => ({ accounts: accounts.info(), gateway: gateway.info() }),
		close: async () => {
			await Promise.allSettled([accounts.close(), gateway.close()]);
		},
		accounts,
		gateway,
	};

	function expireTokens() {
		return auth.expireTokens(state);
	}
}

module.exports = { startOnsightFlowSandbox };
