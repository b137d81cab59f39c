'use strict';

const { UNIONS } = require('./schema');
const { dateKey } = require('./dates');
const {
	personsOf,
	activitiesOf,
	resultsOfPerson,
	resultsOnActivity,
	selectAttempts,
	isAuthorizable,
	parentPrograms,
	GROUP_KINDS,
} = require('./scope');
const {
	resultLine,
	notAttemptedLine,
	programAggregate,
	programResultLine,
	summaryLine,
	firstParentGroup,
	firstParentProgram,
} = require('./lines');

/*
 * `.report` lines for one subject. Order: report.message (Verbose), result lines oldest change
 * first (report.activity.result, then report.program.result), summaries (activity, then
 * program), report.finished (its position can be moved by the sandbox setting or a
 * reportFinished fault). Results count when DeltaDate < ModifiedDate <= ReferenceDate;
 * summaries and not-attempted lines describe the state at ReferenceDate.
 */
function unionOf(lists) {
	const out = new Map();
	for (const list of lists) for (const e of list) out.set(e.ID, e);
	return [...out.values()];
}

function intersect(a, b) {
	if (!a) return b;
	if (!b) return a;
	const ids = new Set(b.map((e) => e.ID));
	return a.filter((e) => ids.has(e.ID));
}

/** Persons and activities a report covers; null = no restriction on that side. */
function reportScope(state, subject, body) {
	const byIds = (ids) => ids.map((id) => state.byId.get(id));
	const personFilter = body.Authorizables
		? unionOf(byIds(body.Authorizables).map((e) => personsOf(state, e)))
		: null;
	const activityFilter = body.ActivityStructures
		? unionOf(byIds(body.ActivityStructures).map((e) => activitiesOf(state, e)))
		: null;
	if (isAuthorizable(subject))
		return {
			persons: intersect(personsOf(state, subject), personFilter),
			activities: activityFilter,
		};
	if (UNIONS.authorizations.includes(subject._kind)) {
		return {
			persons: intersect(personsOf(state, subject), personFilter),
			activities: intersect(activitiesOf(state, subject), activityFilter),
		};
	}
	return { persons: personFilter, activities: activitiesOf(state, subject) };
}

function candidateResults(state, scope) {
	if (scope.persons) {
		const allowed = scope.activities ? new Set(scope.activities.map((a) => a.ID)) : null;
		return scope.persons
			.flatMap((p) => resultsOfPerson(state, p.ID))
			.filter((r) => !allowed || allowed.has(r.On));
	}
	const list = scope.activities || UNIONS.activities.flatMap((k) => state.kinds[k]);
	return list.flatMap((a) => resultsOnActivity(state, a.ID));
}

