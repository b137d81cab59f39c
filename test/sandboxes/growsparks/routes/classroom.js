'use strict';

const { json } = require('../../framework');
const { resource } = require('../schema');
const { validateCall } = require('../validate');
const { badRequest } = require('../errors');
const { create } = require('../entities');
const { updateEntity } = require('../store');
const { resultFields } = require('../results');
const { routePath, pathEntity } = require('./common');

/*
 * Execution subscribe / subscription unsubscribe (both answer a JSON string) and scriptlet
 * execution. Subscribing creates a Pending ClassroomTrainingResult and a Subscription pointing
 * at it (Approved for a Definite execution, else NotApproved) and answers the Subscription ID;
 * subscribing again answers the existing ID. Unsubscribe sets Deleted and answers "Unsubscribed".
 */
function subscribe(state, execution, body) {
	if (execution.ExecutionStatus === 'Cancelled')
		badRequest('Person', `Execution ${execution.ID} is cancelled`);
	const existing = state.kinds.subscriptions.find(
		(s) => s.Execution === execution.ID && s._person === body.Person && !s.Deleted,
	);
	if (existing) return existing.ID;
	const now = state.clock.now();
	const result = create(state, 'classroomtrainingresults', {
		...resultFields('classroomtrainingresults', {
			status: 'Pending',
			startedMs: now,
			completedMs: now,
			score: null,
			contentTime: 0,
		}),
		Of: body.Person,
		On: execution.ClassroomTraining,
	});
	const sub = create(state, 'subscriptions', {
		Execution: execution.ID,
		Result: result.ID,
		SubscriptionStatus: execution.ExecutionStatus === 'Definite' ? 'Approved' : 'NotApproved',
		Deleted: false,
		_person: body.Person,
	});
	return sub.ID;
}

module.exports = (state) => {
	const routes = [];
	const add = (slug, operation, fn, refs) => {
		const res = resource(slug);
		const ep = res.endpoints.find((e) => e.operation === operation);
		routes.push({
			method: ep.method,
			path: routePath(ep.path),
			handler: (ctx) => {
				const entity = pathEntity(state, res, ctx);
				return fn(entity, validateCall(state, ep, ctx.body, refs));
			},
		});
	};
	add(
		'executions',
		'subscribe',
		(execution, body) => json(200, subscribe(state, execution, body)),
		{ Person: 'Person' },
	);
	add('subscriptions', 'unsubscribe', (sub) => {
		if (sub.Deleted) badRequest(null, `Subscription ${sub.ID} is already cancelled`);
		updateEntity(state, sub, { Deleted: true, ModifiedDate: state.clock.stamp() });
		return json(200, 'Unsubscribed');
	});
	add('scriptlets', 'execute', (scriptlet, body) => {
		if (typeof body.Parameters !== 'object' || Array.isArray(body.Parameters))
			badRequest('Parameters', 'Parameters must be an object');
		const run = {
			RunID: state.scriptletRuns.length + 1,
			Scriptlet: scriptlet.ID,
			Parameters: body.Parameters,
			Date: state.clock.iso(),
		};
		state.scriptletRuns.push(run);
		return {
			Success: true,
			RunID: run.RunID,
			Output: { Scriptlet: scriptlet.Description, Parameters: body.Parameters },
			Log: [`Scriptlet "${scriptlet.Description}" executed`],
		};
	});
	return routes;
};
