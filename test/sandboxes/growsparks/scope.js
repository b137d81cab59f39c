'use strict';

const { refsTo, findAny } = require('./store');
const { RESULT_KINDS, UNIONS } = require('./schema');
const { dateKey } = require('./dates');

/*
 * Graph walks shared by reports, progress and activity records: people under a group or role,
 * activities under a program, a person's groups, the authorization that grants access.
 */
const GROUP_KINDS = new Set(UNIONS.persongroups);
const AUTH_KINDS = UNIONS.authorizations;

function liveMemberships(state, kind, field, id, includeDeleted = false) {
	const out = [];
	for (const mid of refsTo(state, kind, field, id)) {
		const m = state.byId.get(mid);
		if (m && (includeDeleted || !m.Deleted)) out.push(m);
	}
	return out;
}

/** Persons an authorizable (person, group, role) stands for; groups are walked recursively. */
function personsOf(state, entity, { includeDeleted = false } = {}) {
	const out = new Map();
	const seen = new Set();
	const walk = (e) => {
		if (!e || seen.has(e.ID)) return;
		seen.add(e.ID);
		if (e._kind === 'persons') out.set(e.ID, e);
		else if (GROUP_KINDS.has(e._kind)) {
			for (const m of liveMemberships(
				state,
				'persongroupmemberships',
				'MemberOf',
				e.ID,
				includeDeleted,
			))
				walk(state.byId.get(m.Member));
		} else if (e._kind === 'roles') {
			for (const mrId of refsTo(state, 'membershiproles', 'Role', e.ID)) {
				const membership = state.byId.get(state.byId.get(mrId).Membership);
				if (membership && !membership.Deleted) walk(state.byId.get(membership.Member));
			}
		} else if (AUTH_KINDS.includes(e._kind)) walk(state.byId.get(e.Of));
	};
	walk(entity);
	return [...out.values()];
}

/** Leaf activities (Activities, CertificateActivities, ClassroomTrainings) under a structure. */
function activitiesOf(state, entity) {
	const out = new Map();
	const seen = new Set();
	const walk = (e) => {
		if (!e || seen.has(e.ID)) return;
		seen.add(e.ID);
		if (e._kind === 'activitygroups') {
			const children = liveMemberships(state, 'activitygroupmemberships', 'MemberOf', e.ID).sort(
				(a, b) => (a.SortOrder ?? 0) - (b.SortOrder ?? 0),
			);
			for (const m of children) walk(state.byId.get(m.Member));
		} else if (UNIONS.activities.includes(e._kind)) out.set(e.ID, e);
		else if (AUTH_KINDS.includes(e._kind)) walk(state.byId.get(e.On));
	};
	walk(entity);
	return [...out.values()];
}

function parentGroups(state, id) {
	return liveMemberships(state, 'persongroupmemberships', 'Member', id).map((m) => m.MemberOf);
}

function parentPrograms(state, id) {
	return liveMemberships(state, 'activitygroupmemberships', 'Member', id).map((m) => m.MemberOf);
}

function ancestors(state, id, parentsOf) {
	const out = [id];
	for (let i = 0; i < out.length; i++)
		for (const p of parentsOf(state, out[i])) if (!out.includes(p)) out.push(p);
	return out;
}

/** The Authorization/LearnAuthorization/TODO giving `personId` access to `activityId`, or null. */
function findAuthorization(state, personId, activityId) {
	const targets = new Set(ancestors(state, activityId, parentPrograms));
	for (const holder of ancestors(state, personId, parentGroups)) {
		for (const kind of AUTH_KINDS) {
			for (const aid of refsTo(state, kind, 'Of', holder))
				if (targets.has(state.byId.get(aid).On)) return aid;
		}
	}
	return null;
}

function resultsOfPerson(state, personId) {
	return RESULT_KINDS.flatMap((k) => refsTo(state, k, 'Of', personId)).map((id) =>
		state.byId.get(id),
	);
}

function resultsOnActivity(state, activityId) {
	return RESULT_KINDS.flatMap((k) => refsTo(state, k, 'On', activityId)).map((id) =>
		state.byId.get(id),
	);
}

const started = (r) => dateKey(r._dateStarted || r.CreateDate);
const completedAt = (r) => dateKey(r.DateCompleted);

/** Picks attempts per (person, activity) for an attempt mode (First|Best|LastCompleted|Last|All|FirstCompleted). */
function selectAttempts(results, mode = 'All') {
	if (mode === 'All') return results.slice();
	const groups = new Map();
	for (const r of results) {
		const key = `${r.Of}|${r.On}`;
		if (!groups.has(key)) groups.set(key, []);
		groups.get(key).push(r);
	}
	const out = [];
	for (const list of groups.values()) {
		let pool = list;
		if (mode === 'LastCompleted' || mode === 'FirstCompleted')
			pool = list.filter((r) => r.Completed);
		if (!pool.length) continue;
		const pick = pool.reduce((best, r) => {
			if (mode === 'First' || mode === 'FirstCompleted')
				return (mode === 'First' ? started(r) < started(best) : completedAt(r) < completedAt(best))
					? r
					: best;
			if (mode === 'Best')
				return (r.Score ?? -1) > (best.Score ?? -1) ||
					((r.Score ?? -1) === (best.Score ?? -1) && started(r) > started(best))
					? r
					: best;
			if (mode === 'LastCompleted') return completedAt(r) > completedAt(best) ? r : best;
			return started(r) > started(best) ? r : best;
		});
		out.push(pick);
	}
	return out;
}

function isAuthorizable(entity) {
	return (
		entity &&
		(entity._kind === 'persons' || GROUP_KINDS.has(entity._kind) || entity._kind === 'roles')
	);
}

module.exports = {
	personsOf,
	activitiesOf,
	parentGroups,
	parentPrograms,
	findAuthorization,
	resultsOfPerson,
	resultsOnActivity,
	selectAttempts,
	isAuthorizable,
	liveMemberships,
	findAny,
	GROUP_KINDS,
};
