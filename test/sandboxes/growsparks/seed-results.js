'use strict';

const { resultFields } = require('./results');
const { formatStamp } = require('./dates');

/*
 * Seeded results: persons 0-9 two activity results each (person 0: "Welcome to the Company"
 * Passed, "Information Security Basics" Busy), three certificate results, three classroom
 * training results with their subscriptions and attendance.
 */
const STATUS_A = ['Passed', 'Done', 'Passed', 'Failed', 'Busy'];
const STATUS_B = ['Busy', 'Passed', 'Done', 'Busy', 'Failed'];

function seedResults(
	state,
	{
		put,
		people,
		activities,
		certificates,
		trainings,
		executions,
		sessions,
		fixed,
		DAY,
		SEED_BASE_MS,
	},
) {
	const p = (i) => people[i % people.length];
	const result = (kind, person, activity, status, offsetDays, extra = {}) => {
		const startedMs = SEED_BASE_MS + offsetDays * DAY;
		const completedMs = startedMs + 45 * 60000;
		const fields = resultFields(kind, { status, startedMs, completedMs, ...extra });
		const stamp = formatStamp(fields.DateCompleted ? completedMs : startedMs);
		return put(kind, { ...fields, Of: person.ID, On: activity.ID }, null, stamp);
	};
	const n = Math.min(people.length, 10);
	for (let i = 0; i < n; i++) {
		const a = result('activityresults', people[i], activities[i % 6], STATUS_A[i % 5], 10 + i, {
			score: scoreFor(STATUS_A[i % 5], i),
		});
		const b = result(
			'activityresults',
			people[i],
			activities[(i + 1) % 6],
			STATUS_B[i % 5],
			20 + i,
			{ score: scoreFor(STATUS_B[i % 5], i) },
		);
		if (i === 0) {
			fixed.activityResult = a.ID;
			fixed.activityResultBusy = b.ID;
		}
	}
	fixed.certificateResult = result('certificateresults', p(0), certificates[0], 'Passed', 40, {
		score: 92,
	}).ID;
	fixed.certificateResult2 = result('certificateresults', p(1), certificates[0], 'Passed', 41, {
		score: 78,
	}).ID;
	fixed.certificateResultBusy = result('certificateresults', p(2), certificates[1], 'Busy', 42).ID;

	const ctr = [
		result('classroomtrainingresults', p(0), trainings[0], 'Passed', 63, {
			score: null,
			contentTime: 21600,
		}),
		result('classroomtrainingresults', p(3), trainings[0], 'Failed', 63, {
			score: null,
			contentTime: 10800,
		}),
		result('classroomtrainingresults', p(4), trainings[1], 'Pending', 70, {
			score: null,
			contentTime: 0,
		}),
	];
	fixed.classroomTrainingResult = ctr[0].ID;
	const subs = [
		[executions[0], ctr[0], 'Approved', p(0)],
		[executions[0], ctr[1], 'Approved', p(3)],
		[executions[2], ctr[2], 'NotApproved', p(4)],
	].map(([x, r, SubscriptionStatus, person], i) => {
		const s = put(
			'subscriptions',
			{ Execution: x.ID, Result: r.ID, SubscriptionStatus, Deleted: false },
			`subscription${i}`,
		);
		s._person = person.ID;
		return s;
	});
	const attendance = [
		[subs[0], sessions[0], true, null],
		[subs[0], sessions[1], true, null],
		[subs[1], sessions[0], true, null],
		[subs[1], sessions[1], false, 'Sick leave'],
	];
	attendance.forEach(([s, es, Present, Note], i) =>
		put(
			'attendance',
			{ Subscription: s.ID, ExecutionSession: es.ID, Present, Note },
			i === 0 ? 'attendance' : null,
		),
	);
}

function scoreFor(status, i) {
	if (status === 'Passed') return 80 + i;
	if (status === 'Failed') return 30 + i;
	return null;
}

module.exports = { seedResults };
