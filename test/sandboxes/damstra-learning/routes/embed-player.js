'use strict';

const crypto = require('node:crypto');
const v = require('../validate');
const { badRequest, coded, notFound } = require('../errors');

module.exports = function embedPlayerRoutes(state) {
	// 840/837/836 are the documented embed errors; the HTTP statuses (404/400/400) are our choice.
	function embedUrl(rawId, field) {
		const id = v.toId(rawId);
		if (id === null) badRequest(field, `${field} must be a numeric lesson schedule id`);
		const schedule = state.index.schedules.get(id);
		if (!schedule) notFound('lessonSchedule', id);
		if (schedule.status === 'completed') coded(400, 837, 'This lesson schedule is completed');
		if (schedule.status === 'cancelled') coded(400, 836, 'This lesson schedule is cancelled');
		const token = crypto.randomBytes(27).toString('base64url');
		return { embedUrl: `${state.origin}/app/#player/${schedule.id}?embed=true&token=${token}` };
	}

	return [
		{
			method: 'GET',
			path: '/embed_player',
			handler(ctx) {
				const raw = v.queryString(ctx, 'lessonScheduleId');
				if (raw === undefined || raw === '')
					badRequest('lessonScheduleId', 'Missing required query parameter: lessonScheduleId');
				return embedUrl(raw, 'lessonScheduleId');
			},
		},
		{
			method: 'GET',
			path: '/embed_player/version/:lessonScheduleId',
			handler: (ctx) => embedUrl(ctx.params.lessonScheduleId, 'lessonScheduleId'),
		},
	];
};
