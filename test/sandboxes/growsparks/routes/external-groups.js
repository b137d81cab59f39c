'use strict';

const { resource } = require('../schema');
const { validateCall } = require('../validate');
const { badRequest } = require('../errors');
const { create } = require('../entities');
const { removeEntity } = require('../store');
const { liveMemberships } = require('../scope');
const { formatStamp } = require('../dates');
const { routePath, pathEntity } = require('./common');

/*
 * External person groups: user sync and the MS Graph token exchange. `Users` is undocumented;
 * the sandbox accepts an array of user objects or an object whose values are user objects,
 * each { Email (required), FirstName?, LastName?, ExternalID?, DisplayName? }; persons match by
 * Email (case-insensitive). `Test: true` is a dry run. Every real change is written to the
 * group's event log (.queryeventlog).
 */
function parseUsers(users) {
	const list = Array.isArray(users) ? users : Object.values(users);
	return list.map((u, i) => {
		if (!u || typeof u !== 'object' || Array.isArray(u))
			badRequest('Users', `Users[${i}] must be an object`);
		if (typeof u.Email !== 'string' || !u.Email.includes('@'))
			badRequest('Users', `Users[${i}].Email must be an e-mail address`);
		if (u.Email.length > 255)
			badRequest('Users', `Users[${i}].Email is longer than 255 characters`);
		return u;
	});
}

function log(state, group, Event, Message, User) {
	const entries = state.eventLog.get(group.ID) || [];
	state.eventLog.set(group.ID, entries);
	entries.push({
		LogID: entries.length ? entries[entries.length - 1].LogID + 1 : 1,
		Date: formatStamp(state.clock.now()),
		Level: 'Info',
		Event,
		Message,
		User,
	});
}

function personsByEmail(state) {
	const map = new Map();
	for (const p of state.kinds.persons) if (p.Email) map.set(p.Email.toLowerCase(), p);
	return map;
}

function directPersonMemberships(state, group) {
	return liveMemberships(state, 'persongroupmemberships', 'MemberOf', group.ID).filter(
		(m) => state.byId.get(m.Member)?._kind === 'persons',
	);
}

function addUsers(state, group, users) {
	const byEmail = personsByEmail(state);
	const members = new Set(directPersonMemberships(state, group).map((m) => m.Member));
	for (const u of users) {
		let person = byEmail.get(u.Email.toLowerCase());
		if (!person) {
			person = create(state, 'persons', {
				Email: u.Email,
				FirstName: u.FirstName ?? null,
				LastName: u.LastName ?? null,
				DisplayName: u.DisplayName ?? ([u.FirstName, u.LastName].filter(Boolean).join(' ') || null),
				ExternalID: u.ExternalID ?? null,
				PreferredLanguage: 'en',
				ExtraData: {},
			});
			byEmail.set(u.Email.toLowerCase(), person);
			log(state, group, 'UserCreated', 'Person created from external source', u.Email);
		}
		if (!members.has(person.ID)) {
			create(state, 'persongroupmemberships', {
				Member: person.ID,
				MemberOf: group.ID,
				StartDate: state.clock.iso().slice(0, 19),
				EndDate: null,
				Deleted: false,
			});
			members.add(person.ID);
			log(state, group, 'UserAdded', 'User added to group', u.Email);
		}
	}
}

function removeWhere(state, group, shouldRemove) {
	for (const m of directPersonMemberships(state, group)) {
		const person = state.byId.get(m.Member);
		if (shouldRemove(person)) {
			removeEntity(state, m);
			log(state, group, 'UserRemoved', 'User removed from group', person.Email);
		}
	}
}

const handlers = {
	addusers(state, group, users) {
		addUsers(state, group, users);
	},
	removeusers(state, group, users) {
		const emails = new Set(users.map((u) => u.Email.toLowerCase()));
		removeWhere(state, group, (p) => p.Email && emails.has(p.Email.toLowerCase()));
	},
	syncusers(state, group, users) {
		const emails = new Set(users.map((u) => u.Email.toLowerCase()));
		log(state, group, 'SyncStarted', 'Synchronisation started', null);
		addUsers(state, group, users);
		removeWhere(state, group, (p) => !p.Email || !emails.has(p.Email.toLowerCase()));
		log(state, group, 'SyncFinished', 'Synchronisation finished', null);
	},
};

module.exports = (state) => {
	const res = resource('externalpersongroups');
	return res.endpoints
		.filter((ep) => ep.kind === 'call' && !ep.supportsStream)
		.map((ep) => ({
			method: ep.method,
			path: routePath(ep.path),
			handler: (ctx) => {
				const group = pathEntity(state, res, ctx);
				const body = validateCall(state, ep, ctx.body);
				if (ep.operation === 'exchangemsgraphtoken') {
					if (!body.Token.trim()) badRequest('Token', 'Token must not be empty');
					const expires = state.clock.now() + 3600 * 1000;
					return {
						AccessToken: `sandbox-graph-${Buffer.from(body.Token).toString('base64url').slice(0, 24)}`,
						TokenType: 'Bearer',
						ExpiresIn: 3600,
						ExpiresOn: formatStamp(expires),
					};
				}
				if (!body.Users || typeof body.Users !== 'object')
					badRequest('Users', 'Users must be an object or an array of user objects');
				const users = parseUsers(body.Users);
				if (!body.Test) handlers[ep.operation](state, group, users);
				return { Success: true };
			},
		}));
};
