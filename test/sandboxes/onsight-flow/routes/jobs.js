'use strict';

const store = require('../store');
const { jobDoc } = require('../serialize');
const { badRequest, conflict } = require('../errors');
const { objectBody, intParam, parseDate, iso } = require('../util');
const { newJobRecord, fromStepEntries } = require('../jobs-model');

/*
 * Jobs REST API (gateway /jobs/v1). Jobs are keyed by clientJobId except /bson/{jobId}.
 * GET by clientJobId and by jobId answer a one-element array, as the guide prints them.
 */
const STATUSES = ['NotStarted', 'InProgress', 'Paused', 'Completed', 'Aborted'];

function normStatus(value) {
	if (typeof value !== 'string' || !value.trim())
		badRequest('metadata.status must be a non-empty string');
	return STATUSES.find((s) => s.toLowerCase() === value.trim().toLowerCase()) || value.trim();
}

function dateField(m, field) {
	if (m[field] === undefined || m[field] === null) return undefined;
	const t = parseDate(m[field]);
	if (Number.isNaN(t)) badRequest(`metadata.${field} is not a valid date: ${m[field]}`);
	return t;
}

function stringMap(value, what) {
	if (value === null) return {};
	if (!value || typeof value !== 'object' || Array.isArray(value))
		badRequest(`${what} must be an object of key/value strings`);
	const out = {};
	for (const [k, v] of Object.entries(value)) {
		if (v !== null && typeof v === 'object') badRequest(`${what}.${k} must be a string`);
		out[k] = v === null ? '' : String(v);
	}
	return out;
}

