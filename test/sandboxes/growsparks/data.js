'use strict';

const { createRng, slug } = require('../framework');
const { clearStore } = require('./store');
const { insert, idSeries } = require('./entities');
const { formatStamp } = require('./dates');
const { seedResults } = require('./seed-results');

/*
 * Deterministic seed. Fixed objects (groups, roles, catalogue, classroom data) come first in
 * every list and keep their ids for any `persons` size; per-person objects use their own id
 * series. Seed timestamps are fixed in 2025, never relative to the clock, so a full report
 * returns the seeded results and a delta from "now" returns none until a result is added.
 * README.md lists the resulting counts and the seed-42 ids.
 */
const DAY = 86400000;
const SEED_BASE = Date.UTC(2025, 0, 6, 8, 0, 0);
const FIXED_PEOPLE = [
	{
		FirstName: 'John',
		LastName: 'Doe',
		Email: 'john@example.com',
		ExternalID: 'jd01',
		DisplayName: 'Johnny Doe',
	},
	{
		FirstName: 'Emma',
		LastName: 'Peeters',
		Email: 'emma.peeters@example.com',
		ExternalID: 'EMP00002',
	},
	{
		FirstName: 'Lucas',
		LastName: 'Janssens',
		Email: 'lucas.janssens@example.com',
		ExternalID: 'EMP00003',
	},
];
const LANGUAGES = ['en', 'nl', 'fr', 'de'];
const DEPARTMENTS = ['Sales', 'Support', 'Engineering'];

