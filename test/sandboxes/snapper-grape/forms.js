'use strict';

/*
 * Grape bodies are form-encoded with bracket keys: person_data[firstname]=John,
 * ids[]=1&ids[]=2, a[b][c]=x. The framework hands us flat keys; this nests them.
 * JSON bodies pass through. A bracket-object field sent as a JSON string
 * (person_data={"firstname":"John"}, as POST /api/persons describes it) is parsed too.
 */
const KEY_RE = /^([^[\]]+)((?:\[[^[\]]*\])*)$/;

function setPath(target, parts, value) {
	let node = target;
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i];
		const last = i === parts.length - 1;
		if (part === '') {
			// "name[]" appends; only meaningful as the last part
			if (!Array.isArray(node.__arr)) node.__arr = [];
			if (last) node.__arr.push(value);
			return;
		}
		if (last) {
			node[part] = value;
			return;
		}
		if (node[part] === null || typeof node[part] !== 'object') node[part] = {};
		node = node[part];
	}
}

function unwrapArrays(node) {
	if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
	if (Array.isArray(node.__arr) && Object.keys(node).length === 1) return node.__arr;
	const out = {};
	for (const [k, v] of Object.entries(node)) out[k] = unwrapArrays(v);
	return out;
}

function nestFlat(flat) {
	const root = {};
	for (const [key, raw] of Object.entries(flat)) {
		const values = Array.isArray(raw) ? raw : [raw];
		const m = KEY_RE.exec(key);
		if (!m || !m[2]) {
			root[key] = Array.isArray(raw) ? raw.slice() : raw;
			continue;
		}
		const parts = [m[1], ...m[2].slice(1, -1).split('][')];
		for (const value of values) setPath(root, parts, value);
	}
	return unwrapArrays(root);
}

function maybeJsonObject(value) {
	if (typeof value !== 'string' || !/^\s*\{/.test(value)) return value;
	try {
		return JSON.parse(value);
	} catch {
		return value;
	}
}

/** ctx.body (form or JSON) → plain nested object; strings/arrays/undefined → {}. */
function bodyObject(ctx) {
	const body = ctx.body;
	if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body))
		return {};
	const isJson =
		/json/i.test(String(ctx.headers['content-type'] || '')) || /^\s*\{/.test(ctx.rawBody || '');
	return isJson ? body : nestFlat(body);
}

/** Body first, then query string (PHP-style $_REQUEST), last value wins for repeated scalars. */
function input(ctx, name) {
	const body = ctx.input || (ctx.input = bodyObject(ctx));
	let value = body[name];
	if (value === undefined) value = nestFlat(ctx.query)[name];
	return value;
}

function scalar(value) {
	if (Array.isArray(value)) return value[value.length - 1];
	return value;
}

module.exports = { nestFlat, bodyObject, input, scalar, maybeJsonObject };
