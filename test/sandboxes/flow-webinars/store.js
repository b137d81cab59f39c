'use strict';

const { zonedToUtc, utcToZoned } = require('./dates');

/*
 * State mutations shared by the vendor routes, the control routes and the in-process helpers,
 * so a registrant added by a test is indistinguishable from one added over the API.
 */
const TOKEN_ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const HOUR = 3600 * 1000;
const ATTENDEE_ROLE = 1;

function newToken(state, length = 11) {
	let out = '';
	do {
		out = '';
		for (let i = 0; i < length; i++)
			out += TOKEN_ALPHABET[Math.floor(state.tokenRng.next() * TOKEN_ALPHABET.length)];
	} while (state.usedTokens.has(out));
	state.usedTokens.add(out);
	return out;
}

function sessionWindow(session) {
	const startMs = zonedToUtc(session.date, session.time, session.timezone);
	return { startMs, endMs: startMs + Math.round(Number(session.duration || 0) * HOUR) };
}

// "current" = started and not yet ended; early access does not count as running.
function periodOf(state, session) {
	const now = state.clock.now();
	const { startMs, endMs } = sessionWindow(session);
	if (now < startMs) return 'future';
	return now < endMs ? 'current' : 'past';
}

function findSession(state, token) {
	return state.sessions.find((s) => s.token === token) || null;
}

function registrantsOf(state, session) {
	return state.registrants.filter((r) => r.sessionId === session.id);
}

function findRegistrant(state, session, tokenOrEmail) {
	const key = String(tokenOrEmail || '');
	const lower = key.toLowerCase();
	return (
		registrantsOf(state, session).find((r) => r.token === key || r.email.toLowerCase() === lower) ||
		null
	);
}

// One Flow user per e-mail address across sessions and rooms, as registrant userIDs imply.
function userIdFor(state, email) {
	const key = email.toLowerCase();
	if (!state.people.has(key)) state.people.set(key, state.counters.user++);
	return state.people.get(key);
}

/** Same e-mail (case-insensitive) in the same session → the existing registrant, isNew false. */
function registerAttendee(state, session, spec) {
	const existing = findRegistrant(state, session, spec.email);
	if (existing) return { registrant: existing, isNew: false };
	const registrant = {
		id: state.counters.registrant++,
		userID: userIdFor(state, spec.email),
		sessionId: session.id,
		token: spec.token || newToken(state, 10),
		firstName: spec.firstName,
		lastName: spec.lastName,
		email: spec.email,
		phone: spec.phone ?? null,
		location: spec.location ?? null,
		role: spec.role ?? ATTENDEE_ROLE,
		entryMs: spec.entryMs ?? null,
		exitMs: spec.exitMs ?? null,
		micEnabled: spec.micEnabled ? 1 : 0,
		camEnabled: spec.camEnabled ? 1 : 0,
		screenSharingEnabled: spec.screenSharingEnabled ? 1 : 0,
		registeredMs: spec.registeredMs ?? state.clock.now(),
	};
	state.usedTokens.add(registrant.token);
	state.registrants.push(registrant);
	return { registrant, isNew: true };
}

function createSession(state, fields) {
	const session = {
		id: state.counters.session++,
		token: fields.token || newToken(state),
		eventToken: fields.eventToken || newToken(state),
		title: fields.title,
		description: fields.description ?? '',
		date: fields.date,
		time: fields.time,
		timezone: fields.timezone,
		duration: fields.duration ?? 1,
		earlyAccessPeriod: fields.earlyAccessPeriod ?? 15,
		published: fields.published ? 1 : 0,
		videoRecord: fields.videoRecord ? 1 : 0,
		onDemandReplays: fields.onDemandReplays ? 1 : 0,
		passCode: fields.passCode ?? null,
		creatorId: fields.creatorId,
		operators: fields.operators.map((o) => ({
			id: o.id,
			role: o.role,
			micEnabled: o.micEnabled ? 1 : 0,
			camEnabled: o.camEnabled ? 1 : 0,
			screenSharingEnabled: o.screenSharingEnabled ? 1 : 0,
		})),
		feedbackQuestions: fields.feedbackQuestions || [],
		createMs: fields.createMs ?? state.clock.now(),
	};
	state.usedTokens.add(session.token);
	state.usedTokens.add(session.eventToken);
	state.sessions.push(session);
	return session;
}

/** Date and time of an instant in the session's own time zone (for sessions dated relative to now). */
function wallClock(ms, timezone) {
	return utcToZoned(ms, timezone);
}

module.exports = {
	ATTENDEE_ROLE,
	HOUR,
	newToken,
	sessionWindow,
	periodOf,
	findSession,
	registrantsOf,
	findRegistrant,
	userIdFor,
	registerAttendee,
	createSession,
	wallClock,
};
