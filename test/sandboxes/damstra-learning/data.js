'use strict';

const { createRng, slug } = require('../framework');
const { plus0000, isoZ, groupStyle, perth } = require('./dates');

/*
 * Deterministic seed data. Ids, roles, statuses and relationships follow fixed formulas of the
 * entity's position (documented in README.md) so tests can rely on them for any size; only
 * names, phone numbers, time zones and durations come from the seeded PRNG.
 * Seed dates are fixed (history in 2024/25, "future" in 2030), never relative to the clock.
 */

const DAY = 86400000;
const PAST = Date.UTC(2025, 0, 6, 0, 0, 0);
const FUTURE = Date.UTC(2030, 0, 6, 0, 0, 0);
const ID_BASE = {
	user: 1001,
	group: 501,
	lessonId: 101,
	lessonVersionId: 201,
	schedule: 10001,
	ilt: 601,
	attendee: 801,
};
const CLIENT = { id: 4521, name: 'Sandbox Mining Co', timeZone: 'Australia/Perth' };

const SPECIAL_USERS = [
	{ roles: [7], firstName: 'Morgan', lastName: 'Reid' },
	{ roles: [3], firstName: 'Priya', lastName: 'Nair' },
	{ roles: [3], firstName: 'Tom', lastName: 'Walsh' },
	{ roles: [8], firstName: 'Grace', lastName: 'Okafor' },
	{ roles: [8], firstName: 'Daniel', lastName: 'Costa' },
	{ roles: [5], firstName: 'Aroha', lastName: 'Ngata' },
	{ roles: [5], firstName: 'Ben', lastName: 'Fraser' },
	{ roles: [4], firstName: 'Chloe', lastName: 'Martin' },
];
const GROUP_NAMES = [
	['All Staff', 'Everyone in the organisation'],
	['Perth Operations', 'Site crews based in Perth'],
	['Sydney Office', 'Head office staff in Sydney'],
	['Brisbane Depot', 'Logistics and depot staff'],
	['Safety Officers', 'HSE representatives'],
	['Site Supervisors', 'Leading hands and supervisors'],
	['New Starters', 'Employees in their first 90 days'],
	['Maintenance Crew', 'Fixed plant and mobile maintenance'],
];
const LESSON_NAMES = [
	'Site Induction',
	'Working at Heights',
	'Manual Handling',
	'Fire Safety',
	'Confined Space Entry',
	'First Aid Refresher',
	'Forklift Operation (ILT)',
	'Isolation and Lockout (ILT)',
	'Privacy and Data Handling',
	'Code of Conduct',
	'Chemical Handling',
	'Hazard Identification',
];
const NON_ACTIVE_STATES = ['inactive', 'never', 'rendering', 'error'];
const TIME_ZONES = [
	'Australia/Perth',
	'Australia/Perth',
	'Australia/Perth',
	'Australia/Sydney',
	'Australia/Brisbane',
	'Australia/Melbourne',
	'Pacific/Auckland',
];
const SLOT0_STATUS = [
	['completed', true],
	['due', null],
	['overdue', null],
	['scheduled', null],
	['completed', false],
	['cancelled', null],
];
const OPEN_STATUSES = ['scheduled', 'due', 'overdue'];

function createIndex() {
	return {
		users: new Map(),
		userNames: new Map(),
		nameCounters: new Map(),
		groups: new Map(),
		lessonsByVersion: new Map(),
		schedules: new Map(),
		iltSessions: new Map(),
		attendees: new Map(),
	};
}

// Per-base counters keep this O(1) when 20 000 users share ~2 300 first/last name pairs.
function uniqueUserName(state, base) {
	const { userNames, nameCounters } = state.index;
	const root = base || 'user';
	let n = nameCounters.get(root) || 1;
	let name = n === 1 ? root : `${root}${n}`;
	while (userNames.has(name.toLowerCase())) name = `${root}${++n}`;
	nameCounters.set(root, n);
	return name;
}

function addUser(state, user) {
	state.users.push(user);
	state.index.users.set(user.id, user);
	state.index.userNames.set(user.userName.toLowerCase(), user.id);
	return user;
}

