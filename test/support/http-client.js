'use strict';
/**
 * The HTTP half of n8n's `helpers.httpRequest`, for tests that run node code outside n8n: real sockets,
 * the same option names and the same result shapes (`returnFullResponse` → {body, headers, statusCode,
 * statusMessage}; `encoding: 'arraybuffer'` → Buffer body; network failures throw; HTTP errors throw unless
 * `ignoreHttpStatusErrors`). Like n8n 2.41 (@n8n/backend-network), it follows redirects (up to 21) unless
 * `disableFollowRedirect`, keeps every header on a cross-origin hop unless
 * `sendCredentialsOnCrossOriginRedirect` is false (then only Authorization, Proxy-Authorization and
 * Cookie are dropped), turns 303 and POST-after-301/302 into a body-less GET, and aborts on `abortSignal`;
 * `timeout` is an idle timeout, as axios's is. The real-n8n e2e suite checks the nodes against n8n itself.
 */
const http = require('node:http');
const https = require('node:https');

function buildUrl(options) {
	const base = options.baseURL
		? options.baseURL.replace(/\/+$/, '') + '/' + options.url.replace(/^\/+/, '')
		: options.url;
	const url = new URL(base);
	if (!options.qs) return url;
	// Appended to the address's own query, which is serialised once (each append would re-serialise).
	const query = new URLSearchParams(url.search);
	let added = 0;
	for (const key in options.qs) {
		const value = options.qs[key];
		if (value === undefined || value === null) continue;
		for (const entry of Array.isArray(value) ? value : [value]) {
			query.append(key, String(entry));
			added++;
		}
	}
	if (added > 0) url.search = query.toString();
	return url;
}

function encodeBody(options, headers) {
	const body = options.body;
	if (body === undefined || body === null || (options.method || 'GET').toUpperCase() === 'GET')
		return undefined;
	if (Buffer.isBuffer(body) || typeof body === 'string') return body;
	if (body instanceof URLSearchParams) {
		if (!hasHeader(headers, 'content-type'))
			headers['Content-Type'] = 'application/x-www-form-urlencoded';
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

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function downgradesToGet(method, status) {
	const upper = (method || 'GET').toUpperCase();
	return (
		(status === 303 && upper !== 'GET' && upper !== 'HEAD') ||
		((status === 301 || status === 302) && upper === 'POST')
	);
}

/** One request, following redirects the way n8n does. */
async function httpRequest(options) {
	const maxRedirects = options.disableFollowRedirect ? 0 : (options.maxRedirects ?? 21);
	let current = options;
	for (let hop = 0; ; hop++) {
		// Below the redirect limit a redirect answer comes back marked REDIRECT; anything else is settled.
		const answer = await requestOnce(current, hop < maxRedirects);
		const redirect = answer?.[REDIRECT];
		if (!redirect) return answer;
		const from = buildUrl(current);
		const to = new URL(redirect.location, from);
		const crossOrigin = to.origin !== from.origin;
		const toGet = downgradesToGet(current.method, redirect.status);
		const drop = [
			/^host$/i,
			...(toGet ? [/^content-/i] : []),
			...(crossOrigin && current.sendCredentialsOnCrossOriginRedirect === false
				? [/^authorization$/i, /^proxy-authorization$/i, /^cookie$/i]
				: []),
		];
		const headers = Object.fromEntries(
			Object.entries(current.headers || {}).filter(
				([name]) => !drop.some((pattern) => pattern.test(name)),
			),
		);
		current = {
			...current,
			url: to.toString(),
			baseURL: undefined,
			qs: undefined,
			headers,
			...(toGet ? { method: 'GET', body: undefined } : {}),
		};
	}
}

function settle(answer, options) {
	const status = answer.statusCode;
	const ignore = options.ignoreHttpStatusErrors;
	const ignored =
		ignore === true ||
		(ignore && ignore.ignore === true && !(ignore.except || []).includes(status));
	if (!ignored && (status < 200 || status >= 300)) {
		const error = new Error(`Request failed with status code ${status}`);
		error.response = { status, headers: answer.headers, data: answer.body };
		error.httpCode = String(status);
		throw error;
	}
	return options.returnFullResponse ? answer : answer.body;
}

/**
 * What to do per abort signal when it fires, behind one listener per signal: Return All shares one
 * deadline signal between the requests of its pages, and adding and removing a listener per request
 * was a measurable part of what the benchmark counted per page. Returns the function that forgets
 * `abort`.
 */
const abortsBySignal = new WeakMap();
function whenAborted(signal, abort) {
	let aborts = abortsBySignal.get(signal);
	if (!aborts) {
		const open = new Set();
		aborts = open;
		abortsBySignal.set(signal, open);
		signal.addEventListener(
			'abort',
			() => {
				for (const each of [...open]) each();
				open.clear();
			},
			{ once: true },
		);
	}
	aborts.add(abort);
	return () => aborts.delete(abort);
}

/**
 * Marks a redirect answer that is to be followed: a symbol, which no parsed body can hold (a JSON
 * answer may well have a `redirect` field).
 */
const REDIRECT = Symbol('redirect');

/**
 * One request and its answer. With `follow`, a redirect answer is not read: it resolves to
 * {[REDIRECT]: {status, location}} and its socket is let go.
 */
function requestOnce(options, follow) {
	return new Promise((resolve, reject) => {
		const headers = { ...(options.headers || {}) };
		const url = buildUrl(options);
		const payload = encodeBody(options, headers);
		if (payload !== undefined) headers['Content-Length'] = Buffer.byteLength(payload);
		const transport = url.protocol === 'https:' ? https : http;
		const req = transport.request(
			url,
			// Node's own idle timeout of the socket, as req.setTimeout sets, with a listener less.
			{
				method: (options.method || 'GET').toUpperCase(),
				headers,
				timeout: options.timeout || undefined,
			},
			(res) => {
				const location = res.headers.location;
				if (follow && location && REDIRECTS.has(res.statusCode)) {
					res.destroy();
					return resolve({ [REDIRECT]: { status: res.statusCode, location } });
				}
				if (options.encoding === 'stream') {
					return finish(res, res);
				}
				const chunks = [];
				res.on('data', (chunk) => chunks.push(chunk));
				res.on('aborted', () =>
					reject(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })),
				);
				res.on('error', (error) =>
					reject(Object.assign(error, { code: error.code || 'ECONNRESET' })),
				);
				res.on('end', () => {
					if (!res.complete)
						return reject(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
					finish(res, decode(Buffer.concat(chunks), options, res.headers['content-type']));
				});
			},
		);
		function finish(res, body) {
			try {
				resolve(
					settle(
						{
							body,
							headers: res.headers,
							statusCode: res.statusCode,
							statusMessage: res.statusMessage,
						},
						options,
					),
				);
			} catch (error) {
				reject(error);
			}
		}
		if (options.timeout) {
			req.on('timeout', () =>
				req.destroy(
					Object.assign(new Error(`timeout of ${options.timeout}ms exceeded`), {
						code: 'ECONNABORTED',
					}),
				),
			);
		}
		// As axios: an abort destroys the request and, once answered, the response stream.
		const signal = options.abortSignal;
		if (signal) {
			const abort = () => {
				const error = Object.assign(new Error('canceled'), {
					code: 'ERR_CANCELED',
					name: 'CanceledError',
				});
				req.destroy(error);
				reject(error);
			};
			if (signal.aborted) abort();
			else req.on('close', whenAborted(signal, abort));
		}
		req.on('error', reject);
		if (payload !== undefined) req.write(payload);
		req.end();
	});
}

module.exports = { httpRequest };
