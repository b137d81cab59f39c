'use strict';

const { toCsv, EOL } = require('./csv');
const { formatStamp } = require('./dates');
const { registrantsOf, sessionWindow } = require('./store');
const { minutesAttended } = require('./serialize');

/*
 * Column sets are the sandbox's choice (the reference names the reports, not their columns);
 * README.md lists them. Rows are ordered by time, registrants by registration.
 */
const ROLE_LABELS = { 1: 'Attendee', 5: 'Presenter', 10: 'Organizer' };

const COLUMNS = {
	registrants: [
		'Token',
		'First Name',
		'Last Name',
		'Email',
		'Phone',
		'Location',
		'Role',
		'Registered At',
		'Entry Time',
		'Exit Time',
		'Minutes Attended',
	],
	attendeeChat: ['Sent At', 'Registrant Token', 'First Name', 'Last Name', 'Email', 'Message'],
	operatorChat: ['Sent At', 'Operator ID', 'First Name', 'Last Name', 'Email', 'Message'],
	surveyDetailPrefix: ['Submitted At', 'Registrant Token', 'First Name', 'Last Name', 'Email'],
	surveyResults: [
		'Survey ID',
		'Survey Name',
		'Question',
		'Answer',
		'Submitted At',
		'Registrant Token',
		'First Name',
		'Last Name',
		'Email',
	],
};

function registrantsCsv(state, session) {
	const rows = registrantsOf(state, session)
		.slice()
		.sort((a, b) => a.registeredMs - b.registeredMs || a.id - b.id)
		.map((r) => [
			r.token,
			r.firstName,
			r.lastName,
			r.email,
			r.phone,
			r.location,
			ROLE_LABELS[r.role] || r.role,
			formatStamp(r.registeredMs),
			formatStamp(r.entryMs),
			formatStamp(r.exitMs),
			minutesAttended(state, r),
		]);
	return toCsv(COLUMNS.registrants, rows);
}

function chatLines(state, session, kind) {
	return state.chats
		.filter((c) => c.sessionId === session.id && c.kind === kind)
		.sort((a, b) => a.sentMs - b.sentMs);
}

function attendeeChatCsv(state, session) {
	const byId = new Map(state.registrants.map((r) => [r.id, r]));
	const rows = chatLines(state, session, 'attendee').map((c) => {
		const r = byId.get(c.registrantId);
		return [formatStamp(c.sentMs), r.token, r.firstName, r.lastName, r.email, c.message];
	});
	return toCsv(COLUMNS.attendeeChat, rows);
}

function operatorChatCsv(state, session) {
	const byId = new Map(state.operators.map((o) => [o.id, o]));
	const rows = chatLines(state, session, 'operator').map((c) => {
		const o = byId.get(c.operatorId);
		return [formatStamp(c.sentMs), o.id, o.firstName, o.lastName, o.email, c.message];
	});
	return toCsv(COLUMNS.operatorChat, rows);
}

// Anonymous surveys keep their rows but blank out who answered.
function respondent(state, survey, response) {
	if (survey.anonymous) return ['', '', '', ''];
	const r = state.registrants.find((x) => x.id === response.registrantId);
	return r ? [r.token, r.firstName, r.lastName, r.email] : ['', '', '', ''];
}

function surveyDetailCsv(state, survey) {
	const rows = survey.responses.map((resp) => [
		formatStamp(resp.submittedMs),
		...respondent(state, survey, resp),
		...resp.answers,
	]);
	return toCsv([...COLUMNS.surveyDetailPrefix, ...survey.questions], rows);
}

function surveyResultsCsv(state, session) {
	const rows = [];
	for (const survey of state.surveys.filter((s) => s.sessionId === session.id)) {
		for (const resp of survey.responses) {
			const who = respondent(state, survey, resp);
			survey.questions.forEach((question, i) => {
				rows.push([
					survey.id,
					survey.name,
					question,
					resp.answers[i] ?? '',
					formatStamp(resp.submittedMs),
					...who,
				]);
			});
		}
	}
	return toCsv(COLUMNS.surveyResults, rows);
}

function summaryParts(state, session) {
	return {
		registrants: registrantsCsv(state, session),
		attendeeChat: attendeeChatCsv(state, session),
		operatorChat: operatorChatCsv(state, session),
		surveyResults: surveyResultsCsv(state, session),
	};
}

/** One CSV document: a key/value event block, then each report under a title line, blank-line separated. */
function summaryCsv(state, session) {
	const parts = summaryParts(state, session);
	const list = registrantsOf(state, session);
	const { startMs, endMs } = sessionWindow(session);
	const head = toCsv(
		['Field', 'Value'],
		[
			['Event', session.title],
			['Session Token', session.token],
			['Date', session.date],
			['Time', session.time],
			['Timezone', session.timezone],
			['Start (UTC)', formatStamp(startMs)],
			['End (UTC)', formatStamp(endMs)],
			['Registrants', list.length],
			['Attendees', list.filter((r) => r.entryMs !== null).length],
		],
	);
	const sections = [
		['Registrants', parts.registrants],
		['Attendee Chat', parts.attendeeChat],
		['Operator Chat', parts.operatorChat],
		['Survey Results', parts.surveyResults],
	];
	return head + sections.map(([title, csv]) => EOL + title + EOL + csv).join('');
}

module.exports = {
	COLUMNS,
	registrantsCsv,
	attendeeChatCsv,
	operatorChatCsv,
	surveyDetailCsv,
	surveyResultsCsv,
	summaryParts,
	summaryCsv,
};
