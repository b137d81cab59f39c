'use strict';

const { json } = require('../../framework');
const { TEAM_SETTINGS_DEFAULTS } = require('../catalog');
const { badRequest, notFound } = require('../errors');
const { objectBody } = require('../util');

/* Team settings: a flat map; GET /{key} answers the bare JSON value (the guide prints "{ true }"). */
const TYPES = Object.fromEntries(
	Object.entries(TEAM_SETTINGS_DEFAULTS).map(([k, v]) => [k, v === null ? 'any' : typeof v]),
);

module.exports = (state) => {
	const keyOf = (name) =>
		Object.keys(state.settings).find((k) => k.toLowerCase() === String(name).toLowerCase());
	return {
		'teamSettings.getAll': () => JSON.parse(JSON.stringify(state.settings)),
		'teamSettings.get': (ctx) => {
			const key = keyOf(ctx.params.setting_key);
			if (!key) notFound('Team setting', ctx.params.setting_key);
			return json(200, state.settings[key]);
		},
		'teamSettings.set': (ctx) => {
			const b = objectBody(ctx);
			if (!Object.keys(b).length) badRequest('At least one setting is required');
			const next = {};
			for (const [name, value] of Object.entries(b)) {
				const key = keyOf(name);
				if (!key) badRequest(`Unknown team setting ${name}`);
				const type = TYPES[key];
				if (type === 'boolean' && typeof value !== 'boolean')
					badRequest(`${key} must be a boolean`);
				if (type === 'number' && !Number.isInteger(value)) badRequest(`${key} must be an integer`);
				if (type === 'string' && typeof value !== 'string') badRequest(`${key} must be a string`);
				if (
					type === 'object' &&
					(value === null || typeof value !== 'object' || Array.isArray(value))
				)
					badRequest(`${key} must be an object`);
				next[key] = type === 'object' ? { ...state.settings[key], ...value } : value;
			}
			Object.assign(state.settings, next);
		},
		'teamSettings.resetDefaults': () => {
			for (const k of Object.keys(state.settings)) delete state.settings[k];
			Object.assign(state.settings, JSON.parse(JSON.stringify(TEAM_SETTINGS_DEFAULTS)));
		},
	};
};
