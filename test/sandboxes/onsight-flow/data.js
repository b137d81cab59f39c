'use strict';

const crypto = require('node:crypto');
const { createRng } = require('../framework');
const catalog = require('./catalog');
const { hex24, uuid, iso } = require('./util');
const { registerBlob } = require('./blob');
const {
	stepTemplate,
	buildCompletedJob,
	buildOpenJob,
	addReport,
	registerReportBlob,
} = require('./jobs-model');
const { markUploaded, snapshot } = require('./store');
const { parseCsv } = require('./csv');

/*
 * Seeds the shared state of both hosts. Everything derives from `seed` through independent rng forks,
 * and seeded dates are fixed (March–September 2026), so data is identical per seed and sizes.
 * Auth state (clients, tokens, temporary keys) lives in state.auth and is not touched here.
 */
const BASE = Date.UTC(2026, 2, 2, 8, 0, 0);
const HOUR = 3600000;
const DAY = 24 * HOUR;

function seedUsers(state, rng, count) {
	const used = new Set();
	state.users = [];
	for (let i = 0; i < Math.max(1, count); i++) {
		let first;
		let last;
		if (i === 0) [first, last] = ['API', 'User'];
		else {
			do {
				first = rng.firstName();
				last = rng.lastName();
			} while (used.has(`${first} ${last}`));
		}
		used.add(`${first} ${last}`);
		const email =
			i === 0
				? 'api.user@example.com'
				: `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + '@example.com';
		state.users.push({
			userId: hex24(rng),
			username: email,
			emailAddress: email,
			name: `${first} ${last}`,
			created: BASE - (400 - i * 7) * DAY + rng.int(0, 8 * HOUR),
			locked: false,
			password: `Pw-${rng.hex(10)}`,
			permissions: { admin: i < 2, dataViewer: i < 2 || i % 3 === 0, executor: true },
		});
	}
}

function seedGroups(state, rng) {
	state.groups = catalog.GROUPS.map((g, gi) => ({
		groupId: hex24(rng),
		name: g.name,
		created: BASE - (380 - gi * 11) * DAY,
		users: state.users
			.filter((u, i) => (gi === 0 ? i < 2 : i >= 2 && (i - 2) % 3 === gi - 1))
			.map((u) => u.userId),
		permissions: { ...g.permissions },
	}));
}

function seedWorkflows(state, rng) {
	state.workflows = catalog.WORKFLOWS.map((def, k) => {
		const created = BASE - (300 - k * 20) * DAY;
		const versions = [];
		for (let v = 1; v <= 2 + (k % 2); v++) {
			const author = state.users[v % Math.min(2, state.users.length)];
			versions.push({
				versionId: uuid(rng),
				fileReference: hex24(rng),
				fileSize: rng.int(40000, 4000000),
				uploaded: created + (v - 1) * 30 * DAY + rng.int(0, 8 * HOUR),
				authorId: author.userId,
				authorName: author.username,
				version: v,
				isArchived: false,
				versionNotes: v === 1 ? 'First version' : `Revision ${v}`,
			});
		}
		return {
			workflowId: uuid(rng),
			created,
			lastUpdated: versions[versions.length - 1].uploaded,
			activeVersionId: versions[versions.length - 1].versionId,
			name: def.name,
			description: def.description,
			tags: def.tags.slice(),
			isArchived: false,
			liveObjectIds: [],
			versions,
			template: stepTemplate(rng, def.steps),
		};
	});
}

function seedJobs(state, rng, count) {
	state.jobs = [];
	const span = 180 * DAY;
	const spacing = Math.min(20 * HOUR, Math.floor(span / Math.max(1, count)));
	const completed = [];
	for (let i = 0; i < count; i++) {
		const workflow = state.workflows[rng.int(0, state.workflows.length - 1)];
		const user = state.users[rng.int(0, state.users.length - 1)];
		const created = BASE + i * spacing + rng.int(0, Math.floor(spacing / 4));
		const job = buildCompletedJob(state, rng, { workflow, user, created, number: i + 1 });
		// Most devices upload within minutes; every 9th job was done offline and syncs days later.
		const delay =
			i % 9 === 4 ? rng.int(2, 4) * DAY + rng.int(0, 6 * HOUR) : rng.int(30, 600) * 1000;
		job.uploadedAt = job.updated + delay;
		job.snapshots = [];
		completed.push(job);
	}
	const uploads = completed.slice().sort((a, b) => a.uploadedAt - b.uploadedAt);
	state.uploadSeq = 0;
	state.lastUploadedAt = 0;
	for (const job of uploads) {
		const at = job.uploadedAt;
		job.uploadedAt = null;
		markUploaded(state, job, at);
	}
	state.jobs.push(...completed);

	const defaultTemplate = state.templates.find((t) => t.isDefault);
	completed.forEach((job, i) => {
		if (i % 3 === 0) addReport(state, rng, job, defaultTemplate, job.uploadedAt + 2 * 60000);
	});

	const openStart = BASE + count * spacing + DAY;
	for (let i = 0; i < 8; i++) {
		const workflow = state.workflows[i % state.workflows.length];
		const user = state.users[i % Math.min(4, state.users.length)];
		const job = buildOpenJob(state, rng, {
			workflow,
			user,
			created: openStart + i * 3 * HOUR,
			number: count + i + 1,
			status: i % 2 ? 'Paused' : 'InProgress',
		});
		state.jobs.push(job);
	}
	// A couple of snapshots so the history endpoint has something to show.
	for (const job of state.jobs.slice(0, 3)) snapshot(state, job, 'Seeded');
}

function applyCsv(state, collection, buffer, fileName, at) {
	const csvFileName = state.ids.hex();
	const { headers, rows } = parseCsv(buffer.toString('utf8'));
	registerBlob(
		state,
		`collectionuploads/${state.teamName}/${csvFileName}`,
		'text/csv',
		() => buffer,
		{ fileName: fileName || `${csvFileName}.csv` },
	);
	Object.assign(collection, {
		headerNames: headers,
		recordCount: rows.length,
		rows,
		csvFileName,
		csvFileSize: buffer.length,
		friendlyFileName: fileName || null,
		dataLastChanged: at,
		lastUpdated: at,
	});
	collection.csvFileNameHistory[csvFileName] = at;
}

function seedCollections(state, rng) {
	const owner = state.users[0];
	state.collections = catalog.COLLECTIONS.map((def, i) => {
		const created = BASE - (90 - i * 10) * DAY;
		const c = {
			collectionId: hex24(rng),
			userId: owner.userId,
			userName: owner.username,
			created,
			lastUpdated: created,
			name: def.name,
			dataLastChanged: created,
			headerNames: [],
			recordCount: 0,
			rows: [],
			csvFileName: null,
			csvFileSize: 0,
			csvFileNameHistory: {},
		};
		if (def.csv) applyCsv(state, c, Buffer.from(def.csv), def.fileName, created + HOUR);
		return c;
	});
}

function templateHtml(name, landscape) {
	return {
		headerContent: `<header>\n  <h2>${name}</h2>\n</header>`,
		bodyContent: `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${name}</title></head>\n<body class="${landscape ? 'landscape' : 'portrait'}">\n  <h1>{{jobTitle}}</h1>\n  {{#each steps}}<p>{{stepTitle}}: {{value}}</p>{{/each}}\n</body>\n</html>`,
	};
}

function registerTemplateBlobs(state, t) {
	const base = `reporttemplates/${state.teamName}/${t.templateId}`;
	registerBlob(state, `${base}/body.html`, 'text/html', () =>
		state.templates.includes(t) ? Buffer.from(t.bodyContent) : null,
	);
	registerBlob(state, `${base}/header.html`, 'text/html', () =>
		state.templates.includes(t) ? Buffer.from(t.headerContent) : null,
	);
}

function seedTemplates(state, rng) {
	state.templates = catalog.TEMPLATES.map((def, i) => {
		const at = BASE - (120 - i * 15) * DAY;
		const t = {
			reportTemplateId: hex24(rng),
			templateId: hex24(rng),
			name: def.name,
			description: def.description,
			...templateHtml(def.name, def.isLandscape),
			lastUpdated: at,
			uploadedDate: at,
			userId: state.users[0].userId,
			options: {
				isLandscape: def.isLandscape,
				title: def.name,
				headerHeight: 48,
				hideFooter: false,
			},
			isDefault: def.isDefault,
			isArchived: false,
			metadata: {},
		};
		registerTemplateBlobs(state, t);
		return t;
	});
}

function seedScheduled(state, rng) {
	const completedJob = state.jobs.find(
		(j) => j.status === 'Completed' && j.workflowId === state.workflows[5].workflowId,
	);
	const openJob = state.jobs.find(
		(j) => j.status !== 'Completed' && j.workflowId === state.workflows[0].workflowId,
	);
	state.scheduledJobs = catalog.SCHEDULED.map((def, i) => {
		const created = BASE + (20 + i * 9) * DAY;
		const tasks = def.workflows.map((w) => {
			const task = {
				taskType: 'Workflow',
				taskId: uuid(rng),
				artifactId: state.workflows[w].workflowId,
				jobId: null,
				clientJobId: null,
				updated: null,
				modified: null,
				state: 0,
			};
			const linked =
				def.state === 'Completed' ? completedJob : def.state === 'InProgress' ? openJob : null;
			if (linked)
				Object.assign(task, {
					jobId: linked.jobId,
					clientJobId: linked.clientJobId,
					updated: linked.updated,
					modified: linked.updated,
					state: def.state === 'Completed' ? 3 : 1,
				});
			return task;
		});
		return {
			jobId: hex24(rng),
			created,
			updated: created + (def.state === 'Scheduled' ? 0 : 3 * DAY),
			state: def.state,
			name: def.name,
			description: def.description,
			priority: def.priority,
			dueByDate:
				def.state === 'Completed' ? created + 14 * DAY : Date.UTC(2027, 5, 30, 22, 59, 0) + i * DAY,
			assignedUserIds: state.users
				.filter((u, k) => k === i % state.users.length || (i < 2 && k === 0))
				.map((u) => u.userId),
			tasks,
		};
	});
}

function seedTriggers(state, rng) {
	const tpl = state.templates.find((t) => t.isDefault);
	state.triggers = [
		{
			name: 'Email supervisors on panel repair',
			wf: [0],
			options: { recipients: 'supervisors@example.com', sendCopyToUser: 'true' },
			pdf: 'FullImages',
			disabled: false,
			archived: false,
		},
		{
			name: 'Safety audit report',
			wf: [2, 4],
			options: { recipients: 'hsse@example.com', sendCopyToUser: 'false' },
			pdf: 'NotRequired',
			disabled: true,
			archived: false,
		},
		{
			name: 'Old stock count mail',
			wf: [5],
			options: { recipients: '', sendCopyToUser: 'true' },
			pdf: 'NotRequired',
			disabled: false,
			archived: true,
		},
	].map((d, i) => ({
		triggerId: hex24(rng),
		created: BASE - (60 - i * 5) * DAY,
		updated: BASE - (30 - i * 5) * DAY,
		name: d.name,
		description: i === 1 ? 'Sends the audit PDF to HSSE' : null,
		templateTags: [],
		objectIds: [],
		templateIds: d.wf.map((w) => state.workflows[w].workflowId),
		triggerType: 'Email',
		triggerOptions: d.options,
		reportTemplateId: d.pdf === 'FullImages' ? tpl.reportTemplateId : null,
		pdfRequirement: d.pdf,
		disabled: d.disabled,
		archived: d.archived,
	}));
}

function seedState(state, { seed = 42, jobs = 60, users = 12 } = {}) {
	const root = createRng(seed);
	state.seed = seed;
	state.sizes = { jobs, users };
	state.rng = root.fork('runtime');
	state.ids = { hex: () => hex24(state.rng), uuid: () => uuid(state.rng) };
	state.blobs = new Map();
	state.blobSecret = crypto.createHash('sha256').update(`onsight-blob-${seed}`).digest();
	state.uploads = new Map();
	state.settings = {
		...JSON.parse(JSON.stringify(catalog.TEAM_SETTINGS_DEFAULTS)),
		DefaultTimezone: 'Europe/London',
		CheckDeviceTime: true,
		DisableJobRestart: true,
	};
	seedUsers(state, root.fork('users'), users);
	seedGroups(state, root.fork('groups'));
	seedWorkflows(state, root.fork('workflows'));
	seedTemplates(state, root.fork('templates'));
	seedJobs(state, root.fork('jobs'), jobs);
	seedCollections(state, root.fork('collections'));
	seedScheduled(state, root.fork('scheduled'));
	seedTriggers(state, root.fork('triggers'));
	state.fixtures = buildFixtures(state);
	return state;
}

function buildFixtures(state) {
	const completed = state.jobs
		.filter((j) => j.status === 'Completed')
		.sort((a, b) => a.seq - b.seq);
	return {
		apiUserId: state.users[0].userId,
		userIds: state.users.map((u) => u.userId),
		workflowIds: Object.fromEntries(state.workflows.map((w) => [w.name, w.workflowId])),
		groupIds: Object.fromEntries(state.groups.map((g) => [g.name, g.groupId])),
		collectionIds: Object.fromEntries(state.collections.map((c) => [c.name, c.collectionId])),
		reportTemplateIds: Object.fromEntries(state.templates.map((t) => [t.name, t.reportTemplateId])),
		defaultReportTemplateId:
			(state.templates.find((t) => t.isDefault) || {}).reportTemplateId || null,
		scheduledJobIds: state.scheduledJobs.map((s) => s.jobId),
		triggerIds: state.triggers.map((t) => t.triggerId),
		completedJobIds: completed.map((j) => j.jobId),
		openJobs: state.jobs
			.filter((j) => j.status !== 'Completed')
			.map((j) => ({
				jobId: j.jobId,
				clientJobId: j.clientJobId,
				status: j.status,
				userId: j.userId,
			})),
	};
}

module.exports = {
	seedState,
	applyCsv,
	registerTemplateBlobs,
	templateHtml,
	registerReportBlob,
	BASE,
	iso,
};
