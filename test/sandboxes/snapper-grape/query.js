'use strict';

const { badRequest } = require('./errors');
const { parseStamp } = require('./dates');

/*
 * Query helpers. List parameters (…_ids, types) are accepted as comma lists, repeated keys or
 * `name[]=` keys, since the reference does not say which Grape uses.
 */
const MAX_LIMIT = 100;
const DEFAULT_LIMIT = 20;

function raw(query, name) {
	let v = query[name];
	if (v === undefined) v = query[`${name}[]`];
	return v;
}

function str(query, name) {
	const v = raw(query, name);
	if (v === undefined || v === '') return undefined;
	return String(Array.isArray(v) ? v[v.length - 1] : v);
}

function list(query, name) {
	const v = raw(query, name);
	if (v === undefined || v === '') return undefined;
	const items = []
		.concat(v)
		.flatMap((s) => String(s).split(','))
		.map((s) => s.trim())
		.filter(Boolean);
	return items.length ? items : undefined;
}

function intValue(text, name) {
	if (!/^\d+$/.test(String(text).trim()))
		badRequest(name, `${name} must be a non-negative integer, got "${text}"`);
	return Number(text);
}

function int(query, name) {
	const v = str(query, name);
	return v === undefined ? undefined : intValue(v, name);
}

function idList(query, name) {
	const items = list(query, name);
	return items && items.map((s) => intValue(s, name));
}

function flag(query, name, fallback) {
	const v = str(query, name);
	if (v === undefined) return fallback;
	const t = v.toLowerCase();
	if (t === '1' || t === 'true') return true;
	if (t === '0' || t === 'false') return false;
	return badRequest(name, `${name} must be 1 or 0`);
}

function oneOf(query, name, allowed, fallback) {
	const v = str(query, name);
	if (v === undefined) return fallback;
	const t = v.toLowerCase();
	if (!allowed.includes(t)) badRequest(name, `${name} must be one of ${allowed.join(', ')}`);
	return t;
}

function date(query, name) {
	const v = str(query, name);
	if (v === undefined) return undefined;
	const ms = parseStamp(v);
	if (ms === null) badRequest(name, `${name} must be a date like "2014-01-20 14:10"`);
	return ms;
}

/** limit 1–100 (default 20; above 100 → 400), offset ≥ 0 (deprecated `start` is an alias). */
function paging(query) {
	const limit = int(query, 'limit');
	if (limit !== undefined && (limit < 1 || limit > MAX_LIMIT))
		badRequest('limit', `limit must be between 1 and ${MAX_LIMIT}`);
	let offset = int(query, 'offset');
	if (offset === undefined) offset = int(query, 'start');
	return { limit: limit ?? DEFAULT_LIMIT, offset: offset ?? 0 };
}

function page(items, query) {
	const { limit, offset } = paging(query);
	return items.slice(offset, offset + limit);
}

const view = (query, fallback) => oneOf(query, 'view', ['simple', 'full'], fallback);

module.exports = {
	str,
	list,
	int,
	idList,
	flag,
	oneOf,
	date,
	paging,
	page,
	view,
	MAX_LIMIT,
	DEFAULT_LIMIT,
};
