'use strict';

const http = require('node:http');
const { json, ParamError } = require('../framework');

/*
 * Error bodies. The guide documents none, so the sandbox uses the ASP.NET-style shape
 * { statusCode, message } for 400/404/405/409, OAuth-style { error, message } with a
 * WWW-Authenticate challenge for 401/403, and Azure's gateway wording for 429.
 */
class OnsightError extends Error {
	constructor(status, message, extra = {}) {
		super(message);
		this.status = status;
		this.extra = extra;
	}
}

const fail = (status, message, extra) => {
	throw new OnsightError(status, message, extra);
};
const badRequest = (message) => fail(400, message);
const notFound = (what, id) => fail(404, `${what} ${id} not found`);
const conflict = (message) => fail(409, message);

function errorBody(status, message, extra = {}) {
	return json(status, { statusCode: status, message, ...extra });
}

function unauthorized(message = 'The access token is missing, invalid or expired') {
	return json(
		401,
		{ error: 'invalid_token', message },
		{ 'www-authenticate': 'Bearer error="invalid_token"' },
	);
}

function forbidden() {
	return json(
		403,
		{ error: 'insufficient_scope', message: 'The access token does not grant this operation' },
		{ 'www-authenticate': 'Bearer error="insufficient_scope"' },
	);
}

function faultBody(status, fault = {}) {
	if (status === 429) {
		const seconds = fault.retryAfter !== undefined ? fault.retryAfter : 1;
		return { statusCode: 429, message: `Rate limit is exceeded. Try again in ${seconds} seconds.` };
	}
	if (status === 401)
		return { error: 'invalid_token', message: 'The access token is missing, invalid or expired' };
	if (status === 403)
		return {
			error: 'insufficient_scope',
			message: 'The access token does not grant this operation',
		};
	if (status >= 500)
		return {
			statusCode: status,
			message:
				status === 500
					? 'Internal server error'
					: http.STATUS_CODES[status] || 'Internal server error',
		};
	return { statusCode: status, message: http.STATUS_CODES[status] || `HTTP ${status}` };
}

function mapError(err) {
	if (err instanceof OnsightError) return errorBody(err.status, err.message, err.extra);
	if (err instanceof ParamError) return errorBody(400, err.message);
	return undefined;
}

module.exports = {
	OnsightError,
	fail,
	badRequest,
	notFound,
	conflict,
	errorBody,
	unauthorized,
	forbidden,
	faultBody,
	mapError,
};
