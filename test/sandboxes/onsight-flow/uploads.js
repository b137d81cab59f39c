'use strict';

const crypto = require('node:crypto');
const { empty } = require('../framework');
const { badRequest, notFound } = require('./errors');
const { objectBody } = require('./util');

/*
 * Chunked uploads (collections: CSV ≤ 50 MB; workflows: package ≤ 200 MB). A session is
 * { id, kind, blockSize, fileSize, friendlyFileName, collectionId?, blocks: Map index → Buffer, used }.
 * Blocks: raw body, `Content-Range: bytes <start>-<end>/<fileSize>`, start a multiple of blockSize,
 * end = min(start + blockSize, fileSize) - 1, body length = end - start + 1. 202 while blocks are
 * outstanding, 204 once every block is there (and for any later re-send). Any order, re-sends overwrite.
 */
const MB = 1024 * 1024;
const LIMITS = { collection: 50 * MB, workflow: 200 * MB };
const MAX_BLOCK = 102400;

function blockCount(u) {
	return Math.ceil(u.fileSize / u.blockSize);
}

function createSession(state, ctx, kind) {
	const b = objectBody(ctx);
	const { blockSize, fileSize, friendlyFileName } = b;
	if (!Number.isInteger(blockSize) || blockSize < 1 || blockSize > MAX_BLOCK)
		badRequest(`blockSize must be an integer between 1 and ${MAX_BLOCK}`);
	if (!Number.isInteger(fileSize) || fileSize < 1)
		badRequest('fileSize must be a positive integer');
	if (fileSize > LIMITS[kind])
		badRequest(`fileSize exceeds the ${LIMITS[kind] / MB} MB limit for ${kind} uploads`);
	if (typeof friendlyFileName !== 'string' || !friendlyFileName.trim())
		badRequest('The friendlyFileName field is required');
	const session = {
		id: state.ids.hex(),
		kind,
		blockSize,
		fileSize,
		friendlyFileName,
		blocks: new Map(),
		used: false,
		created: Date.now(),
	};
	if (kind === 'collection') {
		if (typeof b.collectionId !== 'string' || !b.collectionId)
			badRequest('The collectionId field is required');
		if (!state.collections.some((c) => c.collectionId === b.collectionId))
			notFound('Collection', b.collectionId);
		session.collectionId = b.collectionId;
	}
	state.uploads.set(session.id, session);
	return { id: session.id };
}

function received(u) {
	let n = 0;
	for (const block of u.blocks.values()) n += block.length;
	return n;
}

const isComplete = (u) => u.blocks.size === blockCount(u);

function assemble(u) {
	const out = Buffer.alloc(u.fileSize);
	for (const [index, block] of u.blocks) block.copy(out, index * u.blockSize);
	return out;
}

/** Raw request bytes: captured by the server hook in index.js (the framework's rawBody is a UTF-8 string). */
function rawBytes(ctx) {
	if (ctx.req && typeof ctx.req.onsightRawBody === 'function') return ctx.req.onsightRawBody();
	return Buffer.from(ctx.rawBody || '', 'utf8');
}

function uploadBlock(state, ctx, kind, onComplete) {
	const id = ctx.params.upload_id || ctx.params.uploadId;
	const u = state.uploads.get(id);
	if (!u || u.kind !== kind) notFound('Upload', id);
	const header = ctx.headers['content-range'];
	if (!header) badRequest('Content-Range header is required (bytes <start>-<end>/<fileSize>)');
	const m = /^\s*bytes\s+(\d+)-(\d+)\/(\d+)\s*$/i.exec(String(header));
	if (!m)
		badRequest(`Content-Range "${header}" is malformed; expected bytes <start>-<end>/<fileSize>`);
	const [start, end, total] = m.slice(1).map(Number);
	if (total !== u.fileSize)
		badRequest(`Content-Range total ${total} does not match the session fileSize ${u.fileSize}`);
	if (start >= u.fileSize)
		badRequest(`Content-Range start ${start} is beyond the end of the file (${u.fileSize} bytes)`);
	if (start % u.blockSize !== 0)
		badRequest(`Content-Range start ${start} is not a multiple of the blockSize ${u.blockSize}`);
	const expectedEnd = Math.min(start + u.blockSize, u.fileSize) - 1;
	if (end !== expectedEnd)
		badRequest(
			`Content-Range end ${end} is wrong for the block starting at ${start}; expected ${expectedEnd} (inclusive)`,
		);
	const body = rawBytes(ctx);
	if (body.length !== end - start + 1)
		badRequest(
			`The block body is ${body.length} bytes but Content-Range announces ${end - start + 1}`,
		);
	u.blocks.set(start / u.blockSize, Buffer.from(body));
	if (!isComplete(u)) return empty(202);
	const buffer = assemble(u);
	u.completedAt = Date.now();
	if (onComplete) onComplete(u, buffer);
	return empty(204);
}

function describeUpload(u, withBuffer = true) {
	const complete = isComplete(u);
	const buffer = assemble(u);
	const out = {
		id: u.id,
		kind: u.kind,
		fileSize: u.fileSize,
		blockSize: u.blockSize,
		friendlyFileName: u.friendlyFileName,
		collectionId: u.collectionId ?? null,
		blocks: u.blocks.size,
		blockCount: blockCount(u),
		received: received(u),
		complete,
		sha256: complete ? crypto.createHash('sha256').update(buffer).digest('hex') : null,
	};
	if (withBuffer) out.buffer = buffer;
	return out;
}

module.exports = {
	createSession,
	uploadBlock,
	describeUpload,
	isComplete,
	assemble,
	rawBytes,
	LIMITS,
	MAX_BLOCK,
};
