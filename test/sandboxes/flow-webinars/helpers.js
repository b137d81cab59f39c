'use strict';

const { parseInstant, isValidDate, isValidTime, isValidTimeZone } = require('./dates');
const {
	findSession,
	findRegistrant,
	registerAttendee,
	createSession,
	wallClock,
} = require('./store');
const { registrantJson, sessionJson } = require('./serialize');
const { EMAIL_RE } = require('./validate');

/*
 * What tests use to move the world forward: new registrants and attendance (the trigger
 * story), extra sessions at chosen times, chat lines. Exposed in-process and under /__sandbox.
 * Lenient on purpose (defaults everywhere) but never silently wrong: bad input throws.
 */
class HelperError extends Error {
	constructor(message, status = 400) {
		super(message);
		this.status = status;
	}
}

const MINUTE = 60 * 1000;

function sessionOrThrow(state, token) {
	const session = findSession(state, token);
	if (!session) throw new HelperError(`Unknown session token "${token}"`, 404);
	return session;
}

function instantOrNull(value, label) {
	if (value === null || value === undefined) return null;
	try {
		return parseInstant(value, label);
	} catch (err) {
		throw new HelperError(err.message);
	}
}

function addRegistrant(state, sessionToken, spec = {}) {
	const session = sessionOrThrow(state, sessionToken);
	if (!spec.email || !EMAIL_RE.test(String(spec.email)))
		throw new HelperError('email is required and must be an e-mail address');
	const { registrant, isNew } = registerAttendee(state, session, {
		email: String(spec.email),
		firstName: spec.firstName ?? 'Test',
		lastName: spec.lastName ?? 'Registrant',
		phone: spec.phone,
		location: spec.location,
		role: spec.role,
		micEnabled: spec.micEnabled,
		camEnabled: spec.camEnabled,
		screenSharingEnabled: spec.screenSharingEnabled,
		registeredMs: instantOrNull(spec.registeredAt, 'registeredAt') ?? undefined,
		entryMs: instantOrNull(spec.entryTime, 'entryTime'),
		exitMs: instantOrNull(spec.exitTime, 'exitTime'),
	});
	return { ...registrantJson(state, registrant), isNew };
}

/** entryTime defaults to the clock's now; exitTime to null (still in the room). */
function markAttended(
	state,
	sessionToken,
	registrantTokenOrEmail,
	{ entryTime, exitTime = null } = {},
) {
	const session = sessionOrThrow(state, sessionToken);
	const registrant = findRegistrant(state, session, registrantTokenOrEmail);
	if (!registrant)
		throw new HelperError(
			`No registrant "${registrantTokenOrEmail}" in session ${sessionToken}`,
			404,
		);
	const entryMs =
		entryTime === undefined ? state.clock.now() : instantOrNull(entryTime, 'entryTime');
	const exitMs = instantOrNull(exitTime, 'exitTime');
	if (entryMs === null && exitMs !== null) throw new HelperError('exitTime needs an entryTime');
	if (exitMs !== null && exitMs < entryMs) throw new HelperError('exitTime is before entryTime');
	registrant.entryMs = entryMs;
	registrant.exitMs = exitMs;
	return registrantJson(state, registrant);
}

function operatorSpec(state, o, index) {
	const spec = typeof o === 'number' || typeof o === 'string' ? { id: Number(o) } : { ...o };
	if (!state.operators.some((op) => op.id === spec.id))
		throw new HelperError(`Unknown operator id ${spec.id}`);
	return {
		role: index === 0 ? 10 : 5,
		micEnabled: true,
		camEnabled: true,
		screenSharingEnabled: true,
		...spec,
	};
}

/**
 * { title, description, date, time, timezone = 'UTC', startsInMinutes, duration = 1, creatorID = 101,
 *   operators = [creatorID] (ids or objects), published = true, videoRecord, onDemandReplays,
 *   earlyAccessPeriod, passCode, token, eventToken }. Without date/time it starts in
 *   `startsInMinutes` (default 7 days) from the sandbox clock, in its own time zone.
 */
function addEvent(state, spec = {}) {
	const timezone = spec.timezone || 'UTC';
	if (!isValidTimeZone(timezone)) throw new HelperError(`Unknown time zone ${timezone}`);
	let { date, time } = spec;
	if (date === undefined || time === undefined) {
		const minutes = spec.startsInMinutes ?? 7 * 24 * 60;
		const start = Math.floor(state.clock.now() / MINUTE) * MINUTE + Number(minutes) * MINUTE;
		({ date, time } = wallClock(start, timezone));
	}
	if (!isValidDate(date) || !isValidTime(time))
		throw new HelperError('date must be YYYY-MM-DD and time HH:MM:SS');
	// eventToken may repeat (another session of the same event); a session token may not.
	if (spec.token !== undefined && state.usedTokens.has(spec.token))
		throw new HelperError(`token ${spec.token} is already used`);
	const creatorId = Number(spec.creatorID ?? spec.creatorId ?? 101);
	if (!state.operators.some((o) => o.id === creatorId))
		throw new HelperError(`Unknown creatorID ${creatorId}`);
	const session = createSession(state, {
		title: spec.title || 'Sandbox event',
		description: spec.description ?? '',
		date,
		time,
		timezone,
		duration: spec.duration ?? 1,
		earlyAccessPeriod: spec.earlyAccessPeriod,
		published: spec.published ?? true,
		videoRecord: spec.videoRecord,
		onDemandReplays: spec.onDemandReplays,
		passCode: spec.passCode,
		creatorId,
		operators: (spec.operators || [creatorId]).map((o, i) => operatorSpec(state, o, i)),
		token: spec.token,
		eventToken: spec.eventToken,
	});
	return sessionJson(state, session, { withFeedback: true });
}

/** { kind: 'attendee' | 'operator', registrant (token/email) or operatorId, message, sentAt = now } */
function addChatMessage(
	state,
	sessionToken,
	{ kind = 'attendee', registrant, operatorId, message, sentAt } = {},
) {
	const session = sessionOrThrow(state, sessionToken);
	if (typeof message !== 'string') throw new HelperError('message must be a string');
	const line = {
		sessionId: session.id,
		kind,
		message,
		sentMs: instantOrNull(sentAt, 'sentAt') ?? state.clock.now(),
	};
	if (kind === 'attendee') {
		const r = findRegistrant(state, session, registrant);
		if (!r) throw new HelperError(`No registrant "${registrant}" in session ${sessionToken}`, 404);
		line.registrantId = r.id;
	} else if (kind === 'operator') {
		if (!state.operators.some((o) => o.id === Number(operatorId)))
			throw new HelperError(`Unknown operatorId ${operatorId}`);
		line.operatorId = Number(operatorId);
	} else {
		throw new HelperError('kind must be attendee or operator');
	}
	state.chats.push(line);
	return { ...line };
}

module.exports = { HelperError, addRegistrant, markAttended, addEvent, addChatMessage };
