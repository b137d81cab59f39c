'use strict';

const q = require('../query');
const { notFound } = require('../errors');
const store = require('../store');
const access = require('../access');
const { shape } = require('../views');
const { categoryFull, competenceFull, eventFull } = require('../serialize');
const { ok, listOf, oneOf, targetPerson } = require('./common');

/* Read-only catalogue: categories, competences, events, cms. Any logged-in person. */
module.exports = function catalogRoutes(state) {
	function categories(ctx) {
		const tree = q.flag(ctx.query, 'tree', false);
		const rows = tree ? state.categories.filter((c) => !c.parent_id) : state.categories;
		return listOf(ctx, 'Category', 'categories', rows, (c) => categoryFull(state, c, tree));
	}

	function category(ctx) {
		const id = store.numericId(ctx.params.category_id, 'category_id');
		const c = state.categories.find((k) => k.id === id);
		if (!c) notFound(`Category ${id} not found.`);
		return oneOf(
			ctx,
			'Category',
			'categories',
			categoryFull(state, c, q.flag(ctx.query, 'tree', false)),
		);
	}

	function competences(ctx) {
		const mode = q.oneOf(ctx.query, 'mode', ['active', 'inactive', 'all'], 'active');
		const groups = q.idList(ctx.query, 'competence_group_ids');
		const extGroups = q.list(ctx.query, 'external_competence_group_ids');
		const types = q.list(ctx.query, 'types');
		const term = q.str(ctx.query, 'term');
		const cats = q.idList(ctx.query, 'category_ids');
		const attrs = q.idList(ctx.query, 'attribute_ids');
		const templateOnly = q.flag(ctx.query, 'course_template_usage_allowed_only', false);
		const ownerOnly = q.flag(ctx.query, 'owner_only', false);
		const usersOrgsOnly = q.flag(ctx.query, 'users_organisations_only', false);
		q.flag(ctx.query, 'organisation_owner_only', false); // documented as not implemented: accepted, ignored
		const needsPerson = ownerOnly || usersOrgsOnly;
		const person = needsPerson ? targetPerson(state, ctx) : null;
		let rows = state.competences.filter((c) => !c.parent);
		if (mode === 'active') rows = rows.filter((c) => !c.deactivated);
		if (mode === 'inactive') rows = rows.filter((c) => c.deactivated);
		if (groups || extGroups) {
			const ids = new Set(groups || []);
			for (const ext of extGroups || [])
				for (const g of state.competenceGroups) if (g.external_id === ext) ids.add(g.id);
			rows = rows.filter((c) => c.groups.some((g) => ids.has(g)));
		}
		if (types) rows = rows.filter((c) => types.includes(c.type));
		if (term)
			rows = rows.filter((c) => `${c.title} ${c.code}`.toLowerCase().includes(term.toLowerCase()));
		if (cats) rows = rows.filter((c) => c.categories.some((id) => cats.includes(id)));
		if (attrs) rows = rows.filter((c) => c.attributes.some((id) => attrs.includes(id)));
		if (templateOnly) rows = rows.filter((c) => c.type === 'course' || c.type === 'group');
		if (ownerOnly) rows = rows.filter((c) => c.owner === person.id);
		if (usersOrgsOnly) {
			const units = new Set(
				access.personUnits(person).flatMap((id) => access.ancestorsAndSelf(state, id)),
			);
			rows = rows.filter(
				(c) => !c.organisations.length || c.organisations.some((id) => units.has(id)),
			);
		}
		return listOf(ctx, 'Competence', 'competences', rows, (c) => competenceFull(state, c));
	}

	function events(ctx) {
		const competenceId = q.int(ctx.query, 'competence_id');
		const recursive = q.flag(ctx.query, 'recursive', false);
		const expand = (ids) =>
			ids
				? new Set(ids.flatMap((id) => (recursive ? [...access.subtree(state, id)] : [id])))
				: null;
		const participantUnits = expand(q.idList(ctx.query, 'organisation_ids'));
		const contextIds = [...(q.idList(ctx.query, 'context_organisation_ids') || [])];
		for (const ext of q.list(ctx.query, 'context_extern_organisation_ids') || []) {
			const o = store.orgByExtern(state, ext);
			contextIds.push(o ? o.id : -1);
		}
		const hostIds = [...(q.idList(ctx.query, 'host_organisation_ids') || [])];
		for (const ext of q.list(ctx.query, 'host_organisation_external_ids') || []) {
			const o = store.orgByExtern(state, ext);
			hostIds.push(o ? o.id : -1);
		}
		const userCheck = q.flag(ctx.query, 'user_check', false);
		const term = q.str(ctx.query, 'term');
		const cancelled = q.flag(ctx.query, 'cancelled', false);
		const cats = q.idList(ctx.query, 'category_ids');
		const attrs = q.idList(ctx.query, 'attribute_ids');
		const groups = q.idList(ctx.query, 'competence_group_ids');
		const checkFor = userCheck ? targetPerson(state, ctx) : null;
		const comp = (e) => store.competenceById(state, e.competence_id);

		let rows = state.events.filter((e) => !e.parent);
		if (!cancelled) rows = rows.filter((e) => !e.cancelledMs);
		if (competenceId !== undefined) rows = rows.filter((e) => e.competence_id === competenceId);
		if (participantUnits) {
			rows = rows.filter((e) =>
				store
					.participants(state, e)
					.some((pe) =>
						access
							.personUnits(store.personById(state, pe.person_id))
							.some((u) => participantUnits.has(u)),
					),
			);
		}
		if (contextIds.length) {
			const ctxUnits = new Set(contextIds.flatMap((id) => access.ancestorsAndSelf(state, id)));
			rows = rows.filter(
				(e) => !e.organisations.length || e.organisations.some((id) => ctxUnits.has(id)),
			);
		}
		if (hostIds.length) rows = rows.filter((e) => hostIds.includes(e.host));
		if (term) rows = rows.filter((e) => e.title.toLowerCase().includes(term.toLowerCase()));
		if (cats) rows = rows.filter((e) => comp(e).categories.some((id) => cats.includes(id)));
		if (attrs) rows = rows.filter((e) => comp(e).attributes.some((id) => attrs.includes(id)));
		if (groups) rows = rows.filter((e) => comp(e).groups.some((id) => groups.includes(id)));
		rows = rows.slice().sort((a, b) => a.startMs - b.startMs || a.id - b.id);

		const viewName = q.view(ctx.query, 'simple');
		const fields = q.str(ctx.query, 'fields');
		const out = q.page(rows, ctx.query).map((e) => {
			const full = eventFull(state, e, checkFor || ctx.actor);
			const shaped = shape('Event', full, viewName, fields);
			if (userCheck) shaped.signed_on = full.signed_on;
			return shaped;
		});
		return ok('events', out);
	}

	function cms(ctx) {
		const id = store.numericId(ctx.params.id, 'id');
		const item = state.cms.find((c) => c.id === id);
		if (!item) notFound(`CMS object ${id} not found.`);
		const format = (q.str(ctx.query, 'format') || 'json').toLowerCase();
		const content = format === 'json' ? { blocks: [{ type: 'html', html: item.html }] } : item.html;
		return oneOf(ctx, 'Cms', 'cms', {
			template: item.template,
			id: item.id,
			title: item.title,
			format,
			content,
		});
	}

	return [
		{ method: 'GET', path: '/api/categories', handler: categories },
		{ method: 'GET', path: '/api/categories/:category_id', handler: category },
		{ method: 'GET', path: '/api/competences', handler: competences },
		{ method: 'GET', path: '/api/events', handler: events },
		{ method: 'GET', path: '/api/cms/:id', handler: cms },
	];
};
