'use strict';

const crypto = require('node:crypto');
const { errorResponse } = require('./errors');
const { verifySwt } = require('./swt');
const store = require('./store');

/*
 * Session cookie `tg-visit` (from POST /api/login) or `Authorization: SWT <token>`.
 * Sessions are idle-timed: each authenticated request moves `lastUsedMs` to the sandbox clock;
 * a session unused for more than settings.sessionTtlMs (or killed by expireSessions()) is gone.
 */
const COOKIE = 'tg-visit';
const EXPIRED_MESSAGE = 'Session is invalid or has expired. Please log in again.';

function createSession(state, person, forwardUrl) {
	const now = state.clock.now();
	const session = {
		id: crypto.randomBytes(16).toString('hex'),
		personId: person.id,
		createdMs: now,
		lastUsedMs: now,
		hash: crypto.randomBytes(20).toString('hex'),
		hashMs: now,
		forwardUrl: forwardUrl ?? null,
		expired: false,
	};
	state.sessions.set(session.id, session);
	return session;
}

function liveSession(state, id) {
	const session = id ? state.sessions.get(id) : undefined;
	if (!session) return null;
	if (session.expired || state.clock.now() - session.lastUsedMs > state.settings.sessionTtlMs) {
		session.expired = true;
		return null;
	}
	return session;
}

function expireSessions(state) {
	for (const s of state.sessions.values()) s.expired = true;
}

function swtActor(state, token) {
	const res = verifySwt(token, {
		secret: state.options.swtSecret,
		issuer: state.options.swtIssuer,
		nowSeconds: Math.floor(state.clock.now() / 1000),
	});
	if (!res.ok) return { message: res.message };
	let person;
	if (res.key === 'username' || res.key === 'user_name')
		person = store.findPerson(state, res.value);
	else if (res.key === 'person_id')
		person = /^\d+$/.test(res.value) ? store.personById(state, res.value) : null;
	else person = state.persons.find((p) => p.extern_person_id === res.value) || null;
	if (!person || person.deactivated)
		return { message: `SWT user ${res.key}=${res.value} does not exist in Grape.` };
	return { person };
}

/** Framework hook: null to allow (ctx.actor set), or an error descriptor. */
function authenticate(state, ctx) {
	const header = String(ctx.headers.authorization || '');
	const m = /^SWT\s+(.+)$/i.exec(header.trim());
	if (m) {
		const r = swtActor(state, m[1].trim());
		if (!r.person) return errorResponse(state.settings, 401, r.message);
		ctx.actor = r.person;
		ctx.authVia = 'swt';
		return null;
	}
	const cookie = ctx.cookies[COOKIE];
	if (!cookie)
		return errorResponse(
			state.settings,
			401,
			'You are not logged in. Log in with POST /api/login or send an SWT token.',
		);
	const session = liveSession(state, cookie);
	const person = session && store.personById(state, session.personId);
	if (!session || !person || person.deactivated) {
		const status = state.settings.validFalseWith200 ? 200 : state.settings.expiredAs;
		return errorResponse({ validFalseWith200: false }, status, EXPIRED_MESSAGE);
	}
	session.lastUsedMs = state.clock.now();
	ctx.actor = person;
	ctx.session = session;
	ctx.authVia = 'session';
	return null;
}

module.exports = {
	COOKIE,
	EXPIRED_MESSAGE,
	createSession,
	liveSession,
	expireSessions,
	authenticate,
};
