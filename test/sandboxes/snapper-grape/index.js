'use strict';

const { createSandbox } = require('../framework');
const { seedState } = require('./data');
const { createClock } = require('./dates');
const { authenticate, expireSessions } = require('./auth');
const { controlRoutes, applySettings, swtFor } = require('./control');
const { addChange } = require('./changes');
const errors = require('./errors');

const ROUTE_MODULES = [
	'auth',
	'persons',
	'organisations',
	'catalog',
	'roles',
	'personevents',
	'personcompetences',
	'changes',
];

/**
 * Snapper Grape (API 2.8) sandbox on 127.0.0.1. `url` is the installation URL (the origin);
 * every API path starts with /api/.
 */
async function startSnapperGrapeSandbox({
	port = 0,
	userName = 'api.user',
	password = 'sandbox-password',
	swtIssuer = 'n8n',
	swtSecret = 'sandbox-swt-secret',
	sessionTtlMs = 30 * 60000,
	expiredAs = 401,
	seed = 42,
	persons = 35,
	validFalseWith200 = false,
	now,
	frozen = false,
} = {}) {
	let seedValue = seed;
	let personCount = persons;
	const state = {
		clock: createClock({ now, frozen }),
		settings: { validFalseWith200: false, expiredAs: 401, sessionTtlMs: 30 * 60000 },
		options: { userName, password, swtIssuer, swtSecret },
	};
	applySettings(state, { validFalseWith200, expiredAs, sessionTtlMs });
	seedState(state, { seed: seedValue, persons: personCount, userName, password });
	const routes = ROUTE_MODULES.flatMap((name) => require(`./routes/${name}`)(state));

	let sandbox;
	const err = (status, message) => errors.errorResponse(state.settings, status, message);
	sandbox = await createSandbox({
		name: 'snapper-grape',
		basePath: '',
		port,
		routes,
		clock: () => state.clock.now(),
		// Unknown paths and wrong methods answer before auth, in the Grape envelope.
		authenticate: (ctx) => {
			const match = sandbox.router.match(ctx.method, ctx.path);
			if (!match) return err(404, `Unknown API call ${ctx.method} ${ctx.pathname}`);
			if (match.allowed)
				return errors.errorResponse(
					state.settings,
					405,
					`Method ${ctx.method} is not allowed here (allowed: ${match.allowed.join(', ')})`,
					undefined,
					{ allow: match.allowed.join(', ') },
				);
			return authenticate(state, ctx);
		},
		describe: () => ({
			vendor: 'Snapper Grape (API 2.8)',
			credentials: {
				userName: state.options.userName,
				password: state.options.password,
				swtIssuer,
				swtSecret,
			},
			seed: seedValue,
			persons: state.persons.length,
			clock: state.clock.describe(),
			settings: { ...state.settings },
			logins: state.logins,
			fixtures: state.fixtures,
		}),
		onReset: (opts = {}) => {
			if (opts.seed !== undefined) seedValue = opts.seed;
			if (opts.persons !== undefined) personCount = opts.persons;
			if (opts.now !== undefined) state.clock.set(opts.now);
			applySettings(state, opts);
			seedState(state, { seed: seedValue, persons: personCount, userName, password });
		},
		controlRoutes: controlRoutes(state),
		faultBody: errors.faultBody,
		onError: (e) => errors.mapError(state.settings, e),
		invalidBody: (ctx, message) => errors.errorResponse(state.settings, 400, message),
		notFound: (ctx) => err(404, `Unknown API call ${ctx.method} ${ctx.pathname}`),
	});
	state.origin = sandbox.origin;

	return {
		url: sandbox.origin,
		origin: sandbox.origin,
		port: sandbox.port,
		userName,
		password,
		swtIssuer,
		swtSecret,
		credentials: { userName, password, swtIssuer, swtSecret },
		get requests() {
			return sandbox.requests;
		},
		clearRequests: () => sandbox.clearRequests(),
		injectFault: (fault) => sandbox.injectFault(fault),
		clearFaults: () => sandbox.clearFaults(),
		state,
		get fixtures() {
			return state.fixtures;
		},
		clock: state.clock,
		settings: state.settings,
		setSettings: (patch) => applySettings(state, patch),
		expireSessions: () => expireSessions(state),
		get logins() {
			return state.logins;
		},
		addChange: (spec) => addChange(state, spec),
		makeSwt: (spec) => swtFor(state, spec).token,
		reset: (opts) => sandbox.reset(opts),
		info: () => sandbox.info(),
		close: () => sandbox.close(),
		sandbox,
	};
}

module.exports = { startSnapperGrapeSandbox };
