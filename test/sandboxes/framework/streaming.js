'use strict';

const { setTimeout: sleep } = require('node:timers/promises');
const { response } = require('./respond');

/** Response descriptor that writes `chunks` one at a time (chunked transfer encoding). */
function chunked(
	chunks,
	{ status = 200, contentType = 'application/octet-stream', intervalMs = 0, headers = {} } = {},
) {
	return response({
		status,
		headers: { 'content-type': contentType, ...headers },
		async stream(res) {
			for (const chunk of chunks) {
				if (res.destroyed) return;
				res.write(chunk);
				if (intervalMs) await sleep(intervalMs);
			}
		},
	});
}

function createSseWriter(res) {
	const writer = {
		get closed() {
			return res.destroyed || res.writableEnded;
		},
		write(eventName, data, { id, retry } = {}) {
			if (writer.closed) return false;
			let frame = '';
			if (id !== undefined) frame += `id: ${id}\n`;
			if (retry !== undefined) frame += `retry: ${retry}\n`;
			if (eventName) frame += `event: ${eventName}\n`;
			const payload = typeof data === 'string' ? data : JSON.stringify(data);
			for (const line of String(payload).split('\n')) frame += `data: ${line}\n`;
			return res.write(`${frame}\n`);
		},
		comment(textValue = '') {
			return writer.closed ? false : res.write(`: ${textValue}\n\n`);
		},
	};
	return writer;
}

/** Server-Sent-Events descriptor: `producer(sse)` writes events; the response ends when it resolves. */
function sse(producer, { status = 200, headers = {} } = {}) {
	return response({
		status,
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-cache',
			connection: 'keep-alive',
			...headers,
		},
		async stream(res) {
			await producer(createSseWriter(res));
		},
	});
}

module.exports = { chunked, sse, createSseWriter, sleep };
