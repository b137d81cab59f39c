'use strict';

const crypto = require('node:crypto');
const { parsePaging, paginate, slug } = require('../../framework');
const v = require('../validate');
const { badRequest, forbidden } = require('../errors');
const { userJson } = require('../serialize');
const { plus0000, isoZ } = require('../dates');
const { addUser, renameUser, uniqueUserName, nextId, DAY } = require('../data');

const ACTIVE_VALUES = ['active', 'inactive', 'all'];
const EXPIRES_IN_DAYS = { disabled: null, never: null, day: 1, week: 7, month: 30, year: 365 };
const MERGE_KEYS = { email: 'emailAddress', empNo: 'employeeNumber', userName: 'userName' };
const UPDATE_REQUIRED = [
	'id',
	'firstName',
	'lastName',
	'emailAddress',
	'phoneNumber',
	'mobileNumber',
	'employeeNumber',
	'roles',
	'timeZone',
];

function email(body, field, prefix = '') {
	const value = v.nonEmptyString(body, field, prefix);
	if (!/^[^@\s]+@[^@\s]+$/.test(value))
		badRequest(prefix + field, `${prefix + field} is not a valid email address`);
	return value;
}

// OWNER (7) is unique per account: it can be neither granted nor taken away through the API.
function checkedRoles(value, user, field = 'roles') {
	const roles = v.roles(value, field);
	const isOwner = Boolean(user && user.roles.includes(7));
	if (roles.includes(7) && !isOwner)
		badRequest(field, 'Role 7 (OWNER) is held by exactly one user per account');
	if (isOwner && !roles.includes(7)) badRequest(field, 'The account OWNER must keep role 7');
	return roles;
}

function groupRefs(state, value, field) {
	if (!Array.isArray(value)) badRequest(field, `${field} must be an array of {id}`);
	const ids = value.map((ref, i) => {
		const id = v.toId(ref && typeof ref === 'object' ? ref.id : ref);
		if (id === null)
			badRequest(`${field}[${i}].id`, `${field}[${i}].id must be a numeric group id`);
		if (!state.index.groups.has(id))
			badRequest(`${field}[${i}].id`, `${field}[${i}].id: group ${id} does not exist`);
		return id;
	});
	return [...new Set(ids)].map((id) => ({ id }));
}

function checkUserName(state, value, field, self, reserved) {
	const taken = state.index.userNames.get(value.toLowerCase());
	if (
		(taken !== undefined && taken !== (self && self.id)) ||
		(reserved && reserved.has(value.toLowerCase()))
	) {
		badRequest(field, `${field}: userName "${value}" is already in use`);
	}
	if (reserved) reserved.add(value.toLowerCase());
	return value;
}

/** Validates a create payload completely before anything is written (bulk import is all-or-nothing). */
function newUserFields(state, body, prefix = '', reserved = new Set()) {
	v.requireFields(body, ['firstName', 'lastName', 'emailAddress'], prefix);
	const fields = {
		firstName: v.nonEmptyString(body, 'firstName', prefix),
		lastName: v.nonEmptyString(body, 'lastName', prefix),
		emailAddress: email(body, 'emailAddress', prefix),
		phoneNumber: v.optionalString(body, 'phoneNumber', prefix) ?? null,
		mobileNumber: v.optionalString(body, 'mobileNumber', prefix) ?? null,
		employeeNumber: v.optionalString(body, 'employeeNumber', prefix) ?? null,
		roles: body.roles === undefined ? [6] : checkedRoles(body.roles, null, `${prefix}roles`),
		timeZone:
			body.timeZone === undefined
				? state.client.timeZone
				: v.timeZone(body.timeZone, `${prefix}timeZone`),
		groups: body.groups === undefined ? [] : groupRefs(state, body.groups, `${prefix}groups`),
		groupsSupervised:
			body.groupsSupervised === undefined
				? []
				: groupRefs(state, body.groupsSupervised, `${prefix}groupsSupervised`),
		sendWelcomeEmail:
			body.sendWelcomeEmail === undefined ? true : v.boolean(body, 'sendWelcomeEmail'),
	};
	if (body.password !== undefined && typeof body.password !== 'string')
		badRequest(`${prefix}password`, `${prefix}password must be a string`);
	if (body.userName !== undefined && body.userName !== null) {
		fields.userName = checkUserName(
			state,
			v.nonEmptyString(body, 'userName', prefix),
			`${prefix}userName`,
			null,
			reserved,
		);
	}
	return fields;
}

