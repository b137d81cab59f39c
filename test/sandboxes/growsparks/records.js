'use strict';

const { once } = require('node:events');
const { response, json } = require('../framework');

/*
 * Writers for record sequences: SSE (`stream=true`) and JSON (arrays, list envelopes). SSE
 * framing (undocumented by the vendor, chosen here): a comment line first, then one event per
 * record, `data: <json>` + blank line, no event name or id, and the stream ends when the
 * connection closes (no end marker). Each event is written in two chunks and the writer yields
 * to the event loop regularly, so a client must parse incrementally.
 * `cutAfter` (stream fault) writes N records completely, half of the next one, then kills the
 * socket.
 */
const YIELD_EVERY = 25;

function yieldLoop() {
	return new Promise((resolve) => setImmediate(resolve));
}

async function write(res, chunk) {
	if (res.destroyed) return false;
	if (!res.write(chunk)) {
		await Promise.race([once(res, 'drain'), once(res, 'close')]);
	}
	return !res.destroyed;
}

function kill(res) {
	return new Promise((resolve) => {
		setImmediate(() => {
			if (res.socket) res.socket.destroy();
			resolve();
		});
	});
}

async function writeRecords(res, records, { frame, separator = '', cutAfter }) {
	let n = 0;
	for (const record of records) {
		if (res.destroyed) return false;
		const text = (n > 0 ? separator : '') + frame(JSON.stringify(record));
		const mid = Math.max(1, Math.floor(text.length / 2));
		if (cutAfter !== undefined && n === cutAfter) {
			await write(res, text.slice(0, mid));
			await kill(res);
			return false;
		}
		if (!(await write(res, text.slice(0, mid)))) return false;
		if (n < 3) await yieldLoop();
		if (!(await write(res, text.slice(mid)))) return false;
		n += 1;
		if (n % YIELD_EVERY === 0) await yieldLoop();
	}
	if (cutAfter !== undefined && n <= cutAfter) {
		// Fewer records than the cut point: still drop the connection before a clean end.
		await kill(res);
		return false;
	}
	return true;
}

/** SSE descriptor over an iterable of plain records (generators are consumed lazily). */
function sseRecords(records, { cutAfter, headers = {} } = {}) {
	return response({
		status: 200,
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-cache',
			connection: 'keep-alive',
			...headers,
		},
		async stream(res) {
			if (!(await write(res, ': growsparks sandbox stream\n\n'))) return;
			await writeRecords(res, records, { frame: (data) => `data: ${data}\n\n`, cutAfter });
		},
	});
}

/** JSON array (or envelope when prefix/suffix wrap the array), cut mid-record on a cutAfter fault. */
function jsonRecords(records, { cutAfter, prefix = '', suffix = '', headers = {} } = {}) {
	if (cutAfter === undefined) {
		const list = Array.isArray(records) ? records : [...records];
		if (!prefix) return json(200, list, headers);
		return response({
			status: 200,
			headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
			body: `${prefix}${JSON.stringify(list)}${suffix}`,
		});
	}
	return response({
		status: 200,
		headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
		async stream(res) {
			if (!(await write(res, `${prefix || ''}[`))) return;
			const done = await writeRecords(res, records, { frame: (d) => d, separator: ',', cutAfter });
			if (done) await write(res, `]${suffix || ''}`);
		},
	});
}

module.exports = { sseRecords, jsonRecords };
