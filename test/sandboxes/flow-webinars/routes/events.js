'use strict';

const { json } = require('../../framework');
const { badRequest, notFound } = require('../errors');
const { sessionParam, boolQuery, ok } = require('./common');
const { objectBody, createEventFields } = require('../validate');
const { sessionJson, publicSessionJson } = require('../serialize');
const { periodOf, sessionWindow, createSession, findSession } = require('../store');

const PERIODS = ['current', 'past', 'future'];

function byStart(a, b) {
	return sessionWindow(a).startMs - sessionWindow(b).startMs || a.id - b.id;
}

module.exports = function eventRoutes(state) {
	return [
		{
			method: 'GET',
			path: '/events/sessions',
			handler(ctx) {
				const raw = ctx.query.period;
				const period =
					raw === undefined || raw === ''
						? null
						: String(Array.isArray(raw) ? raw[raw.length - 1] : raw).toLowerCase();
				if (period !== null && !PERIODS.includes(period))
					badRequest(
						'period',
						`period must be one of ${PERIODS.join(', ')} (omit it for all sessions).`,
					);
				const withAnalytics = boolQuery(ctx, 'simple_analytics');
				const list = state.sessions
					.filter((s) => period === null || periodOf(state, s) === period)
					.sort(byStart);
				return ok(list.map((s) => sessionJson(state, s, { withAnalytics })));
			},
		},
		{
			method: 'GET',
			path: '/events/sessions/:sessionToken',
			handler(ctx) {
				const session = sessionParam(state, ctx);
				return ok(
					sessionJson(state, session, {
						withAnalytics: boolQuery(ctx, 'simple_analytics'),
						withFeedback: true,
					}),
				);
			},
		},
		{
			method: 'GET',
			path: '/events/sessions/public/:sessionToken',
			publicRoute: true,
			handler(ctx) {
				const session = findSession(state, ctx.params.sessionToken);
				// Drafts are not public: same answer as an unknown token.
				if (!session || !session.published)
					notFound(`Event session "${ctx.params.sessionToken}" not found.`);
				return ok(publicSessionJson(state, session));
			},
		},
		{
			method: 'POST',
			path: '/event',
			handler(ctx) {
				const session = createSession(state, createEventFields(state, objectBody(ctx)));
				return json(200, {
					code: 200,
					message: 'Event created successfully.',
					localDescription: 'Event created successfully.',
					data: { token: session.token, eventToken: session.eventToken },
				});
			},
		},
	];
};
