'use strict';

const { createSandbox } = require('../framework');
const { seedState } = require('./data');
const { createClock } = require('./dates');
const { controlRoutes, applySettings } = require('./control');
const helpers = require('./helpers');
const errors = require('./errors');

const ROUTE_MODULES = ['events', 'registrants', 'users', 'reports', 'rooms'];
const BASE_PATH = '/api/v1';
const PUBLIC_PATH = /^\/api\/v1\/events\/sessions\/public\/[^/]+\/?$/;

/**
 * Flow Webinars (Flow API 0.0.4) sandbox on 127.0.0.1.
 * @returns {Promise<{url, origin, port, apiSecret, credentials, requests, clearRequests, injectFault,
 *   clearFaults, state, fixtures, clock, settings, reset, addRegistrant, markAttended, addEvent,
 *   addChatMessage, info, close, sandbox}>}
 */
async function startFlowWebinarsSandbox({
	port = 0,
	apiSecret = 'sandbox-api-secret',
	seed = 42,
	now,
	frozen = false,
	summaryAs = 'csv',
} = {}) {
	let seedValue = seed;
	const state = { clock: createClock({ now, frozen }), settings: { summaryAs: 'csv' } };
	applySettings(state, { summaryAs });
	seedState(state, { seed: seedValue });
	const routes = ROUTE_MODULES.flatMap((name) => require(`./routes/${name}`)(state));

	const sandbox = await createSandbox({
		name: 'flow-webinars',
		basePath: BASE_PATH,
		port,
		routes,
		// The public event-info curl sends no key, so a missing key is fine there; a wrong one is not.
		authenticate: (ctx) => {
			const key = ctx.headers['api-secret'];
			if (key === apiSecret) return null;
			if (key === undefined && ctx.method === 'GET' && PUBLIC_PATH.test(ctx.pathname)) return null;
			return errors.unauthorized(key !== undefined);
		},
		describe: () => ({
			vendor: 'Flow Webinars (Flow API 0.0.4)',
			credentials: { apiSecret, header: 'api-secret' },
			seed: seedValue,
			clock: state.clock.describe(),
			settings: { ...state.settings },
			fixtures: state.fixtures,
		}),
		onReset: (opts = {}) => {
			if (opts.seed !== undefined) seedValue = opts.seed;
			if (opts.now !== undefined) state.clock.set(opts.now);
			applySettings(state, { summaryAs: opts.summaryAs ?? 'csv' });
			seedState(state, { seed: seedValue });
		},
		controlRoutes: controlRoutes(state),
		faultBody: errors.faultBody,
		onError: errors.onError,
		invalidBody: (ctx, message) => errors.errorResponse(400, 'Bad Request', message),
		notFound: (ctx) =>
			errors.errorResponse(404, 'Not Found', `No endpoint ${ctx.method} ${ctx.pathname}`),
	});
	state.origin = sandbox.origin;

	return {
		url: sandbox.url,
		origin: sandbox.origin,
		port: sandbox.port,
		apiSecret,
		credentials: { apiSecret },
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
		setSummaryAs: (shape) => applySettings(state, { summaryAs: shape }),
		addRegistrant: (sessionToken, spec) => helpers.addRegistrant(state, sessionToken, spec),
		markAttended: (sessionToken, who, times) =>
			helpers.markAttended(state, sessionToken, who, times),
		addEvent: (spec) => helpers.addEvent(state, spec),
		addChatMessage: (sessionToken, spec) => helpers.addChatMessage(state, sessionToken, spec),
		reset: (opts) => sandbox.reset(opts),
		info: () => sandbox.info(),
		close: () => sandbox.close(),
		sandbox,
	};
}

module.exports = { startFlowWebinarsSandbox, BASE_PATH };
