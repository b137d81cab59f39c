'use strict';

const { createRng, slug } = require('../framework');
const { at } = require('./dates');
const S = require('./seed-data');

/*
 * (Re)seeds `state` in place. Persons: the five fixed ones plus generated ones up to `persons`
 * (default 35; ids 1001…). Participations 7001…, person competences 9001…, seeded changes are
 * the objects' own modification / registration times (all in the past).
 */
const PC = (person, competence, date, validUntil, extra = {}) => ({
	person,
	competence,
	date,
	validUntil,
	...extra,
});

const FIXED_PERSON_COMPETENCES = [
	PC(1001, 201, '2025-01-10 09:00', '2029-01-10 09:00'),
	PC(1001, 207, '2025-02-03 11:30', '2028-02-03 11:30'),
	PC(1002, 201, '2025-01-12 10:15', '2029-01-12 10:15'),
	PC(1002, 205, '2025-09-15 16:00', null, { grade: 'A' }),
	PC(1003, 201, '2023-02-20 08:00', '2025-02-20 08:00', { superseded: true }),
	PC(1003, 203, '2023-05-20 16:00', '2025-05-20 16:00'),
	PC(1003, 201, '2025-03-01 08:00', '2029-03-01 08:00'),
	PC(1003, 205, '2025-09-15 16:00', null, { grade: 'B' }),
	PC(1004, 202, '2024-03-11 15:00', '2025-03-11 15:00'),
	PC(1004, 201, '2024-12-15 13:00', '2029-12-15 13:00'),
	PC(1004, 203, '2025-05-21 16:00', '2030-05-21 16:00'),
	PC(1005, 204, '2024-04-05 15:00', '2029-04-05 15:00'),
	PC(1005, 201, '2025-01-20 07:30', '2029-01-20 07:30'),
	PC(1005, 202, '2025-03-10 15:00', '2030-03-10 15:00'),
];

const PE = (event, person, extra = {}) => ({ event, person, ...extra });
const FIXED_PARTICIPATIONS = [
	PE(501, 1005, { passed: true }),
	PE(502, 1004, { passed: true }),
	PE(503, 1002, { passed: true }),
	PE(503, 1003, { passed: true }),
	PE(504, 1005, { confirmed: true }),
	PE(505, 1003, { confirmed: false }),
	PE(506, 1002, { confirmed: true }),
	PE(506, 1004, { confirmed: true }),
];

const pad = (n) => String(n).padStart(2, '0');

function seedPersons(state, { seed, persons, userName, password }) {
	const rng = createRng(seed).fork('persons');
	const used = new Set();
	const list = [];
	const add = (spec, index) => {
		const org = state.organisations.find((o) => o.id === spec.org);
		used.add(spec.user_name);
		list.push({
			id: spec.id,
			user_name: spec.user_name,
			password,
			firstname: spec.firstname,
			lastname: spec.lastname,
			email: `${spec.user_name}@example.com`,
			jobtitle: spec.jobtitle || null,
			nationality: 'NO',
			birthdate: `${1965 + ((index * 7) % 35)}-${pad(1 + (index % 12))}-${pad(1 + ((index * 5) % 28))}`,
			address: `Storgata ${index + 1}`,
			postcode: String(1000 + index * 13).padStart(4, '0'),
			city: org ? org.city : null,
			country: 'Norway',
			phone: null,
			mobile: `+47 9${String(1000000 + index * 7919).slice(-7)}`,
			notice: null,
			sex: index % 2 ? 'female' : 'male',
			employee_code: `E${spec.id}`,
			code: null,
			extern_person_id: `EXT-${spec.id}`,
			tsMs: at('2025-01-01 08:00') + index * 60000,
			deactivated: Boolean(spec.deactivated),
			superuser: Boolean(spec.superuser),
			positions: [{ role_id: spec.position, organisation_id: spec.org }],
			roles: spec.roles.slice(),
		});
	};
	S.FIXED_PERSONS.slice(0, Math.max(1, persons)).forEach((p, i) =>
		add(i === 0 ? { ...p, user_name: userName } : p, i),
	);
	for (let i = S.FIXED_PERSONS.length; i < persons; i++) {
		const firstname = rng.firstName();
		const lastname = rng.lastName();
		const base = `${slug(firstname)}.${slug(lastname)}`;
		let name = base;
		for (let n = 2; used.has(name); n++) name = `${base}${n}`;
		const slot = S.GENERATED_SLOTS[(i - S.FIXED_PERSONS.length) % S.GENERATED_SLOTS.length];
		const roles = [];
		if (slot.position === 304 && i % 3 === 0) roles.push(306);
		if (i % 5 === 0) roles.push(307);
		add(
			{
				id: 1001 + i,
				user_name: name,
				firstname,
				lastname,
				org: slot.org,
				position: slot.position,
				roles,
				deactivated: i === persons - 1 && i >= 10,
			},
			i,
		);
	}
	return list;
}

