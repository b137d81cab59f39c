'use strict';

const http = require('node:http');
const { Router } = require('./router');
const { FaultQueue, describeFault } = require('./faults');
const {
	RequestLog,
	parseBody,
	parseCookies,
	queryObject,
	decodePathname,
} = require('./request-log');
const { buildControlRouter, CONTROL_PREFIX } = require('./control');
const { json, text, empty, bodyBuffer, isDescriptor } = require('./respond');
const { HttpError, ParamError } = require('./errors');

const DEFAULT_BODY_LIMIT = 64 * 1024 * 1024;

function normalizeBasePath(basePath = '') {
	const trimmed = String(basePath).replace(/\/+$/, '');
	if (!trimmed) return '';
	return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function readBody(req, limit) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		let size = 0;
		req.on('data', (chunk) => {
			size += chunk.length;
			if (size > limit) {
				reject(Object.assign(new Error('Request body too large'), { code: 'BODY_LIMIT' }));
				req.destroy();
				return;
			}
			chunks.push(chunk);
		});
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}

function defaultFaultBody(status) {
	return { error: http.STATUS_CODES[status] || 'Injected fault', status };
}

/**
 * Starts a vendor sandbox on `host:port` (port 0 = ephemeral).
 *
 * @param {object} o
 * @param {string} o.name                 vendor name shown in /__sandbox/info
 * @param {string} [o.basePath]           e.g. '/api/v2'; vendor routes are relative to it
 * @param {Array<{method, path, handler, auth?: false}>} o.routes  handler(ctx) → descriptor | data | undefined
 * @param {(ctx) => descriptor|null|Promise} [o.authenticate]  return a descriptor to deny, null to allow
 * @param {() => object} [o.describe]     extra fields for /__sandbox/info (credentials, seed, …)
 * @param {(opts) => void|Promise} [o.onReset]  re-seed; receives the POST /__sandbox/reset body
 * @param {Array} [o.controlRoutes]       vendor control routes, paths relative to /__sandbox
 * @param {(status, fault) => any} [o.faultBody]  vendor-shaped body for injected status faults
 * @param {(err, ctx) => descriptor|undefined} [o.onError]  map thrown errors to vendor error bodies
 * @param {(ctx) => descriptor} [o.notFound]
 * @param {(ctx, message) => descriptor} [o.invalidBody]  malformed JSON request body
 * @param {() => number} [o.clock]       the vendor's time (ms): answers carry it as their Date header
 */
