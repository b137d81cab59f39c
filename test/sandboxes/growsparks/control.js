'use strict';

const { json } = require('../framework');
const { addResult, updateResult, ResultSpecError } = require('./results');
const { fullSelection, serialize } = require('./serialize');
const { resource } = require('./schema');
const { PLACEMENTS } = require('./stream-faults');

/*
 * Growsparks control routes (under /__sandbox, no vendor auth, not logged):
 *   GET  /clock                          { now, frozen }
 *   POST /clock   { set?, advance?, freeze?: bool }
 *   POST /results { person, activityStructure, status, score, ... }   → 201 full result object
 *   POST /results/:id { status, score, ... }                            → 200 full result object
 *   GET/POST /settings { reportFinished: first|middle|last|missing }
 */
function resultJson(state, entity) {
	return serialize(state, resource(entity._kind), entity, fullSelection(resource(entity._kind)));
}

function guarded(fn) {
	return (ctx) => {
		try {
			return fn(ctx);
		} catch (err) {
			if (err instanceof ResultSpecError || err instanceof Error)
				return json(400, { Code: 'BadRequest', Message: err.message, Field: err.field });
			throw err;
		}
	};
}

function controlRoutes(state) {
	const body = (ctx) => (ctx.body && typeof ctx.body === 'object' ? ctx.body : {});
	return [
		{ method: 'GET', path: '/clock', handler: () => state.clock.describe() },
		{
			method: 'POST',
			path: '/clock',
			handler: guarded((ctx) => {
				const b = body(ctx);
				if (b.freeze === true) state.clock.freeze();
				if (b.freeze === false) state.clock.unfreeze();
				if (b.set !== undefined) state.clock.set(b.set);
				if (b.advance !== undefined) state.clock.advance(b.advance);
				return state.clock.describe();
			}),
		},
		{
			method: 'POST',
			path: '/results',
			handler: guarded((ctx) => json(201, resultJson(state, addResult(state, body(ctx))))),
		},
		{
			method: 'POST',
			path: '/results/:id',
			handler: guarded((ctx) => resultJson(state, updateResult(state, ctx.params.id, body(ctx)))),
		},
		{ method: 'GET', path: '/settings', handler: () => state.settings },
		{
			method: 'POST',
			path: '/settings',
			handler: guarded((ctx) => {
				const b = body(ctx);
				if (b.reportFinished !== undefined) {
					if (!PLACEMENTS.includes(b.reportFinished))
						throw new Error(`reportFinished must be one of ${PLACEMENTS.join(', ')}`);
					state.settings.reportFinished = b.reportFinished;
				}
				return state.settings;
			}),
		},
	];
}

module.exports = { controlRoutes, resultJson };
