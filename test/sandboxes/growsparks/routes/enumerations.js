'use strict';

const { resources } = require('../schema');
const { validateCall } = require('../validate');
const { badRequest } = require('../errors');
const { dateKey } = require('../dates');
const { buildReport, placeFinished } = require('../reports');
const { activityStatus } = require('../lines');
const { personsOf, liveMemberships, resultsOfPerson, parentPrograms } = require('../scope');
const { sseRecords, jsonRecords } = require('../records');
const { takeStreamFault } = require('../stream-faults');
const { routePath, pathEntity, parseStream } = require('./common');

/*
 * The 20 calls that return an enumeration (13x .report, 3x group .progress, 3x .activityrecords,
 * .queryeventlog): a JSON array, or SSE with ?stream=true (one event per line).
 */
const REPORT_REFS = {
	ActivityStructures: 'ActivityStructure',
	Authorizables: 'Authorizable',
	LearnAuthorizations: 'Authorization',
};

function enumeration(ctx, lines, { report = false, placement } = {}) {
	const fault = takeStreamFault(ctx, { report });
	const finalLines = report
		? placeFinished(lines.lines, lines.finished, (fault && fault.reportFinished) || placement)
		: lines;
	const cutAfter = fault ? fault.cutAfter : undefined;
	return parseStream(ctx.query)
		? sseRecords(finalLines, { cutAfter })
		: jsonRecords(finalLines, { cutAfter });
}

function report(state, res, ep) {
	return (ctx) => {
		const subject = pathEntity(state, res, ctx);
		parseStream(ctx.query);
		const body = validateCall(state, ep, ctx.body, REPORT_REFS);
		const deltaDate = body.DeltaDate || null;
		const referenceDate = body.ReferenceDate || state.clock.stamp();
		if (deltaDate && dateKey(deltaDate) > dateKey(referenceDate))
			badRequest('DeltaDate', 'DeltaDate must not be after ReferenceDate');
		const lines = buildReport(state, subject, body, {
			referenceDate,
			deltaDate,
			now: state.clock.iso(),
		});
		const finished = {
			Type: 'report.finished',
			DeltaDate: deltaDate,
			ReferenceDate: referenceDate,
		};
		return enumeration(
			ctx,
			{ lines, finished },
			{ report: true, placement: state.settings.reportFinished },
		);
	};
}

function membersWithin(state, group, body) {
	const direct = liveMemberships(
		state,
		'persongroupmemberships',
		'MemberOf',
		group.ID,
		Boolean(body.IncludeDeleted),
	);
	const inWindow = direct.filter(
		(m) =>
			(!body.StartingBefore ||
				!m.StartDate ||
				dateKey(m.StartDate) < dateKey(body.StartingBefore)) &&
			(!body.EndingAfter || !m.EndDate || dateKey(m.EndDate) > dateKey(body.EndingAfter)),
	);
	const people = new Map();
	for (const m of inWindow)
		for (const p of personsOf(state, state.byId.get(m.Member), {
			includeDeleted: Boolean(body.IncludeDeleted),
		}))
			people.set(p.ID, p);
	return [...people.values()];
}

function groupProgress(state, res, ep) {
	return (ctx) => {
		const group = pathEntity(state, res, ctx);
		parseStream(ctx.query);
		const body = validateCall(state, ep, ctx.body, { ActivityStructure: 'ActivityStructure' });
		const structure = state.byId.get(body.ActivityStructure);
		const lines = membersWithin(state, group, body).map((p) =>
			activityStatus(state, p, structure, body.AttemptMode || 'Last'),
		);
		return enumeration(ctx, lines);
	};
}

function activityRecords(state, res, ep) {
	return (ctx) => {
		const group = pathEntity(state, res, ctx);
		parseStream(ctx.query);
		const body = validateCall(state, ep, ctx.body);
		const after = body.StartedAfter ? dateKey(body.StartedAfter) : null;
		const before = body.StartedBefore ? dateKey(body.StartedBefore) : null;
		const inWindow = (d) => d && (!after || dateKey(d) > after) && (!before || dateKey(d) < before);
		const people = personsOf(state, group);
		const ids = new Set(people.map((p) => p.ID));
		const lines = [];
		for (const p of people) {
			for (const r of resultsOfPerson(state, p.ID)) {
				if (r._kind === 'classroomtrainingresults' || !inWindow(r._dateStarted)) continue;
				lines.push({
					Type: 'activityrecord.activity',
					Person: p.ID,
					Activity: r.On,
					Duration: r.ContentTime || 0,
					StartDate: r._dateStarted,
					ContextActivityGroup: parentPrograms(state, r.On)[0] || null,
					ActivityResult: r.ID,
				});
			}
		}
		for (const a of state.kinds.attendance) {
			const sub = state.byId.get(a.Subscription);
			const session = state.byId.get(a.ExecutionSession);
			if (!sub || !session || !ids.has(sub._person) || !a.Present || !inWindow(session.StartTime))
				continue;
			const execution = state.byId.get(session.Execution);
			const duration = session.EndTime
				? Math.round(
						(Date.parse(`${session.EndTime}Z`) - Date.parse(`${session.StartTime}Z`)) / 1000,
					)
				: 0;
			lines.push({
				Type: 'activityrecord.training',
				Person: sub._person,
				Activity: execution ? execution.ClassroomTraining : null,
				Duration: duration,
				StartDate: session.StartTime,
				Attendance: a.ID,
			});
		}
		lines.sort((x, y) => (dateKey(x.StartDate) < dateKey(y.StartDate) ? -1 : 1));
		return enumeration(ctx, lines);
	};
}

function queryEventLog(state, res, ep) {
	return (ctx) => {
		const group = pathEntity(state, res, ctx);
		parseStream(ctx.query);
		const body = validateCall(state, ep, ctx.body);
		const limit = body.Limit === undefined || body.Limit === null ? 1000 : body.Limit;
		if (!(limit >= 1 && limit <= 1000)) badRequest('Limit', 'Limit must be between 1 and 1000');
		const search = body.Search ? String(body.Search).toLowerCase() : null;
		const entries = (state.eventLog.get(group.ID) || []).filter(
			(e) =>
				(!body.From || dateKey(e.Date) >= dateKey(body.From)) &&
				(!body.To || dateKey(e.Date) < dateKey(body.To)) &&
				(body.LogID === undefined || body.LogID === null || e.LogID > body.LogID) &&
				(!search ||
					[e.Event, e.Message, e.User].some((v) => v && v.toLowerCase().includes(search))),
		);
		return enumeration(ctx, entries.slice(0, limit));
	};
}

const BUILDERS = { report, activityrecords: activityRecords, queryeventlog: queryEventLog };

module.exports = (state) =>
	[...resources.values()].flatMap((res) =>
		res.endpoints
			.filter((ep) => ep.kind === 'call' && ep.supportsStream)
			.map((ep) => {
				const build = ep.operation === 'progress' ? groupProgress : BUILDERS[ep.operation];
				if (!build) throw new Error(`no enumeration handler for ${ep.id}`);
				return { method: ep.method, path: routePath(ep.path), handler: build(state, res, ep) };
			}),
	);
