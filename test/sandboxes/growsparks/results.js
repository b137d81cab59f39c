'use strict';

const { STATUS_CODES } = require('./schema');
const { create } = require('./entities');
const { updateEntity, findIn } = require('./store');
const { formatStamp, toMs, parseDate } = require('./dates');

/*
 * Result records (ActivityResults, CertificateResults, ClassroomTrainingResults). Objects carry
 * the Status name; report and progress lines carry its integer code.
 */
const COMPLETED = new Set(['Done', 'Passed', 'Failed']);
const RESULT_KIND = {
	activities: 'activityresults',
	certificateactivities: 'certificateresults',
	classroomtrainings: 'classroomtrainingresults',
};
const DAY = 86400000;

class ResultSpecError extends Error {
	constructor(field, message) {
		super(message);
		this.field = field;
	}
}

function statusName(value) {
	if (value === undefined || value === null) return 'Passed';
	if (typeof value === 'number') {
		const name = Object.keys(STATUS_CODES).find((k) => STATUS_CODES[k] === value);
		if (name) return name;
	}
	const name = Object.keys(STATUS_CODES).find(
		(k) => k.toLowerCase() === String(value).toLowerCase(),
	);
	if (!name)
		throw new ResultSpecError(
			'status',
			`status must be one of ${Object.keys(STATUS_CODES).join(', ')}`,
		);
	return name;
}

/** Field values of a result in state `status`, completed at `completedMs` when it is a completed state. */
function resultFields(
	kind,
	{
		status,
		score,
		maxScore = 100,
		progress,
		maxProgress = 10,
		contentTime = 600,
		startedMs,
		completedMs,
	},
) {
	const completed = COMPLETED.has(status);
	const sc =
		score === undefined
			? status === 'Passed'
				? 85
				: status === 'Failed'
					? 35
					: status === 'Done'
						? null
						: null
			: score;
	const fields = {
		Status: status,
		Completed: completed,
		Score: sc,
		MaxScore: maxScore,
		ScaledScore: sc === null || !maxScore ? null : Math.round((sc / maxScore) * 1000) / 1000,
		Progress:
			progress === undefined
				? completed
					? maxProgress
					: status === 'NotStarted'
						? 0
						: Math.ceil(maxProgress / 2)
				: progress,
		MaxProgress: maxProgress,
		ContentTime: contentTime,
		DateCompleted: completed ? formatStamp(completedMs) : null,
		_dateStarted: status === 'NotStarted' ? null : formatStamp(startedMs),
	};
	if (kind === 'certificateresults') {
		fields.ValidUntil = status === 'Passed' ? formatStamp(completedMs + 730 * DAY) : null;
		fields.RecertificationAfter = status === 'Passed' ? formatStamp(completedMs + 640 * DAY) : null;
	}
	if (kind === 'classroomtrainingresults') fields.NotCompleted = !completed;
	return fields;
}

function resultKindFor(activity) {
	return RESULT_KIND[activity._kind];
}

function dateSpec(value, field, fallback) {
	if (value === undefined || value === null) return fallback;
	const ms =
		value instanceof Date
			? value.getTime()
			: typeof value === 'number'
				? value
				: toMs(parseDate(String(value)) || 'x');
	if (Number.isNaN(ms)) throw new ResultSpecError(field, `${field} is not a valid date`);
	return ms;
}

/**
 * Adds a result "now" (sandbox clock), e.g. so a trigger sees a new report line on its next poll.
 * spec: { person, activityStructure | activity, status = 'Passed', score, maxScore, progress,
 *         maxProgress, contentTime, dateStarted, dateCompleted }
 */
function addResult(state, spec = {}) {
	const personId = spec.person || state.fixtures.person;
	const person = findIn(state, 'persons', personId);
	if (!person) throw new ResultSpecError('person', `person ${personId} does not exist`);
	const activityId = spec.activityStructure || spec.activity || state.fixtures.activity0;
	const activity = findIn(state, 'activities', activityId);
	if (!activity)
		throw new ResultSpecError(
			'activityStructure',
			`activity ${activityId} does not exist (results belong to Activities, CertificateActivities or ClassroomTrainings)`,
		);
	const status = statusName(spec.status);
	const now = state.clock.now();
	const completedMs = dateSpec(spec.dateCompleted, 'dateCompleted', now);
	const startedMs = dateSpec(spec.dateStarted, 'dateStarted', completedMs - 20 * 60000);
	const kind = resultKindFor(activity);
	return create(state, kind, {
		...resultFields(kind, { ...spec, status, startedMs, completedMs }),
		Of: person.ID,
		On: activity.ID,
	});
}

/** Changes a result's status/score; ModifiedDate moves to now so delta reports pick it up. */
function updateResult(state, id, spec = {}) {
	const result = findIn(state, 'activityresults', id);
	if (!result) throw new ResultSpecError('id', `result ${id} does not exist`);
	const status = spec.status === undefined ? result.Status : statusName(spec.status);
	const now = state.clock.now();
	const completedMs = dateSpec(spec.dateCompleted, 'dateCompleted', now);
	const startedMs = result._dateStarted ? toMs(result._dateStarted) : completedMs - 20 * 60000;
	const fields = resultFields(result._kind, {
		score:
			spec.score !== undefined ? spec.score : status === result.Status ? result.Score : undefined,
		maxScore: spec.maxScore !== undefined ? spec.maxScore : (result.MaxScore ?? 100),
		progress: spec.progress,
		maxProgress: result.MaxProgress ?? 10,
		contentTime: spec.contentTime !== undefined ? spec.contentTime : result.ContentTime,
		status,
		startedMs,
		completedMs,
	});
	return updateEntity(state, result, { ...fields, ModifiedDate: state.clock.stamp() });
}

module.exports = {
	addResult,
	updateResult,
	resultFields,
	resultKindFor,
	statusName,
	ResultSpecError,
	COMPLETED,
};