function seedState(state, { seed = 42, persons = 50 } = {}) {
	if (!Number.isInteger(persons) || persons < 1)
		throw new Error('persons must be a positive integer');
	clearStore(state);
	const rng = createRng(seed);
	state.seed = seed;
	state.sizes = { persons };
	state.createdRng = rng.fork('created');
	state.eventLog = new Map();
	state.impersonations = new Map();
	state.scriptletRuns = [];
	state.sentMails = [];
	state.merged = new Map();
	let minute = 0;
	const at = (ms) => formatStamp(ms);
	const tick = () => at(SEED_BASE + minute++ * 60000);
	const fixed = {};
	const put = (kind, fields, key, stamp = tick()) => {
		if (!state.seriesFor[kind]) state.seriesFor[kind] = idSeries(rng, `${kind}:fixed`, kind);
		const e = insert(state, kind, state.seriesFor[kind](), fields, stamp);
		if (key) fixed[key] = e.ID;
		return e;
	};
	state.seriesFor = {};

	// --- people -------------------------------------------------------------------------------
	// Tags: the free label (the only naming field the Authorizables union and some link objects
	// document), set on the seeded objects that would otherwise be listed by ID alone.
	const groups = ['All Staff', ...DEPARTMENTS].map((GroupName, i) =>
		put(
			'persongroups',
			{
				GroupName,
				Tag: `${GroupName} group`,
				PreferredLanguage: 'en',
				ExtraData: { CostCenter: `CC-${100 + i}` },
			},
			['allStaff', 'sales', 'support', 'engineering'][i],
		),
	);
	const eventGroups = [
		['Onboarding Day 2025', 'EVT-2025-01'],
		['Leadership Summit', 'EVT-2025-02'],
	].map(([GroupName, Code], i) =>
		put(
			'eventpersongroups',
			{ GroupName, Code, Tag: `${GroupName} group`, PreferredLanguage: 'en', ExtraData: {} },
			i === 0 ? 'eventGroup' : 'eventGroup2',
		),
	);
	const externalGroups = ['Azure AD - All Employees', 'Okta - Contractors'].map((GroupName, i) =>
		put(
			'externalpersongroups',
			{
				GroupName,
				Tag: `${GroupName} group`,
				PreferredLanguage: 'en',
				ExtraData: { Source: i === 0 ? 'MSGraph' : 'Okta' },
			},
			i === 0 ? 'externalGroup' : 'externalGroup2',
		),
	);
	const roles = ['Manager', 'Trainer', 'Learner'].map((RoleName) =>
		put('roles', { RoleName, PreferredLanguage: 'en', ExtraData: {} }, `role${RoleName}`),
	);

	const people = seedPersons(state, rng, persons);
	const p = (i) => people[i % people.length];
	fixed.person = people[0].ID;
	fixed.persons = people.slice(0, 10).map((x) => x.ID);

	// Group nesting and the small event/external groups first, then one department per person.
	const since = { StartDate: '2025-01-06T00:00:00', EndDate: null, Deleted: false };
	for (const g of groups.slice(1))
		put('persongroupmemberships', { ...since, Member: g.ID, MemberOf: groups[0].ID });
	for (let i = 0; i < Math.min(persons, 10); i++)
		put('persongroupmemberships', { ...since, Member: people[i].ID, MemberOf: eventGroups[0].ID });
	for (let i = 0; i < Math.min(persons, 5); i++)
		put('persongroupmemberships', {
			...since,
			Member: people[i].ID,
			MemberOf: externalGroups[0].ID,
		});
	const deptSeries = idSeries(rng, 'persongroupmemberships:department', 'persongroupmemberships');
	const deptMembership = [];
	for (let i = 0; i < persons; i++) {
		deptMembership.push(
			insert(
				state,
				'persongroupmemberships',
				deptSeries(),
				{ ...since, Member: people[i].ID, MemberOf: groups[1 + (i % 3)].ID },
				people[i].CreateDate,
			),
		);
	}
	put(
		'membershiproles',
		{ Membership: deptMembership[0].ID, Role: roles[0].ID },
		'membershipRoleManager',
	);
	put('membershiproles', {
		Membership: deptMembership[Math.min(1, persons - 1)].ID,
		Role: roles[1].ID,
	});

	// --- catalogue ----------------------------------------------------------------------------
	const catalogue = (Name, extra = {}) => ({
		Name,
		Description: `${Name} (sandbox content)`,
		CatalogEntry: true,
		ExpectedActivityDuration: 'thirty',
		Image: null,
		Metadata: null,
		SearchTags: null,
		...extra,
	});
	const activities = [
		'Welcome to the Company',
		'Information Security Basics',
		'Code of Conduct',
		'GDPR Essentials',
		'Customer Service Excellence',
		'Workplace Safety',
	].map((n, i) => put('activities', catalogue(n), `activity${i}`));
	const certificates = ['Certified Onboarding', 'Compliance Certificate 2025'].map((n, i) =>
		put(
			'certificateactivities',
			catalogue(n, { ExpectedActivityDuration: 'hour' }),
			`certificateActivity${i}`,
		),
	);
	const trainings = [
		['First Aid Training', 4, 12],
		['Leadership Workshop', 3, 8],
	].map(([n, min, max], i) =>
		put(
			'classroomtrainings',
			catalogue(n, {
				ExpectedActivityDuration: 'moreThanTwoHours',
				MinParticipants: min,
				MaxParticipants: max,
				BannerImage: null,
				DocumentsBody: null,
			}),
			`classroomTraining${i}`,
		),
	);
	const programs = ['Onboarding Program', 'Compliance Program'].map((n, i) =>
		put(
			'activitygroups',
			catalogue(n, { ExpectedActivityDuration: 'moreThanTwoHours' }),
			`program${i}`,
		),
	);
	const programChildren = [
		[activities[0], activities[1], activities[2], certificates[0]],
		[activities[3], activities[5], certificates[1], trainings[0]],
	];
	programChildren.forEach((children, g) =>
		children.forEach((c, i) =>
			put('activitygroupmemberships', {
				Member: c.ID,
				MemberOf: programs[g].ID,
				SortOrder: i + 1,
				Deleted: false,
			}),
		),
	);

	// --- assignments ----------------------------------------------------------------------------
	const window = { StartDate: '2025-01-06T00:00:00', EndDate: '2026-12-31T00:00:00' };
	put('authorizations', { ...window, Of: groups[0].ID, On: programs[0].ID }, 'authorization');
	put('authorizations', { ...window, Of: groups[1].ID, On: programs[1].ID });
	put('authorizations', { ...window, Of: p(0).ID, On: trainings[1].ID });
	put(
		'learnauthorizations',
		{ ...window, Of: groups[2].ID, On: activities[4].ID, Recommended: true },
		'learnAuthorization',
	);
	put('learnauthorizations', { ...window, Of: p(2).ID, On: activities[5].ID, Recommended: false });
	put(
		'todos',
		{
			StartDate: '2025-01-06T00:00:00',
			EndDate: '2026-03-31T00:00:00',
			Of: p(0).ID,
			On: activities[0].ID,
			Mandatory: true,
			AddPortfolio: false,
			Recommended: false,
		},
		'todo',
	);
	put('todos', {
		StartDate: '2025-02-01T00:00:00',
		EndDate: null,
		Of: groups[3].ID,
		On: certificates[0].ID,
		Mandatory: true,
		AddPortfolio: true,
		Recommended: true,
	});

	// --- classroom logistics ----------------------------------------------------------------------
	const locations = [
		['Brussels HQ', 'Wetstraat 1', 'Brussels', '1000', 'Belgium', '+32 2 555 01 00'],
		['Ghent Campus', 'Korenmarkt 10', 'Ghent', '9000', 'Belgium', '+32 9 555 02 00'],
	].map(([Name, Address, City, ZipCode, Country, Phone], i) =>
		put(
			'locations',
			{
				Name,
				Address,
				City,
				ZipCode,
				Country,
				Phone,
				Available: true,
				Description: `${Name} training centre`,
			},
			`location${i}`,
		),
	);
	const rooms = [
		['Meeting room 1', 12],
		['Auditorium', 80],
		['Training room Ghent', 16],
	].map(([Description, MaxPlaces], i) =>
		put('sublocations', { Description, MaxPlaces, Available: true }, `subLocation${i}`),
	);
	const executions = [
		[trainings[0], 'First Aid - March 2025', 'Definite'],
		[trainings[0], 'First Aid - September 2026', 'Definite'],
		[trainings[1], 'Leadership Workshop - autumn 2026', 'Prepare'],
	].map(([t, Description, ExecutionStatus], i) =>
		put(
			'executions',
			{ ClassroomTraining: t.ID, Description, ExecutionStatus, Language: 'en' },
			`execution${i}`,
		),
	);
	const sessions = [
		[executions[0], locations[0], rooms[0], '2025-03-10T09:00:00', '2025-03-10T12:00:00'],
		[executions[0], locations[0], rooms[0], '2025-03-11T09:00:00', '2025-03-11T12:00:00'],
		[executions[1], locations[1], rooms[2], '2026-09-15T09:00:00', '2026-09-15T17:00:00'],
		[executions[2], locations[0], rooms[1], '2026-10-01T13:00:00', '2026-10-01T17:00:00'],
	].map(([x, l, r, StartTime, EndTime], i) =>
		put(
			'executionsessions',
			{ Execution: x.ID, Location: l.ID, SubLocation: r.ID, StartTime, EndTime },
			`session${i}`,
		),
	);
	for (const s of sessions)
		put('executionsessionteachers', { ExecutionSession: s.ID, Person: p(1).ID, Deleted: false });

	// --- ratings, portfolio, tags, scriptlets ----------------------------------------------------
	put('ratings', { Of: p(0).ID, On: activities[0].ID, Rating: 80 }, 'rating');
	put('ratings', { Of: p(1).ID, On: activities[1].ID, Rating: 60 });
	put('ratings', { Of: p(2).ID, On: activities[0].ID, Rating: 100 });
	put(
		'portfolioentries',
		{
			Of: p(0).ID,
			PortfolioType: 'ManualCertificate',
			Name: 'Forklift licence',
			Code: 'FL-2024',
			Institute: 'VDAB',
			Credits: 3,
			Unit: 'days',
			DateCompleted: '2024-11-15T00:00:00',
		},
		'portfolioEntry',
	);
	put('portfolioentries', {
		Of: p(1).ID,
		PortfolioType: 'ManualTraining',
		Name: 'Advanced Excel',
		Code: null,
		Institute: 'Online',
		Credits: 1.5,
		Unit: 'days',
		DateCompleted: '2024-09-30T00:00:00',
	});
	const collection = put(
		'tagcollections',
		{ Owner: p(0).ID, Tag: 'Catalogue tags' },
		'tagCollection',
	);
	const categories = ['Topic', 'Level'].map((Name, i) =>
		put('tagcategories', { Name, Owner: collection.ID }, `tagCategory${i}`),
	);
	const tags = [
		['Compliance', 0],
		['Onboarding', 0],
		['Beginner', 1],
		['Advanced', 1],
	].map(([Name, c], i) =>
		put('tags', { Name, Category: categories[c].ID, Owner: collection.ID }, `tag${i}`),
	);
	const link = (tag, activity) => ({
		Owner: tag.ID,
		Tagged: activity.ID,
		Tag: `${tag.Name}: ${activity.Name}`,
	});
	put('taglinks', link(tags[0], activities[3]), 'tagLink');
	put('taglinks', link(tags[1], activities[0]));
	put('taglinks', link(tags[2], activities[0]));
	put('scriptlets', { Description: 'Recalculate program progress', Owner: p(0).ID }, 'scriptlet');
	put('scriptlets', { Description: 'Export HR data', Owner: p(0).ID });

	seedResults(state, {
		put,
		people,
		activities,
		certificates,
		trainings,
		executions,
		sessions,
		fixed,
		DAY,
		SEED_BASE_MS: SEED_BASE,
	});
	seedEventLog(state, externalGroups[0], people);
	state.fixtures = fixed;
	return state;
}

