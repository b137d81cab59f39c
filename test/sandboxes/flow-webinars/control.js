'use strict';

const { json } = require('../framework');
const helpers = require('./helpers');

/*
 * Flow control routes (under /__sandbox, no api-secret, not logged):
 *   GET  /fixtures                                                   fixed ids and tokens by name
 *   GET/POST /settings  { summaryAs: 'csv' | 'json' }
 *   GET/POST /clock     { set?, advance? (ms), freeze?: bool }
 *   POST /registrants   { sessionToken, email, firstName, lastName, ...} → 201 registrant (+ isNew)
 *   POST /attendance    { sessionToken, registrant (token or e-mail), entryTime?, exitTime? } → 200 registrant
 *   POST /events        addEvent spec → 201 session
 *   POST /chat          { sessionToken, kind, registrant | operatorId, message, sentAt? } → 201
 */
const SUMMARY_SHAPES = ['csv', 'json'];

function applySettings(state, patch = {}) {
	if (patch.summaryAs !== undefined) {
		if (!SUMMARY_SHAPES.includes(patch.summaryAs))
			throw new helpers.HelperError(`summaryAs must be one of ${SUMMARY_SHAPES.join(', ')}`);
		state.settings.summaryAs = patch.summaryAs;
	}
	return { ...state.settings };
}

function guarded(fn, status = 200) {
	return (ctx) => {
		try {
			return json(status, fn(ctx.body && typeof ctx.body === 'object' ? ctx.body : {}));
		} catch (err) {
			return json(err.status || 400, { code: err.status || 400, message: err.message });
		}
	};
}

function controlRoutes(state) {
	return [
		{ method: 'GET', path: '/fixtures', handler: () => state.fixtures },
		{ method: 'GET', path: '/settings', handler: () => ({ ...state.settings }) },
		{ method: 'POST', path: '/settings', handler: guarded((b) => applySettings(state, b)) },
		{ method: 'GET', path: '/clock', handler: () => state.clock.describe() },
		{
			method: 'POST',
			path: '/clock',
			handler: guarded((b) => {
				if (b.freeze === true) state.clock.freeze();
				if (b.freeze === false) state.clock.unfreeze();
				if (b.set !== undefined) state.clock.set(b.set);
				if (b.advance !== undefined) state.clock.advance(b.advance);
				return state.clock.describe();
			}),
		},
		{
			method: 'POST',
			path: '/registrants',
			handler: guarded((b) => helpers.addRegistrant(state, b.sessionToken, b), 201),
		},
		{
			method: 'POST',
			path: '/attendance',
			handler: guarded((b) =>
				helpers.markAttended(state, b.sessionToken, b.registrant ?? b.token ?? b.email, b),
			),
		},
		{ method: 'POST', path: '/events', handler: guarded((b) => helpers.addEvent(state, b), 201) },
		{
			method: 'POST',
			path: '/chat',
			handler: guarded((b) => helpers.addChatMessage(state, b.sessionToken, b), 201),
		},
	];
}

module.exports = { controlRoutes, applySettings };
