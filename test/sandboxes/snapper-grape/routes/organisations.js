'use strict';

const q = require('../query');
const { input, scalar, maybeJsonObject } = require('../forms');
const { badRequest, forbidden } = require('../errors');
const store = require('../store');
const access = require('../access');
const { orgFull, personFull } = require('../serialize');
const { ok, listOf, oneOf } = require('./common');

/* GET/POST /api/organisations, GET /api/organisations/{id}, GET /api/organisations/{id}/persons. */
const ORG_FIELDS = [
	'name',
	'title',
	'parent_id',
	'email',
	'address',
	'postcode',
	'city',
	'country',
	'phone',
	'code',
	'organisation_number',
	'extern_organisation_id',
	'web',
];

module.exports = function organisationRoutes(state) {
	const full = (o) => orgFull(state, o);

	function list(ctx) {
		const parentId = q.int(ctx.query, 'parent_id');
		const userName = q.str(ctx.query, 'user_name');
		let orgs = state.organisations;
		if (!access.isSuper(ctx.actor)) {
			const managed = access.managedUnits(state, ctx.actor);
			if (!managed.size) forbidden('Only superusers and managers may list organisation units.');
			orgs = orgs.filter((o) => managed.has(o.id));
		}
		if (parentId !== undefined) orgs = orgs.filter((o) => o.parent_id === parentId);
		if (userName !== undefined) {
			const person = store.personOr404(state, userName);
			const units = access.personUnits(person);
			orgs = orgs.filter((o) => units.includes(o.id));
		}
		return listOf(ctx, 'Organisation', 'organisations', orgs, full);
	}

	function get(ctx) {
		const org = store.orgOr404(state, ctx.params.organisation_id);
		access.requireUnit(state, ctx.actor, org.id);
		return oneOf(ctx, 'Organisation', 'organisations', full(org));
	}

	function members(ctx) {
		const org = store.orgOr404(state, ctx.params.organisation_id);
		access.requireUnit(state, ctx.actor, org.id);
		const persons = state.persons.filter((p) => access.personUnits(p).includes(org.id));
		return listOf(ctx, 'Person', 'persons', persons, (p) => personFull(state, p));
	}

	function create(ctx) {
		const data = maybeJsonObject(input(ctx, 'organisation_data'));
		if (!data || typeof data !== 'object' || Array.isArray(data))
			badRequest('organisation_data', 'organisation_data is required (organisation_data[name]=…)');
		for (const key of Object.keys(data)) {
			if (!ORG_FIELDS.includes(key))
				badRequest(
					`organisation_data[${key}]`,
					`organisation_data[${key}] is not a known organisation field`,
				);
		}
		const v = Object.fromEntries(
			Object.entries(data).map(([k, x]) => [k, x === null ? null : String(scalar(x))]),
		);
		const name = (v.name ?? v.title ?? '').trim();
		if (!name) badRequest('organisation_data[name]', 'organisation_data[name] is required');
		let parentId = 0;
		if (v.parent_id !== undefined && v.parent_id !== '' && v.parent_id !== '0') {
			parentId = store.numericId(v.parent_id, 'organisation_data[parent_id]');
			if (!store.orgById(state, parentId))
				badRequest(
					'organisation_data[parent_id]',
					`organisation_data[parent_id] ${parentId} does not exist`,
				);
		}
		if (parentId) access.requireUnit(state, ctx.actor, parentId);
		else if (!access.isSuper(ctx.actor)) forbidden('Only superusers may create root units.');
		if (v.extern_organisation_id && store.orgByExtern(state, v.extern_organisation_id)) {
			badRequest(
				'organisation_data[extern_organisation_id]',
				`extern_organisation_id "${v.extern_organisation_id}" is already used`,
			);
		}
		if (v.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email))
			badRequest(
				'organisation_data[email]',
				'organisation_data[email] is not a valid e-mail address',
			);
		const parent = store.orgById(state, parentId);
		const id = state.counters.organisation++;
		const org = {
			id,
			title: name,
			parent_id: parentId,
			extern_organisation_id: v.extern_organisation_id || null,
			code: v.code || null,
			city: v.city ?? (parent ? parent.city : null),
			managers: [],
			email: v.email || null,
			address: v.address || null,
			postcode: v.postcode || null,
			country: v.country || null,
			phone: v.phone || null,
			organisation_number: v.organisation_number || null,
			web: v.web || null,
			openedMs: state.clock.now(),
			deactivated: false,
		};
		state.organisations.push(org);
		return ok('organisations', [full(org)], 'Organisation created');
	}

	return [
		{ method: 'GET', path: '/api/organisations', handler: list },
		{ method: 'POST', path: '/api/organisations', handler: create },
		{ method: 'GET', path: '/api/organisations/:organisation_id', handler: get },
		{ method: 'GET', path: '/api/organisations/:organisation_id/persons', handler: members },
	];
};
