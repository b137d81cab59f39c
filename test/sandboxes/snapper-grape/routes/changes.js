'use strict';

const q = require('../query');
const { badRequest, forbidden } = require('../errors');
const { formatStamp } = require('../dates');
const store = require('../store');
const access = require('../access');
const { shape } = require('../views');
const { normalizeType, changedObjects, fullOf, KEYS, SHAPE_TYPES } = require('../changes');
const { ok } = require('./common');

/*
 * GET /api/changes?type=event|personcompetence|competence (plurals too)&startdate=…&enddate=…
 *   &organisation_id|extern_organisation_id&limit&offset&view&fields
 * Superusers see everything; a manager must pass a unit (organisation_id / extern_organisation_id)
 * inside what they manage; others get 403.
 */
module.exports = function changeRoutes(state) {
	function changes(ctx) {
		const rawType = q.str(ctx.query, 'type') ?? q.str(ctx.query, 'Type');
		if (rawType === undefined)
			badRequest('type', 'type is required (event, personcompetence or competence)');
		const type = normalizeType(rawType);
		if (!type) badRequest('type', 'type must be event, personcompetence or competence');
		const startMs = q.date(ctx.query, 'startdate');
		if (startMs === undefined)
			badRequest('startdate', 'startdate is required ("YYYY-MM-DD HH:MM")');
		const endMs = q.date(ctx.query, 'enddate');
		const organisationId = q.int(ctx.query, 'organisation_id');
		const externId = q.str(ctx.query, 'extern_organisation_id');
		const units = store.unitFilter(state, { organisationId, externId });
		if (!access.isSuper(ctx.actor)) {
			if (!units) forbidden('Only superusers may read changes without organisation_id.');
			const root =
				organisationId !== undefined
					? Number(organisationId)
					: store.orgByExtern(state, externId).id;
			access.requireUnit(state, ctx.actor, root);
		}
		const viewName = q.view(ctx.query, 'simple');
		const fields = q.str(ctx.query, 'fields');
		const rows = q
			.page(changedObjects(state, { type, startMs, endMs, units }), ctx.query)
			.map(({ change, obj }) => {
				const full = {
					...fullOf(state, type, obj, ctx.actor),
					change_time: formatStamp(change.ms),
				};
				const out = shape(SHAPE_TYPES[type], full, viewName, fields);
				if (out.id === undefined || out.id === null) out.id = obj.id;
				out.change_time = full.change_time;
				return out;
			});
		return ok(KEYS[type], rows);
	}

	return [{ method: 'GET', path: '/api/changes', handler: changes }];
};
