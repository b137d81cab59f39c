'use strict';

const { iso, parseDate } = require('../util');
const { blobUrl } = require('../blob');
const { cursorOf, seqOfCursor } = require('../store');

/*
 * Root values for graphql(): jobs(filters) over completed, non-excluded jobs in upload order, and users.
 * Rules: at most one filter per group (workflow / user / job identifier); dates parsed leniently
 * (since = inclusive, before = exclusive); limit 1..100 (default 50); order asc|desc; cursor exclusive
 * (asc → after it, desc → before it). Violations are GraphQL errors.
 */
const GROUPS = {
	workflow: ['workflowId', 'workflowTitle', 'workflowTag', 'workflowTagsOr', 'workflowTagsAnd'],
	user: ['userName', 'userId'],
	job: ['jobTitle', 'jobId'],
};

const given = (args, name) => args[name] !== undefined && args[name] !== null;
const list = (v) => (Array.isArray(v) ? v : [v]).filter((x) => x !== null && x !== undefined);
const lower = (s) => String(s).toLowerCase();

function dateArg(args, name) {
	if (!given(args, name)) return null;
	const t = parseDate(args[name]);
	if (Number.isNaN(t))
		throw new Error(
			`Invalid date for ${name}: "${args[name]}" (use ISO 8601, e.g. 2019-06-01T08:00:00.000Z)`,
		);
	return t;
}

function selectJobs(state, args) {
	for (const [group, names] of Object.entries(GROUPS)) {
		const used = names.filter((n) => given(args, n));
		if (used.length > 1)
			throw new Error(
				`Only one ${group} filter may be used at a time (got ${used.join(', ')}; choose one of ${names.join(', ')})`,
			);
	}
	const limit = given(args, 'limit') ? args.limit : 50;
	if (!(limit >= 1 && limit <= 100))
		throw new Error(`limit must be between 1 and 100 (got ${limit})`);
	const order = given(args, 'order') ? String(args.order).toLowerCase() : 'asc';
	if (order !== 'asc' && order !== 'desc')
		throw new Error(`order must be "asc" or "desc" (got "${args.order}")`);
	let cursorSeq = null;
	if (given(args, 'cursor') && args.cursor !== '') {
		cursorSeq = seqOfCursor(args.cursor);
		if (cursorSeq === null)
			throw new Error(`Invalid cursor "${args.cursor}": pass the completedJobCursor of a job`);
	}
	const createdSince = dateArg(args, 'createdSince');
	const createdBefore = dateArg(args, 'createdBefore');
	const updatedSince = dateArg(args, 'updatedSince');
	const updatedBefore = dateArg(args, 'updatedBefore');

	const wfById = new Map(state.workflows.map((w) => [w.workflowId, w]));
	const titleOf = (j) => (wfById.get(j.workflowId) || {}).name ?? j.workflowName;
	const tagsOf = (j) => ((wfById.get(j.workflowId) || {}).tags || []).map(lower);

	let jobs = state.jobs.filter((j) => j.status === 'Completed' && j.seq && !j.excluded);
	const f = (pred) => (jobs = jobs.filter(pred));
	if (given(args, 'workflowId')) f((j) => list(args.workflowId).includes(j.workflowId));
	if (given(args, 'workflowTitle')) f((j) => list(args.workflowTitle).includes(titleOf(j)));
	if (given(args, 'workflowTag')) f((j) => tagsOf(j).includes(lower(args.workflowTag)));
	if (given(args, 'workflowTagsOr'))
		f((j) => list(args.workflowTagsOr).some((t) => tagsOf(j).includes(lower(t))));
	if (given(args, 'workflowTagsAnd'))
		f((j) => list(args.workflowTagsAnd).every((t) => tagsOf(j).includes(lower(t))));
	if (given(args, 'userName')) {
		const names = list(args.userName).map(lower);
		f((j) => {
			const u = state.users.find((x) => x.userId === j.userId);
			return (
				names.includes(lower(j.username)) ||
				(u && (names.includes(lower(u.emailAddress)) || names.includes(lower(u.username))))
			);
		});
	}
	if (given(args, 'userId')) f((j) => list(args.userId).includes(j.userId));
	if (given(args, 'jobTitle')) f((j) => list(args.jobTitle).includes(j.jobTitle));
	if (given(args, 'jobId')) f((j) => list(args.jobId).includes(j.jobId));
	if (createdSince !== null) f((j) => j.created >= createdSince);
	if (createdBefore !== null) f((j) => j.created < createdBefore);
	if (updatedSince !== null) f((j) => j.updated >= updatedSince);
	if (updatedBefore !== null) f((j) => j.updated < updatedBefore);
	jobs.sort((a, b) => (order === 'asc' ? a.seq - b.seq : b.seq - a.seq));
	if (cursorSeq !== null) f((j) => (order === 'asc' ? j.seq > cursorSeq : j.seq < cursorSeq));
	return jobs.slice(0, limit);
}

