'use strict';

const { notFound, badRequest } = require('./errors');
const { floorMinute } = require('./dates');
const { subtree } = require('./access');

/* Lookups and mutations shared by the routes, the control API and the in-process helpers. */

const findPerson = (state, userName) => state.persons.find((p) => p.user_name === userName) || null;
const personById = (state, id) => state.persons.find((p) => p.id === Number(id)) || null;
const orgById = (state, id) => state.organisations.find((o) => o.id === Number(id)) || null;
const orgByExtern = (state, ext) =>
	state.organisations.find((o) => o.extern_organisation_id === String(ext)) || null;
const competenceById = (state, id) => state.competences.find((c) => c.id === Number(id)) || null;
const eventById = (state, id) => state.events.find((e) => e.id === Number(id)) || null;
const roleById = (state, id) => state.roles.find((r) => r.id === Number(id)) || null;

function numericId(value, name) {
	if (!/^\d+$/.test(String(value))) badRequest(name, `${name} must be a number, got "${value}"`);
	return Number(value);
}

function personOr404(state, userName) {
	const p = findPerson(state, userName);
	if (!p) notFound(`Person "${userName}" not found.`);
	return p;
}

function eventOr404(state, id) {
	const e = eventById(state, numericId(id, 'event_id'));
	if (!e) notFound(`Event ${id} not found.`);
	return e;
}

function competenceOr404(state, id) {
	const c = competenceById(state, numericId(id, 'competence_id'));
	if (!c) notFound(`Competence ${id} not found.`);
	return c;
}

function orgOr404(state, id) {
	const o = orgById(state, numericId(id, 'organisation_id'));
	if (!o) notFound(`Organisation ${id} not found.`);
	return o;
}

/** Sub-tree ids for organisation_id / extern_organisation_id filters (unknown → 400 naming the field). */
function unitFilter(state, { organisationId, externId }) {
	if (organisationId !== undefined) {
		if (!orgById(state, organisationId))
			badRequest('organisation_id', `organisation_id ${organisationId} does not exist`);
		return subtree(state, Number(organisationId));
	}
	if (externId !== undefined) {
		const o = orgByExtern(state, externId);
		if (!o)
			badRequest('extern_organisation_id', `extern_organisation_id "${externId}" does not exist`);
		return subtree(state, o.id);
	}
	return null;
}

/** Active, non-cancelled participations of an event (not on the wait list). */
function participants(state, event) {
	return state.personEvents.filter(
		(pe) => pe.event_id === event.id && !pe.cancelledMs && !pe.waitlist,
	);
}

function activeParticipation(state, event, person) {
	return (
		state.personEvents.find(
			(pe) => pe.event_id === event.id && pe.person_id === person.id && !pe.cancelledMs,
		) || null
	);
}

/** Current record = latest non-superseded registration of person × competence. */
function currentRecord(state, personId, competenceId) {
	const rows = state.personCompetences.filter(
		(r) => r.person_id === personId && r.competence_id === competenceId && !r.superseded,
	);
	return rows.length ? rows[rows.length - 1] : null;
}

function recordChange(state, type, id, ms = state.clock.now()) {
	const change = { seq: ++state.changeSeq, type, id, ms };
	state.changes.push(change);
	return change;
}

function addMonths(ms, months) {
	const d = new Date(ms);
	d.setUTCMonth(d.getUTCMonth() + months);
	return d.getTime();
}

/**
 * Registers a competence for a person: the previous current record becomes history (superseded),
 * a change of type personcompetence is recorded at the sandbox clock.
 */
function registerCompetence(
	state,
	person,
	competence,
	{ passed = 100, dateMs, validUntilMs, grade = null, comments = null } = {},
) {
	const now = state.clock.now();
	const previous = currentRecord(state, person.id, competence.id);
	if (previous) previous.superseded = true;
	const date = floorMinute(dateMs ?? now);
	const record = {
		id: state.counters.personCompetence++,
		person_id: person.id,
		competence_id: competence.id,
		passed,
		dateMs: date,
		validUntilMs:
			validUntilMs !== undefined
				? validUntilMs
				: passed === 100 && competence.months
					? addMonths(date, competence.months)
					: null,
		grade,
		comments,
		superseded: false,
		cancelledMs: null,
		joinedMs: date,
	};
	state.personCompetences.push(record);
	recordChange(state, 'personcompetence', record.id, now);
	return record;
}

module.exports = {
	findPerson,
	personById,
	orgById,
	orgByExtern,
	competenceById,
	eventById,
	roleById,
	numericId,
	personOr404,
	eventOr404,
	competenceOr404,
	orgOr404,
	unitFilter,
	participants,
	activeParticipation,
	currentRecord,
	recordChange,
	registerCompetence,
	addMonths,
};
