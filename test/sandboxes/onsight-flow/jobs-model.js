'use strict';

const { STEP_DEFS, SITES, MAINTENANCE, NOTES } = require('./catalog');
const { hex24, uuid, iso } = require('./util');
const { registerBlob } = require('./blob');
const { image } = require('./images');
const { buildCertificatePdf } = require('../framework/pdf');

/*
 * The internal job record and the generators behind seeded and control-API jobs.
 * Times are epoch ms; serialize.js formats them. `steps` is the GraphQL view of the job's data,
 * `completedSteps` the REST StepEntry[] view; both are kept in sync on every write.
 */

const THUMBS = [
	{ name: 'small', width: 64, height: 48 },
	{ name: 'medium', width: 256, height: 192 },
	{ name: 'large', width: 1024, height: 768 },
];

function stepTemplate(rng, keys) {
	return keys.map((key) => {
		const def = STEP_DEFS[key];
		return {
			key,
			stepId: uuid(rng),
			title: def.title,
			type: def.type,
			tag: def.tag,
			description: def.description || '',
			attachment: def.attachment || null,
			substeps: (def.substeps || []).map((s) => ({
				stepId: uuid(rng),
				title: s.title,
				type: s.type,
				tag: s.tag,
				description: '',
			})),
		};
	});
}

function valueFor(rng, key, type) {
	switch (key) {
		case 'instruction':
			return ['Confirmed'];
		case 'site':
			return [rng.pick(SITES)];
		case 'componentcode':
			return [`CMP-${1001 + rng.int(0, 3)}`];
		case 'ComponentMaintenance':
			return [rng.pick(MAINTENANCE)];
		case 'temp':
			return [(20 + rng.int(0, 650) / 10).toFixed(1)];
		case 'pressure':
			return [(1 + rng.int(0, 90) / 10).toFixed(1)];
		case 'odometer':
			return [String(rng.int(12000, 240000))];
		case 'count':
			return [String(rng.int(0, 400))];
		case 'repairNotes':
		case 'notes':
		case 'hazards':
			return [rng.pick(NOTES)];
		case 'ppe':
		case 'area':
			return [rng.bool(0.9) ? 'true' : 'false'];
		default:
			return type === 'Photo' || type === 'Signature' ? [] : [''];
	}
}

function makeAttachment(state, rng, job, step, mimeType, at) {
	const attachmentId = hex24(rng);
	const ext = mimeType === 'image/png' ? 'png' : 'jpg';
	const key = `stepresources/${state.teamName}/${job.jobId}/${attachmentId}.${ext}`;
	const fileSize = rng.int(1500, 6000);
	const label = `${job.jobTitle} / ${step.stepTitle} / ${attachmentId}`;
	registerBlob(state, key, mimeType, () => image(mimeType, fileSize, label), {
		fileName: `${attachmentId}.${ext}`,
	});
	const thumbnails = THUMBS.map((t, i) => {
		const thumbKey = `stepresources/${state.teamName}/${job.jobId}/thumbnails/${attachmentId}_${t.name}.jpg`;
		const size = 300 + i * 400 + rng.int(0, 200);
		registerBlob(state, thumbKey, 'image/jpeg', () =>
			image('image/jpeg', size, `${label} ${t.name}`),
		);
		return {
			name: `${attachmentId}_${t.name}.jpg`,
			created: at,
			mimeType: 'image/jpeg',
			fileSize: size,
			width: t.width,
			height: t.height,
			key: thumbKey,
		};
	});
	return {
		attachmentId,
		stepId: step.stepId,
		uniqueStepId: step.uniqueStepId,
		stepTitle: step.stepTitle,
		mimeType,
		fileSize,
		key,
		thumbnails,
	};
}

