'use strict';

const { createSandbox, json, ParamError } = require('../framework');
const { seedState } = require('./data');
const { invalidKey, badRequestResponse } = require('./errors');
const { sendWebhook, webhookControlRoutes, EVENT_NAMES } = require('./webhooks');

const ROUTE_MODULES = ['user', 'group', 'lesson', 'lesson-schedule', 'ilt-session', 'embed-player'];
const BASE_PATH = '/api/v2';

/**
 * Damstra Learning (Velpic) API sandbox on 127.0.0.1.
 * @returns {Promise<{url, origin, port, accessKey, requests, clearRequests, injectFault, clearFaults,
 *   state, sendWebhook, reset, close, info, sandbox}>}
 */
async function startDamstraLearningSandbox({
	port = 0,
	accessKey = 'sandbox-access-key',
	seed = 42,
	users = 60,
	groups = 8,
	lessons = 12,
} = {}) {
	let sizes = { seed, users, groups, lessons };
	const state = seedState({}, sizes);
	const routes = ROUTE_MODULES.flatMap((name) => require(`./routes/${name}`)(state));

	const sandbox = await createSandbox({
		name: 'damstra-learning',
		basePath: BASE_PATH,
		port,
		routes,
		// Raw key, no "Bearer"; Node lower-cases header names, which gives the documented case-insensitivity.
		authenticate: (ctx) => (ctx.headers.accesskey === accessKey ? null : invalidKey()),
		describe: () => ({
			vendor: 'Damstra Learning (formerly Velpic)',
			credentials: { accessKey, header: 'AccessKey' },
			seed: sizes.seed,
			sizes: { users: sizes.users, groups: sizes.groups, lessons: sizes.lessons },
			webhookEvents: EVENT_NAMES,
		}),
		onReset: (opts = {}) => {
			sizes = { ...sizes, ...pick(opts, ['seed', 'users', 'groups', 'lessons']) };
			seedState(state, sizes);
			state.origin = sandbox.origin;
		},
		controlRoutes: webhookControlRoutes(state),
		faultBody: (status) =>
			status >= 500
				? { internalCode: 500, error: 'Internal Server Error' }
				: { error: status === 429 ? 'Too Many Requests' : `HTTP ${status}` },
		onError: (err) =>
			err instanceof ParamError ? badRequestResponse(err.param, err.message) : undefined,
		invalidBody: (ctx, message) => badRequestResponse(null, message),
		notFound: (ctx) =>
			json(404, {
				message: `No resource for ${ctx.method} ${ctx.pathname}`,
				reason: 'Not found',
				statusCode: 404,
			}),
	});
	state.origin = sandbox.origin;

	return {
		url: sandbox.url,
		origin: sandbox.origin,
		port: sandbox.port,
		accessKey,
		credentials: { accessKey },
		get requests() {
			return sandbox.requests;
		},
		clearRequests: () => sandbox.clearRequests(),
		injectFault: (fault) => sandbox.injectFault(fault),
		clearFaults: () => sandbox.clearFaults(),
		state,
		sendWebhook: (targetUrl, eventName, overrides = {}) =>
			sendWebhook(state, targetUrl, eventName, overrides),
		reset: (opts) => sandbox.reset(opts),
		info: () => sandbox.info(),
		close: () => sandbox.close(),
		sandbox,
	};
}

function pick(source, keys) {
	const out = {};
	for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
	return out;
}

module.exports = { startDamstraLearningSandbox };
