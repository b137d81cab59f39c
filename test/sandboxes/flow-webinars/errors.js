'use strict';

const { json, HttpError, ParamError } = require('../framework');

/*
 * The reference documents one error shape, create-event's { code, message, localDescription }
 * [MC]. Every sandbox error uses it, with `code` equal to the HTTP status, so clients can
 * branch on either. `field` is added on validation errors (a sandbox extra).
 */
function errorResponse(status, message, localDescription = message, extra = {}, headers = {}) {
	return json(status, { code: status, message, localDescription, ...extra }, headers);
}

function fail(status, message, localDescription, extra) {
	throw new HttpError(errorResponse(status, message, localDescription, extra));
}

function badRequest(field, localDescription) {
	fail(400, 'Bad Request', localDescription, field ? { field } : {});
}

function notFound(message) {
	fail(404, message);
}

const unauthorized = (present) =>
	errorResponse(
		401,
		'Unauthorized',
		present
			? "The api-secret header does not match this account's API key."
			: 'Missing api-secret header.',
	);

function faultBody(status) {
	if (status === 429)
		return {
			code: 429,
			message: 'Too Many Requests',
			localDescription: 'Rate limit exceeded, retry later.',
		};
	if (status === 503)
		return {
			code: 503,
			message: 'Service Unavailable',
			localDescription: 'The service is temporarily unavailable.',
		};
	if (status >= 500)
		return {
			code: status,
			message: 'Internal Server Error',
			localDescription: 'An unexpected error occurred.',
		};
	return { code: status, message: `HTTP ${status}`, localDescription: `HTTP ${status}` };
}

function onError(err) {
	if (err instanceof ParamError)
		return errorResponse(400, 'Bad Request', err.message, { field: err.param });
	return undefined;
}

module.exports = { errorResponse, fail, badRequest, notFound, unauthorized, faultBody, onError };