/** GraphQL-view steps for a job run through `template` from `start` (ms); returns { steps, end }. */
function runSteps(state, rng, job, template, start, geo, count = template.length) {
	let t = start;
	const steps = [];
	for (const tpl of template.slice(0, count)) {
		const duration = rng.int(20, 600);
		const paused = rng.bool(0.15) ? rng.int(30, 300) : 0;
		const step = {
			stepId: tpl.stepId,
			uniqueStepId: uuid(rng),
			stepTitle: tpl.title,
			stepDescription: tpl.description,
			stepType: tpl.type,
			stepTag: tpl.tag,
			started: t,
			completed: t + (duration + paused) * 1000,
			cancelled: null,
			isCancelled: false,
			isFormStep: tpl.substeps.length > 0,
			totalDuration: duration + paused,
			activeDuration: duration,
			userId: job.userId,
			userName: job.username,
			geoLat: geo ? +(geo.lat + (rng.next() - 0.5) / 500).toFixed(6) : null,
			geoLong: geo ? +(geo.long + (rng.next() - 0.5) / 500).toFixed(6) : null,
			formLoopIteration: 0,
			note: rng.bool(0.2) ? rng.pick(NOTES) : null,
			values: valueFor(rng, tpl.key, tpl.type),
			substeps: [],
			attachments: [],
		};
		step.substeps = tpl.substeps.map((s) => ({
			stepId: s.stepId,
			uniqueStepId: uuid(rng),
			stepTitle: s.title,
			stepDescription: s.description,
			stepType: s.type,
			stepTag: s.tag,
			values: valueFor(rng, s.tag, s.type),
			attachments: [],
		}));
		if (tpl.attachment)
			step.attachments.push(makeAttachment(state, rng, job, step, tpl.attachment, step.completed));
		steps.push(step);
		t = step.completed + rng.int(2, 30) * 1000;
	}
	return { steps, end: t };
}

const median = (values) => {
	const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
	if (!v.length) return null;
	const mid = Math.floor(v.length / 2);
	return v.length % 2 ? v[mid] : +((v[mid - 1] + v[mid]) / 2).toFixed(6);
};

/** REST StepEntry[] from GraphQL-view steps (substeps follow their parent, with parent* set). */
function toStepEntries(job) {
	if (!job.steps.length) return job.status === 'Completed' ? [] : null;
	const entries = [];
	let previous = '';
	job.steps.forEach((s, i) => {
		const base = {
			values: s.values,
			valueResourceIds: s.attachments.map((a) => a.attachmentId),
			uniqueStepId: s.uniqueStepId,
			previousUniqueStepId: previous,
			userId: job.userId,
			userName: job.username,
			deviceId: null,
			stepId: s.stepId,
			stepNumber: i + 1,
			stepTitle: s.stepTitle,
			stepDescription: s.stepDescription,
			stepType: s.stepType,
			connectionType: null,
			started: iso(s.started),
			completed: s.completed ? iso(s.completed) : null,
			updated: iso(s.completed || s.started),
			cancelled: s.cancelled ? iso(s.cancelled) : null,
			timeEvents: null,
			note: s.note,
			noteResourceFilenames: null,
			coordinates: s.geoLat === null ? null : { latitude: s.geoLat, longitude: s.geoLong },
			parentStepId: null,
			parentUniqueStepId: null,
			parentStepTitle: null,
			parentStepDescription: null,
			metadata: { tags: s.stepTag || '' },
		};
		entries.push({ singleStep: base, reportStep: null });
		for (const sub of s.substeps) {
			entries.push({
				singleStep: {
					...base,
					values: sub.values,
					valueResourceIds: sub.attachments.map((a) => a.attachmentId),
					uniqueStepId: sub.uniqueStepId,
					previousUniqueStepId: s.uniqueStepId,
					stepId: sub.stepId,
					stepTitle: sub.stepTitle,
					stepDescription: sub.stepDescription,
					stepType: sub.stepType,
					note: null,
					coordinates: null,
					parentStepId: s.stepId,
					parentUniqueStepId: s.uniqueStepId,
					parentStepTitle: s.stepTitle,
					parentStepDescription: s.stepDescription,
					metadata: { tags: sub.stepTag || '' },
				},
				reportStep: null,
			});
		}
		previous = s.uniqueStepId;
	});
	return entries;
}

