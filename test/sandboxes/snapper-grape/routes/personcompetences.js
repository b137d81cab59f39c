'use strict';

const q = require('../query');
const { input, scalar, maybeJsonObject } = require('../forms');
const { badRequest, notFound } = require('../errors');
const { parseStamp } = require('../dates');
const store = require('../store');
const access = require('../access');
const { personCompetenceFull, missingCompetence } = require('../serialize');
const { ok, listOf, oneOf, targetPerson } = require('./common');

/*
 * GET /api/personcompetences (state passed|missing|expired), GET/PUT /api/personcompetences/{competence_id}.
 * PUT body (sandbox's choice; the reference's list was cut off), top-level or inside person_competence_data[...]:
 *   user_name (top level or query only), passed (0–100, default 100), passed_date | date ("YYYY-MM-DD[ HH:MM]", default now),
 *   valid_until (date, "" = never; default date + the competence's validity), grade, comments | comment.
 */
const BODY_FIELDS = [
	'passed',
	'passed_date',
	'date',
	'valid_until',
	'grade',
	'comments',
	'comment',
];

function roleSets(state, person, roleIds) {
	const ids = roleIds || [...person.positions.map((p) => p.role_id), ...person.roles];
	const mandatory = new Set();
	const optional = new Set();
	for (const id of ids) {
		const role = store.roleById(state, id);
		if (!role) badRequest('role_ids', `role_ids: role ${id} does not exist`);
		role.required.forEach((c) => mandatory.add(c));
		role.optional.forEach((c) => optional.add(c));
	}
	for (const c of mandatory) optional.delete(c);
	return { mandatory, optional };
}

module.exports = function personCompetenceRoutes(state) {
	const full = (r) => personCompetenceFull(state, r);

	function list(ctx) {
		const exactId = q.int(ctx.query, 'person_competence_id');
		if (exactId !== undefined) {
			const record = state.personCompetences.find((r) => r.id === exactId);
			if (!record) notFound(`PersonCompetence ${exactId} not found.`);
			access.requirePerson(state, ctx.actor, store.personById(state, record.person_id));
			return oneOf(ctx, 'PersonCompetence', 'personcompetences', full(record));
		}
		const person = targetPerson(state, ctx);
		const st = q.oneOf(ctx.query, 'state', ['passed', 'missing', 'expired'], 'passed');
		const roleIds = q.idList(ctx.query, 'role_ids');
		const requirement = q.oneOf(
			ctx.query,
			'requirement',
			['mandatory', 'optional'],
			st === 'missing' || roleIds ? 'mandatory' : undefined,
		);
		const types = q.list(ctx.query, 'types');
		const sets = roleSets(state, person, roleIds);
		const wanted = requirement ? sets[requirement] : null;
		const typeOk = (competenceId) =>
			!types || types.includes(store.competenceById(state, competenceId).type);
		const now = state.clock.now();
		const current = state.personCompetences.filter(
			(r) => r.person_id === person.id && !r.superseded && !r.cancelledMs,
		);
		const isValid = (r) => r.passed === 100 && (r.validUntilMs === null || r.validUntilMs >= now);

		if (st === 'missing') {
			const have = new Set(current.filter(isValid).map((r) => r.competence_id));
			const ids = [...wanted].filter((id) => !have.has(id) && typeOk(id)).sort((a, b) => a - b);
			const rows = ids.map((id) => ({ id, mandatory: sets.mandatory.has(id) }));
			return listOf(ctx, 'PersonCompetence', 'personcompetences', rows, (r) =>
				missingCompetence(state, person, store.competenceById(state, r.id), r.mandatory),
			);
		}
		let rows = current.filter((r) =>
			st === 'passed'
				? isValid(r)
				: r.passed === 100 && r.validUntilMs !== null && r.validUntilMs < now,
		);
		if (wanted) rows = rows.filter((r) => wanted.has(r.competence_id));
		rows = rows.filter((r) => typeOk(r.competence_id));
		return listOf(ctx, 'PersonCompetence', 'personcompetences', rows, full);
	}

	function one(ctx) {
		const competence = store.competenceOr404(state, ctx.params.competence_id);
		const person = targetPerson(state, ctx);
		const record = store.currentRecord(state, person.id, competence.id);
		if (!record)
			return ok(
				'personcompetences',
				[],
				`${person.user_name} has no record for competence ${competence.id}`,
			);
		return oneOf(ctx, 'PersonCompetence', 'personcompetences', full(record));
	}

	function register(ctx) {
		const competence = store.competenceOr404(state, ctx.params.competence_id);
		const person = targetPerson(state, ctx);
		const nested = maybeJsonObject(input(ctx, 'person_competence_data'));
		if (
			nested !== undefined &&
			(nested === null || typeof nested !== 'object' || Array.isArray(nested))
		) {
			badRequest(
				'person_competence_data',
				'person_competence_data must be an object (person_competence_data[field]=value)',
			);
		}
		for (const key of Object.keys(nested || {})) {
			if (!BODY_FIELDS.includes(key))
				badRequest(
					`person_competence_data[${key}]`,
					`person_competence_data[${key}] is not a known field`,
				);
		}
		const get = (name) => {
			const v = nested && nested[name] !== undefined ? nested[name] : input(ctx, name);
			return v === undefined || v === null ? undefined : String(scalar(v));
		};
		if (competence.children && competence.children.length)
			badRequest(
				'competence_id',
				`Competence ${competence.id} is a ${competence.type}; register its items`,
			);
		let passed;
		const passedRaw = get('passed');
		if (passedRaw !== undefined) {
			if (!/^\d+$/.test(passedRaw) || Number(passedRaw) > 100)
				badRequest('passed', 'passed must be an integer 0–100');
			passed = Number(passedRaw);
		} else if (competence.type === 'checklist_item') {
			const cur = store.currentRecord(state, person.id, competence.id);
			passed = cur && cur.passed === 100 ? 0 : 100; // checklist items toggle
		} else passed = 100;
		const dateRaw = get('passed_date') ?? get('date');
		let dateMs;
		if (dateRaw !== undefined) {
			dateMs = parseStamp(dateRaw);
			if (dateMs === null)
				badRequest(
					get('passed_date') !== undefined ? 'passed_date' : 'date',
					'passed_date must be a date like "2014-01-20 14:10"',
				);
		}
		let validUntilMs;
		const vu = get('valid_until');
		if (vu !== undefined) {
			validUntilMs = vu === '' ? null : parseStamp(vu);
			if (
				validUntilMs === undefined ||
				Number.isNaN(validUntilMs) ||
				(vu !== '' && validUntilMs === null)
			)
				badRequest('valid_until', 'valid_until must be a date like "2014-01-20 14:10" or empty');
		}
		const record = store.registerCompetence(state, person, competence, {
			passed,
			dateMs,
			validUntilMs,
			grade: get('grade') ?? null,
			comments: get('comments') ?? get('comment') ?? null,
		});
		return ok('personcompetences', [full(record)], 'Competence registered');
	}

	return [
		{ method: 'GET', path: '/api/personcompetences', handler: list },
		{ method: 'GET', path: '/api/personcompetences/:competence_id', handler: one },
		{ method: 'PUT', path: '/api/personcompetences/:competence_id', handler: register },
	];
};
