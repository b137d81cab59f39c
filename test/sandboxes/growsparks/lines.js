'use strict';

const { STATUS_CODES } = require('./schema');
const {
	findAuthorization,
	parentGroups,
	parentPrograms,
	activitiesOf,
	resultsOfPerson,
	selectAttempts,
} = require('./scope');
const { dateKey } = require('./dates');

/*
 * Report and progress line builders, field order as in the inventory's types. Lines carry the
 * integer status code; Progress is the result's Progress/MaxProgress (0..1).
 */
const code = (status) => (status ? STATUS_CODES[status] : 0);
const ratio = (a, b) =>
	a === null || a === undefined || !b ? null : Math.round((a / b) * 1000) / 1000;
const isCert = (r) => r._kind === 'certificateresults';

function baseLine(
	type,
	{
		parentAuthorizable = null,
		authorizable = null,
		parentActivityStructure = null,
		activityStructure = null,
		authorization = null,
		contentTime = null,
		progress = null,
		normalizedScore = null,
		validUntil = null,
		recertificationAfter = null,
	},
) {
	return {
		Type: type,
		ParentAuthorizable: parentAuthorizable,
		Authorizable: authorizable,
		ParentActivityStructure: parentActivityStructure,
		ActivityStructure: activityStructure,
		Authorization: authorization,
		ContentTime: contentTime,
		Progress: progress,
		NormalizedScore: normalizedScore,
		ValidUntil: validUntil,
		RecertificationAfter: recertificationAfter,
	};
}

function resultLine(state, r, ctx) {
	return {
		...baseLine('report.activity.result', {
			parentAuthorizable: ctx.parentAuthorizable ? ctx.parentAuthorizable(r.Of) : null,
			authorizable: r.Of,
			parentActivityStructure: ctx.parentActivityStructure
				? ctx.parentActivityStructure(r.On)
				: null,
			activityStructure: r.On,
			authorization: findAuthorization(state, r.Of, r.On),
			contentTime: r.ContentTime,
			progress: ratio(r.Progress, r.MaxProgress),
			normalizedScore: r.ScaledScore,
			validUntil: isCert(r) ? r.ValidUntil : null,
			recertificationAfter: isCert(r) ? r.RecertificationAfter : null,
		}),
		DateCompleted: r.DateCompleted,
		DateStarted: r._dateStarted,
		Status: code(r.Status),
		Result: r.ID,
	};
}

function notAttemptedLine(state, person, activity, ctx) {
	return {
		...baseLine('report.activity.result', {
			parentAuthorizable: ctx.parentAuthorizable ? ctx.parentAuthorizable(person.ID) : null,
			authorizable: person.ID,
			parentActivityStructure: ctx.parentActivityStructure
				? ctx.parentActivityStructure(activity.ID)
				: null,
			activityStructure: activity.ID,
			authorization: findAuthorization(state, person.ID, activity.ID),
			contentTime: 0,
			progress: 0,
		}),
		DateCompleted: null,
		DateStarted: null,
		Status: STATUS_CODES.NotStarted,
		Result: null,
	};
}

/** Aggregate of one person on a program: latest attempt per leaf activity. */
function programAggregate(state, personId, program, refKey) {
	const leaves = activitiesOf(state, program);
	const leafIds = new Set(leaves.map((a) => a.ID));
	const results = resultsOfPerson(state, personId).filter(
		(r) => leafIds.has(r.On) && (!refKey || dateKey(r.ModifiedDate) <= refKey),
	);
	const latest = selectAttempts(results, 'Last');
	const done = latest.filter((r) => r.Status === 'Passed' || r.Status === 'Done');
	const failed = latest.some((r) => r.Status === 'Failed');
	let status = 'NotStarted';
	if (leaves.length && done.length === leaves.length)
		status = latest.some((r) => r.Status === 'Passed') ? 'Passed' : 'Done';
	else if (failed) status = 'Failed';
	else if (latest.length) status = 'Busy';
	const starts = latest
		.map((r) => r._dateStarted)
		.filter(Boolean)
		.sort();
	const completes = latest
		.map((r) => r.DateCompleted)
		.filter(Boolean)
		.sort();
	const scores = latest.map((r) => r.ScaledScore).filter((s) => s !== null && s !== undefined);
	const newest = latest
		.slice()
		.sort((a, b) => (dateKey(a.ModifiedDate) < dateKey(b.ModifiedDate) ? 1 : -1))[0];
	return {
		status,
		leaves,
		latest,
		progress: leaves.length ? Math.round((done.length / leaves.length) * 1000) / 1000 : 0,
		complete: status === 'Passed' || status === 'Done',
		dateStarted: starts[0] || null,
		dateCompleted:
			status === 'Passed' || status === 'Done' ? completes[completes.length - 1] || null : null,
		contentTime: latest.reduce((n, r) => n + (r.ContentTime || 0), 0),
		normalizedScore: scores.length
			? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 1000) / 1000
			: null,
		result: newest ? newest.ID : null,
	};
}

