'use strict';

const { json } = require('../../framework');
const { badRequest, notFound } = require('../errors');
const { sessionParam, ok } = require('./common');
const { objectBody, registrationFields } = require('../validate');
const { registrantJson, registrationJson } = require('../serialize');
const { findSession, registrantsOf, registerAttendee, periodOf } = require('../store');

module.exports = function registrantRoutes(state) {
	return [
		{
			method: 'POST',
			path: '/registrants',
			handler(ctx) {
				const fields = registrationFields(objectBody(ctx));
				const session = findSession(state, fields.eventSessionToken);
				if (!session) notFound(`Event session "${fields.eventSessionToken}" not found.`);
				// After the end, only sessions with on-demand replays take registrations (their purpose).
				const already = registrantsOf(state, session).some(
					(r) => r.email.toLowerCase() === fields.email.toLowerCase(),
				);
				if (!already && periodOf(state, session) === 'past' && !session.onDemandReplays) {
					badRequest(
						'eventSessionToken',
						'This event session has ended and does not offer on-demand replays; registration is closed.',
					);
				}
				const { registrant, isNew } = registerAttendee(state, session, fields);
				const data = registrationJson(state, session, registrant, isNew);
				return json(
					200,
					fields.redirect ? { code: 200, data, redirectURL: data.url } : { code: 200, data },
				);
			},
		},
		{
			method: 'GET',
			path: '/reports/events/sessions/registrants/:sessionToken',
			handler(ctx) {
				const session = sessionParam(state, ctx);
				return ok(registrantsOf(state, session).map((r) => registrantJson(state, r)));
			},
		},
	];
};
