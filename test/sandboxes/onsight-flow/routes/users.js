'use strict';

const crypto = require('node:crypto');
const store = require('../store');
const { userOut } = require('../serialize');
const { badRequest, conflict } = require('../errors');
const { objectBody, requireString, flag } = require('../util');

/* Users (accounts host /api/team/...). Lock/unlock/reset password live at /api/team/{id}/... (no /user). */
const PERMISSIONS = ['admin', 'dataViewer', 'executor'];

const newPassword = () => `${crypto.randomBytes(9).toString('base64url')}!9a`;

module.exports = (state) => ({
	'users.getAll': () => state.users.map(userOut),
	'users.get': (ctx) => userOut(store.userOr404(state, ctx.params.user_id)),
	'users.create': (ctx) => {
		const b = objectBody(ctx);
		const email = requireString(b, 'emailAddress');
		if (!/^[^@\s]+@[^@\s]+$/.test(email))
			badRequest(`emailAddress ${email} is not a valid e-mail address`);
		const username = b.username === undefined ? email : requireString(b, 'username');
		const name = b.name === undefined ? email.split('@')[0] : requireString(b, 'name');
		if (state.users.some((u) => u.username.toLowerCase() === username.toLowerCase()))
			conflict(`User ${username} already exists`);
		const user = {
			userId: state.ids.hex(),
			username,
			emailAddress: email,
			name,
			created: Date.now(),
			locked: false,
			password: newPassword(),
			permissions: { admin: false, dataViewer: false, executor: true },
		};
		state.users.push(user);
		return { ...userOut(user), password: user.password };
	},
	'users.getPermissions': (ctx) => ({ ...store.userOr404(state, ctx.params.user_id).permissions }),
	'users.updatePermissions': (ctx) => {
		const user = store.userOr404(state, ctx.params.userId);
		const b = objectBody(ctx);
		const unknown = Object.keys(b).filter((k) => !PERMISSIONS.includes(k));
		if (unknown.length)
			badRequest(`Unknown permission(s): ${unknown.join(', ')} (known: ${PERMISSIONS.join(', ')})`);
		const next = {};
		for (const [k, v] of Object.entries(b)) next[k] = flag(k, v);
		Object.assign(user.permissions, next);
	},
	'users.lock': (ctx) => {
		store.userOr404(state, ctx.params.user_id).locked = true;
	},
	'users.unlock': (ctx) => {
		store.userOr404(state, ctx.params.user_id).locked = false;
	},
	'users.resetPassword': (ctx) => {
		const user = store.userOr404(state, ctx.params.user_id);
		user.password = newPassword();
		return { password: user.password };
	},
	'users.updateDetails': (ctx) => {
		const user = store.userOr404(state, ctx.params.user_id);
		const b = objectBody(ctx);
		const field = b.Name !== undefined ? 'Name' : 'name';
		user.name = requireString(b, field);
	},
	'users.delete': (ctx) => {
		const user = store.userOr404(state, ctx.params.user_id);
		state.users.splice(state.users.indexOf(user), 1);
		for (const g of state.groups) g.users = g.users.filter((id) => id !== user.userId);
		for (const s of state.scheduledJobs)
			s.assignedUserIds = s.assignedUserIds.filter((id) => id !== user.userId);
	},
});
