'use strict';

/*
 * Handlers return plain response descriptors { status, headers, body } (body: string|Buffer|undefined)
 * or { status, headers, stream(res) }. Serialising eagerly lets the fault layer truncate any body.
 */

// Branded so a handler may also return a plain data object (sent as JSON 200) without ambiguity.
const RESPONSE = Symbol.for('sandbox.response');

function response(descriptor) {
	return Object.defineProperty(descriptor, RESPONSE, { value: true });
}

function json(status, value, headers = {}) {
	return response({
		status,
		headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
		body: JSON.stringify(value),
	});
}

function empty(status = 200, headers = {}) {
	return response({ status, headers, body: undefined });
}

function text(status, value, contentType = 'text/plain; charset=utf-8', headers = {}) {
	return response({
		status,
		headers: { 'content-type': contentType, ...headers },
		body: String(value),
	});
}

function binary(status, buffer, contentType, headers = {}) {
	return response({ status, headers: { 'content-type': contentType, ...headers }, body: buffer });
}

function bodyBuffer(descriptor) {
	const { body } = descriptor;
	if (body === undefined || body === null) return Buffer.alloc(0);
	return Buffer.isBuffer(body) ? body : Buffer.from(String(body));
}

function isDescriptor(value) {
	return value !== null && typeof value === 'object' && value[RESPONSE] === true;
}

module.exports = { response, json, empty, text, binary, bodyBuffer, isDescriptor };
