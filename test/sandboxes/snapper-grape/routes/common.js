'use strict';

const q = require('../query');
const { shape } = require('../views');
const { input, scalar } = require('../forms');
const store = require('../store');
const { requirePerson } = require('../access');

/** Success envelope: { valid: true, message, <key>: [...] }. */
function ok(key, items, message = 'OK') {
	return { valid: true, message, [key]: items };
}

/** Shapes and pages a list: view (default simple), fields, limit/offset. */
function listOf(ctx, type, key, items, toFull, message) {
	const viewName = q.view(ctx.query, 'simple');
	const fields = q.str(ctx.query, 'fields');
	const rows = q.page(items, ctx.query).map((item) => shape(type, toFull(item), viewName, fields));
	return ok(key, rows, message);
}

/** One object by id, returned as an array of one (view default full). */
function oneOf(ctx, type, key, full, message) {
	return ok(
		key,
		[shape(type, full, q.view(ctx.query, 'full'), q.str(ctx.query, 'fields'))],
		message,
	);
}

/** `user_name` (query or body) → that person after the superuser/manager/self check; default the caller. */
function targetPerson(state, ctx) {
	const name = scalar(input(ctx, 'user_name'));
	if (name === undefined || name === '') return ctx.actor;
	const person = store.personOr404(state, String(name));
	requirePerson(state, ctx.actor, person);
	return person;
}

module.exports = { ok, listOf, oneOf, targetPerson };