function renameUser(state, user, userName) {
	state.index.userNames.delete(user.userName.toLowerCase());
	user.userName = userName;
	state.index.userNames.set(userName.toLowerCase(), user.id);
}

function addGroup(state, group) {
	state.groups.push(group);
	state.index.groups.set(group.id, group);
	return group;
}

function addSchedule(state, schedule) {
	state.lessonSchedules.push(schedule);
	state.index.schedules.set(schedule.id, schedule);
	return schedule;
}

function addIltSession(state, session) {
	state.iltSessions.push(session);
	state.index.iltSessions.set(session.id, session);
	return session;
}

function addAttendee(state, attendee) {
	state.iltAttendees.push(attendee);
	state.index.attendees.set(attendee.id, attendee);
	return attendee;
}

function removeAttendee(state, attendee) {
	state.iltAttendees.splice(state.iltAttendees.indexOf(attendee), 1);
	state.index.attendees.delete(attendee.id);
}

function nextId(state, kind) {
	return state.nextId[kind]++;
}

function seedUsers(state, count, rng) {
	const zones = rng.fork('tz');
	const phones = rng.fork('phone');
	for (let i = 0; i < count; i++) {
		const id = ID_BASE.user + i;
		const special = SPECIAL_USERS[i];
		const firstName = special ? special.firstName : rng.firstName();
		const lastName = special ? special.lastName : rng.lastName();
		const userName = uniqueUserName(state, `${slug(firstName)}.${slug(lastName)}`);
		const created = plus0000(PAST - (count - i) * 3600000);
		addUser(state, {
			id,
			userName,
			firstName,
			lastName,
			emailAddress: `${userName}@example.com`,
			phoneNumber: `08${phones.digits(8)}`,
			mobileNumber: `04${phones.digits(8)}`,
			employeeNumber: i >= 8 && i % 7 === 3 ? null : `E${id}`,
			clientStatusId: i >= 8 && (i + 1) % 10 === 0 ? 57 : 56,
			groups: [],
			groupsSupervised: [],
			roles: special ? special.roles.slice() : [6],
			timeZone: zones.pick(TIME_ZONES),
			createdDate: created,
			modifiedDate: created,
		});
	}
}

function seedGroups(state, count) {
	for (let i = 0; i < count; i++) {
		const [name, description] = GROUP_NAMES[i] || [`Group ${i + 1}`, `Generated group ${i + 1}`];
		addGroup(state, {
			id: ID_BASE.group + i,
			name,
			parentId: i === 0 ? null : ID_BASE.group,
			description,
			createdDate: groupStyle(PAST - (count - i) * 7 * DAY),
			clientId: CLIENT.id,
			active: true,
		});
	}
	if (!count) return;
	state.users.forEach((user, i) => user.groups.push({ id: ID_BASE.group + (i % count) }));
	// Users 1006 and 1007 (the supervisors) split the groups between them by parity of position.
	[5, 6].forEach((userIndex, parity) => {
		const user = state.users[userIndex];
		if (!user) return;
		state.groups.forEach((g, gi) => gi % 2 === parity && user.groupsSupervised.push({ id: g.id }));
	});
}

function seedLessons(state, count, rng) {
	const nonActiveFrom = count >= 6 ? count - NON_ACTIVE_STATES.length : count;
	const activeCount = nonActiveFrom;
	for (let i = 0; i < count; i++) {
		const lessonVersionId = ID_BASE.lessonVersionId + i;
		const created = plus0000(PAST - (count - i) * 30 * DAY);
		const lesson = {
			lessonVersionId,
			lessonId: ID_BASE.lessonId + i,
			name: LESSON_NAMES[i] || `Lesson ${i + 1}`,
			duration: rng.int(2, 30) * 60000,
			status: i < nonActiveFrom ? 'active' : NON_ACTIVE_STATES[i - nonActiveFrom],
			inLibrary: i === 1,
			version: 1,
			questionnaireType: i % 2 ? 19 : 18,
			clientId: CLIENT.id,
			// The last two active lessons are instructor-led, so ILT sessions have something to run.
			instructorLed: activeCount >= 4 && i >= activeCount - 2 && i < activeCount,
			lessonVersionCustomFields: [
				{
					lessonVersionId,
					customFieldId: 111,
					customFieldDescription: 'Compliance category',
					fieldId: 'customField1',
					type: 'string',
					value: rng.pick(['Safety', 'HR', 'Operations', 'Compliance']),
					id: 9001 + i,
					createdDate: created,
					modifiedDate: created,
				},
			],
			createdDate: created,
			modifiedDate: created,
		};
		state.lessons.push(lesson);
		state.index.lessonsByVersion.set(lessonVersionId, lesson);
	}
}