module.exports = (state) => {
	const page = (ctx, list) => {
		const skip = intParam(ctx.query, 'skip', 0, { min: 0 });
		const limit = intParam(ctx.query, 'limit', 20, { min: 1 });
		return list.slice(skip, skip + limit).map((j) => jobDoc(state, j));
	};

	/** Applies a JobDocument-shaped body (create / update / basicSync) to `job`. */
	function applyBody(job, b, { creating }) {
		const m = b.metadata === undefined && !creating ? {} : b.metadata;
		if (!m || typeof m !== 'object' || Array.isArray(m))
			badRequest('The metadata field (the job header) must be an object');
		if (creating || m.workflowId !== undefined) {
			if (typeof m.workflowId !== 'string' || !m.workflowId)
				badRequest('metadata.workflowId is required');
			const wf = state.workflows.find((w) => w.workflowId === m.workflowId);
			if (!wf) badRequest(`Workflow ${m.workflowId} not found`);
			job.workflowId = wf.workflowId;
			job.workflowName = wf.name;
			job.workflowVersionId = wf.activeVersionId;
		}
		if (m.workflowVersionId !== undefined && m.workflowVersionId !== null) {
			if (typeof m.workflowVersionId !== 'string')
				badRequest('metadata.workflowVersionId must be a string');
			job.workflowVersionId = m.workflowVersionId;
		}
		if (m.jobTitle !== undefined) {
			if (typeof m.jobTitle !== 'string') badRequest('metadata.jobTitle must be a string');
			job.jobTitle = m.jobTitle;
		}
		if (m.workflowName !== undefined && typeof m.workflowName === 'string')
			job.workflowName = m.workflowName;
		if (m.metadata !== undefined) job.meta = stringMap(m.metadata, 'metadata.metadata');
		if (m.userId !== undefined && m.userId !== null) {
			const user = state.users.find((u) => u.userId === m.userId);
			if (!user) badRequest(`User ${m.userId} not found`);
			job.userId = user.userId;
			job.username = user.username;
		}
		if (typeof m.username === 'string' && m.username) job.username = m.username;
		const created = dateField(m, 'created');
		const updated = dateField(m, 'updated');
		const modified = dateField(m, 'modified');
		if (created !== undefined) job.created = created;
		job.updated = updated !== undefined ? updated : state.now();
		job.modified = modified !== undefined ? modified : job.updated;
		if (m.status !== undefined) job.status = normStatus(m.status);
		if (m.currentStep !== undefined) job.currentStep = m.currentStep;
		if (m.abandonReason !== undefined) job.abandonReason = m.abandonReason;
		if (b.completedSteps !== undefined) {
			if (b.completedSteps !== null && !Array.isArray(b.completedSteps))
				badRequest('completedSteps must be an array or null');
			job.steps = fromStepEntries(job, b.completedSteps);
			store.syncSteps(job);
			job.completedSteps =
				b.completedSteps === null ? null : JSON.parse(JSON.stringify(b.completedSteps));
		}
		if (b.cancelledSteps !== undefined) {
			if (b.cancelledSteps !== null && !Array.isArray(b.cancelledSteps))
				badRequest('cancelledSteps must be an array or null');
			job.cancelledSteps = b.cancelledSteps;
		}
		if (b.excluded !== undefined) {
			if (typeof b.excluded !== 'boolean') badRequest('excluded must be a boolean');
			job.excluded = b.excluded;
		}
		job.totalDuration = Math.max(0, Math.round((job.updated - job.created) / 1000));
		job.activeDuration = job.steps.length
			? job.steps.reduce((s, x) => s + (x.activeDuration || 0), 0)
			: job.totalDuration;
		if (job.status === 'Completed') store.markUploaded(state, job);
	}

	function createJob(ctx, b) {
		const m = b.metadata;
		if (!m || typeof m !== 'object' || Array.isArray(m))
			badRequest('The metadata field (the job header) must be an object');
		if (m.clientJobId !== undefined && (typeof m.clientJobId !== 'string' || !m.clientJobId))
			badRequest('metadata.clientJobId must be a string');
		if (m.clientJobId && store.jobByClientId(state, m.clientJobId))
			conflict(`Job ${m.clientJobId} already exists`);
		const workflow = state.workflows.find((w) => w.workflowId === m.workflowId) || {
			workflowId: null,
			activeVersionId: null,
			name: '',
		};
		const now = state.now();
		const job = newJobRecord(state, state.rng, {
			workflow,
			user: ctx.actingUser,
			created: now,
			status: 'InProgress',
			title: workflow.name,
		});
		if (m.clientJobId) job.clientJobId = m.clientJobId;
		applyBody(job, b, { creating: true });
		if (!m.jobTitle) job.jobTitle = job.workflowName;
		state.jobs.push(job);
		return job;
	}

	function abort(job, reason) {
		if (!store.isOpen(job))
			badRequest(`Job ${job.clientJobId} is ${job.status}; only incomplete jobs can be aborted`);
		store.snapshot(state, job, 'Aborted');
		job.status = 'Aborted';
		if (reason !== undefined) job.abandonReason = reason;
		store.touch(job, state.now());
	}

	return {
		'jobs.getAll': (ctx) => page(ctx, state.jobs),
		'jobs.getMine': (ctx) =>
			page(
				ctx,
				state.jobs.filter((j) => j.userId === ctx.actingUser.userId),
			),
		'jobs.getByWorkflowId': (ctx) =>
			state.jobs
				.filter((j) => j.workflowId === ctx.params.workflow_id)
				.map((j) => jobDoc(state, j)),
		'jobs.getSnapshots': (ctx) => {
			const job = store.jobByClientIdOr404(state, ctx.params.client_job_id);
			return job.snapshots.map((s) => ({
				snapshotId: s.snapshotId,
				snapshotDate: iso(s.taken),
				reason: s.reason,
				...jobDoc(state, { ...s.job, snapshots: [] }),
			}));
		},
		'jobs.getByClientJobId': (ctx) => [
			jobDoc(state, store.jobByClientIdOr404(state, ctx.params.client_job_id)),
		],
		'jobs.getByJobId': (ctx) => [jobDoc(state, store.jobByIdOr404(state, ctx.params.job_id))],
		'jobs.abort': (ctx) => {
			const job = store.jobByClientIdOr404(state, ctx.params.client_job_id);
			const b = ctx.body && typeof ctx.body === 'object' ? ctx.body : {};
			abort(job, typeof b.reason === 'string' ? b.reason : undefined);
		},
		'jobs.delete': (ctx) => {
			const job = store.jobByClientIdOr404(state, ctx.params.client_job_id);
			state.jobs.splice(state.jobs.indexOf(job), 1);
		},
		'jobs.assignUser': (ctx) => {
			const job = store.jobByClientIdOr404(state, ctx.params.client_job_id);
			const user = store.userOr404(state, ctx.params.user_id);
			if (!store.isOpen(job))
				badRequest(
					`Job ${job.clientJobId} is ${job.status}; aborted and completed jobs cannot be reassigned`,
				);
			store.snapshot(state, job, 'Reassigned');
			job.userId = user.userId;
			job.username = user.username;
			store.touch(job, state.now());
		},
		'jobs.exclude': (ctx) => {
			const job = store.jobByClientIdOr404(state, ctx.params.client_job_id);
			const b = objectBody(ctx);
			if (typeof b.isExcluded !== 'boolean')
				badRequest('The isExcluded field must be a boolean (true or false)');
			if (b.userId !== undefined && b.userId !== null && typeof b.userId !== 'string')
				badRequest('The userId field must be a string');
			if (b.reason !== undefined && b.reason !== null && typeof b.reason !== 'string')
				badRequest('The reason field must be a string');
			job.excluded = b.isExcluded;
			job.jobExclusion.push({
				userId: b.userId || ctx.actingUser.userId,
				reason: b.reason ?? null,
				isExcluded: b.isExcluded,
				date: new Date().toISOString(),
			});
		},
		'jobs.addMetadata': (ctx) => {
			const job = store.jobByClientIdOr404(state, ctx.params.client_job_id);
			const add = stringMap(objectBody(ctx), 'metadata');
			if (!Object.keys(add).length) badRequest('At least one metadata key is required');
			store.snapshot(state, job, 'Metadata');
			Object.assign(job.meta, add);
			store.touch(job, state.now());
		},
		'jobs.create': (ctx) => jobDoc(state, createJob(ctx, objectBody(ctx))),
		'jobs.abortForUser': (ctx) => {
			const userId = ctx.query.userId;
			if (userId !== undefined && userId !== '') store.userOr404(state, String(userId));
			const targets = state.jobs.filter(
				(j) => store.isOpen(j) && (userId === undefined || userId === '' || j.userId === userId),
			);
			for (const job of targets) abort(job);
		},
		'jobs.basicSync': (ctx) => {
			const b = objectBody(ctx);
			const m = b.metadata;
			if (!m || typeof m !== 'object' || Array.isArray(m))
				badRequest('The metadata field (the job header) must be an object');
			if (typeof m.clientJobId !== 'string' || !m.clientJobId)
				badRequest('metadata.clientJobId is required for basicSync');
			const existing = store.jobByClientId(state, m.clientJobId);
			if (!existing) return jobDoc(state, createJob(ctx, b));
			const aborting = typeof m.status === 'string' && m.status.toLowerCase() === 'aborted';
			if (aborting && !store.isOpen(existing))
				badRequest(
					`Job ${existing.clientJobId} is ${existing.status}; only incomplete jobs can be aborted`,
				);
			store.snapshot(state, existing, aborting ? 'Aborted' : 'Synced');
			applyBody(existing, b, { creating: false });
			return jobDoc(state, existing);
		},
		'jobs.update': (ctx) => {
			const job = store.jobByClientIdOr404(state, ctx.params.client_job_id);
			const b = objectBody(ctx);
			if (
				b.metadata &&
				b.metadata.clientJobId !== undefined &&
				b.metadata.clientJobId !== job.clientJobId
			) {
				badRequest(
					`metadata.clientJobId ${b.metadata.clientJobId} does not match the URL (${job.clientJobId})`,
				);
			}
			store.snapshot(state, job, 'Updated');
			applyBody(job, b, { creating: false });
			return jobDoc(state, job);
		},
	};
};