function generatedCompetences(person, i) {
	const out = [];
	const month = 1 + (i % 10);
	const day = 1 + ((i * 3) % 27);
	const stamp = `2025-${pad(month)}-${pad(day)} ${pad(8 + (i % 9))}:${pad((i * 7) % 60)}`;
	out.push(
		PC(
			person.id,
			201,
			stamp,
			`2029-${pad(month)}-${pad(day)} ${pad(8 + (i % 9))}:${pad((i * 7) % 60)}`,
		),
	);
	const org = person.positions[0].organisation_id;
	if ((org === 107 || org === 108) && i % 2 === 0)
		out.push(PC(person.id, 202, '2025-03-10 15:00', '2030-03-10 15:00'));
	if ((org === 105 || org === 106) && i % 2 === 1)
		out.push(PC(person.id, 205, '2025-09-15 16:00', null));
	if (i % 4 === 0)
		out.push(PC(person.id, 207, `2025-10-${pad(day)} 12:00`, `2028-10-${pad(day)} 12:00`));
	if (i % 7 === 0)
		out.push(PC(person.id, 203, `2023-06-${pad(day)} 15:00`, `2025-06-${pad(day)} 15:00`));
	return out;
}

function generatedParticipations(persons) {
	const out = [];
	const generated = persons.slice(S.FIXED_PERSONS.length).filter((p) => !p.deactivated);
	const inOrg = (ids) => generated.filter((p) => ids.includes(p.positions[0].organisation_id));
	const warehouse = inOrg([107, 108]);
	const sales = inOrg([105, 106]);
	warehouse.slice(0, 4).forEach((p, i) => out.push(PE(501, p.id, { passed: i !== 2 })));
	generated.slice(0, 2).forEach((p) => out.push(PE(502, p.id, { passed: true })));
	sales.slice(0, 4).forEach((p) => out.push(PE(503, p.id, { passed: true })));
	warehouse.slice(4, 6).forEach((p) => out.push(PE(504, p.id, { confirmed: false })));
	generated.slice(2, 3).forEach((p) => out.push(PE(505, p.id, { confirmed: true })));
	warehouse.slice(0, 2).forEach((p) => out.push(PE(509, p.id, { confirmed: true })));
	return out;
}