const slugCache = new Map();
function cachedSlug(name) {
	if (!slugCache.has(name)) slugCache.set(name, slug(name));
	return slugCache.get(name);
}

function seedPersons(state, rng, count) {
	const names = rng.fork('names');
	const series = idSeries(rng, 'persons', 'persons');
	const out = new Array(count);
	for (let i = 0; i < count; i++) {
		const base = FIXED_PEOPLE[i];
		const first = base ? base.FirstName : names.firstName();
		const last = base ? base.LastName : names.lastName();
		const stamp = formatStamp(SEED_BASE - DAY + i * 1000);
		out[i] = insert(
			state,
			'persons',
			series(),
			{
				FirstName: first,
				LastName: last,
				DisplayName: `${first} ${last}`,
				Tag: `${first} ${last}`,
				Email: `${cachedSlug(first)}.${cachedSlug(last)}${i + 1}@example.com`,
				ExternalID: `EMP${String(i + 1).padStart(5, '0')}`,
				PreferredLanguage: LANGUAGES[i % 4],
				ExtraData: { Department: DEPARTMENTS[i % 3] },
				...base,
			},
			stamp,
		);
	}
	return out;
}

function seedEventLog(state, group, people) {
	const entries = [
		['Info', 'SyncStarted', 'Synchronisation started', null],
		['Info', 'UserAdded', 'User added to group', people[0]],
		['Info', 'UserAdded', 'User added to group', people[1 % people.length]],
		['Warning', 'UserSkipped', 'User without e-mail address skipped', null],
		['Info', 'SyncFinished', 'Synchronisation finished', null],
	];
	state.eventLog.set(
		group.ID,
		entries.map(([Level, Event, Message, person], i) => ({
			LogID: i + 1,
			Date: formatStamp(SEED_BASE + 3 * DAY + i * 1000),
			Level,
			Event,
			Message,
			User: person ? person.Email : null,
		})),
	);
}

module.exports = { seedState, SEED_BASE };
