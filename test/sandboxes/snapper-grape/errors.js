'use strict';

const { json, ParamError } = require('../framework');

/*
 * Errors use the success envelope with valid:false: { valid: false, message } (+ `field` on 400s,
 * a sandbox extra). Statuses 400/401/403/404/405 unless settings.validFalseWith200, which answers
 * every error with HTTP 200 (the reference documents no status codes).
 */
class SgError extends Error {
	constructor(status, message, field) {
		super(message);
		this.status = status;
		this.field = field;
	}
}

const fail = (status, message, field) => {
	throw new SgError(status, message, field);
};
const badRequest = (field, message) => fail(400, message, field);
const notFound = (message) => fail(404, message);
const forbidden = (message = 'You do not have access to this resource.') => fail(403, message);

function errorResponse(settings, status, message, field, headers = {}) {
	const body = { valid: false, message };
	if (field) body.field = field;
	return json(settings.validFalseWith200 ? 200 : status, body, headers);
}

function faultBody(status) {
	if (status === 429) return { valid: false, message: 'Too Many Requests' };
	if (status === 503) return { valid: false, message: 'Service Unavailable' };
	if (status >= 500) return { valid: false, message: 'Internal Server Error' };
	return { valid: false, message: `HTTP ${status}` };
}

function mapError(settings, err) {
	if (err instanceof SgError) return errorResponse(settings, err.status, err.message, err.field);
	if (err instanceof ParamError) return errorResponse(settings, 400, err.message, err.param);
	return undefined;
}

module.exports = {
	SgError,
	fail,
	badRequest,
	notFound,
	forbidden,
	errorResponse,
	faultBody,
	mapError,
};
