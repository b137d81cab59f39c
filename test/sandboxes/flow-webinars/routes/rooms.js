'use strict';

const { json } = require('../../framework');
const { badRequest, notFound } = require('../errors');
const { EMAIL_RE } = require('../validate');
const { roomJson, roomRegistrationJson } = require('../serialize');
const { newToken, userIdFor } = require('../store');

const SEPARATOR = '*_*';

/*
 * The last segment is "<email>*_*<firstName>*_*<lastName>", each part URL-encoded. It is split
 * on the literal separator *before* decoding, so an encoded "*_*" inside a name stays data.
 * Clients that percent-encode "*" (%2A) are accepted too: if the raw split does not give three
 * parts, the decoded segment is split instead. "+" is a literal plus (path, not a form body).
 */
function splitMember(rawSegment) {
	let parts = rawSegment.split(SEPARATOR);
	if (parts.length !== 3) parts = decode(rawSegment).split(SEPARATOR);
	else parts = parts.map(decode);
	if (parts.length !== 3) {
		badRequest(
			'member',
			'The last path segment must be <email>*_*<firstName>*_*<lastName> (each part URL-encoded).',
		);
	}
	const [email, firstName, lastName] = parts.map((p) => p.trim());
	if (!EMAIL_RE.test(email)) badRequest('email', `"${email}" is not a valid e-mail address.`);
	if (!firstName) badRequest('firstName', 'firstName is required.');
	if (!lastName) badRequest('lastName', 'lastName is required.');
	return { email, firstName, lastName };
}

function decode(part) {
	try {
		return decodeURIComponent(part);
	} catch {
		return badRequest('member', 'Malformed percent-encoding in the member segment.');
	}
}

module.exports = function roomRoutes(state) {
	const findRoom = (raw) =>
		state.rooms.find((r) => String(r.room_id) === String(raw).trim()) || null;
	return [
		{
			method: 'GET',
			path: '/rooms/lookup/:accountToken',
			handler(ctx) {
				if (ctx.params.accountToken !== state.account.token)
					notFound(`Account "${ctx.params.accountToken}" not found.`);
				return json(200, {
					code: 200,
					data: state.rooms.map((r) => roomJson(state, r)),
					redirectURL: null,
				});
			},
		},
		{
			method: 'GET',
			path: '/rooms/register/:roomId/:member',
			handler(ctx) {
				const room = findRoom(ctx.params.roomId);
				if (!room) notFound(`Room "${ctx.params.roomId}" not found.`);
				const rawSegment = ctx.path.split('/').filter(Boolean).pop();
				const person = splitMember(rawSegment);
				let member = state.roomMembers.find(
					(m) => m.roomId === room.room_id && m.email.toLowerCase() === person.email.toLowerCase(),
				);
				const isNew = !member;
				if (!member) {
					member = {
						id: state.counters.roomMember++,
						roomId: room.room_id,
						token: newToken(state, 10),
						userID: userIdFor(state, person.email),
						...person,
						createdMs: state.clock.now(),
					};
					state.roomMembers.push(member);
				}
				const data = roomRegistrationJson(state, room, member, isNew);
				return json(200, { code: 200, data, redirectURL: data.url });
			},
		},
	];
};
