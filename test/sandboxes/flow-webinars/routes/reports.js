'use strict';

const { text } = require('../../framework');
const { notFound } = require('../errors');
const { sessionParam, ok } = require('./common');
const { surveyJson } = require('../serialize');
const reports = require('../reports');

function csvResponse(csv, filename) {
	return text(200, csv, 'text/csv; charset=utf-8', {
		'content-disposition': `attachment; filename="${filename}"`,
	});
}

const CSV_REPORTS = {
	registrants: reports.registrantsCsv,
	attendeeChat: reports.attendeeChatCsv,
	operatorChat: reports.operatorChatCsv,
};

module.exports = function reportRoutes(state) {
	const surveysOf = (session) => state.surveys.filter((s) => s.sessionId === session.id);
	return [
		{
			method: 'GET',
			path: '/reports/events/sessions/surveys/:sessionToken',
			handler: (ctx) => ok(surveysOf(sessionParam(state, ctx)).map(surveyJson)),
		},
		{
			method: 'GET',
			path: '/reports/events/sessions/csv/summary/:sessionToken',
			handler(ctx) {
				const session = sessionParam(state, ctx);
				// The reference shows both shapes ([S] CSV, [MC] JSON of CSV strings); tests flip this switch.
				if (state.settings.summaryAs === 'json') return ok(reports.summaryParts(state, session));
				return csvResponse(reports.summaryCsv(state, session), `summary-${session.token}.csv`);
			},
		},
		...Object.entries(CSV_REPORTS).map(([kind, build]) => ({
			method: 'GET',
			path: `/reports/events/sessions/csv/${kind}/:sessionToken`,
			handler(ctx) {
				const session = sessionParam(state, ctx);
				return csvResponse(build(state, session), `${kind}-${session.token}.csv`);
			},
		})),
		{
			method: 'GET',
			path: '/reports/events/sessions/csv/surveyDetail/:sessionToken/:surveyId',
			handler(ctx) {
				const session = sessionParam(state, ctx);
				const wanted = String(ctx.params.surveyId).trim();
				const survey = /^\d+$/.test(wanted)
					? surveysOf(session).find((s) => s.id === Number(wanted))
					: null;
				if (!survey)
					notFound(
						`Survey "${ctx.params.surveyId}" not found for event session "${session.token}".`,
					);
				return csvResponse(
					reports.surveyDetailCsv(state, survey),
					`surveyDetail-${session.token}-${survey.id}.csv`,
				);
			},
		},
	];
};
