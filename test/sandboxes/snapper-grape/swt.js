'use strict';

const crypto = require('node:crypto');

/*
 * SWT canonicalisation (the vendor leaves it undocumented; this is the sandbox's contract):
 *   token  = Issuer=<issuer>&ExpiresOn=<unix seconds>&<identity key>=<value>&HMACSHA256=<sig>
 *   every value is encodeURIComponent()-encoded; Issuer and ExpiresOn are optional
 *   identity key: username | user_name | person_id | external_person_id (exactly one)
 *   sig    = encodeURIComponent(base64(HMAC-SHA256(secret, <the exact text before "&HMACSHA256=">)))
 * Header: Authorization: SWT <token>
 */
const IDENTITY_KEYS = ['username', 'user_name', 'person_id', 'external_person_id'];
const SIG_MARK = '&HMACSHA256=';

const sign = (secret, text) =>
	crypto.createHmac('sha256', secret).update(text, 'utf8').digest('base64');

/** Builds a token; `identity` is { username | user_name | person_id | external_person_id }. */
function buildSwt({ secret, issuer, expiresOn, ...identity }) {
	const parts = [];
	if (issuer !== undefined && issuer !== null) parts.push(`Issuer=${encodeURIComponent(issuer)}`);
	if (expiresOn !== undefined && expiresOn !== null)
		parts.push(`ExpiresOn=${encodeURIComponent(String(expiresOn))}`);
	for (const key of IDENTITY_KEYS)
		if (identity[key] !== undefined)
			parts.push(`${key}=${encodeURIComponent(String(identity[key]))}`);
	const signed = parts.join('&');
	return `${signed}${SIG_MARK}${encodeURIComponent(sign(secret, signed))}`;
}

function safeDecode(text) {
	try {
		return decodeURIComponent(text);
	} catch {
		return null;
	}
}

/**
 * → { ok: true, key, value, params } or { ok: false, message }. `nowSeconds` from the sandbox clock.
 * The signature is compared after URL-decoding, so an unencoded base64 signature also passes.
 */
function verifySwt(token, { secret, issuer, nowSeconds }) {
	const at = token.lastIndexOf(SIG_MARK);
	if (at < 0) return { ok: false, message: 'SWT token has no HMACSHA256 signature.' };
	const signed = token.slice(0, at);
	const given = safeDecode(token.slice(at + SIG_MARK.length));
	const expected = sign(secret, signed);
	const a = Buffer.from(String(given));
	const b = Buffer.from(expected);
	if (given === null || a.length !== b.length || !crypto.timingSafeEqual(a, b))
		return { ok: false, message: 'SWT signature is invalid.' };
	const params = {};
	for (const pair of signed.split('&')) {
		const eq = pair.indexOf('=');
		if (eq < 1) return { ok: false, message: 'SWT token is malformed.' };
		const value = safeDecode(pair.slice(eq + 1));
		if (value === null) return { ok: false, message: 'SWT token is malformed.' };
		params[pair.slice(0, eq)] = value;
	}
	if (params.Issuer !== undefined && params.Issuer !== issuer)
		return { ok: false, message: `SWT issuer "${params.Issuer}" is not trusted.` };
	if (params.ExpiresOn !== undefined) {
		if (!/^\d+$/.test(params.ExpiresOn))
			return { ok: false, message: 'SWT ExpiresOn must be unix seconds.' };
		if (Number(params.ExpiresOn) <= nowSeconds)
			return { ok: false, message: 'SWT token has expired.' };
	}
	const keys = IDENTITY_KEYS.filter((k) => params[k] !== undefined);
	if (keys.length !== 1)
		return { ok: false, message: `SWT token needs exactly one of ${IDENTITY_KEYS.join(', ')}.` };
	return { ok: true, key: keys[0], value: params[keys[0]], params };
}

module.exports = { buildSwt, verifySwt, sign, IDENTITY_KEYS };