function insertUser(state, fields) {
	const now = Date.now();
	const { sendWelcomeEmail, ...rest } = fields;
	const user = addUser(state, {
		id: nextId(state, 'user'),
		userName:
			rest.userName || uniqueUserName(state, `${slug(rest.firstName)}.${slug(rest.lastName)}`),
		...rest,
		clientStatusId: 56,
		createdDate: plus0000(now),
		modifiedDate: plus0000(now),
	});
	if (sendWelcomeEmail)
		state.sentEmails.push({
			type: 'welcome',
			userId: user.id,
			to: user.emailAddress,
			at: isoZ(now),
		});
	return { user, now };
}

function touch(user) {
	user.modifiedDate = plus0000(Date.now());
}

module.exports = function userRoutes(state) {
	const user = (ctx) => v.lookup(state.index.users, 'user', v.pathId(ctx, 'userId'));

	return [
		{
			method: 'GET',
			path: '/user',
			handler(ctx) {
				const paging = parsePaging(ctx.query);
				const activeValue = v.oneOf(
					v.queryString(ctx, 'activeValue') || 'active',
					ACTIVE_VALUES,
					'activeValue',
				);
				const roleRaw = v.queryString(ctx, 'roleId');
				const roleId = roleRaw === undefined || roleRaw === '' ? undefined : Number(roleRaw);
				if (roleId !== undefined && !v.ROLE_IDS.includes(roleId))
					badRequest('roleId', `roleId must be one of ${v.ROLE_IDS.join(', ')}`);
				const q = (v.queryString(ctx, 'q') || '').trim().toLowerCase();
				const empId = v.queryString(ctx, 'empId');
				const emailAddress = (v.queryString(ctx, 'emailAddress') || '').toLowerCase();
				// Only active filters are applied: a 20 000-user benchmark pages the unfiltered list 200 times.
				const tests = [];
				if (activeValue !== 'all')
					tests.push((u) => (activeValue === 'active') === (u.clientStatusId === 56));
				if (roleId !== undefined) tests.push((u) => u.roles.includes(roleId));
				if (empId) tests.push((u) => u.employeeNumber === empId);
				if (emailAddress) tests.push((u) => u.emailAddress.toLowerCase() === emailAddress);
				if (q) {
					tests.push((u) =>
						[u.userName, u.firstName, u.lastName, `${u.firstName} ${u.lastName}`].some((text) =>
							text.toLowerCase().includes(q),
						),
					);
				}
				const matches = tests.length
					? state.users.filter((u) => tests.every((test) => test(u)))
					: state.users;
				const page = paginate(matches, paging);
				return { results: page.results.map(userJson), meta: page.meta };
			},
		},
		{ method: 'GET', path: '/user/:userId', handler: (ctx) => userJson(user(ctx)) },
		{
			method: 'POST',
			path: '/user',
			handler(ctx) {
				const { user: created, now } = insertUser(state, newUserFields(state, v.objectBody(ctx)));
				return { id: created.id, createdDate: isoZ(now), modifiedDate: isoZ(now) };
			},
		},
		{
			// Full replace: every field the schema marks required must be present (null allowed for
			// the phone/employee fields), which forces clients to read-merge-write.
			method: 'POST',
			path: '/user/:userId',
			handler(ctx) {
				const target = user(ctx);
				const body = v.objectBody(ctx);
				v.requireFields(body, UPDATE_REQUIRED);
				if (v.toId(body.id) !== target.id)
					badRequest('id', `id in body (${body.id}) does not match the path id (${target.id})`);
				const next = {
					firstName: v.nonEmptyString(body, 'firstName'),
					lastName: v.nonEmptyString(body, 'lastName'),
					emailAddress: email(body, 'emailAddress'),
					phoneNumber: v.optionalString(body, 'phoneNumber'),
					mobileNumber: v.optionalString(body, 'mobileNumber'),
					employeeNumber: v.optionalString(body, 'employeeNumber'),
					roles: checkedRoles(body.roles, target),
					timeZone: v.timeZone(body.timeZone),
				};
				if (body.groups !== undefined) next.groups = groupRefs(state, body.groups, 'groups');
				if (body.groupsSupervised !== undefined)
					next.groupsSupervised = groupRefs(state, body.groupsSupervised, 'groupsSupervised');
				if (
					body.password !== undefined &&
					body.password !== null &&
					typeof body.password !== 'string'
				)
					badRequest('password', 'password must be a string');
				if (
					body.userName !== undefined &&
					body.userName !== null &&
					body.userName !== target.userName
				) {
					renameUser(
						state,
						target,
						checkUserName(state, v.nonEmptyString(body, 'userName'), 'userName', target),
					);
				}
				Object.assign(target, next);
				touch(target);
				return userJson(target);
			},
		},
		{
			method: 'POST',
			path: '/bulkUserImport',
			handler(ctx) {
				const body = v.objectBody(ctx);
				v.requireFields(body, ['users']);
				if (!Array.isArray(body.users)) badRequest('users', 'users must be an array');
				const mergeType = v.oneOf(
					body.mergeType ?? 'none',
					['none', ...Object.keys(MERGE_KEYS)],
					'mergeType',
				);
				const reserved = new Set();
				const plans = body.users.map((entry, i) => {
					const prefix = `users[${i}].`;
					if (!entry || typeof entry !== 'object' || Array.isArray(entry))
						badRequest(`users[${i}]`, `users[${i}] must be an object`);
					const key = MERGE_KEYS[mergeType];
					if (!key) return { create: newUserFields(state, entry, prefix, reserved) };
					if (entry[key] === undefined || entry[key] === null || entry[key] === '') {
						badRequest(
							prefix + key,
							`${prefix + key} is required when mergeType is "${mergeType}"`,
						);
					}
					const wanted = String(entry[key]).toLowerCase();
					const existing = state.users.find(
						(u) => u[key] !== null && String(u[key]).toLowerCase() === wanted,
					);
					if (!existing) return { create: newUserFields(state, entry, prefix, reserved) };
					// The documented trap: merging without roles resets the user to TRAINEE.
					const roles = entry.roles === undefined ? [6] : v.roles(entry.roles, `${prefix}roles`);
					if (roles.includes(7) && !existing.roles.includes(7))
						badRequest(`${prefix}roles`, 'Role 7 (OWNER) is held by exactly one user per account');
					const changes = { roles };
					for (const field of ['firstName', 'lastName'])
						if (entry[field] !== undefined) changes[field] = v.nonEmptyString(entry, field, prefix);
					if (entry.emailAddress !== undefined)
						changes.emailAddress = email(entry, 'emailAddress', prefix);
					for (const field of ['phoneNumber', 'mobileNumber', 'employeeNumber']) {
						if (entry[field] !== undefined) changes[field] = v.optionalString(entry, field, prefix);
					}
					if (entry.timeZone !== undefined)
						changes.timeZone = v.timeZone(entry.timeZone, `${prefix}timeZone`);
					if (entry.userName !== undefined && entry.userName !== existing.userName) {
						changes.userName = checkUserName(
							state,
							v.nonEmptyString(entry, 'userName', prefix),
							`${prefix}userName`,
							existing,
							reserved,
						);
					}
					return { existing, changes };
				});
				return plans.map((plan) => {
					if (plan.create) return userJson(insertUser(state, plan.create).user);
					const { userName, ...rest } = plan.changes;
					if (userName) renameUser(state, plan.existing, userName);
					Object.assign(plan.existing, rest);
					touch(plan.existing);
					return userJson(plan.existing);
				});
			},
		},
		{
			method: 'POST',
			path: '/user/:userId/activate',
			handler(ctx) {
				const target = user(ctx);
				target.clientStatusId = 56;
				touch(target);
			},
		},
		{
			method: 'POST',
			path: '/user/:userId/inactivate',
			handler(ctx) {
				const target = user(ctx);
				if (target.roles.includes(7)) forbidden('The account OWNER cannot be inactivated');
				target.clientStatusId = 57;
				touch(target);
			},
		},
		{
			method: 'POST',
			path: '/user/:userId/generate_login_url',
			handler(ctx) {
				const target = user(ctx);
				const expiresIn = v.oneOf(
					v.queryString(ctx, 'expiresIn') || 'day',
					Object.keys(EXPIRES_IN_DAYS),
					'expiresIn',
				);
				if (expiresIn === 'disabled') return { url: null, expiresIn, expiresAt: null };
				const token = crypto.randomBytes(18).toString('base64url');
				const days = EXPIRES_IN_DAYS[expiresIn];
				const expiresAt = days ? isoZ(Date.now() + days * DAY) : null;
				state.loginTokens.push({ token, userId: target.id, expiresIn, expiresAt });
				return { url: `${state.origin}/app/#touch/${token}`, expiresIn, expiresAt };
			},
		},
	];
};
