'use strict';

const crypto = require('node:crypto');
const { json } = require('../framework');
const { unauthorized, forbidden } = require('./errors');
const POLICIES = require('./policies.json');

/*
 * OAuth2 client_credentials (IdentityServer-style) with opaque bearer tokens, plus the Query API's
 * ?key= access keys. Auth state lives in state.auth and survives reset():
 *   clients: Map clientId → { clientId, clientSecret, scopes, userId, displayName, permissions }
 *   tokens:  Map token → { clientId, scopes, expiresAt, revoked }
 *   issued:  tokens minted since the last reset
 *   tempKeys: [{ value, expiry }]
 */
const SCOPES = POLICIES.scopes;
const SCOPE = (name) => `https://www.flow.librestream.com/auth/${name}`;
const READ_ONLY_SCOPES = [SCOPE('job.read'), SCOPE('workflow.read'), SCOPE('query.read')];
const QUERY_SCOPES = [SCOPE('query.read'), SCOPE('query.admin')];

function createAuthState(o) {
	const auth = { clients: new Map(), tokens: new Map(), issued: 0, tempKeys: [], options: o };
	auth.clients.set(o.clientId, {
		clientId: o.clientId,
		clientSecret: o.clientSecret,
		scopes: SCOPES.slice(),
		displayName: 'Sandbox full client',
		permissions: ['admin'],
	});
	auth.clients.set('sandbox-readonly-client', {
		clientId: 'sandbox-readonly-client',
		clientSecret: 'sandbox-readonly-secret',
		scopes: READ_ONLY_SCOPES.slice(),
		displayName: 'Sandbox read-only client',
		permissions: ['admin'],
	});
	return auth;
}

function tokenError(error, description, status = 400) {
	return json(
		status,
		{ error, error_description: description },
		{ 'cache-control': 'no-store', pragma: 'no-cache' },
	);
}

function formFields(ctx) {
	const type = String(ctx.headers['content-type'] || '')
		.split(';')[0]
		.trim()
		.toLowerCase();
	if (type && type !== 'application/x-www-form-urlencoded') return null;
	return Object.fromEntries(new URLSearchParams(ctx.rawBody || ''));
}

/** POST /connect/token */
function issueToken(state, ctx) {
	const auth = state.auth;
	const form = formFields(ctx);
	if (!form)
		return tokenError(
			'invalid_request',
			'The token request must be application/x-www-form-urlencoded',
		);
	if (form.grant_type !== 'client_credentials')
		return tokenError(
			'unsupported_grant_type',
			`grant_type "${form.grant_type || ''}" is not supported`,
		);
	let { client_id: clientId, client_secret: clientSecret } = form;
	const basic = /^Basic\s+(.+)$/i.exec(String(ctx.headers.authorization || ''));
	if (!clientId && basic) {
		const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
		const colon = decoded.indexOf(':');
		clientId = decodeURIComponent(decoded.slice(0, colon));
		clientSecret = decodeURIComponent(decoded.slice(colon + 1));
	}
	const client = clientId && auth.clients.get(clientId);
	if (!client || client.clientSecret !== clientSecret)
		return tokenError('invalid_client', 'Unknown client or wrong client secret');
	let scopes = client.scopes.slice();
	if (form.scope !== undefined && form.scope.trim() !== '') {
		const wanted = [
			...new Set(
				form.scope
					.trim()
					.split(/\s+/)
					.map((s) => s.replace(/([^:/])\/\/+/g, '$1/')),
			),
		];
		if (wanted.some((s) => !client.scopes.includes(s)))
			return tokenError(
				'invalid_scope',
				'The client is not allowed one or more of the requested scopes',
			);
		scopes = wanted;
	}
	const token = crypto.randomBytes(32).toString('base64url');
	const ttl = auth.options.tokenTtlSeconds;
	auth.tokens.set(token, {
		clientId: client.clientId,
		scopes,
		expiresAt: Date.now() + ttl * 1000,
		revoked: false,
	});
	auth.issued++;
	return json(
		200,
		{ access_token: token, expires_in: ttl, token_type: 'Bearer', scope: scopes.join(' ') },
		{ 'cache-control': 'no-store', pragma: 'no-cache' },
	);
}

function bearerOf(ctx) {
	const m = /^Bearer\s+(\S+)\s*$/i.exec(String(ctx.headers.authorization || ''));
	return m ? m[1] : null;
}

/** The token record for a request, or null (missing/unknown/expired). */
function tokenOf(state, ctx) {
	const raw = bearerOf(ctx);
	const record = raw && state.auth.tokens.get(raw);
	if (!record || record.revoked || record.expiresAt <= Date.now()) return null;
	return record;
}

/** Framework hook body: null = allowed (ctx.client, ctx.token set), else 401/403 descriptor. */
function checkBearer(state, ctx, scopesAnyOf) {
	const record = tokenOf(state, ctx);
	if (!record)
		return unauthorized(
			bearerOf(ctx)
				? 'The access token is invalid or has expired'
				: 'No access token was sent (Authorization: Bearer <token>)',
		);
	if (scopesAnyOf && scopesAnyOf.length && !scopesAnyOf.some((s) => record.scopes.includes(s)))
		return forbidden();
	ctx.token = record;
	ctx.client = state.auth.clients.get(record.clientId);
	return null;
}

function validQueryKey(state, key) {
	const o = state.auth.options;
	if (key === o.queryKey || key === o.secondaryKey) return true;
	return state.auth.tempKeys.some((k) => k.value === key && Date.parse(k.expiry) > Date.now());
}

/** Query API: ?key= (primary, secondary or unexpired temporary), else Bearer with query.read/query.admin. */
function checkQueryAccess(state, ctx) {
	const key = ctx.query.key;
	if (key !== undefined && validQueryKey(state, String(Array.isArray(key) ? key[0] : key))) {
		ctx.viaKey = true;
		return null;
	}
	if (!bearerOf(ctx) && key !== undefined)
		return unauthorized('The query key is invalid or has expired');
	return checkBearer(state, ctx, QUERY_SCOPES);
}

function temporaryKey(state) {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
	const bytes = crypto.randomBytes(24);
	const value = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
	const entry = {
		value,
		expiry: new Date(Date.now() + 3600 * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
	};
	state.auth.tempKeys.push(entry);
	return { ...entry };
}

function expireTokens(state) {
	for (const record of state.auth.tokens.values()) record.revoked = true;
	return state.auth.tokens.size;
}

/** The team user an M2M client acts as ("my" jobs / scheduled jobs, authorId): the API user. */
function actingUser(state, ctx) {
	const id = ctx.client && ctx.client.userId;
	return (id && state.users.find((u) => u.userId === id)) || state.users[0];
}

module.exports = {
	SCOPES,
	SCOPE,
	READ_ONLY_SCOPES,
	QUERY_SCOPES,
	createAuthState,
	issueToken,
	checkBearer,
	checkQueryAccess,
	temporaryKey,
	expireTokens,
	actingUser,
	tokenOf,
};
