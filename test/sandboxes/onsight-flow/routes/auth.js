'use strict';

const crypto = require('node:crypto');
const { issueToken, SCOPES } = require('../auth');
const { badRequest } = require('../errors');
const { objectBody, requireString } = require('../util');

/* POST /connect/token, POST /api/client/ (both on the accounts host). */
module.exports = (state) => ({
	'auth.token': (ctx) => issueToken(state, ctx),

	'auth.createClient': (ctx) => {
		const b = objectBody(ctx);
		const name = requireString(b, 'name');
		if (
			!Array.isArray(b.scopes) ||
			!b.scopes.length ||
			!b.scopes.every((s) => typeof s === 'string')
		)
			badRequest('The scopes field must be a non-empty array of scope URIs');
		const scopes = [...new Set(b.scopes.map((s) => s.replace(/([^:/])\/\/+/g, '$1/')))];
		const unknown = scopes.filter((s) => !SCOPES.includes(s));
		if (unknown.length) badRequest(`Unknown scope(s): ${unknown.join(', ')}`);
		const permissions = b.permissions === undefined ? ['admin'] : b.permissions;
		if (!Array.isArray(permissions) || !permissions.every((p) => typeof p === 'string'))
			badRequest('The permissions field must be an array of strings');
		const valid = ['owner', 'admin', 'editor', 'approver', 'spoke'];
		const bad = permissions.filter((p) => !valid.includes(p.toLowerCase()));
		if (bad.length) badRequest(`Unknown permission(s): ${bad.join(', ')}`);
		const clientId = state.ids.hex();
		const secret = crypto.randomBytes(24).toString('base64url');
		const client = {
			clientId,
			clientSecret: secret,
			scopes,
			displayName: name,
			permissions: permissions.map((p) => p.toLowerCase()),
			secretId: state.ids.hex(),
			userId: ctx.client ? ctx.client.userId : undefined,
		};
		state.auth.clients.set(clientId, client);
		return {
			client: {
				clientId,
				grantTypes: ['client_credentials'],
				secrets: [{ secretId: client.secretId }],
				teamName: state.teamName,
				displayName: name,
				scopes: scopes.slice(),
				allowAccessTokensViaBrowser: false,
				clientPermissions: client.permissions.slice(),
			},
			newSecret: secret,
		};
	},
});
