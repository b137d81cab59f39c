'use strict';

const { createSandbox } = require('./server');
const { Router } = require('./router');
const { FaultQueue } = require('./faults');
const { RequestLog, parseBody, parseCookies } = require('./request-log');
const { createRng, fakeEmail, slug } = require('./prng');
const { parsePaging, paginate } = require('./paging');
const { response, json, empty, text, binary, isDescriptor } = require('./respond');
const { chunked, sse, createSseWriter } = require('./streaming');
const { HttpError, ParamError } = require('./errors');
const { CONTROL_PREFIX } = require('./control');

module.exports = {
	createSandbox,
	Router,
	FaultQueue,
	RequestLog,
	parseBody,
	parseCookies,
	createRng,
	fakeEmail,
	slug,
	parsePaging,
	paginate,
	response,
	json,
	empty,
	text,
	binary,
	isDescriptor,
	chunked,
	sse,
	createSseWriter,
	HttpError,
	ParamError,
	CONTROL_PREFIX,
};
