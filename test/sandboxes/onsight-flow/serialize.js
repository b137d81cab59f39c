'use strict';

const { iso, isoSeconds } = require('./util');
const { blobUrl } = require('./blob');

/* Response shapes, following the guide's examples (dates ISO UTC; `modified`/`created` of groups/triggers in whole seconds). */

const date = (ms) => (ms === null || ms === undefined ? null : iso(ms));

function jobDoc(state, job) {
	return {
		jobId: job.jobId,
		metadata: {
			clientJobId: job.clientJobId,
			workflowId: job.workflowId,
			workflowVersionId: job.workflowVersionId,
			jobTitle: job.jobTitle,
			metadata: { ...job.meta },
			created: date(job.created),
			updated: date(job.updated),
			modified: isoSeconds(job.modified),
			status: job.status,
			userId: job.userId,
			currentStep: job.currentStep,
			abandonReason: job.abandonReason,
			username: job.username,
			workflowName: job.workflowName,
		},
		completedSteps: job.completedSteps ? JSON.parse(JSON.stringify(job.completedSteps)) : null,
		cancelledSteps: job.cancelledSteps,
		team: state.teamName,
		hierarchyStack: null,
		packetIds: null,
		jobExclusion: job.jobExclusion.map((e) => ({ ...e })),
		excluded: job.excluded,
	};
}

function workflowOut(state, wf) {
	return {
		workflowId: wf.workflowId,
		created: isoSeconds(wf.created),
		lastUpdated: isoSeconds(wf.lastUpdated),
		teamName: state.teamName,
		activeVersionId: wf.activeVersionId,
		name: wf.name,
		description: wf.description,
		tags: wf.tags.slice(),
		isArchived: wf.isArchived,
		liveObjectIds: wf.liveObjectIds.slice(),
		versions: wf.versions.map((v) => ({
			versionId: v.versionId,
			fileReference: v.fileReference,
			fileSize: v.fileSize,
			uploaded: isoSeconds(v.uploaded),
			authorId: v.authorId,
			authorName: v.authorName,
			version: v.version,
			isArchived: v.isArchived,
			versionNotes: v.versionNotes ?? null,
		})),
	};
}

function collectionOut(state, c) {
	return {
		collectionId: c.collectionId,
		userId: c.userId,
		userName: c.userName,
		created: date(c.created),
		lastUpdated: date(c.lastUpdated),
		teamName: state.teamName,
		name: c.name,
		dataLastChanged: date(c.dataLastChanged),
		headerNames: c.headerNames.slice(),
		recordCount: c.recordCount,
		csvFileName: c.csvFileName,
		csvFileSize: c.csvFileSize,
		csvFileNameHistory: Object.fromEntries(
			Object.entries(c.csvFileNameHistory).map(([k, v]) => [k, date(v)]),
		),
		csvDownloadUrl: c.csvFileName
			? blobUrl(state, `collectionuploads/${state.teamName}/${c.csvFileName}`)
			: null,
	};
}

const groupSummary = (g) => ({ id: g.groupId, name: g.name });

function groupDetails(state, g) {
	return {
		groupId: g.groupId,
		teamName: state.teamName,
		name: g.name,
		lowercaseName: g.name.toLowerCase(),
		created: isoSeconds(g.created),
		users: g.users.slice(),
		permissions: { ...g.permissions },
	};
}

const userOut = (u) => ({
	userId: u.userId,
	username: u.username,
	emailAddress: u.emailAddress,
	name: u.name,
	created: date(u.created),
	locked: u.locked,
});

function templateFiles(state, t) {
	const base = `reporttemplates/${state.teamName}/${t.templateId}`;
	const file = (name) => ({
		name,
		uri: `${state.gatewayOrigin}/blob/${base}/${name}`,
		contentType: 'text/html',
		downloadUrl: blobUrl(state, `${base}/${name}`),
	});
	return {
		templateId: t.templateId,
		templateBodyFile: file('body.html'),
		templateHeaderFile: file('header.html'),
		uploadedDate: isoSeconds(t.uploadedDate),
		userId: t.userId,
	};
}

function templateOut(state, t) {
	return {
		reportTemplateId: t.reportTemplateId,
		name: t.name,
		description: t.description,
		template: templateFiles(state, t),
		lastUpdated: isoSeconds(t.lastUpdated),
		options: { ...t.options },
		isDefault: t.isDefault,
		isArchived: t.isArchived,
		metadata: { ...t.metadata },
	};
}

function templateContent(t) {
	return {
		reportTemplateId: t.reportTemplateId,
		name: t.name,
		description: t.description,
		headerContent: t.headerContent,
		bodyContent: t.bodyContent,
		lastUpdated: isoSeconds(t.lastUpdated),
		userId: t.userId,
		options: { ...t.options },
		isDefault: t.isDefault,
		isArchived: t.isArchived,
		metadata: { ...t.metadata },
	};
}

const templateName = (t) => ({
	reportTemplateId: t.reportTemplateId,
	name: t.name,
	description: null,
	templateVersions: null,
	teamName: null,
	lastUpdated: '0001-01-01T00:00:00',
	template: null,
	options: null,
	isArchived: t.isArchived,
	metadata: {},
});

function scheduledOut(s) {
	return {
		jobId: s.jobId,
		created: date(s.created),
		updated: date(s.updated),
		state: s.state,
		name: s.name,
		description: s.description,
		priority: s.priority,
		dueByDate: s.dueByDate === null ? null : isoSeconds(s.dueByDate),
		assignedUserIds: s.assignedUserIds.slice(),
		tasks: s.tasks.map((t) => ({
			...t,
			updated: date(t.updated),
			modified: t.modified === null ? null : isoSeconds(t.modified),
		})),
	};
}

function triggerOut(t) {
	return {
		triggerId: t.triggerId,
		created: isoSeconds(t.created),
		updated: isoSeconds(t.updated),
		name: t.name,
		description: t.description,
		templateTags: t.templateTags.slice(),
		objectIds: t.objectIds.slice(),
		templateIds: t.templateIds.slice(),
		triggerType: t.triggerType,
		triggerOptions: { ...t.triggerOptions },
		reportTemplateId: t.reportTemplateId,
		pdfRequirement: t.pdfRequirement,
		disabled: t.disabled,
		archived: t.archived,
	};
}

module.exports = {
	jobDoc,
	workflowOut,
	collectionOut,
	groupSummary,
	groupDetails,
	userOut,
	templateOut,
	templateContent,
	templateName,
	scheduledOut,
	triggerOut,
	date,
};
