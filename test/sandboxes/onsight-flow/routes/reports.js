'use strict';

const { binary, text } = require('../../framework');
const store = require('../store');
const { templateOut, templateContent, templateName } = require('../serialize');
const { badRequest, notFound } = require('../errors');
const { objectBody, requireString } = require('../util');
const { blobUrl } = require('../blob');
const { reportPdf, addReport, registerReportBlob } = require('../jobs-model');
const { registerTemplateBlobs, templateHtml } = require('../data');

/* Report Generator, Reports (PDF download) and Report Templates. */
module.exports = (state) => {
	const defaultTemplate = () => state.templates.find((t) => t.isDefault) || null;

	function generate(ctx, template) {
		const jobId = ctx.query.jobId;
		if (!jobId) badRequest('The jobId query parameter is required');
		const job = store.jobByIdOr404(state, String(jobId));
		const tpl = template || defaultTemplate() || state.templates[0] || null;
		const report = addReport(state, state.rng, job, tpl, Date.now());
		store.touch(job, state.now());
		return { jobId: job.jobId, status: 'Completed', reportUrl: blobUrl(state, report.key) };
	}

	function parseOptions(value, current = {}) {
		if (value === undefined) return current;
		if (value === null || typeof value !== 'object' || Array.isArray(value))
			badRequest('The options field must be an object');
		const out = { ...current };
		for (const [k, v] of Object.entries(value)) {
			if ((k === 'isLandscape' || k === 'hideFooter') && typeof v !== 'boolean')
				badRequest(`options.${k} must be a boolean`);
			if (k === 'headerHeight' && !Number.isInteger(v))
				badRequest('options.headerHeight must be an integer');
			if (k === 'title' && typeof v !== 'string') badRequest('options.title must be a string');
			out[k] = v;
		}
		return out;
	}

	const htmlField = (b, field, fallback) => {
		if (b[field] === undefined) return fallback;
		if (typeof b[field] !== 'string') badRequest(`The ${field} field must be an HTML string`);
		return b[field];
	};

	return {
		'reportGenerator.generate': (ctx) => generate(ctx, null),
		'reportGenerator.generateWithTemplate': (ctx) =>
			generate(ctx, store.templateOr404(state, ctx.params.reportTemplateId)),

		'reports.getPdfByClientJobId': (ctx) => {
			const job = store.jobByClientIdOr404(state, ctx.params.clientJobId);
			const tpl = defaultTemplate();
			const name = tpl ? tpl.name : 'Default';
			if (String(ctx.query.getUrlOnly || '').toLowerCase() === 'true') {
				const key = registerReportBlob(
					state,
					`reportpdfs/${state.teamName}/${job.jobId}_${tpl ? tpl.reportTemplateId : 'default'}`,
					job.jobId,
					name,
				);
				return text(200, blobUrl(state, key));
			}
			return binary(200, reportPdf(state, job, name), 'application/pdf', {
				'content-disposition': `attachment; filename="${job.clientJobId}.pdf"`,
			});
		},

		'reportTemplates.getAll': () => state.templates.map((t) => templateOut(state, t)),
		'reportTemplates.get': (ctx) =>
			templateContent(store.templateOr404(state, ctx.params.reportTemplate_id)),
		'reportTemplates.getNames': () => state.templates.map(templateName),
		'reportTemplates.getDefault': () => {
			const t = defaultTemplate();
			if (!t) notFound('Default report template', 'for this team');
			return templateOut(state, t);
		},
		'reportTemplates.delete': (ctx) => {
			const t = store.templateOr404(state, ctx.params.reportTemplate_id);
			state.templates.splice(state.templates.indexOf(t), 1);
		},
		'reportTemplates.setDefault': (ctx) => {
			const t = store.templateOr404(state, ctx.params.reportTemplate_id);
			for (const x of state.templates) x.isDefault = x === t;
			state.settings.Reports = { ...state.settings.Reports, DefaultReport: t.reportTemplateId };
		},
		'reportTemplates.unsetDefault': () => {
			for (const x of state.templates) x.isDefault = false;
			state.settings.Reports = { ...state.settings.Reports, DefaultReport: null };
		},
		'reportTemplates.create': (ctx) => {
			const b = objectBody(ctx);
			const name = requireString(b, 'name');
			if (
				b.description !== undefined &&
				b.description !== null &&
				typeof b.description !== 'string'
			)
				badRequest('The description field must be a string');
			const html = templateHtml(name, false);
			const now = Date.now();
			const t = {
				reportTemplateId: state.ids.hex(),
				templateId: state.ids.hex(),
				name,
				description: b.description ?? null,
				headerContent: htmlField(b, 'headerContent', html.headerContent),
				bodyContent: htmlField(b, 'bodyContent', html.bodyContent),
				lastUpdated: now,
				uploadedDate: now,
				userId: ctx.actingUser.userId,
				options: parseOptions(b.options, {
					isLandscape: false,
					title: name,
					headerHeight: 48,
					hideFooter: false,
				}),
				isDefault: false,
				isArchived: false,
				metadata: {},
			};
			state.templates.push(t);
			registerTemplateBlobs(state, t);
			return templateContent(t);
		},
		'reportTemplates.updateMetadata': (ctx) => {
			const t = store.templateOr404(state, ctx.params.reportTemplate_id);
			const b = objectBody(ctx);
			for (const [k, v] of Object.entries(b)) {
				if (v !== null && typeof v === 'object') badRequest(`metadata.${k} must be a string`);
				t.metadata[k] = v === null ? '' : String(v);
			}
			t.lastUpdated = Date.now();
		},
		'reportTemplates.update': (ctx) => {
			const t = store.templateOr404(state, ctx.params.reportTemplate_id);
			const b = objectBody(ctx);
			if (b.name !== undefined) t.name = requireString(b, 'name');
			if (b.description !== undefined) {
				if (b.description !== null && typeof b.description !== 'string')
					badRequest('The description field must be a string');
				t.description = b.description;
			}
			t.headerContent = htmlField(b, 'headerContent', t.headerContent);
			t.bodyContent = htmlField(b, 'bodyContent', t.bodyContent);
			t.options = parseOptions(b.options, t.options);
			t.lastUpdated = Date.now();
		},
	};
};
