'use strict';

const crypto = require('node:crypto');
const { response, binary } = require('../framework');
const { isoSeconds, parseDate } = require('./util');

/*
 * Pre-signed "Azure Blob" links served by the gateway at /blob/<container>/<path…>
 * ?sv=2019-02-02&sr=b&sig=…&st=…&se=…&sp=r. No auth; a request that carries an Authorization
 * header, an expired `se` or a wrong signature gets Azure's 403 XML, an unknown blob 404 BlobNotFound.
 *
 * state.blobs: Map '<container>/<path>' → { contentType, bytes(): Buffer | null, fileName? }
 */
const LINK_TTL_MS = 60 * 60 * 1000;
const MAX_DEPTH = 6;

function sign(state, key, se) {
	return crypto.createHmac('sha256', state.blobSecret).update(`${key}\n${se}`).digest('base64');
}

function blobUrl(state, key, ttlMs = LINK_TTL_MS) {
	const now = Date.now();
	const st = isoSeconds(now - 5 * 60000);
	const se = isoSeconds(now + ttlMs);
	const qs = new URLSearchParams({
		sv: '2019-02-02',
		sr: 'b',
		sig: sign(state, key, se),
		st,
		se,
		sp: 'r',
	});
	const encodedKey = key.split('/').map(encodeURIComponent).join('/');
	return `${state.gatewayOrigin}/blob/${encodedKey}?${qs}`;
}

function registerBlob(state, key, contentType, bytes, extra = {}) {
	state.blobs.set(key, { contentType, bytes, ...extra });
	return key;
}

function azureError(status, code, message) {
	const body = `\ufeff<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}\nRequestId:${crypto.randomUUID()}\nTime:${new Date().toISOString()}</Message></Error>`;
	return response({
		status,
		headers: { 'content-type': 'application/xml', 'x-ms-error-code': code },
		body,
	});
}

function serveBlob(state, ctx) {
	if (ctx.headers.authorization) {
		return azureError(
			403,
			'AuthenticationFailed',
			'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.',
		);
	}
	const key = ctx.pathname.replace(/^\/blob\//, '');
	const { se, sig } = ctx.query;
	if (!se || !sig)
		return azureError(404, 'ResourceNotFound', 'The specified resource does not exist.');
	const expiry = parseDate(String(se));
	if (!(expiry > Date.now()))
		return azureError(
			403,
			'AuthenticationFailed',
			'Signed expiry time has to be after signed start time / Signature not valid in the specified time frame',
		);
	const expected = sign(state, key, String(se));
	const given = String(sig);
	if (
		given.length !== expected.length ||
		!crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected))
	) {
		return azureError(
			403,
			'AuthenticationFailed',
			'Signature did not match. String to sign used was r',
		);
	}
	const blob = state.blobs.get(key);
	const bytes = blob && blob.bytes();
	if (!bytes) return azureError(404, 'BlobNotFound', 'The specified blob does not exist.');
	const headers = { 'x-ms-blob-type': 'BlockBlob', 'accept-ranges': 'bytes' };
	if (blob.fileName) headers['content-disposition'] = `inline; filename="${blob.fileName}"`;
	return binary(200, bytes, blob.contentType, headers);
}

/** One route per depth: the framework router matches whole segment counts. */
function blobRoutes(state) {
	const routes = [];
	for (let depth = 2; depth <= MAX_DEPTH; depth++) {
		const params = Array.from({ length: depth }, (_, i) => `:p${i}`).join('/');
		routes.push({
			id: `blob.get${depth}`,
			method: 'GET',
			path: `/blob/${params}`,
			auth: false,
			handler: (ctx) => serveBlob(state, ctx),
		});
	}
	return routes;
}

module.exports = { blobUrl, registerBlob, blobRoutes, sign, LINK_TTL_MS };
