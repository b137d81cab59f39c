'use strict';

const { json, HttpError, ParamError } = require('../framework');

/*
 * The reference documents no error format. The sandbox answers every error with
 * { "Code": "<Name>", "Message": "<text>" } (+ "Field" for validation errors), the shape of
 * an ASP.NET-style API like this one (its 7-digit timestamps are .NET ticks).
 */
function errorResponse(status, code, message, extra = {}, headers = {}) {
	return json(status, { Code: code, Message: message, ...extra }, headers);
}

function fail(status, code, message, extra) {
	throw new HttpError(errorResponse(status, code, message, extra));
}

const unauthorized = () =>
	errorResponse(
		401,
		'Unauthorized',
		'Authorization has been denied for this request. Send "Authorization: Bearer <api key>".',
		{},
		{ 'www-authenticate': 'Bearer realm="genapiv1"' },
	);

function badRequest(field, message) {
	fail(400, 'BadRequest', message, field ? { Field: field } : {});
}

function notFound(label, id) {
	fail(404, 'NotFound', `No ${label} with ID "${id}" exists.`);
}

function faultBody(status) {
	if (status === 429)
		return { Code: 'TooManyRequests', Message: 'Rate limit exceeded. Retry later.' };
	if (status === 503)
		return { Code: 'ServiceUnavailable', Message: 'The service is temporarily unavailable.' };
	if (status >= 500) return { Code: 'InternalServerError', Message: 'An error has occurred.' };
	return { Code: `Http${status}`, Message: `HTTP ${status}` };
}

function onError(err) {
	if (err instanceof ParamError)
		return errorResponse(400, 'BadRequest', err.message, { Field: err.param });
	return undefined;
}

module.exports = {
	errorResponse,
	fail,
	unauthorized,
	badRequest,
	notFound,
	faultBody,
	onError,
	HttpError,
};