/** GraphQL-view steps from a REST StepEntry[] sent by a client (create / update / basicSync). */
function fromStepEntries(job, entries) {
	if (!Array.isArray(entries)) return [];
	const singles = entries
		.map((e) => (e && typeof e === 'object' ? e.singleStep || e : null))
		.filter(Boolean);
	const date = (v) => (v ? Date.parse(v) || null : null);
	const top = singles.filter((s) => !s.parentUniqueStepId && !s.parentStepId);
	return top.map((s) => {
		const started = date(s.started) || job.created;
		const completed = date(s.completed);
		const seconds = completed ? Math.max(0, Math.round((completed - started) / 1000)) : 0;
		const tags = s.metadata && typeof s.metadata.tags === 'string' ? s.metadata.tags : null;
		const coords = s.coordinates && typeof s.coordinates === 'object' ? s.coordinates : null;
		return {
			stepId: s.stepId || null,
			uniqueStepId: s.uniqueStepId || null,
			stepTitle: s.stepTitle || null,
			stepDescription: s.stepDescription || null,
			stepType: s.stepType || null,
			stepTag: tags || null,
			started,
			completed,
			cancelled: date(s.cancelled),
			isCancelled: Boolean(s.cancelled),
			isFormStep: singles.some(
				(x) => x.parentUniqueStepId && x.parentUniqueStepId === s.uniqueStepId,
			),
			totalDuration: seconds,
			activeDuration: seconds,
			userId: s.userId || job.userId,
			userName: s.userName || job.username,
			geoLat: coords && typeof coords.latitude === 'number' ? coords.latitude : null,
			geoLong: coords && typeof coords.longitude === 'number' ? coords.longitude : null,
			formLoopIteration: 0,
			note: s.note ?? null,
			values: Array.isArray(s.values) ? s.values.map(String) : [],
			substeps: singles
				.filter((x) => x.parentUniqueStepId && x.parentUniqueStepId === s.uniqueStepId)
				.map((x) => ({
					stepId: x.stepId || null,
					uniqueStepId: x.uniqueStepId || null,
					stepTitle: x.stepTitle || null,
					stepDescription: x.stepDescription || null,
					stepType: x.stepType || null,
					stepTag: (x.metadata && typeof x.metadata.tags === 'string' && x.metadata.tags) || null,
					values: Array.isArray(x.values) ? x.values.map(String) : [],
					attachments: [],
				})),
			attachments: [],
		};
	});
}

function refreshDerived(job) {
	job.geoLatAverage = median(job.steps.map((s) => s.geoLat));
	job.geoLongAverage = median(job.steps.map((s) => s.geoLong));
}

function newJobRecord(state, rng, { workflow, user, created, status, title }) {
	const job = {
		jobId: hex24(rng),
		clientJobId: uuid(rng),
		workflowId: workflow.workflowId,
		workflowVersionId: workflow.activeVersionId,
		jobTitle: title,
		meta: {},
		created,
		updated: created,
		modified: created,
		status,
		userId: user.userId,
		username: user.username,
		workflowName: workflow.name,
		currentStep: null,
		abandonReason: null,
		completedSteps: null,
		cancelledSteps: null,
		excluded: false,
		jobExclusion: [],
		steps: [],
		reports: [],
		seq: null,
		uploadedAt: null,
		totalDuration: 0,
		activeDuration: 0,
		geoLatAverage: null,
		geoLongAverage: null,
		snapshots: [],
	};
	return job;
}

const GEO = [
	{ lat: 51.5072, long: -0.1276 },
	{ lat: 53.4808, long: -2.2426 },
	{ lat: 55.9533, long: -3.1883 },
	{ lat: 52.4862, long: -1.8904 },
];

