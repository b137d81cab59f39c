'use strict';
/** The queue-mode service check (e2e/lib/services.js) for unit tests: its message, or undefined. */
const services = require('../../e2e/lib/services');
const runtime = require('../../e2e/lib/runtime');

async function queueServicesProblem(env) {
	try {
		await services.assertServices(runtime.resolveRuntime(), services.serviceSettings(env));
		return undefined;
	} catch (error) {
		return error.message;
	}
}

module.exports = { queueServicesProblem };
