'use strict';

const q = require('../query');
const { input, scalar, maybeJsonObject } = require('../forms');
const { badRequest, forbidden } = require('../errors');
const { slug } = require('../../framework');
const store = require('../store');
const access = require('../access');
const { personFull } = require('../serialize');
const { ok, listOf, oneOf } = require('./common');

/* GET/POST /api/persons, GET/PUT /api/persons/{user_name}, GET /api/person. */
const PERSON_FIELDS = [
	'user_name',
	'password',
	'firstname',
	'lastname',
	'jobtitle',
	'mobile',
	'email',
	'birthdate',
	'extern_person_id',
	'address',
	'postcode',
	'city',
	'phone',
	'sex',
	'notice',
	'employee_code',
	'profile_image',
	'source',
	'code',
	'old_password',
	'password_match',
	'country',
	'nationality',
];
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function personData(ctx) {
	const data = maybeJsonObject(input(ctx, 'person_data'));
	if (data === undefined) return undefined;
	if (data === null || typeof data !== 'object' || Array.isArray(data))
		badRequest('person_data', 'person_data must be an object (person_data[field]=value)');
	for (const key of Object.keys(data)) {
		if (!PERSON_FIELDS.includes(key))
			badRequest(`person_data[${key}]`, `person_data[${key}] is not a known person field`);
	}
	return Object.fromEntries(
		Object.entries(data).map(([k, v]) => [k, v === null ? null : String(scalar(v))]),
	);
}

function checkValues(state, data, self) {
	if (data.email !== undefined && data.email !== '' && !EMAIL_RE.test(data.email))
		badRequest('person_data[email]', 'person_data[email] is not a valid e-mail address');
	if (
		data.birthdate !== undefined &&
		data.birthdate !== '' &&
		!/^\d{4}-\d{2}-\d{2}/.test(data.birthdate)
	)
		badRequest('person_data[birthdate]', 'person_data[birthdate] must be YYYY-MM-DD');
	if (data.user_name !== undefined) {
		if (!/^[A-Za-z0-9._@-]+$/.test(data.user_name))
			badRequest(
				'person_data[user_name]',
				'person_data[user_name] may contain letters, digits, ".", "_", "-" and "@"',
			);
		const other = store.findPerson(state, data.user_name);
		if (other && other !== self)
			badRequest('person_data[user_name]', `user_name "${data.user_name}" is already taken`);
	}
	if (data.firstname !== undefined && !data.firstname.trim())
		badRequest('person_data[firstname]', 'person_data[firstname] may not be empty');
	if (data.lastname !== undefined && !data.lastname.trim())
		badRequest('person_data[lastname]', 'person_data[lastname] may not be empty');
}

function applyData(person, data) {
	for (const [key, value] of Object.entries(data)) {
		if (
			key === 'old_password' ||
			key === 'password_match' ||
			key === 'profile_image' ||
			key === 'source'
		)
			continue;
		if (key === 'birthdate') person.birthdate = value ? value.slice(0, 10) : person.birthdate;
		else person[key] = value;
	}
}

