'use strict';

const { safeDecode } = require('./router');

function queryObject(searchParams) {
	const out = {};
	for (const [key, value] of searchParams) {
		if (key in out) out[key] = [].concat(out[key], value);
		else out[key] = value;
	}
	return out;
}

function parseCookies(header) {
	const out = {};
	if (!header) return out;
	for (const part of header.split(';')) {
		const eq = part.indexOf('=');
		if (eq < 0) continue;
		const name = part.slice(0, eq).trim();
		if (name) out[name] = safeDecode(part.slice(eq + 1).trim()) ?? part.slice(eq + 1).trim();
	}
	return out;
}

/**
 * JSON and form bodies are parsed; anything else is left as the raw string. A body that claims
 * to be JSON but does not parse is reported via `error` so the server can answer 400.
 */
function parseBody(rawBody, contentType = '') {
	if (rawBody === '') return { body: undefined };
	const type = contentType.split(';')[0].trim().toLowerCase();
	const looksJson = /^\s*[[{]/.test(rawBody);
	if (type === 'application/json' || type.endsWith('+json') || (!type && looksJson)) {
		try {
			return { body: JSON.parse(rawBody) };
		} catch (err) {
			return { body: rawBody, error: `Malformed JSON body: ${err.message}` };
		}
	}
	if (type === 'application/x-www-form-urlencoded') {
		return { body: queryObject(new URLSearchParams(rawBody)) };
	}
	return { body: rawBody };
}

function decodePathname(rawPathname) {
	return rawPathname
		.split('/')
		.map((segment) => safeDecode(segment) ?? segment)
		.join('/');
}

/** Bounded in-memory request log; `seq` keeps increasing across clear() so `since` filters stay valid. */
class RequestLog {
	constructor({ max = 10000 } = {}) {
		this.max = max;
		this.entries = [];
		this.seq = 0;
	}

	add(entry) {
		const record = { seq: ++this.seq, ...entry };
		this.entries.push(record);
		if (this.entries.length > this.max) this.entries.splice(0, this.entries.length - this.max);
		return record;
	}

	clear() {
		this.entries = [];
	}

	list({ since, method, path } = {}) {
		return this.entries.filter(
			(e) =>
				(since === undefined || e.seq > Number(since)) &&
				(!method || e.method === String(method).toUpperCase()) &&
				(!path || e.pathname.includes(path)),
		);
	}
}

module.exports = { RequestLog, parseBody, parseCookies, queryObject, decodePathname };