function seedState(
	state,
	{ seed = 42, persons = 35, userName = 'api.user', password = 'sandbox-password' } = {},
) {
	const n = Math.max(1, Number(persons) || 35);
	state.organisations = S.ORGANISATIONS.map((o) => ({
		id: o.id,
		title: o.title,
		parent_id: o.parent_id,
		extern_organisation_id: o.extern,
		code: o.code,
		city: o.city,
		managers: o.managers.filter((id) => id < 1001 + n),
		email: `${o.code.toLowerCase()}@example.com`,
		address: 'Karl Johans gate 1',
		postcode: '0154',
		country: 'Norway',
		phone: '+47 22 00 00 00',
		organisation_number: `9${String(o.id).padStart(8, '0')}`,
		web: null,
		openedMs: at('2010-01-01 00:00'),
		deactivated: false,
	}));
	state.categories = S.CATEGORIES.map((c) => ({ ...c }));
	state.competenceTypes = S.COMPETENCE_TYPES;
	state.competenceGroups = S.COMPETENCE_GROUPS;
	state.attributes = S.ATTRIBUTES;
	state.competences = S.COMPETENCES.map((c) => ({
		...c,
		modifiedMs: at(c.modified),
		deactivated: Boolean(c.deactivated),
	}));
	state.roles = S.ROLES.map((r) => ({ ...r }));
	state.cms = S.CMS;
	state.persons = seedPersons(state, { seed, persons: n, userName, password });
	const exists = (id) => state.persons.some((p) => p.id === id);

	state.events = S.EVENTS.map((e) => ({
		...e,
		startMs: at(e.start),
		endMs: at(e.end),
		modifiedMs: at(e.modified),
		cancelledMs: e.cancelled ? at(e.cancelled) : null,
		children: e.children || [],
		parent: e.parent || 0,
	}));

	state.personEvents = [];
	let peId = 7001;
	for (const spec of [...FIXED_PARTICIPATIONS, ...generatedParticipations(state.persons)]) {
		if (!exists(spec.person)) continue;
		const event = state.events.find((e) => e.id === spec.event);
		state.personEvents.push({
			id: peId++,
			event_id: spec.event,
			person_id: spec.person,
			joinedMs: event.modifiedMs + 24 * 3600000,
			waitlist: false,
			passed: spec.passed ?? null,
			confirmed: spec.confirmed ?? true,
			cancelledMs: null,
			order_id: null,
			order_reference: null,
			is_paid: false,
			comments: null,
		});
	}

	state.personCompetences = [];
	let pcId = 9001;
	const specs = FIXED_PERSON_COMPETENCES.filter((s) => exists(s.person));
	state.persons
		.slice(S.FIXED_PERSONS.length)
		.forEach((p, k) => specs.push(...generatedCompetences(p, k + S.FIXED_PERSONS.length)));
	for (const s of specs) {
		state.personCompetences.push({
			id: pcId++,
			person_id: s.person,
			competence_id: s.competence,
			passed: 100,
			dateMs: at(s.date),
			validUntilMs: s.validUntil ? at(s.validUntil) : null,
			grade: s.grade || null,
			comments: null,
			superseded: Boolean(s.superseded),
			cancelledMs: null,
			joinedMs: at(s.date) - 30 * 24 * 3600000,
		});
	}

	state.changes = [];
	state.changeSeq = 0;
	const seedChange = (type, id, ms) => state.changes.push({ seq: ++state.changeSeq, type, id, ms });
	for (const c of state.competences) seedChange('competence', c.id, c.modifiedMs);
	for (const e of state.events) seedChange('event', e.id, e.modifiedMs);
	for (const pc of state.personCompetences) seedChange('personcompetence', pc.id, pc.dateMs);
	state.changes.sort((a, b) => a.ms - b.ms || a.seq - b.seq);

	state.sessions = new Map();
	state.logins = 0;
	state.passwordResets = [];
	state.counters = {
		person: 1001 + state.persons.length,
		organisation: 111,
		event: 511,
		competence: 212,
		personEvent: peId,
		personCompetence: pcId,
	};
	state.fixtures = buildFixtures(state);
}

function buildFixtures(state) {
	const userOf = (id) => (state.persons.find((p) => p.id === id) || {}).user_name;
	return {
		superuser: userOf(1001),
		manager: userOf(1002),
		person: userOf(1003),
		operationsManager: userOf(1004),
		warehouseOperator: userOf(1005),
		persons: state.persons.map((p) => p.user_name),
		deactivatedPersons: state.persons.filter((p) => p.deactivated).map((p) => p.user_name),
		organisations: Object.fromEntries(
			state.organisations.map((o) => [o.extern_organisation_id, o.id]),
		),
		rootOrganisationId: 101,
		events: {
			pastFireSafety: 501,
			pastFirstAid: 502,
			pastProductTraining: 503,
			futureFireSafety: 504,
			futureFirstAid: 505,
			leadershipParent: 506,
			leadershipModules: [507, 508],
			fullForklift: 509,
			cancelled: 510,
		},
		competences: {
			hseIntro: 201,
			fireSafety: 202,
			firstAid: 203,
			forklift: 204,
			productTraining: 205,
			leadership: 206,
			gdpr: 207,
			onboardingChecklist: 208,
			checklistItems: [209, 210],
			deactivated: 211,
		},
		categories: { hse: 11, fire: 12, firstAid: 13, sales: 14, product: 15, leadership: 16 },
		roles: Object.fromEntries(state.roles.map((r) => [r.title, r.id])),
		cms: [1, 2, 3],
	};
}

module.exports = { seedState };
