'use strict';

const { parsePaging, paginate } = require('../../framework');
const v = require('../validate');
const { badRequest } = require('../errors');
const { groupJson, memberCounts, userJson } = require('../serialize');
const { groupStyle } = require('../dates');
const { addGroup, nextId } = require('../data');

function groupFields(state, body, self) {
	v.requireFields(body, ['name', 'description']);
	const fields = { name: v.nonEmptyString(body, 'name') };
	if (typeof body.description !== 'string')
		badRequest('description', 'description must be a string');
	fields.description = body.description;
	if (body.parentId !== undefined && body.parentId !== null) {
		const parentId = v.toId(body.parentId);
		if (parentId === null) badRequest('parentId', 'parentId must be a numeric group id');
		if (!state.index.groups.has(parentId))
			badRequest('parentId', `parentId: group ${parentId} does not exist`);
		if (self && parentId === self.id) badRequest('parentId', 'A group cannot be its own parent');
		fields.parentId = parentId;
	} else if (body.parentId === null || !self) {
		fields.parentId = null;
	}
	return fields;
}

// Member and supervisor lists share everything but the user field they live in.
function membershipRoutes(state, { segment, addPath, removePath, field }) {
	const group = (ctx) => v.lookup(state.index.groups, 'group', v.pathId(ctx, 'groupId'));
	const usersFor = (ctx) => {
		const ids = v.idList(v.objectBody(ctx), 'userIds');
		const unknown = ids.filter((id) => !state.index.users.has(id));
		if (unknown.length) badRequest('userIds', `Unknown user ids: ${unknown.join(', ')}`);
		return ids.map((id) => state.index.users.get(id));
	};
	return [
		{
			method: 'GET',
			path: `/group/:groupId/${segment}`,
			handler(ctx) {
				const g = group(ctx);
				const paging = parsePaging(ctx.query);
				const page = paginate(
					state.users.filter((u) => u[field].some((ref) => ref.id === g.id)),
					paging,
				);
				return { results: page.results.map(userJson), meta: page.meta };
			},
		},
		{
			method: 'POST',
			path: `/group/:groupId/${addPath}`,
			handler(ctx) {
				const g = group(ctx);
				for (const u of usersFor(ctx))
					if (!u[field].some((ref) => ref.id === g.id)) u[field].push({ id: g.id });
			},
		},
		{
			method: 'POST',
			path: `/group/:groupId/${removePath}`,
			handler(ctx) {
				const g = group(ctx);
				for (const u of usersFor(ctx)) u[field] = u[field].filter((ref) => ref.id !== g.id);
			},
		},
	];
}

module.exports = function groupRoutes(state) {
	const group = (ctx) => v.lookup(state.index.groups, 'group', v.pathId(ctx, 'groupId'));
	const one = (g) => groupJson(g, memberCounts(state));

	return [
		{
			method: 'GET',
			path: '/group',
			handler(ctx) {
				const paging = parsePaging(ctx.query);
				const q = (v.queryString(ctx, 'q') || '').trim().toLowerCase();
				const page = paginate(
					state.groups.filter((g) => g.active && (!q || g.name.toLowerCase().includes(q))),
					paging,
				);
				const counts = memberCounts(state);
				return { results: page.results.map((g) => groupJson(g, counts)), meta: page.meta };
			},
		},
		{ method: 'GET', path: '/group/:groupId', handler: (ctx) => one(group(ctx)) },
		{
			method: 'POST',
			path: '/group',
			handler(ctx) {
				const fields = groupFields(state, v.objectBody(ctx), null);
				const g = addGroup(state, {
					id: nextId(state, 'group'),
					...fields,
					createdDate: groupStyle(Date.now()),
					clientId: state.client.id,
					active: true,
				});
				return one(g);
			},
		},
		{
			method: 'POST',
			path: '/group/:groupId',
			handler(ctx) {
				const g = group(ctx);
				Object.assign(g, groupFields(state, v.objectBody(ctx), g));
				return one(g);
			},
		},
		...membershipRoutes(state, {
			segment: 'member',
			addPath: 'add_members',
			removePath: 'remove_members',
			field: 'groups',
		}),
		...membershipRoutes(state, {
			segment: 'supervisor',
			addPath: 'add_supervisors',
			removePath: 'remove_supervisors',
			field: 'groupsSupervised',
		}),
		{
			method: 'POST',
			path: '/group/:groupId/inactivate',
			handler(ctx) {
				group(ctx).active = false;
			},
		},
	];
};