function buildReport(state, subject, body, { referenceDate, deltaDate, now }) {
	const refKey = dateKey(referenceDate);
	const deltaKey = deltaDate ? dateKey(deltaDate) : null;
	const flag = (name, fallback) =>
		body[name] === undefined || body[name] === null ? fallback : body[name];
	const includeActivities = flag('IncludeActivities', true);
	const includePersons = flag('IncludePersons', true);
	const scope = reportScope(state, subject, body);
	const lineCtx = {
		parentAuthorizable: flag('IncludeParentAuthorizable', false)
			? firstParentGroup(state, GROUP_KINDS.has(subject._kind) ? subject.ID : null)
			: null,
		parentActivityStructure: flag('IncludeParentActivityStructure', false)
			? firstParentProgram(state, subject._kind === 'activitygroups' ? subject.ID : null)
			: null,
	};

	const asOfRef = candidateResults(state, scope).filter((r) => dateKey(r.ModifiedDate) <= refKey);
	const chosen = selectAttempts(asOfRef, body.ActivityAttemptMode || 'All');
	const changed = chosen
		.filter((r) => deltaKey === null || dateKey(r.ModifiedDate) > deltaKey)
		.sort((a, b) =>
			dateKey(a.ModifiedDate) < dateKey(b.ModifiedDate)
				? -1
				: dateKey(a.ModifiedDate) > dateKey(b.ModifiedDate)
					? 1
					: a.ID < b.ID
						? -1
						: 1,
		);

	const lines = [];
	if (includeActivities && includePersons) {
		for (const r of changed) lines.push(resultLine(state, r, lineCtx));
		if (flag('IncludeNotAttempted', false) && deltaKey === null) {
			const persons = scope.persons || state.kinds.persons;
			const activities = scope.activities || UNIONS.activities.flatMap((k) => state.kinds[k]);
			const attempted = new Set(asOfRef.map((r) => `${r.Of}|${r.On}`));
			for (const p of persons)
				for (const a of activities)
					if (!attempted.has(`${p.ID}|${a.ID}`)) lines.push(notAttemptedLine(state, p, a, lineCtx));
		}
	}

	const programs = programsInScope(state, subject, scope, changed);
	if (flag('IncludeProgramSummary', false) && includePersons) {
		for (const program of programs) {
			const leafIds = new Set(activitiesOf(state, program).map((a) => a.ID));
			const people = [...new Set(changed.filter((r) => leafIds.has(r.On)).map((r) => r.Of))];
			for (const personId of people)
				lines.push(
					programResultLine(
						state,
						personId,
						program,
						programAggregate(state, personId, program, refKey),
						lineCtx,
					),
				);
		}
	}

	if (flag('IncludeGroupSummary', false)) {
		const authorizable = isAuthorizable(subject) ? subject.ID : null;
		const population = scope.persons ? scope.persons.length : 0;
		const latest = selectAttempts(asOfRef, 'Last');
		if (includeActivities) {
			const activities = scope.activities || [
				...new Map(latest.map((r) => [r.On, state.byId.get(r.On)])).values(),
			];
			for (const a of activities) {
				const rs = latest.filter((r) => r.On === a.ID);
				lines.push(
					summaryLine('report.activity.summary', {
						authorizable,
						activityStructure: a.ID,
						statuses: rs.map((r) => r.Status),
						population: Math.max(population, rs.length),
						contentTime: rs.reduce((n, r) => n + (r.ContentTime || 0), 0),
					}),
				);
			}
		}
		if (flag('IncludeProgramSummary', false)) {
			for (const program of programs) {
				const people = scope.persons
					? scope.persons.map((p) => p.ID)
					: [...new Set(latest.map((r) => r.Of))];
				const aggs = people
					.map((id) => programAggregate(state, id, program, refKey))
					.filter((g) => g.latest.length);
				const progress = aggs.length
					? Math.round((aggs.reduce((n, g) => n + g.progress, 0) / aggs.length) * 1000) / 1000
					: null;
				lines.push(
					summaryLine('report.program.summary', {
						authorizable,
						activityStructure: program.ID,
						statuses: aggs.map((g) => g.status),
						population: Math.max(people.length, aggs.length),
						progress,
						program: true,
					}),
				);
			}
		}
	}

	if (flag('Verbose', false)) {
		lines.unshift({
			Type: 'report.message',
			Message: `Report started for ${subject.ID}`,
			DateTime: now,
		});
		lines.push({
			Type: 'report.message',
			Message: `Report produced ${lines.length - 1} line(s)`,
			DateTime: now,
		});
	}
	return lines;
}

// Programs a program line or summary can be about: the subject itself, or parents of the activities in play.
function programsInScope(state, subject, scope, changed) {
	if (subject._kind === 'activitygroups') return [subject];
	const ids = new Set();
	const activityIds = scope.activities
		? scope.activities.map((a) => a.ID)
		: changed.map((r) => r.On);
	for (const id of activityIds) for (const m of parentPrograms(state, id)) ids.add(m);
	return [...ids].map((id) => state.byId.get(id)).filter(Boolean);
}

/** Inserts report.finished per placement: first | middle | last | missing. */
function placeFinished(lines, finished, placement = 'last') {
	if (placement === 'missing') return lines;
	if (placement === 'first') return [finished, ...lines];
	if (placement === 'middle') {
		const at = Math.ceil(lines.length / 2);
		return [...lines.slice(0, at), finished, ...lines.slice(at)];
	}
	return [...lines, finished];
}

module.exports = { buildReport, placeFinished, reportScope };
