'use strict';

const store = require('../store');
const { workflowOut } = require('../serialize');
const { badRequest, notFound } = require('../errors');
const { objectBody, requireString, optionalStringArray } = require('../util');
const { createSession, uploadBlock, isComplete } = require('../uploads');
const { stepTemplate } = require('../jobs-model');

/*
 * Workflows (gateway /workflows/v2). Get Workflow is POST /workflows/v2/{workflowId} as printed
 * (GET on that path → 405). Finalizing an upload creates a workflow with one version.
 */
module.exports = (state) => ({
	'workflows.getAll': () => state.workflows.map((w) => workflowOut(state, w)),
	'workflows.get': (ctx) => workflowOut(state, store.workflowOr404(state, ctx.params.workflowId)),
	'workflows.updateMetadata': (ctx) => {
		const wf = store.workflowOr404(state, ctx.params.workflowId);
		const b = objectBody(ctx);
		const name = b.name === undefined ? undefined : requireString(b, 'name');
		if (b.description !== undefined && b.description !== null && typeof b.description !== 'string')
			badRequest('The description field must be a string');
		const tags = optionalStringArray(b, 'tags');
		const live = optionalStringArray(b, 'liveObjectIds');
		if (name !== undefined) wf.name = name;
		if (b.description !== undefined) wf.description = b.description ?? '';
		if (tags !== undefined) wf.tags = tags;
		if (live !== undefined) wf.liveObjectIds = live;
		wf.lastUpdated = Date.now();
	},
	'workflows.createUploadSession': (ctx) => createSession(state, ctx, 'workflow'),
	'workflows.uploadBlock': (ctx) => uploadBlock(state, ctx, 'workflow'),
	'workflows.finalizeUpload': (ctx) => {
		const b = objectBody(ctx);
		const uploadId = requireString(b, 'uploadId');
		const u = state.uploads.get(uploadId);
		if (!u || u.kind !== 'workflow') badRequest(`Upload ${uploadId} not found`);
		if (!isComplete(u))
			badRequest(
				`Upload ${uploadId} is incomplete (${u.blocks.size} of ${Math.ceil(u.fileSize / u.blockSize)} blocks received)`,
			);
		if (u.used) badRequest(`Upload ${uploadId} has already been used to create a workflow`);
		const name = requireString(b, 'name');
		if (b.description !== undefined && b.description !== null && typeof b.description !== 'string')
			badRequest('The description field must be a string');
		if (
			b.versionNotes !== undefined &&
			b.versionNotes !== null &&
			typeof b.versionNotes !== 'string'
		)
			badRequest('The versionNotes field must be a string');
		const tags = optionalStringArray(b, 'tags') || [];
		u.used = true;
		const now = Date.now();
		const author = ctx.actingUser;
		const version = {
			versionId: state.ids.uuid(),
			fileReference: u.id,
			fileSize: u.fileSize,
			uploaded: now,
			authorId: author.userId,
			authorName: author.username,
			version: 1,
			isArchived: false,
			versionNotes: b.versionNotes ?? null,
		};
		const wf = {
			workflowId: state.ids.uuid(),
			created: now,
			lastUpdated: now,
			activeVersionId: version.versionId,
			name,
			description: b.description ?? '',
			tags,
			isArchived: false,
			liveObjectIds: [],
			versions: [version],
			template: stepTemplate(state.rng, ['instruction', 'notes', 'photo']),
		};
		state.workflows.push(wf);
		return { workflowId: wf.workflowId };
	},
	'workflows.setActiveVersion': (ctx) => {
		const { workflow } = store.versionOwner(state, ctx.params.workflowVersionId);
		workflow.activeVersionId = ctx.params.workflowVersionId;
		workflow.lastUpdated = Date.now();
	},
	'workflows.deleteVersion': (ctx) => {
		const wf = store.workflowOr404(state, ctx.params.workflowId);
		const version = wf.versions.find((v) => v.versionId === ctx.params.workflowVersionId);
		if (!version) notFound('Workflow version', ctx.params.workflowVersionId);
		if (wf.versions.length === 1)
			badRequest('A workflow must keep at least one version; delete the workflow instead');
		wf.versions.splice(wf.versions.indexOf(version), 1);
		if (wf.activeVersionId === version.versionId)
			wf.activeVersionId = wf.versions[wf.versions.length - 1].versionId;
		wf.lastUpdated = Date.now();
	},
	'workflows.delete': (ctx) => {
		const wf = store.workflowOr404(state, ctx.params.workflowId);
		state.workflows.splice(state.workflows.indexOf(wf), 1);
	},
});