const SCHEDULE_WINDOWS = {
	completed: [PAST - 30 * DAY, PAST - 16 * DAY],
	due: [PAST - 5 * DAY, FUTURE + 14 * DAY],
	overdue: [PAST - 66 * DAY, PAST - 52 * DAY],
	scheduled: [FUTURE + 26 * DAY, FUTURE + 40 * DAY],
	cancelled: [PAST - 36 * DAY, PAST - 22 * DAY],
};

// Seeded schedules of one status share their date strings: formatting 40 000 schedules' dates
// individually was most of the startup time for 20 000 users.
const scheduleDateCache = new Map();
function scheduleDates(status) {
	let dates = scheduleDateCache.get(status);
	if (!dates) {
		const [start, end] = SCHEDULE_WINDOWS[status];
		const completed = status === 'completed';
		dates = {
			startDate: isoZ(start),
			endDate: isoZ(end),
			lessonStartedDate: completed ? isoZ(start + 3600000) : null,
			lessonCompletedDate: completed ? isoZ(start + 7200000) : null,
			createdDate: isoZ(start - DAY),
			modifiedDate: isoZ(completed ? start + 7200000 : start - DAY),
		};
		scheduleDateCache.set(status, dates);
	}
	return dates;
}

function makeSchedule({ id, user, lesson, status, passed }) {
	const dates = scheduleDates(status);
	const completed = status === 'completed';
	return {
		id,
		userId: user.id,
		lessonVersionId: lesson.lessonVersionId,
		lessonId: lesson.lessonId,
		status,
		passed: completed ? passed : null,
		startDate: dates.startDate,
		endDate: dates.endDate,
		lessonStartedDate: dates.lessonStartedDate,
		lessonCompletedDate: dates.lessonCompletedDate,
		lessonCompletedBy: completed ? user.id : null,
		progress: completed
			? lesson.duration
			: status === 'overdue'
				? Math.floor(lesson.duration / 3)
				: 0,
		scheduleType: 'automatic',
		gracePeriod: '14',
		gracePeriodUnit: 'days',
		cancellationReason: status === 'cancelled' ? 'SCHEDULE_CANCELLED_MANUALLY' : null,
		createdDate: dates.createdDate,
		modifiedDate: dates.modifiedDate,
	};
}

function seedSchedules(state) {
	const active = state.lessons.filter((l) => l.status === 'active');
	if (!active.length) return;
	state.users.forEach((user, i) => {
		const [status, passed] = SLOT0_STATUS[i % SLOT0_STATUS.length];
		const slots = [{ lesson: active[i % active.length], status, passed }];
		if (active.length > 1)
			slots.push({ lesson: active[(i + 1) % active.length], status: 'due', passed: null });
		slots.forEach((slot, s) => {
			addSchedule(state, makeSchedule({ id: ID_BASE.schedule + i * 2 + s, user, ...slot }));
		});
	});
}

