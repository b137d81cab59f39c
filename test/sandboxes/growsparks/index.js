'use strict';

const { createSandbox } = require('../framework');
const { seedState } = require('./data');
const { createClock } = require('./dates');
const { controlRoutes, resultJson } = require('./control');
const { addResult, updateResult } = require('./results');
const { StreamFaultQueue, isStreamFault, describeStreamFault } = require('./stream-faults');
const errors = require('./errors');

const ROUTE_MODULES = [
	'crud',
	'enumerations',
	'persons',
	'external-groups',
	'certificates',
	'classroom',
];
const BASE_PATH = '/rest/genapiv1/v1';

/**
 * Growsparks (Flowsparks) genapiv1 sandbox on 127.0.0.1.
 * @returns {Promise<{url, origin, port, apiKey, credentials, requests, clearRequests, injectFault,
 *   clearFaults, state, reset, clock, addResult, updateResult, settings, info, close, sandbox}>}
 */
async function startGrowsparksSandbox({
	port = 0,
	apiKey = 'sandbox-api-key',
	seed = 42,
	persons = 50,
	now,
	frozen = false,
	reportFinished = 'last',
} = {}) {
	let sizes = { seed, persons };
	const state = { clock: createClock({ now, frozen }), settings: { reportFinished } };
	seedState(state, sizes);
	const routes = ROUTE_MODULES.flatMap((name) => require(`./routes/${name}`)(state));

	const sandbox = await createSandbox({
		name: 'growsparks',
		basePath: BASE_PATH,
		port,
		routes,
		authenticate: (ctx) => {
			const m = /^Bearer\s+(.+)$/i.exec(ctx.headers.authorization || '');
			return m && m[1].trim() === apiKey ? null : errors.unauthorized();
		},
		describe: () => ({
			vendor: 'Growsparks / Flowsparks genapiv1',
			credentials: { apiKey, header: 'Authorization: Bearer <apiKey>' },
			seed: sizes.seed,
			sizes: { persons: sizes.persons },
			clock: state.clock.describe(),
			settings: state.settings,
			fixtures: state.fixtures,
		}),
		onReset: (opts = {}) => {
			sizes = { ...sizes, ...pick(opts, ['seed', 'persons']) };
			seedState(state, sizes);
			if (opts.now !== undefined) state.clock.set(opts.now);
		},
		controlRoutes: controlRoutes(state),
		faultBody: errors.faultBody,
		onError: errors.onError,
		invalidBody: (ctx, message) => errors.errorResponse(400, 'BadRequest', message),
		notFound: (ctx) =>
			errors.errorResponse(404, 'NotFound', `No endpoint ${ctx.method} ${ctx.pathname}`),
	});
	state.origin = sandbox.origin;

	// Stream faults (reportFinished, cutAfter) share injectFault / the control API with the framework's.
	const streamFaults = new StreamFaultQueue({ basePath: BASE_PATH });
	sandbox.streamFaults = streamFaults;
	const frameworkInject = sandbox.injectFault.bind(sandbox);
	const frameworkClear = sandbox.clearFaults.bind(sandbox);
	const frameworkList = sandbox.faults.list.bind(sandbox.faults);
	sandbox.injectFault = (spec) =>
		isStreamFault(spec) ? describeStreamFault(streamFaults.add(spec)) : frameworkInject(spec);
	sandbox.clearFaults = () => {
		frameworkClear();
		streamFaults.clear();
	};
	sandbox.faults.list = () => [...frameworkList(), ...streamFaults.list()];

	return {
		url: sandbox.url,
		origin: sandbox.origin,
		port: sandbox.port,
		apiKey,
		credentials: { apiKey },
		get requests() {
			return sandbox.requests;
		},
		clearRequests: () => sandbox.clearRequests(),
		injectFault: (fault) => sandbox.injectFault(fault),
		clearFaults: () => sandbox.clearFaults(),
		state,
		clock: state.clock,
		settings: state.settings,
		get fixtures() {
			return state.fixtures;
		},
		addResult: (spec) => resultJson(state, addResult(state, spec)),
		updateResult: (id, spec) => resultJson(state, updateResult(state, id, spec)),
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

module.exports = { startGrowsparksSandbox, BASE_PATH };
