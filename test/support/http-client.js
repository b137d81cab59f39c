'use strict';
/**
 * The HTTP half of n8n's `helpers.httpRequest`, for tests that run node code outside n8n: real sockets,
 * the same option names and the same result shapes (`returnFullResponse` → {body, headers, statusCode,
 * statusMessage}; `encoding: 'arraybuffer'` → Buffer body; network failures throw; HTTP errors throw unless
 * `ignoreHttpStatusErrors`). The real-n8n e2e suite checks the nodes against n8n's own implementation.
 */
const http = require('node:http');
const https = require('node:https');

function buildUrl(options) {
	const base = options.baseURL ? options.baseURL.replace(/\/+$/, '') + '/' + options.url.replace(/^\/+/, '') : options.url;
	const url = new URL(base);
	for (const [key, value] of Object.entries(options.qs || {})) {
		if (value === undefined || value === null) continue;
		if (Array.isArray(value)) for (const entry of value) url.searchParams.append(key, String(entry));
		else url.searchParams.append(key, String(value));
	}
	return url;
}

function encodeBody(options, headers) {
	const body = options.body;
	if (body === undefined || body === null || (options.method || 'GET').toUpperCase() === 'GET') return undefined;
	if (Buffer.isBuffer(body) || typeof body === 'string') return body;
	if (body instanceof URLSearchParams) {
		if (!hasHeader(headers, 'content-type')) headers['Content-Type'] = 'application/x-www-form-urlencoded';
		return body.toString();
	}
	if (!hasHeader(headers, 'content-type')) headers['Content-Type'] = 'application/json';
	return JSON.stringify(body);
}

function hasHeader(headers, name) {
	return Object.keys(headers).some((key) => key.toLowerCase() === name);
}

function decode(buffer, options, contentType) {
	if (options.encoding === 'arraybuffer') return buffer;
	const text = buffer.toString('utf8');
	if (options.json || /json/.test(contentType || '')) {
		try {
			return text === '' ? '' : JSON.parse(text);
		} catch {
			return text;
		}
	}
	return text;
}

function httpRequest(options) {
	return new Promise((resolve, reject) => {
		const headers = { ...(options.headers || {}) };
		const url = buildUrl(options);
		const payload = encodeBody(options, headers);
		if (payload !== undefined) headers['Content-Length'] = Buffer.byteLength(payload);
		const transport = url.protocol === 'https:' ? https : http;
		const req = transport.request(url, { method: (options.method || 'GET').toUpperCase(), headers }, (res) => {
			if (options.encoding === 'stream') {
				return finish(res, res);
			}
			const chunks = [];
			res.on('data', (chunk) => chunks.push(chunk));
			res.on('aborted', () => reject(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })));
			res.on('error', reject);
			res.on('end', () => {
				if (!res.complete) return reject(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
				finish(res, decode(Buffer.concat(chunks), options, res.headers['content-type']));
			});
		});
		function finish(res, body) {
			const status = res.statusCode;
			const ignore = options.ignoreHttpStatusErrors;
			const ignored = ignore === true || (ignore && ignore.ignore === true && !(ignore.except || []).includes(status));
			if (!ignored && (status < 200 || status >= 300)) {
				const error = new Error(`Request failed with status code ${status}`);
				error.response = { status, headers: res.headers, data: body };
				error.httpCode = String(status);
				return reject(error);
			}
			resolve(options.returnFullResponse ? { body, headers: res.headers, statusCode: status, statusMessage: res.statusMessage } : body);
		}
		if (options.timeout) {
			req.setTimeout(options.timeout, () => req.destroy(Object.assign(new Error(`timeout of ${options.timeout}ms exceeded`), { code: 'ECONNABORTED' })));
		}
		req.on('error', reject);
		if (payload !== undefined) req.write(payload);
		req.end();
	});
}

module.exports = { httpRequest };
