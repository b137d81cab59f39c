'use strict';

const { createRng, fakeEmail } = require('../framework');
const { parseInstant } = require('./dates');
const seed = require('./seed-data');
const { HOUR, sessionWindow, registerAttendee, createSession, wallClock } = require('./store');

const MINUTE = 60 * 1000;
const LOCATIONS = [
	'London',
	'Berlin',
	'Toronto',
	'Sydney',
	'Cape Town',
	'Singapore',
	'Austin, TX',
	null,
];

/** Re-seeds `state` in place (so references held by tests survive a reset). */
function seedState(state, { seed: seedValue = 42 } = {}) {
	const rng = createRng(seedValue);
	for (const key of Object.keys(state))
		if (!['clock', 'settings', 'origin'].includes(key)) delete state[key];
	Object.assign(state, {
		seed: seedValue,
		tokenRng: rng.fork('tokens'),
		usedTokens: new Set(),
		counters: { session: 5001, registrant: 60001, user: 70001, survey: 7001, roomMember: 80001 },
		people: new Map(),
		account: { ...seed.ACCOUNT },
		operators: seed.OPERATORS.map((o) => ({ ...o })),
		sessions: [],
		registrants: [],
		surveys: [],
		chats: [],
		rooms: seed.ROOMS.map((r) => ({ ...r, ...seed.ROOM_OPENED })),
		roomMembers: [],
	});
	for (const o of state.operators) state.usedTokens.add(o.token);

	const byKey = {};
	let filler = 0;
	for (const spec of seed.SESSIONS) {
		const fields = { ...spec, creatorId: spec.creator, createMs: parseInstant(spec.createDate) };
		fields.operators = spec.ops.map(([id, role, mic, cam, screen]) => ({
			id,
			role,
			micEnabled: mic,
			camEnabled: cam,
			screenSharingEnabled: screen,
		}));
		if (spec.startOffsetMinutes !== undefined) {
			const start =
				Math.floor(state.clock.now() / MINUTE) * MINUTE + spec.startOffsetMinutes * MINUTE;
			Object.assign(fields, wallClock(start, spec.timezone));
		}
		state.counters.session = spec.id;
		const session = createSession(state, fields);
		byKey[spec.key] = session;
		const fillerRng = rng.fork(`registrants:${spec.key}`);
		const named = seed.NAMED_REGISTRANTS[spec.key] || [];
		const { startMs } = sessionWindow(session);
		for (let i = 0; i < spec.registrants; i++) {
			let person = named[i];
			if (!person) {
				const firstName = fillerRng.firstName();
				const lastName = fillerRng.lastName();
				filler++;
				person = {
					firstName,
					lastName,
					email: fakeEmail(firstName, lastName, 'example.com', String(filler)),
					phone: fillerRng.bool(0.6) ? `+1 555 01${fillerRng.digits(2)}` : null,
					location: fillerRng.pick(LOCATIONS),
				};
			}
			registerAttendee(state, session, {
				...person,
				token: registrantToken(spec.token, i),
				registeredMs: startMs - (spec.registrants - i) * 5 * HOUR,
				...attendance(state, spec, session, i),
			});
		}
	}

	for (const spec of seed.SURVEYS) {
		const session = byKey[spec.session];
		const list = state.registrants.filter((r) => r.sessionId === session.id);
		const { endMs } = sessionWindow(session);
		state.surveys.push({
			id: spec.id,
			sessionId: session.id,
			name: spec.name,
			text: spec.text,
			anonymous: spec.anonymous,
			resultDisplayOption: spec.resultDisplayOption,
			questions: spec.questions.slice(),
			responses: spec.responses.map(([index, answers], k) => ({
				registrantId: list[index].id,
				answers: answers.slice(),
				submittedMs: endMs + (k + 1) * 40 * 1000,
			})),
		});
	}
	state.counters.survey = 7005;

	for (const [kind, table] of [
		['attendee', seed.ATTENDEE_CHAT],
		['operator', seed.OPERATOR_CHAT],
	]) {
		for (const [key, lines] of Object.entries(table)) {
			const session = byKey[key];
			const list = state.registrants.filter((r) => r.sessionId === session.id);
			const { startMs } = sessionWindow(session);
			for (const [who, minutes, message] of lines) {
				state.chats.push({
					sessionId: session.id,
					kind,
					sentMs: startMs + minutes * MINUTE,
					message,
					...(kind === 'attendee' ? { registrantId: list[who].id } : { operatorId: who }),
				});
			}
		}
	}

	// An operator who registers as an attendee keeps their own Flow user id.
	for (const o of state.operators) state.people.set(o.email.toLowerCase(), o.userID);

	state.fixtures = buildFixtures(state, byKey);
	return state;
}

// Fixed per session and position so tests can hard-code them for any seed.
function registrantToken(sessionToken, index) {
	const rng = createRng(`flow-registrant:${sessionToken}:${index}`);
	let out = '';
	for (let i = 0; i < 10; i++)
		out += 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'[rng.int(0, 56)];
	return out;
}

/*
 * Past sessions: every registrant but each third (index 2, 5, 8, …) attended, arriving a
 * little before the start and leaving before the end. The current session has two people
 * still inside (exitTime null) and one who already left.
 */
function attendance(state, spec, session, i) {
	const { startMs, endMs } = sessionWindow(session);
	if (spec.startOffsetMinutes !== undefined) {
		if (i === 0) return { entryMs: startMs + 5 * MINUTE, exitMs: null };
		if (i === 1) return { entryMs: startMs + 10 * MINUTE, exitMs: null };
		if (i === 2) return { entryMs: startMs + 2 * MINUTE, exitMs: startMs + 20 * MINUTE };
		return {};
	}
	if (endMs > state.clock.now() || i % 3 === 2) return {};
	return { entryMs: startMs - 5 * MINUTE + i * MINUTE, exitMs: endMs - i * 2 * MINUTE };
}

function buildFixtures(state, byKey) {
	const sessions = Object.fromEntries(Object.entries(byKey).map(([key, s]) => [key, s.token]));
	const registrants = {};
	for (const [key, s] of Object.entries(byKey))
		registrants[key] = state.registrants.filter((r) => r.sessionId === s.id).map((r) => r.token);
	return {
		accountToken: state.account.token,
		accountId: state.account.id,
		operatorIds: state.operators.map((o) => o.id),
		operatorUserIds: state.operators.map((o) => o.userID),
		ownerOperatorId: 101,
		sessions,
		eventTokens: Object.fromEntries(Object.entries(byKey).map(([key, s]) => [key, s.eventToken])),
		periods: {
			past: [sessions.q4Review, sessions.dryRun, sessions.onboarding],
			current: [sessions.officeHours],
			future: [sessions.launchApac, sessions.launchEmea, sessions.partnerDraft],
		},
		registrants,
		registrantCounts: Object.fromEntries(
			Object.entries(registrants).map(([key, list]) => [key, list.length]),
		),
		attendedCounts: Object.fromEntries(
			Object.entries(byKey).map(([key, s]) => [
				key,
				state.registrants.filter((r) => r.sessionId === s.id && r.entryMs !== null).length,
			]),
		),
		surveys: {
			onboardingFeedback: 7001,
			onboardingPoll: 7002,
			q4Feedback: 7003,
			officeHoursCheckIn: 7004,
		},
		rooms: { sales: 4101, success: 4102, support: 4103 },
		roomRowIds: { sales: 11, success: 12, support: 13 },
		passCodes: { launchApac: 482913, supportRoom: 2468 },
	};
}

module.exports = { seedState, registrantToken };
