'use strict';

const { forbidden } = require('./errors');

/*
 * Who may do what (the reference's Security lines):
 *   superuser        — everything (the `userName` person, api.user by default)
 *   manager          — a person listed in an organisation's `managers` manages that unit and all
 *                      its sub-units, and every person with a position there
 *   self             — a person's own data
 */
function subtree(state, rootId) {
	const ids = new Set([rootId]);
	let grew = true;
	while (grew) {
		grew = false;
		for (const o of state.organisations) {
			if (!ids.has(o.id) && ids.has(o.parent_id)) {
				ids.add(o.id);
				grew = true;
			}
		}
	}
	return ids;
}

function ancestorsAndSelf(state, orgId) {
	const out = [];
	let cur = state.organisations.find((o) => o.id === orgId);
	while (cur) {
		out.push(cur.id);
		const parentId = cur.parent_id;
		cur = parentId ? state.organisations.find((o) => o.id === parentId) : null;
	}
	return out;
}

function managedUnits(state, actor) {
	const ids = new Set();
	for (const o of state.organisations)
		if (o.managers.includes(actor.id)) for (const id of subtree(state, o.id)) ids.add(id);
	return ids;
}

const personUnits = (person) => person.positions.map((p) => p.organisation_id);
const isSuper = (actor) => Boolean(actor && actor.superuser);
const isManager = (state, actor) => managedUnits(state, actor).size > 0;

function canManageUnit(state, actor, orgId) {
	return isSuper(actor) || managedUnits(state, actor).has(orgId);
}

function canSeePerson(state, actor, person) {
	if (isSuper(actor) || actor.id === person.id) return true;
	const managed = managedUnits(state, actor);
	return personUnits(person).some((id) => managed.has(id));
}

function requirePerson(state, actor, person) {
	if (!canSeePerson(state, actor, person))
		forbidden(`You may not access data for ${person.user_name}.`);
}

function requireUnit(state, actor, orgId) {
	if (!canManageUnit(state, actor, orgId)) forbidden(`You do not manage organisation ${orgId}.`);
}

module.exports = {
	subtree,
	ancestorsAndSelf,
	managedUnits,
	personUnits,
	isSuper,
	isManager,
	canManageUnit,
	canSeePerson,
	requirePerson,
	requireUnit,
};
