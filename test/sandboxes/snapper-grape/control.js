'use strict';

const { json } = require('../framework');
const { addChange } = require('./changes');
const { expireSessions } = require('./auth');
const { buildSwt } = require('./swt');
const { formatStamp } = require('./dates');

/*
 * Snapper Grape control routes (under /__sandbox, no auth, not logged):
 *   GET  /fixtures
 *   GET/POST /settings  { validFalseWith200?, expiredAs? (200|401), sessionTtlMs? }
 *   GET/POST /clock     { set?, advance? (ms), freeze?: bool }
 *   GET  /sessions      { logins, sessions: [{ session_id, user_name, created, last_used, expired }] }
 *   POST /sessions/expire                      expire every session
 *   POST /changes       addChange spec → 201 { type, id, change_time, object }
 *   POST /swt           { username | user_name | person_id | external_person_id, expiresOn?, issuer?, secret? } → { token, authorization }
 */
function applySettings(state, patch = {}) {
	const s = state.settings;
	if (patch.validFalseWith200 !== undefined) s.validFalseWith200 = Boolean(patch.validFalseWith200);
	if (patch.expiredAs !== undefined) {
		const v = Number(patch.expiredAs);
		if (v !== 200 && v !== 401) throw new Error('expiredAs must be 200 or 401');
		s.expiredAs = v;
	}
	if (patch.sessionTtlMs !== undefined) {
		const v = Number(patch.sessionTtlMs);
		if (!(v > 0)) throw new Error('sessionTtlMs must be > 0');
		s.sessionTtlMs = v;
	}
	return { ...s };
}

function swtFor(state, b = {}) {
	const nowS = Math.floor(state.clock.now() / 1000);
	const token = buildSwt({
		secret: b.secret ?? state.options.swtSecret,
		issuer: b.issuer === undefined ? state.options.swtIssuer : b.issuer,
		expiresOn: b.expiresOn === undefined ? nowS + 3600 : b.expiresOn,
		username: b.username,
		user_name: b.user_name,
		person_id: b.person_id,
		external_person_id: b.external_person_id,
	});
	return { token, authorization: `SWT ${token}` };
}

function sessionList(state) {
	return [...state.sessions.values()].map((s) => ({
		session_id: s.id,
		user_name: (state.persons.find((p) => p.id === s.personId) || {}).user_name,
		created: formatStamp(s.createdMs),
		last_used: formatStamp(s.lastUsedMs),
		expired: s.expired || state.clock.now() - s.lastUsedMs > state.settings.sessionTtlMs,
	}));
}

function guarded(fn, status = 200) {
	return (ctx) => {
		try {
			return json(status, fn(ctx.body && typeof ctx.body === 'object' ? ctx.body : {}));
		} catch (err) {
			return json(400, { valid: false, message: err.message });
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
			method: 'GET',
			path: '/sessions',
			handler: () => ({ logins: state.logins, sessions: sessionList(state) }),
		},
		{
			method: 'POST',
			path: '/sessions/expire',
			handler: guarded(() => (expireSessions(state), { expired: state.sessions.size })),
		},
		{ method: 'POST', path: '/changes', handler: guarded((b) => addChange(state, b), 201) },
		{ method: 'POST', path: '/swt', handler: guarded((b) => swtFor(state, b)) },
	];
}

module.exports = { controlRoutes, applySettings, swtFor };
