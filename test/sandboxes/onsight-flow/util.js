'use strict';

const crypto = require('node:crypto');
const { badRequest } = require('./errors');

/* Ids, dates and body validation shared by the routes. */

const hex24 = (rng) => (rng ? rng.hex(24) : crypto.randomBytes(12).toString('hex'));

function uuid(rng) {
	if (!rng) return crypto.randomUUID();
	const h = rng.hex(32).split('');
	h[12] = '4';
	h[16] = '89ab'[parseInt(h[16], 16) % 4];
	const s = h.join('');
	return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const iso = (ms) => new Date(ms).toISOString();
const isoSeconds = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Lenient date parsing: ISO 8601 with or without zone/fraction (no zone = UTC), up to 7 fraction
 * digits, and the guide's slash form 2019/06/01T08:00:00.000Z. Returns ms or NaN.
 */
function parseDate(value) {
	if (value instanceof Date) return value.getTime();
	if (typeof value === 'number') return value;
	if (typeof value !== 'string') return NaN;
	const m =
		/^(\d{4})[-/](\d{2})[-/](\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
			value.trim(),
		);
	if (!m) return NaN;
	const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = m;
	const ms = frac ? Number(`0.${frac}`) * 1000 : 0;
	let t = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, Math.floor(ms));
	if (new Date(t).getUTCDate() !== +d || +mo < 1 || +mo > 12) return NaN;
	if (zone.toUpperCase() !== 'Z') {
		const sign = zone[0] === '-' ? -1 : 1;
		const digits = zone.slice(1).replace(':', '');
		t -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60000;
	}
	return t;
}

/** A JSON object body (not an array, not a string) or 400. */
function objectBody(ctx, what = 'request body') {
	const b = ctx.body;
	if (!b || typeof b !== 'object' || Array.isArray(b))
		badRequest(`The ${what} must be a JSON object`);
	return b;
}

function arrayBody(ctx, what = 'request body') {
	const b = ctx.body;
	if (!Array.isArray(b)) badRequest(`The ${what} must be a JSON array of user ids`);
	if (!b.every((v) => typeof v === 'string' && v))
		badRequest(`The ${what} must contain only user id strings`);
	return b;
}

function requireString(body, field, { optional = false, allowNull = false } = {}) {
	const v = body[field];
	if (v === undefined || (v === null && (optional || allowNull))) {
		if (optional || (v === null && allowNull)) return v;
		badRequest(`The ${field} field is required`);
	}
	if (typeof v !== 'string') badRequest(`The ${field} field must be a string`);
	if (!optional && !allowNull && !v.trim()) badRequest(`The ${field} field is required`);
	return v;
}

function optionalBoolean(body, field) {
	const v = body[field];
	if (v === undefined) return undefined;
	if (typeof v !== 'boolean') badRequest(`The ${field} field must be a boolean`);
	return v;
}

function optionalStringArray(body, field) {
	const v = body[field];
	if (v === undefined || v === null) return v === null ? [] : undefined;
	if (!Array.isArray(v) || !v.every((s) => typeof s === 'string'))
		badRequest(`The ${field} field must be an array of strings`);
	return v;
}

/** Permission flags: JSON booleans, or the guide's "true"/"false" strings. */
function flag(field, value) {
	if (typeof value === 'boolean') return value;
	if (value === 'true' || value === 'True') return true;
	if (value === 'false' || value === 'False') return false;
	return badRequest(`The ${field} field must be a boolean`);
}

function intParam(query, name, fallback, { min = 0 } = {}) {
	const raw = query[name];
	if (raw === undefined || raw === '') return fallback;
	const n = Number(Array.isArray(raw) ? raw[raw.length - 1] : raw);
	if (!Number.isInteger(n) || n < min)
		badRequest(`The ${name} parameter must be an integer >= ${min}`);
	return n;
}

module.exports = {
	hex24,
	uuid,
	iso,
	isoSeconds,
	parseDate,
	objectBody,
	arrayBody,
	requireString,
	optionalBoolean,
	optionalStringArray,
	flag,
	intParam,
};
