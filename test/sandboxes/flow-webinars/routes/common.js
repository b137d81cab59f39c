'use strict';

const { notFound, badRequest } = require('../errors');
const { findSession } = require('../store');

function sessionParam(state, ctx, name = 'sessionToken') {
	const session = findSession(state, ctx.params[name]);
	if (!session) notFound(`Event session "${ctx.params[name]}" not found.`);
	return session;
}

// Undocumented 0/1 switch: accept the usual spellings, refuse anything else loudly.
function boolQuery(ctx, name) {
	const raw = ctx.query[name];
	if (raw === undefined || raw === '') return false;
	const value = String(Array.isArray(raw) ? raw[raw.length - 1] : raw).toLowerCase();
	if (value === '1' || value === 'true') return true;
	if (value === '0' || value === 'false') return false;
	return badRequest(name, `${name} must be 1 or 0.`);
}

/** Every JSON success carries Flow's status code next to `data`, like its SSO and create answers. */
function ok(data, extra = {}) {
	return { code: 200, data, ...extra };
}

module.exports = { sessionParam, boolQuery, ok };
