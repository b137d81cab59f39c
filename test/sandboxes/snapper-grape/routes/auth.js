'use strict';

const { json, empty } = require('../../framework');
const { input, scalar } = require('../forms');
const { badRequest, errorResponse } = require('../errors');
const { formatStamp } = require('../dates');
const { createSession, liveSession, COOKIE } = require('../auth');
const store = require('../store');

/* POST /api/login, GET /api/validate, GET /api/logout, POST /api/forgot_password (no auth). */
module.exports = function authRoutes(state) {
	const field = (ctx, name) => {
		const v = scalar(input(ctx, name));
		return v === undefined || v === null ? undefined : String(v);
	};

	function login(ctx) {
		const userName = field(ctx, 'user_name');
		const password = field(ctx, 'password');
		const loginFlag = field(ctx, 'login');
		if (!userName) badRequest('user_name', 'user_name is required');
		if (password === undefined || password === '') badRequest('password', 'password is required');
		if (loginFlag !== '1') badRequest('login', 'login must be 1');
		const person = store.findPerson(state, userName);
		if (!person || person.deactivated || person.password !== password) {
			return errorResponse(state.settings, 401, 'Wrong user name or password');
		}
		const forwardUrl = field(ctx, 'forward_url');
		const session = createSession(state, person, forwardUrl);
		state.logins++;
		const body = {
			valid: true,
			message: 'Login successful',
			logins: [
				{
					session_id: session.id,
					forward_url: forwardUrl ?? null,
					hash: session.hash,
					ts: formatStamp(session.hashMs),
					password_expired: false,
					user_name: person.user_name,
					person_id: person.id,
					firstname: person.firstname,
					lastname: person.lastname,
					email: person.email,
				},
			],
		};
		return json(200, body, { 'set-cookie': `${COOKIE}=${session.id}; Path=/; HttpOnly` });
	}

	// Grape-as-master SSO hand-off: the hash from the login (of a live session) → 302 into the portal.
	function validate(ctx) {
		const userName = field(ctx, 'user_name');
		const hash = field(ctx, 'hash');
		if (!userName) badRequest('user_name', 'user_name is required');
		if (!hash) badRequest('hash', 'hash is required');
		const person = store.findPerson(state, userName);
		const session =
			person &&
			[...state.sessions.values()].find(
				(s) => s.personId === person.id && s.hash === hash && liveSession(state, s.id),
			);
		if (!session) return errorResponse(state.settings, 401, 'Invalid or expired SSO hash.');
		const target = field(ctx, 'forward_url') || `${state.origin}/`;
		return empty(302, {
			location: target,
			'set-cookie': `${COOKIE}=${session.id}; Path=/; HttpOnly`,
		});
	}

	function logout(ctx) {
		const id = ctx.cookies[COOKIE];
		const had = id && state.sessions.has(id);
		if (had) state.sessions.delete(id);
		const forwardUrl = field(ctx, 'forward_url') ?? null;
		return json(
			200,
			{
				valid: true,
				message: had ? 'Logged out' : 'Not logged in',
				logouts: [{ forward_url: forwardUrl }],
			},
			{
				'set-cookie': `${COOKIE}=; Path=/; HttpOnly; Max-Age=0`,
			},
		);
	}

	// Always valid:true with the same message, so the call does not reveal which identifications exist.
	function forgotPassword(ctx) {
		const identification = field(ctx, 'identification');
		if (!identification)
			badRequest('identification', 'identification is required (user name, e-mail or mobile)');
		const key = identification.trim().toLowerCase();
		const person = state.persons.find(
			(p) =>
				p.user_name.toLowerCase() === key ||
				p.email.toLowerCase() === key ||
				p.mobile.replace(/\s/g, '') === key.replace(/\s/g, ''),
		);
		state.passwordResets.push({
			identification,
			user_name: person ? person.user_name : null,
			at: formatStamp(state.clock.now()),
		});
		return {
			valid: true,
			message:
				'If the identification matches a user, instructions for resetting the password have been sent.',
		};
	}

	return [
		{ method: 'POST', path: '/api/login', handler: login, auth: false },
		{ method: 'GET', path: '/api/validate', handler: validate, auth: false },
		{ method: 'GET', path: '/api/logout', handler: logout, auth: false },
		{ method: 'POST', path: '/api/forgot_password', handler: forgotPassword, auth: false },
	];
};
