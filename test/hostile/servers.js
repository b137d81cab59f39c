'use strict';
/**
 * Servers that misbehave, for the hostile-server proofs (test/proof/hostile.test.ts). All listen on
 * 127.0.0.1 only and every loop they run is bounded by the test that started them (`close()` ends it).
 *
 * - `startProxy(target)`: forwards to a vendor sandbox, so logins, tokens and data stay real, unless the
 *   test's `intercept` answers a request itself (a redirect, an HTML page, a trickle, a rewritten page).
 * - `startBait()`: another origin that records whatever reaches it; a redirect points here.
 */
const http = require('node:http');

function listen(server) {
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => resolve(server.address().port)),
	);
}

function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

/** Closes a server and every socket still open on it (trickling answers included). */
function closer(server, sockets) {
	return () =>
		new Promise((resolve) => {
			for (const socket of sockets) socket.destroy();
			server.close(() => resolve());
		});
}

function track(server) {
	const sockets = new Set();
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	return sockets;
}

/** Forwards one request to `origin` and resolves with the whole answer. */
function forwardTo(origin, request) {
	return new Promise((resolve, reject) => {
		const url = new URL(request.path, origin);
		const headers = { ...request.headers, host: url.host };
		delete headers['content-length'];
		if (request.body.length) headers['content-length'] = String(request.body.length);
		const out = http.request(url, { method: request.method, headers }, (res) => {
			const chunks = [];
			res.on('data', (chunk) => chunks.push(chunk));
			res.on('end', () =>
				resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
			);
			res.on('error', reject);
		});
		out.on('error', reject);
		out.end(request.body);
	});
}

function send(res, answer) {
	const headers = { ...answer.headers };
	delete headers['transfer-encoding'];
	headers['content-length'] = String(answer.body.length);
	res.writeHead(answer.status, headers);
	res.end(answer.body);
}

/**
 * A proxy in front of `targetOrigin`. `proxy.intercept = async (request, res, forward) => handled` lets a
 * test answer a request itself: return true when it did, false to forward it unchanged.
 * `forward(request)` sends a (possibly rewritten) request on and returns the sandbox's answer.
 */
async function startProxy(targetOrigin) {
	const requests = [];
	const proxy = { intercept: undefined, requests, url: '', origin: '', close: undefined };
	const server = http.createServer(async (req, res) => {
		try {
			const request = {
				method: req.method,
				path: req.url,
				headers: { ...req.headers },
				body: await readBody(req),
			};
			requests.push(request);
			const forward = (changed = request) => forwardTo(targetOrigin, changed);
			if (proxy.intercept && (await proxy.intercept(request, res, forward))) return;
			send(res, await forward(request));
		} catch (error) {
			if (!res.headersSent) res.writeHead(599);
			res.end(String(error));
		}
	});
	const sockets = track(server);
	const port = await listen(server);
	proxy.origin = `http://127.0.0.1:${port}`;
	proxy.url = proxy.origin;
	proxy.close = closer(server, sockets);
	return proxy;
}

/** Another origin: it answers 200 with a JSON list and records every request, credential included. */
async function startBait() {
	const requests = [];
	const server = http.createServer(async (req, res) => {
		requests.push({
			method: req.method,
			path: req.url,
			headers: { ...req.headers },
			body: (await readBody(req)).toString('utf8'),
		});
		res.writeHead(200, { 'content-type': 'application/json' });
		res.end(
			JSON.stringify({
				results: [{ id: 1, stolen: true }],
				Items: [{ Id: 'G_1' }],
				logins: [{ session_id: 'bait' }],
				access_token: 'bait',
			}),
		);
	});
	const sockets = track(server);
	const port = await listen(server);
	return { origin: `http://127.0.0.1:${port}`, requests, close: closer(server, sockets) };
}

/** Writes `text` one character every `everyMs` until the socket (or response) closes: a server that never finishes. */
function trickle(socket, text, everyMs) {
	let at = 0;
	const step = () => {
		if (socket.destroyed || socket.writableEnded) return;
		socket.write(text[at % text.length]);
		at++;
		setTimeout(step, everyMs).unref();
	};
	step();
}

/** Keeps writing `chunk()` while the client reads, without ever ending; stops when the socket closes. */
function endless(res, chunk) {
	const pump = () => {
		while (!res.destroyed) {
			if (!res.write(chunk())) return res.once('drain', pump);
		}
	};
	res.on('close', () => res.removeAllListeners('drain'));
	pump();
}

module.exports = { startProxy, startBait, trickle, endless, forwardTo };
