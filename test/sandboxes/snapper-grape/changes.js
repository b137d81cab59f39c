'use strict';

const { formatStamp, floorMinute, toMs } = require('./dates');
const store = require('./store');
const access = require('./access');
const { eventFull, competenceFull, personCompetenceFull } = require('./serialize');

/*
 * The change log behind GET /api/changes: { seq, type, id, ms } rows. Seeded rows are the objects'
 * own modification / registration times; PUT /api/personcompetences and addChange() append at the
 * sandbox clock. Windows compare the minute-truncated change time ("YYYY-MM-DD HH:MM", as shown in
 * change_time): startdate <= change_time < enddate (enddate ignored for events). An object changed
 * several times in the window is returned once, at its latest change; rows are oldest first.
 */
const TYPES = {
	event: 'event',
	events: 'event',
	personcompetence: 'personcompetence',
	personcompetences: 'personcompetence',
	competence: 'competence',
	competences: 'competence',
};
const KEYS = { event: 'events', personcompetence: 'personcompetences', competence: 'competences' };
const SHAPE_TYPES = {
	event: 'Event',
	personcompetence: 'PersonCompetence',
	competence: 'Competence',
};

const normalizeType = (t) =>
	TYPES[
		String(t || '')
			.trim()
			.toLowerCase()
	] || null;

function objectOf(state, type, id) {
	if (type === 'event') return store.eventById(state, id);
	if (type === 'competence') return store.competenceById(state, id);
	return state.personCompetences.find((r) => r.id === id) || null;
}

function fullOf(state, type, obj, actor) {
	if (type === 'event') return eventFull(state, obj, actor);
	if (type === 'competence') return competenceFull(state, obj);
	return personCompetenceFull(state, obj);
}

function inUnits(state, type, obj, units) {
	if (type === 'personcompetence')
		return access.personUnits(store.personById(state, obj.person_id)).some((u) => units.has(u));
	if (type === 'competence')
		return !obj.organisations.length || obj.organisations.some((u) => units.has(u));
	if (obj.organisations.some((u) => units.has(u)) || units.has(obj.host)) return true;
	return store
		.participants(state, obj)
		.some((pe) =>
			access.personUnits(store.personById(state, pe.person_id)).some((u) => units.has(u)),
		);
}

/** → [{ change, obj }] oldest first, one per object. */
function changedObjects(state, { type, startMs, endMs, units }) {
	const latest = new Map();
	for (const c of state.changes) {
		if (c.type !== type) continue;
		const t = floorMinute(c.ms);
		if (t < startMs) continue;
		if (type !== 'event' && endMs !== undefined && t >= endMs) continue;
		const prev = latest.get(c.id);
		if (!prev || c.ms > prev.ms || (c.ms === prev.ms && c.seq > prev.seq)) latest.set(c.id, c);
	}
	const rows = [];
	for (const change of latest.values()) {
		const obj = objectOf(state, type, change.id);
		if (!obj) continue;
		if (units && !inUnits(state, type, obj, units)) continue;
		rows.push({ change, obj });
	}
	return rows.sort((a, b) => a.change.ms - b.change.ms || a.change.seq - b.change.seq);
}

class ChangeError extends Error {}

function applyEvent(state, spec, now) {
	const id = spec.id ?? spec.event_id;
	let event = id !== undefined ? store.eventById(state, id) : null;
	if (id !== undefined && !event) throw new ChangeError(`Unknown event ${id}`);
	if (!event) {
		const competence = store.competenceById(state, spec.competence_id ?? 202);
		if (!competence) throw new ChangeError(`Unknown competence ${spec.competence_id}`);
		const startMs = spec.startdate
			? toMs(spec.startdate, 'startdate')
			: floorMinute(now) + 30 * 86400000;
		event = {
			id: state.counters.event++,
			competence_id: competence.id,
			title: spec.title || `${competence.title} (new)`,
			startMs,
			endMs: spec.enddate ? toMs(spec.enddate, 'enddate') : startMs + 6 * 3600000,
			location: spec.location || 'Oslo HQ',
			host: spec.host_organisation_id ?? 103,
			organisations: spec.organisation_ids || [],
			max: spec.max_participants ?? 20,
			cost: spec.cost ?? 0,
			modifiedMs: now,
			cancelledMs: null,
			children: [],
			parent: 0,
		};
		state.events.push(event);
	} else {
		if (spec.title !== undefined) event.title = String(spec.title);
		if (spec.location !== undefined) event.location = String(spec.location);
		if (spec.startdate !== undefined) event.startMs = toMs(spec.startdate, 'startdate');
		if (spec.enddate !== undefined) event.endMs = toMs(spec.enddate, 'enddate');
		if (spec.max_participants !== undefined) event.max = Number(spec.max_participants);
		if (spec.cancelled !== undefined) event.cancelledMs = spec.cancelled ? now : null;
		event.modifiedMs = now;
	}
	return event;
}

