'use strict';

const { Router } = require('./router');
const { json, empty } = require('./respond');

const CONTROL_PREFIX = '/__sandbox';

/**
 * The control API lives outside the vendor basePath and is never behind vendor auth or faults,
 * and its calls are not written to the request log (tests count vendor calls only).
 */
function buildControlRouter(sandbox, extraRoutes = []) {
	const router = new Router();
	const add = (method, path, handler) => router.add(method, CONTROL_PREFIX + path, handler);

	add('GET', '/info', () => json(200, sandbox.info()));
	add('GET', '/requests', (ctx) => {
		const requests = sandbox.log.list(ctx.query);
		return json(200, { count: requests.length, requests });
	});
	add('DELETE', '/requests', () => {
		sandbox.clearRequests();
		return empty(204);
	});
	add('GET', '/faults', () => json(200, { faults: sandbox.faults.list() }));
	add('POST', '/faults', (ctx) => {
		const specs = Array.isArray(ctx.body) ? ctx.body : [ctx.body];
		try {
			const added = specs.map((spec) => sandbox.injectFault(spec));
			return json(201, { faults: added });
		} catch (err) {
			return json(400, { error: err.message });
		}
	});
	add('DELETE', '/faults', () => {
		sandbox.clearFaults();
		return empty(204);
	});
	add('POST', '/reset', async (ctx) => {
		const body = ctx.body && typeof ctx.body === 'object' ? ctx.body : {};
		await sandbox.reset(body);
		return json(200, { ok: true, info: sandbox.info() });
	});
	for (const route of extraRoutes) add(route.method, route.path, route.handler);
	return router;
}

module.exports = { buildControlRouter, CONTROL_PREFIX };
