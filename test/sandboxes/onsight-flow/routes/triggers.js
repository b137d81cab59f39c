'use strict';

const store = require('../store');
const { triggerOut } = require('../serialize');
const { badRequest } = require('../errors');
const { objectBody, requireString, optionalStringArray } = require('../util');

/* Triggers (gateway /trigger/v2). DELETE archives; GET by id answers a one-element array as printed. */
const TYPES = ['Email', 'Http'];
const PDF = ['NotRequired', 'FullImages', 'Thumbnails'];

module.exports = (state) => {
	function apply(t, b, creating) {
		if (creating || b.name !== undefined) t.name = requireString(b, 'name');
		if (creating || b.triggerType !== undefined) {
			const type =
				typeof b.triggerType === 'string' &&
				TYPES.find((x) => x.toLowerCase() === b.triggerType.toLowerCase());
			if (!type) badRequest(`triggerType must be one of ${TYPES.join(', ')}`);
			t.triggerType = type;
		}
		if (b.description !== undefined) {
			if (b.description !== null && typeof b.description !== 'string')
				badRequest('The description field must be a string');
			t.description = b.description;
		}
		for (const f of ['templateIds', 'templateTags', 'objectIds']) {
			const v = optionalStringArray(b, f);
			if (v !== undefined) t[f] = v;
		}
		if (b.triggerOptions !== undefined) {
			const o = b.triggerOptions;
			if (o === null || typeof o !== 'object' || Array.isArray(o))
				badRequest('triggerOptions must be an object of string values');
			for (const [k, v] of Object.entries(o))
				if (typeof v !== 'string') badRequest(`triggerOptions.${k} must be a string (e.g. "true")`);
			t.triggerOptions = { ...o };
		}
		if (b.reportTemplateId !== undefined) {
			if (
				b.reportTemplateId !== null &&
				(typeof b.reportTemplateId !== 'string' ||
					!state.templates.some((x) => x.reportTemplateId === b.reportTemplateId))
			) {
				badRequest(`Report template ${b.reportTemplateId} not found`);
			}
			t.reportTemplateId = b.reportTemplateId;
		}
		if (b.pdfRequirement !== undefined) {
			const p =
				typeof b.pdfRequirement === 'string' &&
				PDF.find((x) => x.toLowerCase() === b.pdfRequirement.toLowerCase());
			if (!p) badRequest(`pdfRequirement must be one of ${PDF.join(', ')}`);
			t.pdfRequirement = p;
		}
		if (b.disabled !== undefined) {
			if (typeof b.disabled !== 'boolean') badRequest('The disabled field must be a boolean');
			t.disabled = b.disabled;
		}
		t.updated = Date.now();
	}

	return {
		'triggers.getAll': () => state.triggers.map(triggerOut),
		'triggers.get': (ctx) => [triggerOut(store.triggerOr404(state, ctx.params.triggerId))],
		'triggers.create': (ctx) => {
			const now = Date.now();
			const t = {
				triggerId: state.ids.hex(),
				created: now,
				updated: now,
				name: '',
				description: null,
				templateTags: [],
				objectIds: [],
				templateIds: [],
				triggerType: 'Email',
				triggerOptions: {},
				reportTemplateId: null,
				pdfRequirement: 'NotRequired',
				disabled: false,
				archived: false,
			};
			apply(t, objectBody(ctx), true);
			state.triggers.push(t);
			return triggerOut(t);
		},
		'triggers.update': (ctx) =>
			apply(store.triggerOr404(state, ctx.params.triggerId), objectBody(ctx), false),
		'triggers.archive': (ctx) => {
			const t = store.triggerOr404(state, ctx.params.triggerId);
			t.archived = true;
			t.updated = Date.now();
		},
		'triggers.unarchive': (ctx) => {
			const t = store.triggerOr404(state, ctx.params.triggerId);
			t.archived = false;
			t.updated = Date.now();
		},
	};
};
