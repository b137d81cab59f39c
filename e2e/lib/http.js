'use strict';
/** Plain HTTP client used for everything the harness sends to n8n (REST, webhooks, readiness). */
const http = require('http');

/**
 * Minimal HTTP client (no fetch: keeps working inside Jest environments).
 * Objects are sent as JSON; the answer's body is parsed when its content-type says JSON.
 * Returns { status, headers, body, text, raw }.
 */
function httpRequest(url, { method = 'GET', headers = {}, body, timeoutMs = 30000 } = {}) {
	return new Promise((resolve, reject) => {
		const u = new URL(url);
		const { payload, headers: h } = encodeBody(body, headers);
		const req = http.request(
			{ hostname: u.hostname, port: u.port, path: u.pathname + u.search, method, headers: h },
			(res) => readResponse(res, resolve, reject),
		);
		req.setTimeout(timeoutMs, () =>
			req.destroy(new Error(`HTTP ${method} ${url} timed out after ${timeoutMs} ms`)),
		);
		req.on('error', reject);
		if (payload !== undefined) req.write(payload);
		req.end();
	});
}

/** Buffers and strings go as they are; anything else as JSON (unless a content-type is set). */
function encodeBody(body, headers) {
	let payload;
	const h = { ...headers };
	if (body !== undefined && body !== null) {
		if (Buffer.isBuffer(body) || typeof body === 'string') {
			payload = body;
		} else {
			payload = JSON.stringify(body);
			if (!Object.keys(h).some((k) => k.toLowerCase() === 'content-type'))
				h['content-type'] = 'application/json';
		}
		h['content-length'] = Buffer.byteLength(payload);
	}
	return { payload, headers: h };
}

function readResponse(res, resolve, reject) {
	const chunks = [];
	res.on('data', (c) => chunks.push(c));
	res.on('end', () => {
		const raw = Buffer.concat(chunks);
		const text = raw.toString('utf8');
		let parsed = text;
		if (/json/i.test(res.headers['content-type'] || '')) {
			try {
				parsed = JSON.parse(text);
			} catch {
				/* keep text */
			}
		}
		resolve({ status: res.statusCode, headers: res.headers, body: parsed, text, raw });
	});
	res.on('error', reject);
}

module.exports = { httpRequest };
