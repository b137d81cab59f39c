'use strict';

const { REF_COLLECTION } = require('./schema');
const { findIn, findAny } = require('./store');
const { parseDate } = require('./dates');
const { badRequest } = require('./errors');

/*
 * Write-body validation from the schema: a create accepts readwrite + immutable fields, a modify
 * readwrite only; read-only, immutable-on-modify and unknown properties are 400s naming the
 * field, as are type, enum, max-length and dangling-reference errors. Names match
 * case-insensitively. `null` clears an optional field.
 */
function objectBody(body, { allowEmpty = true } = {}) {
	if (body === undefined || body === '') {
		if (allowEmpty) return {};
		badRequest(null, 'A JSON object body is required');
	}
	if (body === null || typeof body !== 'object' || Array.isArray(body))
		badRequest(null, 'The request body must be a JSON object');
	return body;
}

const TYPE_CHECKS = {
	string: (v) => typeof v === 'string',
	integer: (v) => Number.isInteger(v),
	float: (v) => typeof v === 'number' && Number.isFinite(v),
	bool: (v) => typeof v === 'boolean',
	mapping: (v) => typeof v === 'object' && !Array.isArray(v),
	asset: (v) => typeof v === 'string',
	'array of strings': (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
	object: (v) => typeof v === 'object',
};

function reference(state, name, value, refersTo) {
	const target = REF_COLLECTION[refersTo]
		? findIn(state, REF_COLLECTION[refersTo], value)
		: findAny(state, value);
	if (!target) badRequest(name, `${name}: no ${refersTo || 'object'} with ID "${value}" exists`);
	return target.ID;
}

/** Validates one value against a field/body-field description; returns the value to store. */
function checkValue(state, name, spec, value) {
	if (value === null) return null;
	const { type } = spec;
	if (type === 'date') {
		const parsed = parseDate(value, { keepShape: true });
		if (!parsed) badRequest(name, `${name} must be an ISO-8601 date, e.g. 2026-01-01T00:00:00`);
		return parsed;
	}
	if (type === 'enum') {
		const match =
			typeof value === 'string' &&
			(spec.allowedValues || []).find((a) => a.toLowerCase() === value.toLowerCase());
		if (!match) badRequest(name, `${name} must be one of ${(spec.allowedValues || []).join(', ')}`);
		return match;
	}
	const check = TYPE_CHECKS[type];
	if (check && !check(value)) badRequest(name, `${name} must be of type ${type}`);
	if (spec.maxLength !== undefined && typeof value === 'string' && value.length > spec.maxLength) {
		badRequest(name, `${name} is longer than ${spec.maxLength} characters`);
	}
	if (type === 'string' && (spec.refersTo || spec.expandable))
		return reference(state, name, value, spec.refersTo);
	return value;
}

/**
 * @param res       the collection (schema resource)
 * @param endpoint  its create/update endpoint (body = the accepted fields)
 * @returns changes with canonical names
 */
function validateWrite(state, res, endpoint, rawBody, mode) {
	const body = objectBody(rawBody);
	const accepted = new Map((endpoint.body || []).map((b) => [b.name, b]));
	const changes = {};
	for (const [key, value] of Object.entries(body)) {
		const name = res.lower.get(key.toLowerCase());
		if (!name) badRequest(key, `Unknown property "${key}" on ${res.name}`);
		const field = res.fieldMap.get(name);
		if (field.access === 'readonly') badRequest(name, `${name} is read-only`);
		if (field.access === 'immutable' && mode === 'update')
			badRequest(name, `${name} cannot be changed after creation`);
		if (!accepted.has(name))
			badRequest(name, `${name} cannot be written with ${endpoint.method} ${endpoint.path}`);
		changes[name] = checkValue(state, name, { ...field, ...accepted.get(name) }, value);
	}
	for (const b of endpoint.body || []) {
		if (b.required && (changes[b.name] === undefined || changes[b.name] === null))
			badRequest(b.name, `${b.name} is required`);
	}
	return changes;
}

/** Validates a call body against the endpoint's documented fields (extra fields are a 400). */
function validateCall(state, endpoint, rawBody, refs = {}) {
	const body = objectBody(rawBody);
	const lower = new Map((endpoint.body || []).map((b) => [b.name.toLowerCase(), b]));
	const out = {};
	for (const [key, value] of Object.entries(body)) {
		const spec = lower.get(key.toLowerCase());
		if (!spec) badRequest(key, `Unknown property "${key}" for ${endpoint.path.split('/').pop()}`);
		if (value === null) {
			out[spec.name] = null;
			continue;
		}
		if (spec.type === 'array of strings' && refs[spec.name]) {
			if (!TYPE_CHECKS['array of strings'](value))
				badRequest(spec.name, `${spec.name} must be an array of IDs`);
			out[spec.name] = value.map((id) => reference(state, spec.name, id, refs[spec.name]));
			continue;
		}
		if (spec.type === 'string' && refs[spec.name]) {
			if (typeof value !== 'string') badRequest(spec.name, `${spec.name} must be an ID string`);
			out[spec.name] = reference(state, spec.name, value, refs[spec.name]);
			continue;
		}
		out[spec.name] = checkValue(
			state,
			spec.name,
			spec.type === 'date' ? { type: 'date' } : spec,
			value,
		);
		if (spec.type === 'date' && out[spec.name]) out[spec.name] = parseDate(out[spec.name]);
	}
	for (const b of endpoint.body || [])
		if (b.required && (out[b.name] === undefined || out[b.name] === null))
			badRequest(b.name, `${b.name} is required`);
	return out;
}

module.exports = { validateWrite, validateCall, objectBody, checkValue };
