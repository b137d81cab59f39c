'use strict';

const { json, HttpError } = require('../framework');

/*
 * internalCodes: 806, 831, 500, 842, 840, 837, 836 are documented. The others are sandbox
 * choices (the reference has none) and are listed in README.md:
 *   400 validation, 843 user not found, 844 lesson not found, 845 ILT session not found,
 *   847 certificate not available.
 */
const NOT_FOUND = {
	user: { code: 843, label: 'User' },
	group: { code: 842, label: 'Group' },
	lesson: { code: 844, label: 'Lesson' },
	iltSession: { code: 845, label: 'ILT Session' },
};

const INVALID_KEY_BODY = {
	message: 'AccessKey does not exist',
	reason: 'Invalid access key',
	internalCode: 806,
	error: 'Invalid security token',
};

function invalidKey() {
	return json(403, INVALID_KEY_BODY);
}

function fail(response) {
	throw new HttpError(response);
}

// Same shape as the documented 842 body: { message, reason, internalCode, statusCode }.
function notFoundResponse(kind, id) {
	if (kind === 'lessonSchedule')
		return json(404, { internalCode: 840, error: 'Lesson Schedule does not exist' });
	const { code, label } = NOT_FOUND[kind];
	return json(404, {
		message: `${label} with id ${id} not found`,
		reason: `${label} not found`,
		internalCode: code,
		statusCode: 404,
	});
}

function notFound(kind, id) {
	fail(notFoundResponse(kind, id));
}

function badRequestResponse(field, message) {
	return json(400, {
		message,
		reason: 'Validation failed',
		internalCode: 400,
		error: 'Bad Request',
		...(field ? { field } : {}),
	});
}

function badRequest(field, message) {
	fail(badRequestResponse(field, message));
}

function forbidden(message = 'You are not authorised to make this request') {
	fail(json(403, { internalCode: 831, error: message }));
}

function coded(status, internalCode, error) {
	fail(json(status, { internalCode, error }));
}

module.exports = {
	INVALID_KEY_BODY,
	invalidKey,
	fail,
	notFound,
	notFoundResponse,
	badRequest,
	badRequestResponse,
	forbidden,
	coded,
};
