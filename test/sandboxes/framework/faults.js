'use strict';

const KNOWN_KEYS = new Set([
	'method',
	'path',
	'pathRegex',
	'flags',
	'times',
	'status',
	'retryAfter',
	'delayMs',
	'truncate',
	'reset',
	'body',
	'headers',
	'echo',
	'answer',
]);

/**
 * Normalises a fault spec from JS (`path` may be a RegExp) or from JSON (`pathRegex` string).
 * `times: -1` keeps the fault until cleared. A retryAfter without a status implies 429.
 */
function normalizeFault(spec, id) {
	if (!spec || typeof spec !== 'object') throw new Error('fault must be an object');
	for (const key of Object.keys(spec)) {
		if (!KNOWN_KEYS.has(key)) throw new Error(`unknown fault field "${key}"`);
	}
	const times = spec.times === undefined ? 1 : Number(spec.times);
	if (!Number.isInteger(times) || (times < 1 && times !== -1))
		throw new Error('times must be a positive integer or -1');
	let path = spec.path;
	if (spec.pathRegex !== undefined) path = new RegExp(spec.pathRegex, spec.flags || '');
	if (path !== undefined && typeof path !== 'string' && !(path instanceof RegExp)) {
		throw new Error('path must be a string or RegExp');
	}
	let status = spec.status === undefined ? undefined : Number(spec.status);
	if (status === undefined && spec.retryAfter !== undefined) status = 429;
	if (status === undefined && spec.body !== undefined) status = 500;
	if (status !== undefined && !(Number.isInteger(status) && status >= 100 && status <= 599)) {
		throw new Error('status must be an HTTP status code');
	}
	if (spec.answer !== undefined && typeof spec.answer !== 'function')
		throw new Error('answer must be a function (in-process only)');
	if (spec.delayMs !== undefined && !(Number(spec.delayMs) >= 0))
		throw new Error('delayMs must be >= 0');
	if (spec.retryAfter !== undefined && !(Number(spec.retryAfter) >= 0))
		throw new Error('retryAfter must be >= 0 seconds');
	return {
		id,
		method: spec.method ? String(spec.method).toUpperCase() : undefined,
		path,
		remaining: times,
		status,
		retryAfter: spec.retryAfter === undefined ? undefined : Number(spec.retryAfter),
		delayMs: spec.delayMs === undefined ? undefined : Number(spec.delayMs),
		truncate: Boolean(spec.truncate),
		reset: Boolean(spec.reset),
		body: spec.body,
		headers: spec.headers || {},
		echo: Boolean(spec.echo),
		// In-process only: rewrites the vendor's real answer (e.g. a list cut short or reordered).
		answer: spec.answer,
	};
}

function describeFault(f) {
	return {
		id: f.id,
		method: f.method,
		path: f.path instanceof RegExp ? undefined : f.path,
		pathRegex: f.path instanceof RegExp ? f.path.source : undefined,
		remaining: f.remaining,
		status: f.status,
		retryAfter: f.retryAfter,
		delayMs: f.delayMs,
		truncate: f.truncate || undefined,
		reset: f.reset || undefined,
		body: f.body,
		echo: f.echo || undefined,
		answer: f.answer ? 'function' : undefined,
	};
}

/** FIFO of faults; the first pending fault that matches a request is consumed by it. */
class FaultQueue {
	constructor({ basePath = '' } = {}) {
		this.basePath = basePath;
		this.faults = [];
		this.nextId = 1;
	}

	add(spec) {
		const fault = normalizeFault(spec, this.nextId++);
		this.faults.push(fault);
		return fault;
	}

	clear() {
		this.faults = [];
	}

	// A string path matches either the full pathname or the pathname relative to basePath,
	// so tests can write '/user' instead of '/api/v2/user'.
	matches(fault, method, pathname) {
		if (fault.method && fault.method !== method) return false;
		if (fault.path === undefined) return true;
		const relative =
			this.basePath && pathname.startsWith(this.basePath)
				? pathname.slice(this.basePath.length) || '/'
				: pathname;
		if (fault.path instanceof RegExp) {
			fault.path.lastIndex = 0;
			return fault.path.test(pathname);
		}
		const wanted = fault.path.replace(/\/+$/, '') || '/';
		return [pathname, relative].some((p) => (p.replace(/\/+$/, '') || '/') === wanted);
	}

	take(method, pathname) {
		const index = this.faults.findIndex((f) => this.matches(f, method, pathname));
		if (index < 0) return null;
		const fault = this.faults[index];
		if (fault.remaining !== -1 && --fault.remaining === 0) this.faults.splice(index, 1);
		return fault;
	}

	list() {
		return this.faults.map(describeFault);
	}
}

module.exports = { FaultQueue, normalizeFault, describeFault };
