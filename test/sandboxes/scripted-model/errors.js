'use strict';

const { json, HttpError } = require('../framework');

/*
 * OpenAI's error shape: { error: { message, type, param, code } }. The OpenAI SDK turns it into an
 * APIError whose message is "<status> <error.message>", so the message is what a failing test shows.
 */
function openAiError(
	status,
	message,
	{ type = 'invalid_request_error', code = null, param = null } = {},
) {
	return json(status, { error: { message, type, param, code } });
}

function fail(status, message, options) {
	throw new HttpError(openAiError(status, message, options), message);
}

/** Keeps the first and last 4 characters of a key, as OpenAI's "Incorrect API key" message does. */
function maskKey(key) {
	const value = String(key);
	if (value.length <= 8) return '*'.repeat(value.length);
	return `${value.slice(0, 4)}${'*'.repeat(Math.min(value.length - 8, 20))}${value.slice(-4)}`;
}

function unauthorized(presented) {
	return openAiError(
		401,
		presented === undefined
			? "You didn't provide an API key. Send it as `Authorization: Bearer <key>` (scripted model server)."
			: `Incorrect API key provided: ${maskKey(presented)}. The scripted model server accepts only its own key.`,
		{ code: 'invalid_api_key' },
	);
}

function faultBody(status) {
	if (status === 429)
		return {
			error: {
				message: 'Rate limit reached for requests (scripted model server, injected fault).',
				type: 'requests',
				param: null,
				code: 'rate_limit_exceeded',
			},
		};
	if (status >= 500)
		return {
			error: {
				message: 'The server had an error while processing your request (injected fault).',
				type: 'server_error',
				param: null,
				code: null,
			},
		};
	return {
		error: {
			message: `HTTP ${status} (injected fault)`,
			type: 'invalid_request_error',
			param: null,
			code: null,
		},
	};
}

module.exports = { openAiError, fail, unauthorized, faultBody, maskKey };
