'use strict';

const store = require('../store');
const { scheduledOut } = require('../serialize');
const { badRequest, notFound } = require('../errors');
const { objectBody, requireString, parseDate } = require('../util');

/* Scheduler (gateway /scheduledjobs/v1). Task state codes: 0 not started, 1 active, 2 paused, 3 completed, 4 abandoned. */
const TASK_STATES = {
	notstarted: 0,
	scheduled: 0,
	active: 1,
	inprogress: 1,
	started: 1,
	paused: 2,
	completed: 3,
	complete: 3,
	abandoned: 4,
	aborted: 4,
};
const JOB_STATES = ['Scheduled', 'InProgress', 'Paused', 'Completed', 'Cancelled', 'Abandoned'];

function when(b) {
	if (b.updated === undefined || b.updated === null) return Date.now();
	const t = parseDate(b.updated);
	if (Number.isNaN(t)) badRequest(`updated is not a valid date: ${b.updated}`);
	return t;
}

module.exports = (state) => {
	const knownUsers = (ids, field = 'assignedUserIds') => {
		if (!Array.isArray(ids) || !ids.every((x) => typeof x === 'string'))
			badRequest(`The ${field} field must be an array of user ids`);
		const missing = ids.filter((id) => !state.users.some((u) => u.userId === id));
		if (missing.length) badRequest(`User ${missing.join(', ')} not found`);
		return [...new Set(ids)];
	};

	return {
		'scheduler.getAll': () => state.scheduledJobs.map(scheduledOut),
		'scheduler.get': (ctx) =>
			scheduledOut(store.scheduledOr404(state, ctx.params.scheduled_job_id)),
		'scheduler.getMine': (ctx) =>
			state.scheduledJobs
				.filter((s) => s.assignedUserIds.includes(ctx.actingUser.userId))
				.map(scheduledOut),
		'scheduler.updateTaskStatus': (ctx) => {
			const s = store.scheduledOr404(state, ctx.params.scheduled_job_id);
			const task = s.tasks.find((t) => t.taskId === ctx.params.task_id);
			if (!task) notFound('Task', ctx.params.task_id);
			const b = objectBody(ctx);
			let code;
			if (Number.isInteger(b.state) && b.state >= 0 && b.state <= 4) code = b.state;
			else if (
				typeof b.state === 'string' &&
				TASK_STATES[b.state.toLowerCase().replace(/[\s_-]/g, '')] !== undefined
			)
				code = TASK_STATES[b.state.toLowerCase().replace(/[\s_-]/g, '')];
			else
				badRequest(
					'state must be one of NotStarted, InProgress, Paused, Completed, Abandoned (or 0–4)',
				);
			if (b.clientJobId !== undefined && b.clientJobId !== null) {
				if (typeof b.clientJobId !== 'string') badRequest('The clientJobId field must be a string');
				task.clientJobId = b.clientJobId;
				const job = store.jobByClientId(state, b.clientJobId);
				task.jobId = job ? job.jobId : task.jobId;
			}
			const at = when(b);
			task.state = code;
			task.updated = at;
			task.modified = at;
			s.updated = Date.now();
			if (s.state === 'Scheduled' && code > 0) s.state = 'InProgress';
		},
		'scheduler.updateStatus': (ctx) => {
			const s = store.scheduledOr404(state, ctx.params.scheduled_job_id);
			const b = objectBody(ctx);
			const next =
				typeof b.state === 'string' &&
				JOB_STATES.find((x) => x.toLowerCase() === b.state.toLowerCase());
			if (!next) badRequest(`state must be one of ${JOB_STATES.join(', ')}`);
			if (next === 'Completed' && s.tasks.some((t) => t.state !== 3))
				badRequest('A scheduled job cannot be completed until all its tasks are completed');
			s.state = next;
			s.updated = when(b);
		},
		'scheduler.updateAssignedUsers': (ctx) => {
			const s = store.scheduledOr404(state, ctx.params.scheduled_job_id);
			s.assignedUserIds = knownUsers(objectBody(ctx).assignedUserIds);
			s.updated = Date.now();
		},
		'scheduler.delete': (ctx) => {
			const s = store.scheduledOr404(state, ctx.params.scheduled_job_id);
			state.scheduledJobs.splice(state.scheduledJobs.indexOf(s), 1);
		},
		'scheduler.create': (ctx) => {
			const b = objectBody(ctx);
			const name = requireString(b, 'name');
			if (
				b.description !== undefined &&
				b.description !== null &&
				typeof b.description !== 'string'
			)
				badRequest('The description field must be a string');
			if (!Array.isArray(b.tasks) || !b.tasks.length)
				badRequest('The tasks field must be a non-empty array of {taskType, artifactId}');
			const tasks = b.tasks.map((t, i) => {
				if (!t || typeof t !== 'object') badRequest(`tasks[${i}] must be an object`);
				if (t.taskType !== undefined && String(t.taskType).toLowerCase() !== 'workflow')
					badRequest(`tasks[${i}].taskType must be "workflow"`);
				if (
					typeof t.artifactId !== 'string' ||
					!state.workflows.some((w) => w.workflowId === t.artifactId)
				)
					badRequest(`tasks[${i}].artifactId must be the id of an existing workflow`);
				return {
					taskType: 'Workflow',
					taskId: state.ids.uuid(),
					artifactId: t.artifactId,
					jobId: null,
					clientJobId: null,
					updated: null,
					modified: null,
					state: 0,
				};
			});
			let due = null;
			if (b.dueByDate !== undefined && b.dueByDate !== null) {
				due = parseDate(b.dueByDate);
				if (Number.isNaN(due)) badRequest(`dueByDate is not a valid date: ${b.dueByDate}`);
			}
			if (b.priority !== undefined && typeof b.priority !== 'boolean')
				badRequest('The priority field must be a boolean');
			const now = Date.now();
			const s = {
				jobId: state.ids.hex(),
				created: now,
				updated: now,
				state: 'Scheduled',
				name,
				description: b.description ?? '',
				priority: b.priority ?? false,
				dueByDate: due,
				assignedUserIds: b.assignedUserIds === undefined ? [] : knownUsers(b.assignedUserIds),
				tasks,
			};
			state.scheduledJobs.push(s);
			return scheduledOut(s);
		},
	};
};
