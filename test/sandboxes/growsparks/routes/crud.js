'use strict';

const { json, empty } = require('../../framework');
const { resources } = require('../schema');
const { collection, updateEntity, removeEntity, refsTo } = require('../store');
const { create } = require('../entities');
const { parseSelection, fullSelection, serialize } = require('../serialize');
const { validateWrite } = require('../validate');
const { badRequest } = require('../errors');
const { sseRecords, jsonRecords } = require('../records');
const { takeStreamFault } = require('../stream-faults');
const { routePath, pathEntity, parseStream, intParam } = require('./common');

/*
 * The 91 CRUD endpoints, generated from the schema: list (envelope, offset/limit, stream),
 * retrieve (selection, expand), create/modify (validated against the endpoint's body fields,
 * answer = full object), delete (204). `filter` is logged but not applied (grammar undocumented).
 */
const DEFAULT_LIMIT = 100;

function listHandler(state, res) {
	return (ctx) => {
		const selection = parseSelection(res, ctx.query);
		const stream = parseStream(ctx.query);
		const headers = ctx.query.filter !== undefined ? { 'x-sandbox-filter': 'ignored' } : {};
		const items = collection(state, res.slug);
		if (stream) {
			const records = (function* each() {
				for (const e of items) yield serialize(state, res, e, selection);
			})();
			return sseRecords(records, { cutAfter: takeStreamFault(ctx)?.cutAfter, headers });
		}
		const offset = intParam(ctx.query, 'offset', { min: 0, fallback: 0 });
		const limit = intParam(ctx.query, 'limit', { min: 1, max: 1000, fallback: DEFAULT_LIMIT });
		const cutAfter = takeStreamFault(ctx)?.cutAfter;
		const total = items.length;
		const page = items.slice(offset, limit).map((e) => serialize(state, res, e, selection));
		const envelope = { Offset: offset, Count: page.length, HasMore: offset + page.length < total };
		const date = state.clock.iso();
		if (cutAfter === undefined) return json(200, { ...envelope, Items: page, Date: date }, headers);
		const prefix = `${JSON.stringify(envelope).slice(0, -1)},"Items":`;
		return jsonRecords(page, {
			cutAfter,
			prefix,
			suffix: `,"Date":${JSON.stringify(date)}}`,
			headers,
		});
	};
}

function membershipChecks(state, res, changes, existing) {
	if (res.slug !== 'persongroupmemberships' && res.slug !== 'activitygroupmemberships') return;
	const member = changes.Member || (existing && existing.Member);
	const memberOf = changes.MemberOf || (existing && existing.MemberOf);
	if (member === memberOf) badRequest('MemberOf', 'An object cannot be a member of itself');
	const duplicate = refsTo(state, res.slug, 'Member', member)
		.map((id) => state.byId.get(id))
		.find((m) => m !== existing && m.MemberOf === memberOf && !m.Deleted);
	if (duplicate)
		badRequest('MemberOf', `${member} is already a member of ${memberOf} (${duplicate.ID})`);
}

function routesFor(state, res) {
	const routes = [];
	for (const ep of res.endpoints.filter((e) => e.kind === 'crud')) {
		const path = routePath(ep.path);
		let handler;
		switch (ep.operation) {
			case 'list':
				handler = listHandler(state, res);
				break;
			case 'get':
				handler = (ctx) =>
					serialize(state, res, pathEntity(state, res, ctx), parseSelection(res, ctx.query));
				break;
			case 'create':
				handler = (ctx) => {
					const changes = validateWrite(state, res, ep, ctx.body, 'create');
					membershipChecks(state, res, changes, null);
					const entity = create(state, res.slug, changes);
					return json(200, serialize(state, res, entity, fullSelection(res)));
				};
				break;
			case 'update':
				handler = (ctx) => {
					const entity = pathEntity(state, res, ctx);
					const changes = validateWrite(state, res, ep, ctx.body, 'update');
					membershipChecks(state, res, changes, entity);
					updateEntity(state, entity, { ...changes, ModifiedDate: state.clock.stamp() });
					return serialize(state, res, entity, fullSelection(res));
				};
				break;
			case 'delete':
				handler = (ctx) => {
					removeEntity(state, pathEntity(state, res, ctx));
					return empty(204);
				};
				break;
			default:
				throw new Error(`unhandled CRUD operation ${ep.operation}`);
		}
		routes.push({ method: ep.method, path, handler });
	}
	return routes;
}

module.exports = (state) => [...resources.values()].flatMap((res) => routesFor(state, res));