/** A completed job (not yet in upload order). `updated` = completion time. */
function buildCompletedJob(state, rng, { workflow, user, created, number }) {
	const job = newJobRecord(state, rng, {
		workflow,
		user,
		created,
		status: 'Completed',
		title: `${workflow.name} #${String(number).padStart(4, '0')}`,
	});
	const geo = rng.bool(0.85) ? rng.pick(GEO) : null;
	const { steps, end } = runSteps(
		state,
		rng,
		job,
		workflow.template,
		created + rng.int(5, 60) * 1000,
		geo,
	);
	job.steps = steps;
	job.updated = end;
	job.modified = end;
	job.totalDuration = Math.round((end - created) / 1000);
	job.activeDuration = steps.reduce((sum, s) => sum + s.activeDuration, 0);
	if (rng.bool(0.6))
		job.meta.Site = steps.find((s) => s.stepTag === 'site')?.values[0] || rng.pick(SITES);
	if (rng.bool(0.3)) job.meta.WorkOrder = `WO-${rng.digits(5)}`;
	refreshDerived(job);
	job.completedSteps = toStepEntries(job);
	return job;
}

/** An in-progress job: the first steps done, the rest outstanding. */
function buildOpenJob(state, rng, { workflow, user, created, number, status }) {
	const job = newJobRecord(state, rng, {
		workflow,
		user,
		created,
		status,
		title: `${workflow.name} #${String(number).padStart(4, '0')}`,
	});
	const geo = rng.pick(GEO);
	const { steps, end } = runSteps(
		state,
		rng,
		job,
		workflow.template,
		created + 15000,
		geo,
		Math.min(2, workflow.template.length),
	);
	job.steps = steps;
	job.updated = end;
	job.modified = end;
	job.totalDuration = Math.round((end - created) / 1000);
	job.activeDuration = steps.reduce((sum, s) => sum + s.activeDuration, 0);
	refreshDerived(job);
	job.completedSteps = toStepEntries(job);
	return job;
}

function reportPdf(state, job, templateName) {
	const wf = state.workflows.find((w) => w.workflowId === job.workflowId);
	const lines = [
		`Job: ${job.jobTitle}`,
		`Job id: ${job.jobId}   Client job id: ${job.clientJobId}`,
		`Workflow: ${wf ? wf.name : job.workflowName}   Status: ${job.status}`,
		`User: ${job.username}`,
		`Created: ${iso(job.created)}   Updated: ${iso(job.updated)}`,
		`Template: ${templateName}`,
		...job.steps
			.slice(0, 6)
			.map(
				(s) =>
					`${s.stepTitle}: ${s.values.join(', ') || (s.attachments.length ? '[attachment]' : '-')}`,
			),
	];
	return buildCertificatePdf({
		title: `Job Report - ${job.jobTitle}`,
		lines,
		producer: 'Onsight Flow sandbox',
	});
}

/** Registers a PDF blob that renders the job as it is when downloaded (404 once the job is gone). */
function registerReportBlob(state, key, jobId, templateName) {
	registerBlob(
		state,
		key,
		'application/pdf',
		() => {
			const job = state.jobs.find((j) => j.jobId === jobId);
			return job ? reportPdf(state, job, templateName) : null;
		},
		{ fileName: `${key.split('/').pop()}.pdf` },
	);
	return key;
}

function addReport(state, rng, job, template, at) {
	const generatedReportId = hex24(rng);
	const key = registerReportBlob(
		state,
		`reportpdfs/${state.teamName}/${job.jobId}_${template ? template.reportTemplateId : 'default'}_${generatedReportId}`,
		job.jobId,
		template ? template.name : 'Default',
	);
	const report = {
		generatedReportId,
		generated: at,
		templateName: template ? template.name : 'Default',
		mimeType: 'application/pdf',
		key,
	};
	job.reports.push(report);
	return report;
}

module.exports = {
	stepTemplate,
	runSteps,
	toStepEntries,
	fromStepEntries,
	refreshDerived,
	newJobRecord,
	buildCompletedJob,
	buildOpenJob,
	reportPdf,
	registerReportBlob,
	addReport,
};