function attachmentView(state, a) {
	return {
		attachmentId: a.attachmentId,
		stepId: a.stepId,
		uniqueStepId: a.uniqueStepId,
		stepTitle: a.stepTitle,
		mimeType: a.mimeType,
		fileSize: a.fileSize,
		downloadUrl: () => blobUrl(state, a.key),
		thumbnails: a.thumbnails.map((t) => ({
			name: t.name,
			created: iso(t.created),
			mimeType: t.mimeType,
			fileSize: t.fileSize,
			width: t.width,
			height: t.height,
			downloadUrl: () => blobUrl(state, t.key),
		})),
	};
}

function stepView(state, s) {
	const when = (v) => (v === null || v === undefined ? null : iso(v));
	const value = s.values && s.values.length ? s.values.join(', ') : null;
	return {
		...s,
		started: when(s.started),
		completed: when(s.completed),
		cancelled: when(s.cancelled),
		value,
		substeps: (s.substeps || []).map((x) => stepView(state, x)),
		attachments: () => (s.attachments || []).map((a) => attachmentView(state, a)),
	};
}

function flatSteps(job) {
	const out = [];
	for (const s of job.steps) {
		out.push(s);
		for (const sub of s.substeps || []) out.push(sub);
	}
	return out;
}

function findStep(job, { search, regexSearch }) {
	const steps = flatSteps(job);
	if (search !== undefined && search !== null) {
		const wanted = list(search).map(lower);
		for (const field of ['stepId', 'stepTag', 'stepTitle']) {
			const hit = steps.find((s) => s[field] && wanted.includes(lower(s[field])));
			if (hit) return hit;
		}
		return null;
	}
	if (regexSearch !== undefined && regexSearch !== null) {
		let re;
		try {
			re = new RegExp(regexSearch, 'i');
		} catch (err) {
			throw new Error(`Invalid regexSearch: ${err.message}`);
		}
		return (
			steps.find(
				(s) => (s.stepTag && re.test(s.stepTag)) || (s.stepTitle && re.test(s.stepTitle)),
			) || null
		);
	}
	throw new Error('step() needs a search or regexSearch argument');
}

function jobView(state, job) {
	const wf = state.workflows.find((w) => w.workflowId === job.workflowId);
	return {
		jobId: job.jobId,
		completedJobCursor: cursorOf(job),
		teamName: state.teamName,
		workflowId: job.workflowId,
		workflowVersionId: job.workflowVersionId,
		workflowTitle: wf ? wf.name : job.workflowName,
		workflowTags: wf ? wf.tags.slice() : [],
		jobTitle: job.jobTitle,
		created: iso(job.created),
		updated: iso(job.updated),
		completed: iso(job.updated),
		totalDuration: job.totalDuration,
		activeDuration: job.activeDuration,
		status: job.status,
		userId: job.userId,
		userName: job.username,
		geoLongAverage: job.geoLongAverage,
		geoLatAverage: job.geoLatAverage,
		metadata: Object.entries(job.meta).map(([name, value]) => ({ name, value })),
		steps: () => job.steps.map((s) => stepView(state, s)),
		step: (args) => {
			const hit = findStep(job, args);
			return hit ? stepView(state, hit) : null;
		},
		attachments: () =>
			flatSteps(job)
				.flatMap((s) => s.attachments || [])
				.map((a) => attachmentView(state, a)),
		reports: () =>
			job.reports.map((r) => ({
				generatedReportId: r.generatedReportId,
				generated: iso(r.generated),
				templateName: r.templateName,
				mimeType: r.mimeType,
				downloadUrl: blobUrl(state, r.key),
			})),
	};
}

function rootValue(state) {
	return {
		jobs: (args) => selectJobs(state, args).map((j) => jobView(state, j)),
		users: () =>
			state.users.map((u) => ({
				userId: u.userId,
				username: u.username,
				emailAddress: u.emailAddress,
				name: u.name,
				userGroups: state.groups
					.filter((g) => g.users.includes(u.userId))
					.map((g) => ({ groupId: g.groupId, name: g.name })),
			})),
	};
}

module.exports = { rootValue, selectJobs, GROUPS };
