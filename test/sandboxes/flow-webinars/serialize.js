'use strict';

const { formatStamp } = require('./dates');
const { sessionWindow, registrantsOf } = require('./store');

const MINUTE = 60 * 1000;

function userJson(state, o) {
	return {
		id: o.id,
		userID: o.userID,
		token: o.token,
		accountToken: state.account.token,
		firstName: o.firstName,
		lastName: o.lastName,
		email: o.email,
		phone: o.phone,
		title: o.title,
		company: o.company,
		bio: o.bio,
		linkedinUrl: o.linkedinUrl,
		twitterID: o.twitterID,
		permission: o.permission,
		accountServiceLevel: 3,
		createdBy: o.createdBy,
		createdDate: o.createdDate,
		avatarToken: o.avatarToken,
		avatarExtension: o.avatarExtension,
	};
}

function personRef(o) {
	return {
		id: o.id,
		userID: o.userID,
		firstName: o.firstName,
		lastName: o.lastName,
		email: o.email,
	};
}

function minutesAttended(state, r) {
	if (r.entryMs === null) return 0;
	const until = r.exitMs ?? state.clock.now();
	return Math.max(0, Math.round((until - r.entryMs) / MINUTE));
}

function analytics(state, session) {
	const list = registrantsOf(state, session);
	const attended = list.filter((r) => r.entryMs !== null);
	const chats = state.chats.filter((c) => c.sessionId === session.id);
	const responses = state.surveys
		.filter((s) => s.sessionId === session.id)
		.reduce((n, s) => n + s.responses.length, 0);
	const totalMinutes = attended.reduce((n, r) => n + minutesAttended(state, r), 0);
	return {
		registrants: list.length,
		attendees: attended.length,
		attendanceRate: list.length ? Math.round((attended.length / list.length) * 100) : 0,
		averageMinutesAttended: attended.length ? Math.round(totalMinutes / attended.length) : 0,
		attendeeChatMessages: chats.filter((c) => c.kind === 'attendee').length,
		operatorChatMessages: chats.filter((c) => c.kind === 'operator').length,
		surveyResponses: responses,
	};
}

function sessionJson(state, session, { withAnalytics = false, withFeedback = false } = {}) {
	const operatorById = new Map(state.operators.map((o) => [o.id, o]));
	const creator = operatorById.get(session.creatorId);
	const out = {
		id: session.id,
		token: session.token,
		eventToken: session.eventToken,
		title: session.title,
		description: session.description,
		date: session.date,
		time: session.time,
		timezone: session.timezone,
		duration: session.duration,
		earlyAccessPeriod: session.earlyAccessPeriod,
		published: session.published,
		videoRecord: session.videoRecord,
		onDemandReplays: session.onDemandReplays,
		accessStatus: session.published ? 1 : 0,
		createDate: formatStamp(session.createMs),
		creator: creator ? personRef(creator) : null,
		operators: session.operators.map((o) => ({
			...personRef(operatorById.get(o.id)),
			role: o.role,
			micEnabled: o.micEnabled,
			camEnabled: o.camEnabled,
			screenSharingEnabled: o.screenSharingEnabled,
		})),
	};
	if (withFeedback) out.feedbackQuestions = session.feedbackQuestions.map((q) => ({ ...q }));
	if (withAnalytics) out.analytics = analytics(state, session);
	return out;
}

// What a registration page can show without a key: no operators' e-mails, no counts.
function publicSessionJson(state, session) {
	const operatorById = new Map(state.operators.map((o) => [o.id, o]));
	const { startMs, endMs } = sessionWindow(session);
	return {
		token: session.token,
		eventToken: session.eventToken,
		title: session.title,
		description: session.description,
		date: session.date,
		time: session.time,
		timezone: session.timezone,
		duration: session.duration,
		earlyAccessPeriod: session.earlyAccessPeriod,
		startUTC: formatStamp(startMs),
		endUTC: formatStamp(endMs),
		passCodeRequired: session.passCode !== null,
		registrationOpen: endMs > state.clock.now() || Boolean(session.onDemandReplays),
		operators: session.operators.map((o) => {
			const op = operatorById.get(o.id);
			return {
				firstName: op.firstName,
				lastName: op.lastName,
				title: op.title,
				company: op.company,
				role: o.role,
			};
		}),
	};
}

function registrantJson(state, r) {
	return {
		id: r.id,
		userID: r.userID,
		eventSessionID: r.sessionId,
		token: r.token,
		firstName: r.firstName,
		lastName: r.lastName,
		email: r.email,
		phone: r.phone,
		location: r.location,
		role: r.role,
		entryTime: formatStamp(r.entryMs),
		exitTime: formatStamp(r.exitMs),
		micEnabled: r.micEnabled,
		camEnabled: r.camEnabled,
		screenSharingEnabled: r.screenSharingEnabled,
	};
}

function joinUrl(state, session, r) {
	return `${state.origin}/e/${encodeURIComponent(session.token)}/join/${encodeURIComponent(r.token)}`;
}

function registrationJson(state, session, r, isNew) {
	return {
		url: joinUrl(state, session, r),
		token: r.token,
		id: r.id,
		date: session.date,
		time: session.time,
		timezone: session.timezone,
		isNew,
		passCode: session.passCode,
	};
}

function surveyJson(survey) {
	return {
		id: survey.id,
		name: survey.name,
		text: survey.text,
		anonymous: survey.anonymous,
		resultDisplayOption: survey.resultDisplayOption,
	};
}

function roomUrl(state, room) {
	return `${state.origin}/rooms/${room.room_id}`;
}

function roomJson(state, room) {
	return {
		id: room.id,
		room_id: room.room_id,
		title: room.title,
		description: room.description,
		account_token: state.account.token,
		creator_id: room.creator_id,
		account_id: state.account.id,
		redirectURL: roomUrl(state, room),
	};
}

function roomRegistrationJson(state, room, member, isNew) {
	return {
		url: `${roomUrl(state, room)}/join/${encodeURIComponent(member.token)}`,
		token: member.token,
		id: member.id,
		date: room.date,
		time: room.time,
		timezone: room.timezone,
		isNew,
		passCode: room.passCode,
	};
}

module.exports = {
	userJson,
	sessionJson,
	publicSessionJson,
	registrantJson,
	registrationJson,
	surveyJson,
	roomJson,
	roomRegistrationJson,
	minutesAttended,
	analytics,
};