function applyCompetence(state, spec, now) {
	const id = spec.id ?? spec.competence_id;
	let c = id !== undefined ? store.competenceById(state, id) : null;
	if (id !== undefined && !c) throw new ChangeError(`Unknown competence ${id}`);
	if (!c) {
		const newId = state.counters.competence++;
		c = {
			id: newId,
			title: spec.title || `New competence ${newId}`,
			type: spec.competence_type || 'course',
			code: spec.code || `NEW-${newId}`,
			months: spec.months ?? null,
			categories: [],
			groups: [],
			attributes: [],
			organisations: spec.organisation_ids || [],
			owner: 1001,
			owner_org: 101,
			modifiedMs: now,
			deactivated: false,
		};
		state.competences.push(c);
	} else {
		if (spec.title !== undefined) c.title = String(spec.title);
		if (spec.deactivated !== undefined) c.deactivated = Boolean(spec.deactivated);
		c.modifiedMs = now;
	}
	return c;
}

function applyPersonCompetence(state, spec, now) {
	const id = spec.id ?? spec.person_competence_id;
	if (id !== undefined) {
		const r = state.personCompetences.find((x) => x.id === Number(id));
		if (!r) throw new ChangeError(`Unknown person competence ${id}`);
		if (spec.passed !== undefined) r.passed = Number(spec.passed);
		if (spec.grade !== undefined) r.grade = spec.grade;
		if (spec.valid_until !== undefined)
			r.validUntilMs = spec.valid_until === null ? null : toMs(spec.valid_until, 'valid_until');
		store.recordChange(state, 'personcompetence', r.id, now);
		return r;
	}
	const person = store.findPerson(state, spec.user_name || state.fixtures.person);
	if (!person) throw new ChangeError(`Unknown person ${spec.user_name}`);
	const competence = store.competenceById(state, spec.competence_id ?? 201);
	if (!competence) throw new ChangeError(`Unknown competence ${spec.competence_id}`);
	return store.registerCompetence(state, person, competence, {
		passed: spec.passed ?? 100,
		dateMs: spec.date !== undefined ? toMs(spec.date, 'date') : undefined,
		validUntilMs:
			spec.valid_until === undefined
				? undefined
				: spec.valid_until === null
					? null
					: toMs(spec.valid_until, 'valid_until'),
		grade: spec.grade ?? null,
		comments: spec.comments ?? null,
	});
}

/**
 * addChange({ type: 'event'|'personcompetence'|'competence' (plurals ok), id?, ...fields }) → { type, id, change_time, object }.
 * With an existing id the object is touched (given fields applied); without one a new object is created.
 */
function addChange(state, spec = {}) {
	const type = normalizeType(spec.type);
	if (!type) throw new ChangeError('type must be event, personcompetence or competence');
	const now = state.clock.now();
	let obj;
	if (type === 'event') obj = applyEvent(state, spec, now);
	else if (type === 'competence') obj = applyCompetence(state, spec, now);
	else obj = applyPersonCompetence(state, spec, now);
	if (type !== 'personcompetence') store.recordChange(state, type, obj.id, now);
	return {
		type,
		id: obj.id,
		change_time: formatStamp(now),
		object: { ...fullOf(state, type, obj, null), change_time: formatStamp(now) },
	};
}

module.exports = {
	TYPES,
	KEYS,
	SHAPE_TYPES,
	normalizeType,
	changedObjects,
	fullOf,
	addChange,
	ChangeError,
};
