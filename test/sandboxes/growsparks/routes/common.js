'use strict';

const { ParamError } = require('../../framework');
const { findIn } = require('../store');
const { notFound } = require('../errors');

/** `:x_id` path pattern from the inventory's `{x_id}`. */
function routePath(path) {
	return path.replace(/\{([^}]+)\}/g, ':$1');
}

/** Entity addressed by the path (ids match case-insensitively) or a 404. */
function pathEntity(state, res, ctx) {
	const id = ctx.params[res.idParam];
	const entity = findIn(state, res.slug, id);
	if (!entity) notFound(res.label, id);
	return entity;
}

function parseStream(query) {
	const raw = query.stream;
	if (raw === undefined) return false;
	const v = String(Array.isArray(raw) ? raw[raw.length - 1] : raw).toLowerCase();
	if (v === 'true' || v === '1' || v === '') return true;
	if (v === 'false' || v === '0') return false;
	throw new ParamError('stream', `stream must be true or false, got "${raw}"`);
}

function intParam(query, name, { min, max, fallback }) {
	const raw = query[name];
	if (raw === undefined || raw === '') return fallback;
	const text = String(Array.isArray(raw) ? raw[raw.length - 1] : raw).trim();
	if (!/^-?\d+$/.test(text))
		throw new ParamError(name, `${name} must be an integer, got "${text}"`);
	const n = Number(text);
	if (n < min || (max !== undefined && n > max))
		throw new ParamError(name, `${name} must be between ${min} and ${max ?? 'infinity'}, got ${n}`);
	return n;
}

module.exports = { routePath, pathEntity, parseStream, intParam };
