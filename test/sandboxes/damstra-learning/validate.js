'use strict';

const { badRequest, notFound } = require('./errors');
const { parseDate } = require('./dates');

const ROLE_IDS = [3, 4, 5, 6, 7, 8];

function objectBody(ctx) {
	const body = ctx.body;
	if (!body || typeof body !== 'object' || Array.isArray(body)) {
		badRequest(null, 'Request body must be a JSON object');
	}
	return body;
}

/** Presence check (undefined = missing; null is allowed where the doc allows it). */
function requireFields(body, fields, prefix = '') {
	const missing = fields.filter((f) => body[f] === undefined);
	if (missing.length) {
		const names = missing.map((f) => prefix + f);
		badRequest(
			names[0],
			`Missing required field${names.length > 1 ? 's' : ''}: ${names.join(', ')}`,
		);
	}
}

function nonEmptyString(body, field, prefix = '') {
	if (typeof body[field] !== 'string' || !body[field].trim()) {
		badRequest(prefix + field, `${prefix + field} must be a non-empty string`);
	}
	return body[field].trim();
}

function optionalString(body, field, prefix = '') {
	const v = body[field];
	if (v === undefined || v === null) return v;
	if (typeof v !== 'string')
		badRequest(prefix + field, `${prefix + field} must be a string or null`);
	return v;
}

function toId(value) {
	const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
	return Number.isInteger(n) && n > 0 ? n : null;
}

function idList(body, field) {
	const list = body[field];
	if (!Array.isArray(list) || list.length === 0)
		badRequest(field, `${field} must be a non-empty array of ids`);
	return list.map(
		(v, i) => toId(v) ?? badRequest(`${field}[${i}]`, `${field}[${i}] must be a numeric id`),
	);
}

function pathId(ctx, name) {
	const id = toId(ctx.params[name]);
	if (id === null) badRequest(name, `${name} must be a numeric id, got "${ctx.params[name]}"`);
	return id;
}

function roles(value, field = 'roles') {
	if (!Array.isArray(value) || value.length === 0)
		badRequest(field, `${field} must be a non-empty array of role ids (3-8)`);
	value.forEach((r, i) => {
		if (!ROLE_IDS.includes(r))
			badRequest(
				`${field}[${i}]`,
				`${field}[${i}]: unknown role id ${JSON.stringify(r)}; valid ids are 3-8`,
			);
	});
	return [...new Set(value)];
}

function timeZone(value, field = 'timeZone') {
	if (typeof value !== 'string') badRequest(field, `${field} must be an IANA time zone name`);
	try {
		new Intl.DateTimeFormat('en', { timeZone: value });
	} catch {
		badRequest(field, `${field}: unknown time zone "${value}"`);
	}
	return value;
}

function date(body, field) {
	const ms = parseDate(body[field]);
	if (Number.isNaN(ms))
		badRequest(field, `${field} must be a date-time such as 2015-10-29T15:28:59+0000`);
	return ms;
}

function oneOf(value, allowed, field) {
	if (!allowed.includes(value))
		badRequest(field, `${field} must be one of ${allowed.join(', ')}; got "${value}"`);
	return value;
}

function boolean(body, field) {
	if (typeof body[field] !== 'boolean') badRequest(field, `${field} must be a boolean`);
	return body[field];
}

function queryString(ctx, name) {
	const v = ctx.query[name];
	return Array.isArray(v) ? v.join(',') : v;
}

function queryId(ctx, name) {
	const raw = queryString(ctx, name);
	if (raw === undefined || raw === '') return undefined;
	return toId(raw) ?? badRequest(name, `${name} must be a numeric id, got "${raw}"`);
}

function lookup(map, kind, id) {
	return map.get(id) || notFound(kind, id);
}

module.exports = {
	ROLE_IDS,
	objectBody,
	requireFields,
	nonEmptyString,
	optionalString,
	toId,
	idList,
	pathId,
	roles,
	timeZone,
	date,
	oneOf,
	boolean,
	queryString,
	queryId,
	lookup,
};
