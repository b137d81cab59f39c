'use strict';

// Thrown by handlers to short-circuit with a ready response descriptor (see respond.js).
class HttpError extends Error {
	constructor(response, message) {
		super(message || `HTTP ${response.status}`);
		this.name = 'HttpError';
		this.response = response;
	}
}

// A bad query/path parameter; vendors map it to their own 400 body shape via onError.
class ParamError extends Error {
	constructor(param, message) {
		super(message);
		this.name = 'ParamError';
		this.param = param;
	}
}

module.exports = { HttpError, ParamError };