module.exports = function personRoutes(state) {
	const full = (p) => personFull(state, p);

	function list(ctx) {
		const orgIds = [...(q.idList(ctx.query, 'organisation_ids') || [])];
		const single = q.int(ctx.query, 'organisation_id');
		if (single !== undefined) orgIds.unshift(single);
		const eventId = q.int(ctx.query, 'event_id');
		for (const id of orgIds) {
			if (!store.orgById(state, id))
				badRequest('organisation_id', `organisation_id ${id} does not exist`);
			access.requireUnit(state, ctx.actor, id);
		}
		if (!orgIds.length && !access.isSuper(ctx.actor))
			forbidden('Only superusers may list persons without organisation_id.');
		let persons = state.persons;
		if (orgIds.length)
			persons = persons.filter((p) => access.personUnits(p).some((id) => orgIds.includes(id)));
		if (eventId !== undefined) {
			const event = store.eventOr404(state, eventId);
			const ids = new Set(store.participants(state, event).map((pe) => pe.person_id));
			persons = persons.filter((p) => ids.has(p.id));
			if (!access.isSuper(ctx.actor) && !orgIds.length) forbidden();
		}
		return listOf(ctx, 'Person', 'persons', persons, full);
	}

	function get(ctx) {
		const person = store.personOr404(state, ctx.params.user_name);
		access.requirePerson(state, ctx.actor, person);
		return oneOf(ctx, 'Person', 'persons', full(person));
	}

	function update(ctx) {
		const person = store.personOr404(state, ctx.params.user_name);
		access.requirePerson(state, ctx.actor, person);
		const data = personData(ctx);
		if (!data || !Object.keys(data).length)
			badRequest('person_data', 'person_data is required (person_data[field]=value)');
		const self = ctx.actor.id === person.id;
		const privileged =
			access.isSuper(ctx.actor) || (!self && access.canSeePerson(state, ctx.actor, person));
		const changesLogin =
			data.password !== undefined ||
			(data.user_name !== undefined && data.user_name !== person.user_name);
		if (self && !privileged && changesLogin) {
			if (data.old_password === undefined)
				badRequest(
					'person_data[old_password]',
					'person_data[old_password] is required to change your own password or user name',
				);
			if (data.old_password !== person.password)
				badRequest('person_data[old_password]', 'person_data[old_password] is wrong');
			if (data.password !== undefined && data.password_match !== data.password)
				badRequest(
					'person_data[password_match]',
					'person_data[password_match] must repeat person_data[password]',
				);
		}
		if (data.password !== undefined && !data.password)
			badRequest('person_data[password]', 'person_data[password] may not be empty');
		checkValues(state, data, person);
		applyData(person, data);
		person.tsMs = state.clock.now();
		return ok('persons', [full(person)], 'Person updated');
	}

	function create(ctx) {
		const orgRaw = scalar(input(ctx, 'organisation_id'));
		const roleRaw = scalar(input(ctx, 'role_id'));
		if (orgRaw === undefined || orgRaw === '')
			badRequest('organisation_id', 'organisation_id is required');
		if (roleRaw === undefined || roleRaw === '') badRequest('role_id', 'role_id is required');
		const org = store.orgById(state, store.numericId(orgRaw, 'organisation_id'));
		if (!org) badRequest('organisation_id', `organisation_id ${orgRaw} does not exist`);
		const role = store.roleById(state, store.numericId(roleRaw, 'role_id'));
		if (!role) badRequest('role_id', `role_id ${roleRaw} does not exist`);
		access.requireUnit(state, ctx.actor, org.id);
		const data = personData(ctx);
		if (!data) badRequest('person_data', 'person_data is required');
		if (!data.firstname) badRequest('person_data[firstname]', 'person_data[firstname] is required');
		if (!data.lastname) badRequest('person_data[lastname]', 'person_data[lastname] is required');
		if (!data.user_name) {
			const base = `${slug(data.firstname)}.${slug(data.lastname)}`;
			let name = base;
			for (let n = 2; store.findPerson(state, name); n++) name = `${base}${n}`;
			data.user_name = name;
		}
		checkValues(state, data, null);
		const id = state.counters.person++;
		const person = {
			id,
			user_name: data.user_name,
			password: data.password || null,
			firstname: data.firstname,
			lastname: data.lastname,
			email: data.email || null,
			jobtitle: null,
			nationality: null,
			birthdate: '1990-01-01',
			address: null,
			postcode: null,
			city: org.city,
			country: null,
			phone: null,
			mobile: null,
			notice: null,
			sex: null,
			employee_code: null,
			code: null,
			extern_person_id: null,
			tsMs: state.clock.now(),
			deactivated: false,
			superuser: false,
			positions: [{ role_id: role.id, organisation_id: org.id }],
			roles: [],
		};
		applyData(person, { ...data, birthdate: data.birthdate || '1990-01-01' });
		state.persons.push(person);
		return ok('persons', [full(person)], 'Person created');
	}

	return [
		{ method: 'GET', path: '/api/persons', handler: list },
		{ method: 'POST', path: '/api/persons', handler: create },
		{ method: 'GET', path: '/api/persons/:user_name', handler: get },
		{ method: 'PUT', path: '/api/persons/:user_name', handler: update },
		{
			method: 'GET',
			path: '/api/person',
			handler: (ctx) => oneOf(ctx, 'Person', 'persons', full(ctx.actor)),
		},
	];
};