function programResultLine(state, personId, program, agg, ctx) {
	return {
		...baseLine('report.program.result', {
			parentAuthorizable: ctx.parentAuthorizable ? ctx.parentAuthorizable(personId) : null,
			authorizable: personId,
			parentActivityStructure: ctx.parentActivityStructure
				? ctx.parentActivityStructure(program.ID)
				: null,
			activityStructure: program.ID,
			authorization: findAuthorization(state, personId, program.ID),
			contentTime: agg.contentTime,
			progress: agg.progress,
			normalizedScore: agg.normalizedScore,
		}),
		DateCompleted: agg.dateCompleted,
		DateStarted: agg.dateStarted,
		Status: code(agg.status),
		Result: agg.result,
		StatusRules: agg.complete,
		StatusProgress: agg.progress,
	};
}

function summaryCounts(statuses, population) {
	const count = (pred) => statuses.filter(pred).length;
	const resultCount = statuses.length;
	return {
		ResultCount: resultCount,
		NotStarted: Math.max(0, population - resultCount) + count((s) => s === 'NotStarted'),
		Started: count((s) => s === 'Busy' || s === 'Pending'),
		Completed: count((s) => s === 'Done' || s === 'Passed' || s === 'Failed'),
		Passed: count((s) => s === 'Passed'),
		Failed: count((s) => s === 'Failed'),
	};
}

function summaryLine(
	type,
	{
		authorizable,
		activityStructure,
		statuses,
		population,
		contentTime = null,
		progress = null,
		normalizedScore = null,
		program = false,
	},
) {
	const line = {
		...baseLine(type, { authorizable, activityStructure, contentTime, progress, normalizedScore }),
		...summaryCounts(statuses, population),
	};
	if (program) {
		line.StatusRules =
			statuses.length > 0 &&
			statuses.every((s) => s === 'Passed' || s === 'Done') &&
			statuses.length >= population;
		line.StatusProgress = progress;
	}
	return line;
}

/** ActivityStatus of a person on an activity or program (persons/.progress, group .progress). */
function activityStatus(state, person, structure, attemptMode = 'Last', refKey = null) {
	const base = { Person: person.ID, ActivityStructure: structure.ID };
	if (structure._kind === 'activitygroups') {
		const agg = programAggregate(state, person.ID, structure, refKey);
		const authorized = findAuthorization(state, person.ID, structure.ID) !== null;
		return {
			...base,
			Attempt: agg.latest.length ? 1 : 0,
			Progress: Math.round(agg.progress * agg.leaves.length),
			MaxProgress: agg.leaves.length,
			Score: null,
			MaxScore: null,
			Completed: agg.complete,
			DateCompleted: agg.dateCompleted,
			Status: !agg.latest.length && !authorized ? STATUS_CODES.NotAssigned : code(agg.status),
			ContentTime: agg.contentTime,
			NormalizedScore: agg.normalizedScore,
		};
	}
	const attempts = resultsOfPerson(state, person.ID)
		.filter((r) => r.On === structure.ID)
		.sort((a, b) =>
			dateKey(a._dateStarted || a.CreateDate) < dateKey(b._dateStarted || b.CreateDate) ? -1 : 1,
		);
	const chosen = selectAttempts(attempts, attemptMode === 'All' ? 'Last' : attemptMode)[0];
	if (!chosen) {
		const authorized = findAuthorization(state, person.ID, structure.ID) !== null;
		return {
			...base,
			Attempt: 0,
			Progress: 0,
			MaxProgress: 10,
			Score: null,
			MaxScore: null,
			Completed: false,
			DateCompleted: null,
			Status: authorized ? 0 : STATUS_CODES.NotAssigned,
			ContentTime: 0,
			NormalizedScore: null,
		};
	}
	return {
		...base,
		Attempt: attempts.indexOf(chosen) + 1,
		Progress: chosen.Progress,
		MaxProgress: chosen.MaxProgress,
		Score: chosen.Score,
		MaxScore: chosen.MaxScore,
		Completed: Boolean(chosen.Completed),
		DateCompleted: chosen.DateCompleted,
		Status: code(chosen.Status),
		ContentTime: chosen.ContentTime,
		NormalizedScore: chosen.ScaledScore,
	};
}

function firstParentGroup(state, preferred) {
	return (personId) => {
		const groups = parentGroups(state, personId);
		if (preferred && groups.includes(preferred)) return preferred;
		return groups[0] || null;
	};
}

function firstParentProgram(state, preferred) {
	return (activityId) => {
		const programs = parentPrograms(state, activityId);
		if (preferred && programs.includes(preferred)) return preferred;
		return programs[0] || null;
	};
}

module.exports = {
	resultLine,
	notAttemptedLine,
	programAggregate,
	programResultLine,
	summaryLine,
	activityStatus,
	firstParentGroup,
	firstParentProgram,
};
