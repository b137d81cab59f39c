'use strict';

const { notFound } = require('./errors');
const { toStepEntries, refreshDerived } = require('./jobs-model');

/* Lookups (404 on miss), upload order and snapshots. */

const byId = (list, field, id) => list.find((x) => x[field] === id);

const userOr404 = (state, id) => byId(state.users, 'userId', id) || notFound('User', id);
const groupOr404 = (state, id) => byId(state.groups, 'groupId', id) || notFound('Group', id);
const workflowOr404 = (state, id) =>
	byId(state.workflows, 'workflowId', id) || notFound('Workflow', id);
const collectionOr404 = (state, id) =>
	byId(state.collections, 'collectionId', id) || notFound('Collection', id);
const templateOr404 = (state, id) =>
	byId(state.templates, 'reportTemplateId', id) || notFound('Report template', id);
const scheduledOr404 = (state, id) =>
	byId(state.scheduledJobs, 'jobId', id) || notFound('Scheduled job', id);
const triggerOr404 = (state, id) =>
	byId(state.triggers, 'triggerId', id) || notFound('Trigger', id);
const jobByClientId = (state, id) => byId(state.jobs, 'clientJobId', id);
const jobByClientIdOr404 = (state, id) => jobByClientId(state, id) || notFound('Job', id);
const jobByIdOr404 = (state, id) => byId(state.jobs, 'jobId', id) || notFound('Job', id);

function versionOwner(state, versionId) {
	for (const wf of state.workflows) {
		const version = wf.versions.find((v) => v.versionId === versionId);
		if (version) return { workflow: wf, version };
	}
	return notFound('Workflow version', versionId);
}

/** completedJobCursor: ObjectId-like, 8 hex of upload seconds + 16 hex of the upload sequence; sorts with upload order. */
function cursorOf(job) {
	if (!job.seq) return null;
	return (
		Math.floor(job.uploadedAt / 1000)
			.toString(16)
			.padStart(8, '0')
			.slice(-8) + job.seq.toString(16).padStart(16, '0')
	);
}

function seqOfCursor(cursor) {
	if (typeof cursor !== 'string' || !/^[0-9a-f]{24}$/i.test(cursor)) return null;
	return parseInt(cursor.slice(8), 16);
}

/** Appends a job that just became Completed to the upload order (GraphQL visibility, next cursor). */
function markUploaded(state, job, at = state.now()) {
	if (job.seq) return job;
	job.seq = ++state.uploadSeq;
	job.uploadedAt = Math.max(at, state.lastUploadedAt);
	state.lastUploadedAt = job.uploadedAt;
	return job;
}

/** Stores the job as it was before a change (GET /jobs/v1/snapshots/{clientJobId}). */
function snapshot(state, job, reason) {
	const copy = JSON.parse(JSON.stringify({ ...job, snapshots: undefined }));
	job.snapshots.push({ snapshotId: state.ids.hex(), taken: state.now(), reason, job: copy });
}

function touch(job, at = Date.now()) {
	job.updated = at;
	job.modified = at;
}

function syncSteps(job) {
	refreshDerived(job);
	job.completedSteps = toStepEntries(job);
}

const isOpen = (job) => job.status !== 'Completed' && job.status !== 'Aborted';

module.exports = {
	userOr404,
	groupOr404,
	workflowOr404,
	collectionOr404,
	templateOr404,
	scheduledOr404,
	triggerOr404,
	jobByClientId,
	jobByClientIdOr404,
	jobByIdOr404,
	versionOwner,
	cursorOf,
	seqOfCursor,
	markUploaded,
	snapshot,
	touch,
	syncSteps,
	isOpen,
};
