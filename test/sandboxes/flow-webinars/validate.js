'use strict';

const { badRequest } = require('./errors');
const { isValidDate, isValidTime, isValidTimeZone } = require('./dates');

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const OPERATOR_ROLES = [5, 10];

function objectBody(ctx) {
	if (!ctx.body || typeof ctx.body !== 'object' || Array.isArray(ctx.body)) {
		badRequest(null, 'Request body must be a JSON object (Content-Type: application/json).');
	}
	return ctx.body;
}

function requiredString(body, field) {
	const value = body[field];
	if (value === undefined || value === null || (typeof value === 'string' && !value.trim()))
		badRequest(field, `${field} is required.`);
	if (typeof value !== 'string') badRequest(field, `${field} must be a string.`);
	return value.trim();
}

function email(body, field = 'email') {
	const value = requiredString(body, field);
	if (!EMAIL_RE.test(value)) badRequest(field, `${field} is not a valid e-mail address.`);
	return value;
}

// Numbers may arrive as numeric strings from form-style clients.
function integer(value, field) {
	const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
	if (!Number.isInteger(n)) badRequest(field, `${field} must be an integer.`);
	return n;
}

// Booleans per the reference; 0/1 accepted because Flow answers with 0/1 itself.
function flag(body, field, { required = false, fallback = false, label = field } = {}) {
	const value = body[field];
	if (value === undefined || value === null) {
		if (required) badRequest(label, `${label} is required (true or false).`);
		return fallback;
	}
	if (value === true || value === 1 || value === '1' || value === 'true') return true;
	if (value === false || value === 0 || value === '0' || value === 'false') return false;
	return badRequest(label, `${label} must be true or false.`);
}

function number(body, field, { min = 0, fallback }) {
	const value = body[field];
	if (value === undefined || value === null) return fallback;
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof n !== 'number' || !Number.isFinite(n) || n < min)
		badRequest(field, `${field} must be a number >= ${min}.`);
	return n;
}

function createEventFields(state, body) {
	if (body.creatorID === undefined && body.creatorId !== undefined) {
		badRequest('creatorID', 'creatorID is required (note the spelling: creatorID, not creatorId).');
	}
	if (body.creatorID === undefined || body.creatorID === null || body.creatorID === '')
		badRequest('creatorID', 'creatorID is required.');
	const creatorId = integer(body.creatorID, 'creatorID');
	const operatorIds = new Set(state.operators.map((o) => o.id));
	if (!operatorIds.has(creatorId))
		badRequest(
			'creatorID',
			`creatorID ${creatorId} is not an operator of this account (see GET /users, field id).`,
		);
	const title = requiredString(body, 'title');
	const description = requiredString(body, 'description');
	const date = requiredString(body, 'date');
	if (!isValidDate(date)) badRequest('date', 'date must be a valid date in YYYY-MM-DD format.');
	const time = requiredString(body, 'time');
	if (!isValidTime(time)) badRequest('time', 'time must be a 24-hour time in HH:MM:SS format.');
	const timezone = requiredString(body, 'timezone');
	if (!isValidTimeZone(timezone))
		badRequest(
			'timezone',
			`timezone "${timezone}" is not a known IANA time zone (e.g. Europe/Oslo).`,
		);
	const operators = operatorList(body.operators, operatorIds);
	return {
		creatorId,
		title,
		description,
		date,
		time,
		timezone,
		operators,
		published: flag(body, 'published'),
		duration: number(body, 'duration', { min: 0.25, fallback: 1 }),
		earlyAccessPeriod: number(body, 'earlyAccessPeriod', { min: 0, fallback: 15 }),
		videoRecord: flag(body, 'videoRecord'),
		onDemandReplays: flag(body, 'onDemandReplays'),
	};
}

function operatorList(value, operatorIds) {
	if (!Array.isArray(value) || value.length === 0)
		badRequest(
			'operators',
			'operators must be a non-empty array of {id, role, micEnabled, camEnabled, screenSharingEnabled}.',
		);
	const seen = new Set();
	return value.map((o, i) => {
		const at = `operators[${i}]`;
		if (!o || typeof o !== 'object' || Array.isArray(o)) badRequest(at, `${at} must be an object.`);
		if (o.id === undefined || o.id === null) badRequest(`${at}.id`, `${at}.id is required.`);
		const id = integer(o.id, `${at}.id`);
		if (!operatorIds.has(id))
			badRequest(`${at}.id`, `${at}.id ${id} is not an operator of this account (see GET /users).`);
		if (seen.has(id)) badRequest(`${at}.id`, `operator ${id} is listed twice.`);
		seen.add(id);
		const role = o.role === undefined ? undefined : integer(o.role, `${at}.role`);
		if (!OPERATOR_ROLES.includes(role))
			badRequest(`${at}.role`, `${at}.role must be 5 (presenter) or 10 (organizer).`);
		return {
			id,
			role,
			micEnabled: flag(o, 'micEnabled', { required: true, label: `${at}.micEnabled` }),
			camEnabled: flag(o, 'camEnabled', { required: true, label: `${at}.camEnabled` }),
			screenSharingEnabled: flag(o, 'screenSharingEnabled', {
				required: true,
				label: `${at}.screenSharingEnabled`,
			}),
		};
	});
}

function registrationFields(body) {
	return {
		email: email(body),
		firstName: requiredString(body, 'firstName'),
		lastName: requiredString(body, 'lastName'),
		eventSessionToken: requiredString(body, 'eventSessionToken'),
		redirect: flag(body, 'redirect'),
	};
}

module.exports = {
	objectBody,
	requiredString,
	createEventFields,
	registrationFields,
	flag,
	EMAIL_RE,
};
