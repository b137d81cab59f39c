'use strict';

/*
 * Simple representations (attribute lists from the types companion). Serializers build the full
 * object; `shape` picks the simple attributes, or — when `fields` is a comma list of attribute
 * names — exactly those (picked from the full object) plus `id`. Any other `fields` syntax is
 * accepted, logged and ignored.
 */
const SIMPLE = {
	Category: ['id', 'title'],
	Competence: [
		'id',
		'title',
		'real_title',
		'competence_type',
		'code',
		'weight',
		'survey_data',
		'survey_qualifications',
		'survey_render_url',
		'custom_attributes',
		'external_competence_id',
	],
	Event: [
		'id',
		'competence_id',
		'title',
		'startdate',
		'enddate',
		'publishdate',
		'location',
		'joinable',
		'short_description',
		'description',
		'haschildren',
		'parent_event_id',
		'min_age',
		'max_age',
		'max_participants',
		'participants_count',
		'available_count',
		'host_name',
		'external_sign_on',
		'payment',
		'certificates_url',
		'locked',
		'travelinformations',
		'custom_attributes',
	],
	Organisation: ['id', 'title', 'extern_organisation_id'],
	Person: ['id', 'user_name', 'firstname', 'lastname', 'email'],
	PersonCompetence: [
		'competence_id',
		'competence_title',
		'competence_type',
		'date',
		'grade',
		'id',
		'passed',
		'person_competence_id',
		'valid_until',
		'person',
		'history',
	],
	PersonEvent: [
		'id',
		'competence_id',
		'person_event_id',
		'title',
		'startdate',
		'enddate',
		'location',
		'joined',
		'waitlist',
		'passed',
		'cancelled',
		'haschildren',
		'person',
		'confirmed',
		'host_name',
		'history',
		'event',
		'order_id',
		'is_paid',
	],
	Position: ['title', 'roletype_name', 'owner_organisation', 'owner_person'],
	Role: ['id', 'title', 'roletype_name', 'rolemetatype', 'owner_organisation', 'owner_person'],
	Cms: ['id'],
};
// Keys that are carried over in every view when present (sandbox extras documented in the README).
const ALWAYS = ['change_time', 'mandatory'];

const FIELDS_RE = /^\s*[A-Za-z0-9_]+(\s*,\s*[A-Za-z0-9_]+)*\s*$/;

function pick(obj, keys) {
	const out = {};
	for (const k of keys) if (k in obj) out[k] = obj[k];
	return out;
}

function fieldList(fields) {
	if (typeof fields !== 'string' || !FIELDS_RE.test(fields)) return null;
	return fields.split(',').map((s) => s.trim());
}

function shape(type, full, viewName, fields) {
	const names = fieldList(fields);
	if (names) return pick(full, ['id', ...names.filter((n) => n !== 'id')]);
	if (viewName === 'full') return full;
	const simple = SIMPLE[type];
	if (!simple) return full;
	const out = pick(full, simple);
	for (const k of ALWAYS) if (k in full && !(k in out)) out[k] = full[k];
	return out;
}

module.exports = { SIMPLE, shape, fieldList };
