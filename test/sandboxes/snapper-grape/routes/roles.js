'use strict';

const q = require('../query');
const store = require('../store');
const access = require('../access');
const { shape } = require('../views');
const { positionFull, roleFull } = require('../serialize');
const { ok, listOf, targetPerson } = require('./common');

/* GET /api/positions (a person's positions), GET /api/roles (a person's roles, or roles for a competence). */
module.exports = function roleRoutes(state) {
	function positions(ctx) {
		const person = targetPerson(state, ctx);
		return listOf(ctx, 'Position', 'positions', person.positions, (p) => positionFull(state, p));
	}

	function roles(ctx) {
		const competenceId = q.int(ctx.query, 'competence_id');
		const st = q.oneOf(ctx.query, 'state', ['mandatory', 'optional'], undefined);
		const term = q.str(ctx.query, 'term');
		const metaTypes = q.list(ctx.query, 'role_meta_types') || q.list(ctx.query, 'role_meta_type');
		const orgIds = [...(q.idList(ctx.query, 'organisation_ids') || [])];
		for (const ext of q.list(ctx.query, 'extern_organisation_ids') || []) {
			const o = store.orgByExtern(state, ext);
			orgIds.push(o ? o.id : -1);
		}
		let rows;
		let mandatoryOf = null;
		if (competenceId !== undefined) {
			store.competenceOr404(state, competenceId);
			rows = state.roles.filter(
				(r) =>
					(st !== 'optional' && r.required.includes(competenceId)) ||
					(st !== 'mandatory' && r.optional.includes(competenceId)),
			);
			mandatoryOf = (r) => r.required.includes(competenceId);
		} else if (q.str(ctx.query, 'user_name') !== undefined || !orgIds.length) {
			const person = targetPerson(state, ctx);
			const ids = [...person.positions.map((p) => p.role_id), ...person.roles];
			rows = state.roles.filter((r) => ids.includes(r.id));
		} else {
			rows = state.roles;
		}
		if (orgIds.length) {
			const units = new Set(orgIds.flatMap((id) => access.ancestorsAndSelf(state, id)));
			rows = rows.filter(
				(r) => !r.organisation_ids.length || r.organisation_ids.some((id) => units.has(id)),
			);
		}
		if (term) rows = rows.filter((r) => r.title.toLowerCase().includes(term.toLowerCase()));
		if (metaTypes) rows = rows.filter((r) => metaTypes.includes(r.meta));
		const viewName = q.view(ctx.query, 'simple');
		const fields = q.str(ctx.query, 'fields');
		const out = q.page(rows, ctx.query).map((r) => {
			const full = roleFull(state, r);
			if (mandatoryOf) full.mandatory = mandatoryOf(r);
			return shape('Role', full, viewName, fields);
		});
		return ok('roles', out);
	}

	return [
		{ method: 'GET', path: '/api/positions', handler: positions },
		{ method: 'GET', path: '/api/roles', handler: roles },
	];
};
