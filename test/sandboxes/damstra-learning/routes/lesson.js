'use strict';

const { parsePaging, paginate } = require('../../framework');
const v = require('../validate');
const { badRequest } = require('../errors');
const { lessonJson, lessonDetailJson } = require('../serialize');

const PUBLISHED_STATES = ['active', 'inactive', 'never', 'rendering', 'error'];

function csv(ctx, name) {
	const raw = v.queryString(ctx, name);
	if (raw === undefined || raw.trim() === '') return null;
	return raw
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
}

function filtered(state, ctx) {
	const q = (v.queryString(ctx, 'q') || '').trim().toLowerCase();
	const lessonIds = csv(ctx, 'lessonIds');
	const ids =
		lessonIds &&
		lessonIds.map(
			(s) =>
				v.toId(s) ??
				badRequest('lessonIds', `lessonIds must be comma-separated numeric ids; got "${s}"`),
		);
	const states = csv(ctx, 'publishedStates');
	if (states) states.forEach((s) => v.oneOf(s, PUBLISHED_STATES, 'publishedStates'));
	return state.lessons.filter(
		(l) =>
			(!q || l.name.toLowerCase().includes(q)) &&
			(!ids || ids.includes(l.lessonId)) &&
			(!states || states.includes(l.status)),
	);
}

module.exports = function lessonRoutes(state) {
	return [
		{
			method: 'GET',
			path: '/lesson',
			handler(ctx) {
				const paging = parsePaging(ctx.query);
				const page = paginate(filtered(state, ctx), paging);
				return { results: page.results.map(lessonJson), meta: page.meta };
			},
		},
		{
			// The doc's example envelope carries createdDate/modifiedDate/id:"null" on meta and on the
			// envelope itself; mirrored so clients learn to ignore them.
			method: 'GET',
			path: '/lessondetails',
			handler(ctx) {
				const paging = parsePaging(ctx.query);
				const page = paginate(filtered(state, ctx), paging);
				const stamp = state.lessons.length ? state.lessons[0].createdDate : null;
				return {
					results: page.results.map(lessonDetailJson),
					meta: { ...page.meta, id: 'null', createdDate: stamp, modifiedDate: stamp },
					createdDate: stamp,
					modifiedDate: stamp,
					id: 'null',
				};
			},
		},
	];
};