async function createSandbox(o) {
	const basePath = normalizeBasePath(o.basePath);
	const host = o.host || '127.0.0.1';
	const bodyLimit = o.bodyLimitBytes || DEFAULT_BODY_LIMIT;
	const router = new Router();
	for (const route of o.routes || [])
		router.add(route.method, basePath + route.path, route.handler, route);

	const log = new RequestLog({ max: o.maxLogEntries || 20000 });
	const faults = new FaultQueue({ basePath });
	const sockets = new Set();
	const pendingDelays = new Set();
	let closed = false;

	const sandbox = {
		name: o.name,
		basePath,
		host,
		router,
		log,
		faults,
		server: null,
		port: null,
		origin: null,
		url: null,
		get requests() {
			return log.entries.slice();
		},
		clearRequests() {
			log.clear();
		},
		injectFault(spec) {
			return describeFault(faults.add(spec));
		},
		clearFaults() {
			faults.clear();
		},
		async reset(opts = {}) {
			if (o.onReset) await o.onReset(opts);
		},
		info() {
			return {
				name: o.name,
				url: sandbox.url,
				origin: sandbox.origin,
				basePath,
				...(o.describe ? o.describe() : {}),
				routes: router.list(),
				controlApi: controlRouter.list(),
			};
		},
		close,
	};
	const controlRouter = buildControlRouter(sandbox, o.controlRoutes || []);

	function routeLabel(method, rawPath) {
		try {
			const match = router.match(method, rawPath);
			return match && match.route ? `${match.route.method} ${match.route.pattern}` : null;
		} catch {
			return null;
		}
	}

	function delay(ms) {
		return new Promise((resolve) => {
			const entry = { resolve };
			entry.timer = setTimeout(() => {
				pendingDelays.delete(entry);
				resolve();
			}, ms);
			pendingDelays.add(entry);
		});
	}

	// `echo`: the answer also carries what the request sent, as a careless server's error page might.
	function echoed(body, ctx) {
		const request = {
			headers: { ...ctx.headers },
			query: ctx.url.includes('?') ? ctx.url.slice(ctx.url.indexOf('?') + 1) : '',
			body: ctx.rawBody,
		};
		if (body && typeof body === 'object' && !Array.isArray(body)) return { ...body, request };
		return { error: typeof body === 'string' ? body : 'Injected fault', request };
	}

	function faultResponse(fault, ctx) {
		const headers = { ...fault.headers };
		if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
		let body =
			fault.body !== undefined
				? fault.body
				: (o.faultBody || defaultFaultBody)(fault.status, fault);
		if (fault.echo) body = echoed(body, ctx);
		if (body === null) return empty(fault.status, headers);
		if (typeof body === 'string')
			return text(fault.status, body, 'text/plain; charset=utf-8', headers);
		return json(fault.status, body, headers);
	}

	function handleError(err, ctx) {
		if (err instanceof HttpError) return err.response;
		const mapped = o.onError ? o.onError(err, ctx) : undefined;
		if (mapped) return mapped;
		if (err instanceof ParamError) return json(400, { error: err.message, param: err.param });
		process.stderr.write(`[sandbox:${o.name}] ${ctx.method} ${ctx.path}: ${err.stack || err}\n`);
		return json(500, { error: 'Sandbox handler error', message: String(err.message || err) });
	}

	async function dispatchVendor(ctx, parsed) {
		try {
			const match = router.match(ctx.method, ctx.path);
			const underBase =
				!basePath || ctx.pathname === basePath || ctx.pathname.startsWith(`${basePath}/`);
			const authRequired =
				o.authenticate &&
				underBase &&
				!(match && match.route && match.route.options.auth === false);
			if (authRequired) {
				const denied = await o.authenticate(ctx);
				if (denied) return denied;
			}
			if (parsed.error) {
				return o.invalidBody
					? o.invalidBody(ctx, parsed.error)
					: json(400, { error: parsed.error });
			}
			if (!match) {
				return o.notFound
					? o.notFound(ctx)
					: json(404, {
							error: 'Not Found',
							message: `No route for ${ctx.method} ${ctx.pathname}`,
						});
			}
			if (match.allowed) {
				return json(
					405,
					{ error: 'Method Not Allowed', allowed: match.allowed },
					{ allow: match.allowed.join(', ') },
				);
			}
			ctx.params = match.params;
			const out = await match.route.handler(ctx);
			if (out === undefined) return empty(200);
			return isDescriptor(out) ? out : json(200, out);
		} catch (err) {
			return handleError(err, ctx);
		}
	}

	async function send(res, descriptor, entry) {
		if (entry) entry.status = descriptor.status;
		if (res.destroyed) return;
		const headers = { ...descriptor.headers };
		if (descriptor.stream) {
			res.writeHead(descriptor.status, headers);
			await descriptor.stream(res);
			if (!res.writableEnded && !res.destroyed) res.end();
			return;
		}
		const body = bodyBuffer(descriptor);
		headers['content-length'] = body.length;
		res.writeHead(descriptor.status, headers);
		res.end(body);
	}

	// Declares the full length, writes half of it, then kills the socket: the client sees a
	// premature close mid-body, the way a dropped connection looks in production.
	function sendTruncated(res, descriptor, entry) {
		entry.status = descriptor.status;
		entry.truncated = true;
		const full = descriptor.stream ? Buffer.alloc(0) : bodyBuffer(descriptor);
		const part = full.subarray(0, Math.floor(full.length / 2));
		const declared = Math.max(full.length, part.length + 64);
		const headers = { ...descriptor.headers, 'content-length': declared };
		const kill = () => setImmediate(() => res.socket && res.socket.destroy());
		res.writeHead(descriptor.status, headers);
		if (part.length) res.write(part, kill);
		else {
			res.flushHeaders();
			setTimeout(() => res.socket && res.socket.destroy(), 10).unref();
		}
	}

	async function handle(req, res) {
		// A vendor whose clock is off says so in its Date header, as a real server would.
		if (o.clock) {
			res.sendDate = false;
			res.setHeader('Date', new Date(o.clock()).toUTCString());
		}
		const startedAt = new Date().toISOString();
		const rawUrl = req.url || '/';
		const qIndex = rawUrl.indexOf('?');
		const rawPath = qIndex < 0 ? rawUrl : rawUrl.slice(0, qIndex);
		const method = (req.method || 'GET').toUpperCase();
		let rawBody;
		try {
			rawBody = await readBody(req, bodyLimit);
		} catch (err) {
			if (!res.destroyed) await send(res, json(413, { error: err.message }));
			return;
		}
		const parsed = parseBody(rawBody, req.headers['content-type']);
		const ctx = {
			sandbox,
			req,
			res,
			method,
			url: rawUrl,
			path: rawPath,
			pathname: decodePathname(rawPath),
			query: queryObject(new URLSearchParams(qIndex < 0 ? '' : rawUrl.slice(qIndex + 1))),
			headers: req.headers,
			cookies: parseCookies(req.headers.cookie),
			body: parsed.body,
			rawBody,
			params: {},
			origin: sandbox.origin,
			baseUrl: sandbox.url,
		};

		if (ctx.pathname === CONTROL_PREFIX || ctx.pathname.startsWith(`${CONTROL_PREFIX}/`)) {
			let descriptor;
			try {
				const match = controlRouter.match(method, rawPath);
				if (!match) descriptor = json(404, { error: `No control route ${method} ${ctx.pathname}` });
				else if (match.allowed)
					descriptor = json(405, { error: 'Method Not Allowed', allowed: match.allowed });
				else {
					ctx.params = match.params;
					const out = await match.route.handler(ctx);
					descriptor = out === undefined ? empty(200) : isDescriptor(out) ? out : json(200, out);
				}
			} catch (err) {
				descriptor =
					err instanceof HttpError
						? err.response
						: json(500, { error: String(err.message || err) });
			}
			await send(res, descriptor);
			return;
		}

		const entry = log.add({
			method,
			path: rawPath,
			url: rawUrl,
			pathname: ctx.pathname,
			query: ctx.query,
			headers: { ...req.headers },
			body: parsed.body,
			rawBody,
			status: null,
			route: null,
			startedAt,
		});
		ctx.logEntry = entry;
		entry.route = routeLabel(method, rawPath);

		const fault = faults.take(method, ctx.pathname);
		if (fault) entry.fault = describeFault(fault);
		if (fault && fault.delayMs) await delay(fault.delayMs);
		if (closed || res.destroyed) return;
		if (fault && fault.reset) {
			entry.status = null;
			if (typeof req.socket.resetAndDestroy === 'function') req.socket.resetAndDestroy();
			else req.socket.destroy();
			return;
		}
		let descriptor =
			fault && fault.status !== undefined
				? faultResponse(fault, ctx)
				: await dispatchVendor(ctx, parsed);
		if (fault && fault.answer) descriptor = fault.answer(descriptor);
		if (fault && fault.truncate) sendTruncated(res, descriptor, entry);
		else await send(res, descriptor, entry);
	}

	const server = http.createServer((req, res) => {
		handle(req, res).catch((err) => {
			process.stderr.write(`[sandbox:${o.name}] ${err.stack || err}\n`);
			if (!res.headersSent && !res.destroyed)
				res.writeHead(500, { 'content-type': 'application/json' });
			if (!res.writableEnded && !res.destroyed)
				res.end(JSON.stringify({ error: 'Sandbox internal error' }));
		});
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});

	async function close() {
		if (closed) return;
		closed = true;
		for (const pending of pendingDelays) {
			clearTimeout(pending.timer);
			pending.resolve();
		}
		pendingDelays.clear();
		const done = new Promise((resolve) => server.close(() => resolve()));
		for (const socket of sockets) socket.destroy();
		if (typeof server.closeAllConnections === 'function') server.closeAllConnections();
		await done;
	}

	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(o.port || 0, host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	sandbox.server = server;
	sandbox.port = server.address().port;
	sandbox.origin = `http://${host}:${sandbox.port}`;
	sandbox.url = sandbox.origin + basePath;
	return sandbox;
}

module.exports = { createSandbox, normalizeBasePath };
