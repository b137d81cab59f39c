'use strict';

const q = require('../query');
const { input, scalar } = require('../forms');
const { badRequest, notFound, fail } = require('../errors');
const store = require('../store');
const access = require('../access');
const { shape } = require('../views');
const { personEventFull } = require('../serialize');
const { ok, oneOf, targetPerson } = require('./common');

/* Participations: list, one, sign on (POST), sign off / update (PUT action=off|update). */
module.exports = function personEventRoutes(state) {
	function list(ctx) {
		const ids = q.idList(ctx.query, 'person_event_ids');
		const orgId = q.int(ctx.query, 'organisation_id');
		const userName = q.str(ctx.query, 'user_name');
		let rows = state.personEvents.filter((pe) => !pe.cancelledMs);
		if (orgId !== undefined) {
			if (!store.orgById(state, orgId))
				badRequest('organisation_id', `organisation_id ${orgId} does not exist`);
			access.requireUnit(state, ctx.actor, orgId);
			const units = access.subtree(state, orgId);
			rows = rows.filter((pe) =>
				access.personUnits(store.personById(state, pe.person_id)).some((u) => units.has(u)),
			);
		} else if (userName !== undefined) {
			const person = targetPerson(state, ctx);
			rows = rows.filter((pe) => pe.person_id === person.id);
		} else if (!access.isSuper(ctx.actor)) {
			if (!ids)
				badRequest(
					'user_name',
					'user_name or organisation_id is required (2.8 does not default to the logged-in user)',
				);
			rows = rows.filter((pe) =>
				access.canSeePerson(state, ctx.actor, store.personById(state, pe.person_id)),
			);
		}
		const ev = (pe) => store.eventById(state, pe.event_id);
		if (ids) rows = rows.filter((pe) => ids.includes(pe.id));
		const mode = q.oneOf(ctx.query, 'mode', ['future', 'finished', 'all'], ids ? 'all' : 'future');
		const now = state.clock.now();
		if (mode === 'future') rows = rows.filter((pe) => ev(pe).endMs >= now);
		if (mode === 'finished') rows = rows.filter((pe) => ev(pe).endMs < now);
		const eventIds = q.idList(ctx.query, 'event_ids');
		if (eventIds) rows = rows.filter((pe) => eventIds.includes(pe.event_id));
		const waitlist = q.flag(ctx.query, 'waitlist', false);
		rows = rows.filter((pe) => pe.waitlist === waitlist);
		const confirmed = q.flag(ctx.query, 'confirmed', undefined);
		if (confirmed !== undefined) rows = rows.filter((pe) => pe.confirmed === confirmed);
		const start = q.date(ctx.query, 'startdate');
		const end = q.date(ctx.query, 'enddate');
		if (start !== undefined) rows = rows.filter((pe) => ev(pe).startMs >= start);
		if (end !== undefined) rows = rows.filter((pe) => ev(pe).startMs < end);
		const hostIds = [...(q.idList(ctx.query, 'host_organisation_ids') || [])];
		for (const ext of q.list(ctx.query, 'host_organisation_external_ids') || []) {
			const o = store.orgByExtern(state, ext);
			hostIds.push(o ? o.id : -1);
		}
		if (hostIds.length) rows = rows.filter((pe) => hostIds.includes(ev(pe).host));
		if (
			q.list(ctx.query, 'representing_organisation_ids') ||
			q.list(ctx.query, 'representing_organisation_external_ids')
		) {
			rows = []; // no seeded participation represents a unit
		}
		const dir = q.oneOf(ctx.query, 'sort_direction', ['asc', 'desc'], 'asc');
		rows = rows
			.slice()
			.sort((a, b) => (ev(a).startMs - ev(b).startMs || a.id - b.id) * (dir === 'desc' ? -1 : 1));
		const includePerson = q.flag(ctx.query, 'include_person', orgId !== undefined);
		const viewName = q.view(ctx.query, 'simple');
		const fields = q.str(ctx.query, 'fields');
		const out = q
			.page(rows, ctx.query)
			.map((pe) =>
				shape(
					'PersonEvent',
					personEventFull(state, pe, { includePerson, actor: ctx.actor }),
					viewName,
					fields,
				),
			);
		return ok('personevents', out);
	}

	function one(ctx) {
		const event = store.eventOr404(state, ctx.params.event_id);
		const person = targetPerson(state, ctx);
		const pe = store.activeParticipation(state, event, person);
		if (!pe)
			return ok('personevents', [], `${person.user_name} is not signed on to event ${event.id}`);
		return oneOf(
			ctx,
			'PersonEvent',
			'personevents',
			personEventFull(state, pe, { actor: ctx.actor }),
		);
	}

	function signOn(ctx) {
		const event = store.eventOr404(state, ctx.params.event_id);
		const person = targetPerson(state, ctx);
		if (event.cancelledMs) badRequest('event_id', `Event ${event.id} is cancelled`);
		if (event.parent)
			badRequest(
				'event_id',
				`Event ${event.id} is a module; sign on to its course event ${event.parent}`,
			);
		if (state.clock.now() >= event.startMs - 24 * 3600000)
			badRequest('event_id', `The sign-on deadline for event ${event.id} has passed`);
		if (store.activeParticipation(state, event, person))
			badRequest('user_name', `${person.user_name} is already signed on to event ${event.id}`);
		const orderId = scalar(input(ctx, 'order_id'));
		if (orderId !== undefined && orderId !== '' && !/^\d+$/.test(String(orderId)))
			badRequest('order_id', 'order_id must be a number');
		const full = store.participants(state, event).length >= event.max;
		const pe = {
			id: state.counters.personEvent++,
			event_id: event.id,
			person_id: person.id,
			joinedMs: state.clock.now(),
			waitlist: full,
			passed: null,
			confirmed: true,
			cancelledMs: null,
			order_id: orderId ? Number(orderId) : null,
			order_reference: scalar(input(ctx, 'order_reference')) ?? null,
			is_paid: false,
			comments: null,
		};
		state.personEvents.push(pe);
		return ok(
			'personevents',
			[personEventFull(state, pe, { actor: ctx.actor })],
			full ? 'Event is full: signed on to the wait list' : 'Signed on',
		);
	}

	function change(ctx) {
		const event = store.eventOr404(state, ctx.params.event_id);
		const person = targetPerson(state, ctx);
		const action = scalar(input(ctx, 'action'));
		if (action !== 'off' && action !== 'update')
			badRequest('action', 'action must be off or update');
		const pe = store.activeParticipation(state, event, person);
		if (!pe) notFound(`${person.user_name} is not signed on to event ${event.id}`);
		if (action === 'off') {
			if (event.endMs < state.clock.now())
				fail(400, `Event ${event.id} has finished; cannot sign off`, 'event_id');
			pe.cancelledMs = state.clock.now();
			const next = state.personEvents.find(
				(x) => x.event_id === event.id && x.waitlist && !x.cancelledMs,
			);
			if (next && !pe.waitlist) next.waitlist = false;
			return ok('personevents', [personEventFull(state, pe, { actor: ctx.actor })], 'Signed off');
		}
		const comments = scalar(input(ctx, 'comments'));
		if (comments !== undefined) pe.comments = String(comments);
		const confirmed = scalar(input(ctx, 'confirmed'));
		if (confirmed !== undefined) {
			if (!['0', '1', 'true', 'false'].includes(String(confirmed)))
				badRequest('confirmed', 'confirmed must be 1 or 0');
			pe.confirmed = String(confirmed) === '1' || String(confirmed) === 'true';
		}
		return ok('personevents', [personEventFull(state, pe, { actor: ctx.actor })], 'Updated');
	}

	return [
		{ method: 'GET', path: '/api/personevents', handler: list },
		{ method: 'GET', path: '/api/personevents/:event_id', handler: one },
		{ method: 'POST', path: '/api/personevents/:event_id', handler: signOn },
		{ method: 'PUT', path: '/api/personevents/:event_id', handler: change },
	];
};
