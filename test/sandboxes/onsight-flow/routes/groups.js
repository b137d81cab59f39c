'use strict';

const { groupOr404 } = require('../store');
const { groupSummary, groupDetails } = require('../serialize');
const { badRequest } = require('../errors');
const { objectBody, arrayBody, requireString, flag } = require('../util');

/* Groups, split over three path families exactly as printed: ACC /api/group, GW /group, GW /api/group. */
const PERMISSIONS = ['dataViewer', 'editor', 'modifier', 'executor', 'approver'];

module.exports = (state) => {
	const knownUsers = (ids) => {
		const missing = ids.filter((id) => !state.users.some((u) => u.userId === id));
		if (missing.length) badRequest(`User ${missing.join(', ')} not found`);
		return ids;
	};
	return {
		'groups.getAll': () => state.groups.map(groupSummary),
		'groups.create': (ctx) => {
			const name = requireString(objectBody(ctx), 'name');
			const g = {
				groupId: state.ids.hex(),
				name,
				created: Date.now(),
				users: [],
				permissions: Object.fromEntries(PERMISSIONS.map((p) => [p, false])),
			};
			state.groups.push(g);
			return groupSummary(g);
		},
		'groups.get': (ctx) => groupDetails(state, groupOr404(state, ctx.params.group_id)),
		'groups.updateName': (ctx) => {
			const g = groupOr404(state, ctx.params.group_id);
			g.name = requireString(objectBody(ctx), 'name');
			return groupSummary(g);
		},
		'groups.updatePermissions': (ctx) => {
			const g = groupOr404(state, ctx.params.group_id);
			const b = objectBody(ctx);
			const unknown = Object.keys(b).filter((k) => !PERMISSIONS.includes(k));
			if (unknown.length)
				badRequest(
					`Unknown permission(s): ${unknown.join(', ')} (known: ${PERMISSIONS.join(', ')})`,
				);
			const next = {};
			for (const [k, v] of Object.entries(b)) next[k] = flag(k, v);
			Object.assign(g.permissions, next);
		},
		'groups.addUsers': (ctx) => {
			const g = groupOr404(state, ctx.params.group_id);
			for (const id of knownUsers(arrayBody(ctx))) if (!g.users.includes(id)) g.users.push(id);
		},
		'groups.removeUsers': (ctx) => {
			const g = groupOr404(state, ctx.params.group_id);
			const ids = arrayBody(ctx);
			g.users = g.users.filter((id) => !ids.includes(id));
		},
		'groups.delete': (ctx) => {
			const g = groupOr404(state, ctx.params.group_id);
			state.groups.splice(state.groups.indexOf(g), 1);
		},
	};
};