function seedIltSessions(state) {
	const iltLessons = state.lessons.filter((l) => l.instructorLed);
	if (iltLessons.length < 2 || state.users.length < 5) return;
	const [ilt1, ilt2] = iltLessons;
	const instructorA = state.users[3];
	const instructorB = state.users[4];
	const registrar = state.users[1];
	const schedulesFor = (lesson, statuses) =>
		state.lessonSchedules.filter(
			(s) => s.lessonVersionId === lesson.lessonVersionId && statuses.includes(s.status),
		);
	const plan = [
		{
			lesson: ilt1,
			instructor: instructorA,
			statusId: 1,
			stateId: 1,
			start: FUTURE + 28 * DAY,
			location: 'Perth Training Room 1',
			picks: schedulesFor(ilt1, OPEN_STATUSES).slice(0, 3),
			attended: false,
		},
		{
			lesson: ilt1,
			instructor: instructorB,
			statusId: 2,
			stateId: 3,
			start: PAST - 20 * DAY,
			location: 'Kalgoorlie Site Office',
			picks: schedulesFor(ilt1, ['completed']).slice(0, 4),
			attended: true,
		},
		{
			lesson: ilt2,
			instructor: instructorA,
			statusId: 1,
			stateId: 2,
			start: PAST + 3600000,
			location: 'Brisbane Depot Yard',
			picks: schedulesFor(ilt2, OPEN_STATUSES).slice(0, 2),
			attended: true,
		},
		{
			lesson: ilt2,
			instructor: instructorB,
			statusId: 3,
			stateId: 1,
			start: FUTURE + 35 * DAY,
			location: 'Sydney Office Level 3',
			picks: [],
			attended: false,
		},
	];
	plan.forEach((p, i) => {
		const created = perth(p.start - 10 * DAY);
		const session = addIltSession(state, {
			id: ID_BASE.ilt + i,
			statusId: p.statusId,
			stateId: p.stateId,
			instructorId: p.instructor.id,
			lessonId: p.lesson.lessonId,
			notes: `Bring PPE. Session ${i + 1}.`,
			numberOfPlaces: 12,
			startDatetime: perth(p.start),
			endDatetime: perth(p.start + 4 * 3600000),
			location: p.location,
			iltSessionCancellationTraineeNotificationEnabled: p.statusId === 3,
			iltSessionCancellationInstructorNotificationEnabled: p.statusId === 3,
			createdDate: created,
			modifiedDate: created,
		});
		for (const schedule of p.picks) {
			addAttendee(state, {
				id: state.nextId.iltAttendee++,
				userId: schedule.userId,
				sessionId: session.id,
				lessonScheduleId: schedule.id,
				registeringUserId: registrar.id,
				passed: p.statusId === 2 ? Boolean(schedule.passed) : false,
				attended: p.attended,
				createdDate: created,
				modifiedDate: created,
			});
		}
	});
}

/** Fills `state` in place, so references held by tests stay valid across reset(). */
function seedState(state, { seed = 42, users = 60, groups = 8, lessons = 12 } = {}) {
	for (const key of Object.keys(state)) delete state[key];
	Object.defineProperty(state, 'index', {
		value: createIndex(),
		enumerable: false,
		configurable: true,
		writable: true,
	});
	Object.assign(state, {
		seed,
		sizes: { users, groups, lessons },
		client: { ...CLIENT },
		users: [],
		groups: [],
		lessons: [],
		lessonSchedules: [],
		iltSessions: [],
		iltAttendees: [],
		loginTokens: [],
		sentEmails: [],
		sentWebhooks: [],
		nextId: {
			user: ID_BASE.user + users,
			group: ID_BASE.group + groups,
			lessonSchedule: ID_BASE.schedule + users * 2,
			iltSession: ID_BASE.ilt + 4,
			iltAttendee: ID_BASE.attendee,
		},
	});
	const rng = createRng(seed);
	seedUsers(state, users, rng.fork('users'));
	seedGroups(state, groups);
	seedLessons(state, lessons, rng.fork('lessons'));
	seedSchedules(state);
	seedIltSessions(state);
	return state;
}

module.exports = {
	seedState,
	ID_BASE,
	CLIENT,
	OPEN_STATUSES,
	DAY,
	nextId,
	addUser,
	renameUser,
	uniqueUserName,
	addGroup,
	addSchedule,
	makeSchedule,
	addIltSession,
	addAttendee,
	removeAttendee,
};
