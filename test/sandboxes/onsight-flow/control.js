'use strict';

const { json } = require('../framework');
const store = require('./store');
const { jobDoc } = require('./serialize');
const { buildCompletedJob } = require('./jobs-model');
const { describeUpload } = require('./uploads');
const { temporaryKey, expireTokens } = require('./auth');
const { parseDate } = require('./util');
const { OnsightError } = require('./errors');

/*
 * Test hooks, shared by the JS handle and the control API (both hosts, under /__sandbox, no auth, not logged):
 *   POST /jobs/complete          { count, workflowId?, userId?, createdAt? } → { jobs }
 *   POST /jobs/:jobId/touch      { updatedAt? } → { job }
 *   POST /tokens/expire          → { expired }
 *   GET  /uploads/:id            → { kind, fileSize, received, complete, sha256, ... }
 *   POST /query-keys/temporary   → { value, expiry }
 *   GET  /fixtures               → seeded ids by name
 */

function shiftJob(job, delta) {
	const shift = (v) => (typeof v === 'number' ? v + delta : v);
	job.created = shift(job.created);
	job.updated = shift(job.updated);
	job.modified = shift(job.modified);
	for (const s of job.steps) {
		s.started = shift(s.started);
		s.completed = shift(s.completed);
		for (const a of s.attachments) for (const t of a.thumbnails) t.created = shift(t.created);
	}
	store.syncSteps(job);
}

/** Completes `count` new jobs now (or created at `createdAt`); they take the next upload positions. */
function completeJobs(state, count = 1, { workflowId, userId, createdAt } = {}) {
	const n = Number(count);
	if (!Number.isInteger(n) || n < 1 || n > 10000)
		throw new OnsightError(400, 'count must be an integer between 1 and 10000');
	const workflow = workflowId ? store.workflowOr404(state, workflowId) : null;
	const user = userId ? store.userOr404(state, userId) : null;
	let created = null;
	if (createdAt !== undefined && createdAt !== null) {
		created = parseDate(createdAt);
		if (Number.isNaN(created))
			throw new OnsightError(400, `createdAt is not a valid date: ${createdAt}`);
	}
	const out = [];
	for (let i = 0; i < n; i++) {
		const rng = state.rng;
		const wf = workflow || state.workflows[rng.int(0, state.workflows.length - 1)];
		const u = user || state.users[rng.int(0, state.users.length - 1)];
		const now = state.now();
		const job = buildCompletedJob(state, rng, {
			workflow: wf,
			user: u,
			created: created ?? now,
			number: state.jobs.length + 1,
		});
		if (created === null) shiftJob(job, now - job.updated); // finished just now
		store.markUploaded(state, job, now);
		state.jobs.push(job);
		out.push({ ...jobDoc(state, job), completedJobCursor: store.cursorOf(job) });
	}
	return out;
}

function touchJob(state, jobId, updatedAt) {
	const job = state.jobs.find((j) => j.jobId === jobId || j.clientJobId === jobId);
	if (!job) throw new OnsightError(404, `Job ${jobId} not found`);
	const at = updatedAt === undefined || updatedAt === null ? state.now() : parseDate(updatedAt);
	if (Number.isNaN(at)) throw new OnsightError(400, `updatedAt is not a valid date: ${updatedAt}`);
	store.snapshot(state, job, 'Touched');
	store.touch(job, at);
	return { ...jobDoc(state, job), completedJobCursor: store.cursorOf(job) };
}

function uploadInfo(state, id, withBuffer = true) {
	const u = state.uploads.get(id);
	if (!u) throw new OnsightError(404, `Upload ${id} not found`);
	return describeUpload(u, withBuffer);
}

function guarded(fn) {
	return (ctx) => {
		try {
			return json(200, fn(ctx, ctx.body && typeof ctx.body === 'object' ? ctx.body : {}));
		} catch (err) {
			if (err instanceof OnsightError)
				return json(err.status, { statusCode: err.status, message: err.message });
			throw err;
		}
	};
}

function controlRoutes(state) {
	return [
		{
			method: 'POST',
			path: '/jobs/complete',
			handler: guarded((ctx, b) => ({ jobs: completeJobs(state, b.count ?? 1, b) })),
		},
		{
			method: 'POST',
			path: '/jobs/:jobId/touch',
			handler: guarded((ctx, b) => ({ job: touchJob(state, ctx.params.jobId, b.updatedAt) })),
		},
		{
			method: 'POST',
			path: '/tokens/expire',
			handler: guarded(() => ({ expired: expireTokens(state) })),
		},
		{
			method: 'GET',
			path: '/uploads/:id',
			handler: guarded((ctx) => uploadInfo(state, ctx.params.id, false)),
		},
		{ method: 'POST', path: '/query-keys/temporary', handler: guarded(() => temporaryKey(state)) },
		{ method: 'GET', path: '/fixtures', handler: guarded(() => state.fixtures) },
	];
}

module.exports = { controlRoutes, completeJobs, touchJob, uploadInfo };
