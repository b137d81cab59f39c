#!/usr/bin/env node
'use strict';

/*
 * Plain-node self check of the Growsparks sandbox: all 126 endpoints, auth, paging, property
 * selection, expand, SSE lists and reports, the report delta cycle, report.finished placement,
 * stream cuts, framework faults and the 100 000-person budget. Exits 1 on any mismatch.
 *   node test/sandboxes/growsparks/selfcheck.js
 */
const { createChecklist } = require('../framework/checklist');
const assert = require('node:assert/strict');
const { startGrowsparksSandbox, BASE_PATH } = require('./index');
const schema = require('./schema.json');

const ENDPOINTS = schema.resources.flatMap((r) =>
	r.endpoints.map((e) => `${e.method} ${e.path.replace(/\{([^}]+)\}/g, ':$1')}`),
);
const EXPECTED_COUNTS = {
	authorizables: 58,
	eventpersongroups: 2,
	externalpersongroups: 2,
	membershiproles: 2,
	persongroupmemberships: 68,
	persongroups: 8,
	persons: 50,
	portfolioentries: 2,
	ratings: 3,
	roles: 3,
	activities: 10,
	activitygroupmemberships: 8,
	activitygroups: 2,
	activitystructures: 12,
	certificateactivities: 2,
	classroomtrainings: 2,
	authorizations: 7,
	learnauthorizations: 2,
	todos: 2,
	activityresults: 26,
	certificateresults: 3,
	classroomtrainingresults: 3,
	attendance: 4,
	executions: 3,
	executionsessions: 4,
	executionsessionteachers: 4,
	locations: 2,
	sublocations: 3,
	subscriptions: 3,
	tagcategories: 2,
	tagcollections: 1,
	taglinks: 3,
	tags: 4,
	scriptlets: 2,
};

const checklist = createChecklist();
const { step } = checklist;
let sb;
const covered = new Set();

function harvestCoverage() {
	for (const r of sb.requests)
		if (r.route && r.status >= 200 && r.status < 300) covered.add(r.route.replace(BASE_PATH, ''));
}

async function call(method, path, { body, key = sb.apiKey, headers = {}, scheme = 'Bearer' } = {}) {
	const h = { 'Content-Type': 'application/json', ...headers };
	if (key !== null) h.Authorization = `${scheme} ${key}`;
	const res = await fetch(sb.url + path, {
		method,
		headers: h,
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const buf = Buffer.from(await res.arrayBuffer());
	const text = buf.toString('utf8');
	let json;
	if (text && (res.headers.get('content-type') || '').includes('json')) json = JSON.parse(text);
	return { status: res.status, headers: res.headers, json, text, buf };
}

function expectStatus(res, status) {
	assert.equal(
		res.status,
		status,
		`expected HTTP ${status}, got ${res.status}: ${res.text.slice(0, 300)}`,
	);
	return res.json;
}
const ok = (res) => expectStatus(res, 200);
const lower = (id) => id.replace(/^G_/, 'g_').replace(/^E_/, 'e_');

/** Reads an SSE response incrementally; returns { events, chunks, error } (error = stream broke). */
async function readSse(method, path, body) {
	const res = await fetch(sb.url + path, {
		method,
		headers: {
			Authorization: `Bearer ${sb.apiKey}`,
			'Content-Type': 'application/json',
			Accept: 'text/event-stream',
		},
		body: body && JSON.stringify(body),
	});
	assert.equal(res.status, 200);
	assert.match(res.headers.get('content-type'), /text\/event-stream/);
	const events = [];
	let buffer = '';
	let chunks = 0;
	let error = null;
	let data = [];
	const decoder = new TextDecoder();
	try {
		for await (const chunk of res.body) {
			chunks++;
			buffer += decoder.decode(chunk, { stream: true });
			let nl;
			while ((nl = buffer.indexOf('\n')) >= 0) {
				const line = buffer.slice(0, nl).replace(/\r$/, '');
				buffer = buffer.slice(nl + 1);
				if (line === '') {
					if (data.length) events.push(JSON.parse(data.join('\n')));
					data = [];
				} else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
			}
		}
	} catch (err) {
		error = err;
	}
	return { events, chunks, error, partial: buffer + data.join('\n') };
}

async function pageAll(path, limit) {
	const items = [];
	const pages = [];
	for (let offset = 0; ; ) {
		const page = ok(
			await call('GET', `${path}${path.includes('?') ? '&' : '?'}offset=${offset}&limit=${limit}`),
		);
		pages.push({ Offset: page.Offset, Count: page.Count, HasMore: page.HasMore });
		items.push(...page.Items);
		if (!page.HasMore) break;
		offset += page.Count;
	}
	return { items, pages };
}

const reportBody = (extra = {}) => ({
	ActivityAttemptMode: 'All',
	IncludeActivities: true,
	IncludePersons: true,
	...extra,
});
const finishedOf = (lines) => lines.filter((l) => l.Type === 'report.finished');
const resultLines = (lines) => lines.filter((l) => l.Type === 'report.activity.result');

async function main() {
	sb = await startGrowsparksSandbox();
	const fx = sb.fixtures;
	const firstIds = {};

	await step('route table: exactly the 126 documented endpoints', () => {
		assert.equal(ENDPOINTS.length, 126);
		const routes = sb.info().routes.map((r) => r.replace(BASE_PATH, ''));
		assert.equal(routes.length, 126);
		assert.deepEqual([...routes].sort(), [...ENDPOINTS].sort());
	});

	await step('auth: missing / wrong / non-Bearer → 401 JSON; scheme case-insensitive', async () => {
		for (const opts of [{ key: null }, { key: 'wrong' }, { scheme: 'Basic' }]) {
			const res = await call('GET', '/persons?limit=1', opts);
			const body = expectStatus(res, 401);
			assert.equal(body.Code, 'Unauthorized');
			assert.equal(typeof body.Message, 'string');
			assert.match(res.headers.get('www-authenticate'), /Bearer/);
		}
		ok(await call('GET', '/persons?limit=1', { scheme: 'bearer' }));
		expectStatus(await call('GET', '/nope', { key: 'wrong' }), 401);
	});

	await step(
		'unknown route 404, unknown id 404, wrong method 405, malformed JSON 400',
		async () => {
			assert.equal(expectStatus(await call('GET', '/nope'), 404).Code, 'NotFound');
			assert.equal(
				expectStatus(await call('GET', '/persons/G_00000000-0000-4000-8000-000000000000'), 404)
					.Code,
				'NotFound',
			);
			expectStatus(await call('GET', '/persons/not-an-id'), 404);
			expectStatus(await call('GET', `/persons/${fx.activity0}`), 404);
			const res = await call('DELETE', `/persons/${fx.person}`);
			expectStatus(res, 405);
			assert.match(res.headers.get('allow'), /GET/);
			const bad = await fetch(`${sb.url}/persons`, {
				method: 'POST',
				headers: { Authorization: `Bearer ${sb.apiKey}`, 'Content-Type': 'application/json' },
				body: '{"FirstName":',
			});
			assert.equal(bad.status, 400);
		},
	);

	await step(
		'every list: envelope, seeded count, default fields only; every get by lower-case id',
		async () => {
			for (const r of schema.resources) {
				const defaults = r.fields
					.filter((f) => f.visibility !== 'request')
					.map((f) => f.name)
					.sort();
				const { items } = await pageAll(`/${r.slug}`, 1000);
				assert.equal(items.length, EXPECTED_COUNTS[r.slug], `${r.slug} count`);
				const page = ok(await call('GET', `/${r.slug}?limit=1`));
				assert.deepEqual(Object.keys(page), ['Offset', 'Count', 'HasMore', 'Items', 'Date']);
				assert.match(page.Date, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}$/);
				assert.deepEqual(Object.keys(page.Items[0]).sort(), defaults, `${r.slug} default fields`);
				assert.equal(page.Items[0].Type, r.name);
				firstIds[r.slug] = page.Items[0].ID;
				const one = ok(await call('GET', `/${r.slug}/${lower(page.Items[0].ID)}`));
				assert.deepEqual(one, page.Items[0]);
				assert.match(one.ID, /^[GE]_[0-9a-f-]{36}$/);
			}
			assert.match(firstIds.activityresults, /^E_/);
		},
	);

	await step('paging: offset/limit, HasMore, bounds', async () => {
		const { items, pages } = await pageAll('/persons', 20);
		assert.equal(items.length, 50);
		assert.equal(new Set(items.map((p) => p.ID)).size, 50);
		assert.deepEqual(pages, [
			{ Offset: 0, Count: 20, HasMore: true },
			{ Offset: 20, Count: 20, HasMore: true },
			{ Offset: 40, Count: 10, HasMore: false },
		]);
		const beyond = ok(await call('GET', '/persons?offset=500&limit=10'));
		assert.deepEqual([beyond.Count, beyond.HasMore, beyond.Items.length], [0, false, 0]);
		assert.equal(ok(await call('GET', '/persons')).Count, 50, 'default limit 100');
		for (const q of ['limit=0', 'limit=1001', 'offset=-1', 'limit=abc', 'stream=maybe']) {
			assert.equal(expectStatus(await call('GET', `/persons?${q}`), 400).Code, 'BadRequest', q);
		}
	});

	await step(
		'property selection and expand on list and get; filter logged, not applied',
		async () => {
			const p = `/persons/${fx.person}`;
			const inc = ok(
				await call(
					'GET',
					`${p}?includedProperties=DisplayName,CreateDate,ModifiedDate,ClassID,ClassName`,
				),
			);
			assert.equal(inc.DisplayName, 'Johnny Doe');
			assert.match(inc.CreateDate, /\.\d{7}$/);
			assert.equal(typeof inc.ClassID, 'number');
			assert.equal(inc.ClassName, 'Person');
			const exc = ok(await call('GET', `${p}?excludedProperties=Email,ExternalID,ID`));
			assert.deepEqual(Object.keys(exc).sort(), ['FirstName', 'ID', 'LastName', 'Tag', 'Type']);
			const spec = ok(await call('GET', `${p}?specificProperties=email`));
			assert.deepEqual(spec, { Email: 'john@example.com', ID: fx.person });
			const list = ok(await call('GET', '/persons?limit=3&specificProperties=FirstName'));
			assert.deepEqual(Object.keys(list.Items[0]), ['FirstName', 'ID']);
			const unknown = expectStatus(await call('GET', `${p}?includedProperties=Nope`), 400);
			assert.equal(unknown.Field, 'includedProperties');
			assert.match(unknown.Message, /Nope/);
			expectStatus(await call('GET', `${p}?expand=Email`), 400);
			const exp = ok(await call('GET', `${p}?expand=ParentMemberships`));
			assert.equal(exp.ParentMemberships.length, 3);
			assert.equal(exp.ParentMemberships[0].Type, 'PersonGroupMemberships');
			assert.equal(exp.ParentMemberships[0].Member, fx.person);
			const todos = ok(await call('GET', '/todos?expand=Of,On'));
			assert.equal(todos.Items[0].Of.ID, fx.person);
			assert.equal(todos.Items[0].Of.Type, 'Persons');
			assert.equal(todos.Items[0].On.Name, 'Welcome to the Company');
			const filtered = await call(
				'GET',
				`/persons?limit=5&filter=${encodeURIComponent('FirstName EQUALS John')}`,
			);
			assert.equal(ok(filtered).Count, 5);
			assert.equal(filtered.headers.get('x-sandbox-filter'), 'ignored');
			assert.equal(sb.requests.at(-1).query.filter, 'FirstName EQUALS John');
		},
	);

	const created = {};
	await step(
		'create: 10 endpoints return the full object; readonly / unknown / maxLength / required → 400',
		async () => {
			const bodies = {
				persons: {
					FirstName: 'Ada',
					LastName: 'Lovelace',
					Email: 'ada@example.com',
					ExternalID: 'ada01',
					BirthDate: '1990-12-10',
					ExtraData: { Team: 'R&D' },
					Tag: 'new',
				},
				persongroups: { GroupName: 'Night shift', Tag: 'shift' },
				eventpersongroups: { GroupName: 'Summer event', Code: 'EVT-9' },
				externalpersongroups: { GroupName: 'Google Workspace' },
				roles: { RoleName: 'Auditor' },
				persongroupmemberships: () => ({
					Member: lower(created.persons.ID),
					MemberOf: created.persongroups.ID,
					StartDate: '2026-01-01T00:00:00',
				}),
				membershiproles: () => ({
					Membership: created.persongroupmemberships.ID,
					Role: created.roles.ID,
				}),
				portfolioentries: () => ({
					Of: created.persons.ID,
					PortfolioType: 'ManualOther',
					Name: 'Conference talk',
					Credits: 0.5,
				}),
				activitygroupmemberships: { Member: fx.activity4, MemberOf: fx.program0, SortOrder: 9 },
				todos: () => ({ Of: created.persons.ID, On: fx.activity3, Mandatory: true }),
			};
			for (const [slug, make] of Object.entries(bodies)) {
				const body = typeof make === 'function' ? make() : make;
				const res = schema.resources.find((r) => r.slug === slug);
				const obj = ok(await call('POST', `/${slug}`, { body }));
				assert.deepEqual(
					Object.keys(obj).sort(),
					res.fields.map((f) => f.name).sort(),
					`${slug} full object`,
				);
				assert.match(obj.ID, /^G_/);
				assert.equal(obj.Type, res.name);
				assert.equal(obj.CreateDate, obj.ModifiedDate);
				created[slug] = obj;
			}
			assert.equal(created.persons.BirthDate, '1990-12-10T00:00:00');
			assert.equal(
				created.persongroupmemberships.Member,
				created.persons.ID,
				'ids normalised to G_',
			);
			const ada = ok(
				await call('GET', `/persons/${created.persons.ID}?includedProperties=ParentMemberships`),
			);
			assert.deepEqual(ada.ParentMemberships, [created.persongroupmemberships.ID]);
			const cases = [
				['persons', { ID: 'G_x' }, 'ID'],
				['persons', { CreateDate: '2026-01-01' }, 'CreateDate'],
				['persons', { Nope: 1 }, 'Nope'],
				['persons', { Tag: 'x'.repeat(101) }, 'Tag'],
				['persons', { FirstName: 'x'.repeat(256) }, 'FirstName'],
				['persons', { FirstName: 42 }, 'FirstName'],
				['persons', { BirthDate: 'yesterday' }, 'BirthDate'],
				['portfolioentries', { Of: created.persons.ID, PortfolioType: 'Bogus' }, 'PortfolioType'],
				['portfolioentries', { Name: 'no owner' }, 'Of'],
				['persongroupmemberships', { Member: created.persons.ID }, 'MemberOf'],
				[
					'persongroupmemberships',
					{ Member: created.persons.ID, MemberOf: fx.activity0 },
					'MemberOf',
				],
				[
					'persongroupmemberships',
					{ Member: created.persons.ID, MemberOf: created.persongroups.ID },
					'MemberOf',
				],
				['todos', { Of: 'G_00000000-0000-4000-8000-000000000000', On: fx.activity0 }, 'Of'],
			];
			for (const [slug, body, field] of cases) {
				const err = expectStatus(await call('POST', `/${slug}`, { body }), 400);
				assert.equal(
					err.Field,
					field,
					`${slug} ${JSON.stringify(body).slice(0, 60)} → ${err.Message}`,
				);
			}
			expectStatus(await call('POST', '/persons', { body: [] }), 400);
		},
	);

	await step(
		'modify: 10 PUT endpoints; immutable → 400; omitted fields unchanged; ModifiedDate moves',
		async () => {
			sb.clock.advance(1000);
			const puts = {
				persons: [created.persons.ID, { LastName: 'King' }],
				persongroups: [created.persongroups.ID, { GroupName: 'Late shift' }],
				eventpersongroups: [created.eventpersongroups.ID, { Code: 'EVT-10' }],
				externalpersongroups: [created.externalpersongroups.ID, { Tag: 'gws' }],
				membershiproles: [created.membershiproles.ID, { Tag: 'audit' }],
				persongroupmemberships: [
					created.persongroupmemberships.ID,
					{ MemberOf: fx.support, EndDate: '2026-12-31T00:00:00' },
				],
				ratings: [fx.rating, { Rating: 55 }],
				activitygroupmemberships: [
					created.activitygroupmemberships.ID,
					{ MemberOf: fx.program1, SortOrder: 1 },
				],
				authorizations: [fx.authorization, { EndDate: '2027-06-30T00:00:00' }],
				todos: [created.todos.ID, { Recommended: true }],
			};
			for (const [slug, [id, body]] of Object.entries(puts)) {
				const obj = ok(await call('PUT', `/${slug}/${lower(id)}`, { body }));
				for (const [k, v] of Object.entries(body)) assert.equal(obj[k], v, `${slug}.${k}`);
				assert.ok(obj.ModifiedDate > obj.CreateDate, `${slug} ModifiedDate`);
			}
			const person = ok(
				await call('GET', `/persons/${created.persons.ID}?includedProperties=DisplayName`),
			);
			assert.equal(person.FirstName, 'Ada');
			assert.equal(person.LastName, 'King');
			assert.equal(
				expectStatus(
					await call('PUT', `/todos/${created.todos.ID}`, { body: { Of: fx.person } }),
					400,
				).Field,
				'Of',
			);
			assert.equal(
				expectStatus(
					await call('PUT', `/persongroupmemberships/${created.persongroupmemberships.ID}`, {
						body: { Deleted: true },
					}),
					400,
				).Field,
				'MemberOf',
			);
			assert.equal(
				expectStatus(await call('PUT', `/ratings/${fx.rating}`, { body: { Rating: 'high' } }), 400)
					.Field,
				'Rating',
			);
			expectStatus(
				await call('PUT', `/ratings/G_00000000-0000-4000-8000-000000000000`, { body: {} }),
				404,
			);
		},
	);

	await step('delete: 3 endpoints → 204 empty, then 404; derived fields follow', async () => {
		for (const slug of ['persongroupmemberships', 'activitygroupmemberships', 'todos']) {
			const res = await call('DELETE', `/${slug}/${lower(created[slug].ID)}`);
			assert.equal(res.status, 204);
			assert.equal(res.text, '');
			expectStatus(await call('GET', `/${slug}/${created[slug].ID}`), 404);
			expectStatus(await call('DELETE', `/${slug}/${created[slug].ID}`), 404);
		}
		const person = ok(
			await call('GET', `/persons/${created.persons.ID}?includedProperties=ParentMemberships`),
		);
		assert.deepEqual(person.ParentMemberships, []);
	});

	await step(
		'stream=true list: SSE, one data event per item, chunked, offset/limit ignored',
		async () => {
			const { events, chunks, error } = await readSse(
				'GET',
				'/persons?stream=true&limit=5&offset=10&specificProperties=Email',
			);
			assert.equal(error, null);
			assert.equal(events.length, 51);
			assert.deepEqual(Object.keys(events[0]), ['Email', 'ID']);
			assert.ok(chunks > 3, `expected several chunks, got ${chunks}`);
			const groups = await readSse('GET', '/authorizables?stream=true');
			assert.equal(groups.events.length, ok(await call('GET', '/authorizables?limit=1000')).Count);
			assert.equal(groups.events[0].Type, 'Authorizables');
		},
	);

	let cursor;
	await step('report: full run, line shapes, report.finished last with the cursor', async () => {
		const lines = ok(
			await call('POST', `/persons/${lower(fx.person)}/.report`, {
				body: reportBody({ DeltaDate: null, ReferenceDate: null }),
			}),
		);
		const results = resultLines(lines);
		assert.equal(results.length, 4, 'person 0: 2 activity, 1 certificate, 1 classroom result');
		const typeFields = Object.fromEntries(schema.types.map((t) => [t.discriminator, t.fields]));
		assert.deepEqual(Object.keys(results[0]), typeFields['report.activity.result']);
		assert.equal(results[0].Result, fx.activityResult);
		assert.equal(results[0].Status, 40);
		assert.equal(results[0].Authorizable, fx.person);
		const fin = finishedOf(lines);
		assert.equal(fin.length, 1);
		assert.equal(lines.at(-1).Type, 'report.finished');
		assert.deepEqual(Object.keys(fin[0]), typeFields['report.finished']);
		assert.equal(fin[0].DeltaDate, null);
		assert.match(fin[0].ReferenceDate, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}$/);
		cursor = fin[0].ReferenceDate;
		const all = ok(
			await call('POST', `/persons/${fx.person}/.report`, {
				body: reportBody({
					Verbose: true,
					IncludeGroupSummary: true,
					IncludeProgramSummary: true,
					IncludeParentActivityStructure: true,
				}),
			}),
		);
		const types = new Set(all.map((l) => l.Type));
		for (const t of typeFields['report.finished']
			? Object.keys(typeFields).filter((k) => k.startsWith('report.'))
			: [])
			assert.ok(types.has(t), `missing ${t}`);
		assert.deepEqual(
			Object.keys(all.find((l) => l.Type === 'report.program.result')),
			typeFields['report.program.result'],
		);
		assert.deepEqual(
			Object.keys(all.find((l) => l.Type === 'report.program.summary')),
			typeFields['report.program.summary'],
		);
		assert.deepEqual(
			Object.keys(all.find((l) => l.Type === 'report.message')),
			typeFields['report.message'],
		);
		assert.equal(
			expectStatus(
				await call('POST', `/persons/${fx.person}/.report`, { body: { DeltaDate: 'soon' } }),
				400,
			).Field,
			'DeltaDate',
		);
		assert.equal(
			expectStatus(
				await call('POST', `/persons/${fx.person}/.report`, {
					body: { ActivityAttemptMode: 'Worst' },
				}),
				400,
			).Field,
			'ActivityAttemptMode',
		);
	});

	await step(
		'report delta cycle: nothing new → none; addResult → exactly that line; cursor exclusive',
		async () => {
			const again = ok(
				await call('POST', `/persons/${fx.person}/.report`, {
					body: reportBody({ DeltaDate: cursor }),
				}),
			);
			assert.equal(resultLines(again).length, 0);
			const fin = finishedOf(again)[0];
			assert.equal(fin.DeltaDate, cursor);
			assert.ok(fin.ReferenceDate > cursor);
			sb.clock.advance(60000);
			const added = sb.addResult({
				person: fx.person,
				activityStructure: fx.activity2,
				status: 'Passed',
				score: 91,
			});
			assert.match(added.ID, /^E_/);
			assert.equal(added.Status, 'Passed');
			const delta = ok(
				await call('POST', `/persons/${fx.person}/.report`, {
					body: reportBody({ DeltaDate: fin.ReferenceDate }),
				}),
			);
			assert.deepEqual(
				resultLines(delta).map((l) => l.Result),
				[added.ID],
			);
			assert.equal(resultLines(delta)[0].Status, 40);
			const next = finishedOf(delta)[0].ReferenceDate;
			assert.equal(
				resultLines(
					ok(
						await call('POST', `/persons/${fx.person}/.report`, {
							body: reportBody({ DeltaDate: next }),
						}),
					),
				).length,
				0,
			);
			// Same through the control route and an update of an existing result, seen from the group side.
			const ctl = await fetch(`${sb.origin}/__sandbox/results`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({
					person: fx.persons[1],
					activityStructure: fx.activity0,
					status: 'Failed',
				}),
			});
			assert.equal(ctl.status, 201);
			const fromCtl = await ctl.json();
			sb.updateResult(fx.activityResultBusy, { status: 'Passed', score: 77 });
			const groupDelta = ok(
				await call('POST', `/persongroups/${fx.allStaff}/.report`, {
					body: reportBody({ DeltaDate: next }),
				}),
			);
			assert.deepEqual(
				resultLines(groupDelta)
					.map((l) => l.Result)
					.sort(),
				[fromCtl.ID, fx.activityResultBusy].sort(),
			);
			const bounded = ok(
				await call('POST', `/persons/${fx.person}/.report`, {
					body: reportBody({ ReferenceDate: cursor }),
				}),
			);
			// The busy result was modified after the cursor, so it no longer counts as of that date.
			assert.equal(resultLines(bounded).length, 3, 'ReferenceDate bounds the report');
			assert.equal(finishedOf(bounded)[0].ReferenceDate, cursor);
		},
	);

	await step(
		'report.finished placement: first / middle / missing faults, sandbox setting',
		async () => {
			const path = `/persons/${fx.person}/.report`;
			sb.injectFault({ path, reportFinished: 'first' });
			assert.equal(ok(await call('POST', path, { body: reportBody() }))[0].Type, 'report.finished');
			sb.injectFault({ path, reportFinished: 'middle' });
			const mid = ok(await call('POST', path, { body: reportBody() }));
			const at = mid.findIndex((l) => l.Type === 'report.finished');
			assert.ok(at > 0 && at < mid.length - 1, `middle index ${at} of ${mid.length}`);
			const viaHttp = await fetch(`${sb.origin}/__sandbox/faults`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ path, reportFinished: 'missing' }),
			});
			assert.equal(viaHttp.status, 201);
			assert.equal(finishedOf(ok(await call('POST', path, { body: reportBody() }))).length, 0);
			assert.equal(
				ok(await call('POST', path, { body: reportBody() })).at(-1).Type,
				'report.finished',
				'faults are one-shot',
			);
			sb.settings.reportFinished = 'first';
			assert.equal(ok(await call('POST', path, { body: reportBody() }))[0].Type, 'report.finished');
			sb.settings.reportFinished = 'last';
		},
	);

	await step(
		'report stream=true: SSE lines incl. report.finished; cut mid-record drops the connection',
		async () => {
			const path = `/persongroups/${fx.allStaff}/.report?stream=true`;
			const full = await readSse('POST', path, reportBody());
			assert.equal(full.error, null);
			assert.ok(resultLines(full.events).length >= 20);
			assert.equal(full.events.at(-1).Type, 'report.finished');
			sb.injectFault({ path: `/persongroups/${fx.allStaff}/.report`, cutAfter: 3 });
			const cut = await readSse('POST', path, reportBody());
			assert.equal(cut.events.length, 3);
			assert.ok(cut.error, 'client sees a broken stream');
			assert.match(cut.partial, /^data: \{"Type":"report/);
			assert.equal(finishedOf(cut.events).length, 0);
			sb.injectFault({ path: '/persons', cutAfter: 10 });
			const list = await readSse('GET', '/persons?stream=true');
			assert.equal(list.events.length, 10);
			assert.ok(list.error);
			sb.injectFault({ path: `/persons/${fx.person}/.report`, cutAfter: 1 });
			await assert.rejects(call('POST', `/persons/${fx.person}/.report`, { body: reportBody() }));
		},
	);

	await step('all 13 .report endpoints answer an array with one report.finished', async () => {
		const reportable = schema.resources.filter((r) =>
			r.endpoints.some((e) => e.operation === 'report'),
		);
		assert.equal(reportable.length, 13);
		const subject = {
			persongroups: fx.allStaff,
			activitygroups: fx.program0,
			activitystructures: fx.program1,
			roles: fx.roleManager,
			todos: fx.todo,
			learnauthorizations: fx.learnAuthorization,
		};
		for (const r of reportable) {
			const id = subject[r.slug] || firstIds[r.slug];
			const lines = ok(
				await call('POST', `/${r.slug}/${lower(id)}/.report`, {
					body: reportBody({ IncludeGroupSummary: true }),
				}),
			);
			assert.equal(finishedOf(lines).length, 1, r.slug);
		}
		const roleLines = resultLines(
			ok(await call('POST', `/roles/${fx.roleManager}/.report`, { body: reportBody() })),
		);
		assert.ok(roleLines.length > 0 && roleLines.every((l) => l.Authorizable === fx.person));
		const prog = resultLines(
			ok(
				await call('POST', `/activitygroups/${fx.program0}/.report`, {
					body: reportBody({ Authorizables: [fx.person] }),
				}),
			),
		);
		assert.ok(prog.length >= 2 && prog.every((l) => l.Authorizable === fx.person));
	});

	await step('group .progress / .activityrecords / .queryeventlog (JSON and stream)', async () => {
		for (const [slug, id] of [
			['persongroups', fx.sales],
			['eventpersongroups', fx.eventGroup],
			['externalpersongroups', fx.externalGroup],
		]) {
			const statuses = ok(
				await call('POST', `/${slug}/${id}/.progress`, {
					body: { ActivityStructure: fx.activity0, AttemptMode: 'Best' },
				}),
			);
			assert.ok(statuses.length > 0);
			assert.deepEqual(
				Object.keys(statuses[0]),
				schema.types.find((t) => t.name === 'ActivityStatus').fields,
			);
			const streamed = await readSse('POST', `/${slug}/${id}/.progress?stream=true`, {
				ActivityStructure: fx.program0,
			});
			assert.equal(streamed.events.length, statuses.length);
			const records = ok(
				await call('POST', `/${slug}/${id}/.activityrecords`, {
					body: { StartedAfter: '2025-01-01T00:00:00' },
				}),
			);
			assert.ok(records.length > 0, `${slug} activity records`);
			assert.ok(
				records.every(
					(l) => l.Type === 'activityrecord.activity' || l.Type === 'activityrecord.training',
				),
			);
			expectStatus(await call('POST', `/${slug}/${id}/.progress`, { body: {} }), 400);
		}
		const training = ok(
			await call('POST', `/persongroups/${fx.allStaff}/.activityrecords`, { body: {} }),
		).filter((l) => l.Type === 'activityrecord.training');
		assert.equal(training.length, 3, 'three present attendances');
		const log = ok(
			await call('POST', `/externalpersongroups/${fx.externalGroup}/.queryeventlog`, {
				body: { Limit: 3 },
			}),
		);
		assert.equal(log.length, 3);
		assert.equal(log[0].LogID, 1);
		assert.equal(
			ok(
				await call('POST', `/externalpersongroups/${fx.externalGroup}/.queryeventlog`, {
					body: { Search: 'skipped' },
				}),
			).length,
			1,
		);
		const s = await readSse(
			'POST',
			`/externalpersongroups/${fx.externalGroup}/.queryeventlog?stream=true`,
			{},
		);
		assert.equal(s.events.length, 5);
	});

	await step('external group user sync: add / remove / sync change memberships', async () => {
		const g = `/externalpersongroups/${fx.externalGroup2}`;
		const members = async () =>
			(
				ok(await call('POST', `${g}/.progress`, { body: { ActivityStructure: fx.activity0 } })) ||
				[]
			)
				.map((s) => s.Person)
				.sort();
		const users = [
			{ Email: 'new.user@example.com', FirstName: 'New', LastName: 'User' },
			{ Email: 'john@example.com' },
		];
		assert.deepEqual(
			ok(await call('POST', `${g}/.addusers`, { body: { Users: users, Test: true } })),
			{ Success: true },
		);
		assert.deepEqual(await members(), []);
		assert.deepEqual(ok(await call('POST', `${g}/.addusers`, { body: { Users: users } })), {
			Success: true,
		});
		assert.equal((await members()).length, 2);
		ok(
			await call('POST', `${g}/.removeusers`, { body: { Users: [{ Email: 'JOHN@example.com' }] } }),
		);
		assert.equal((await members()).length, 1);
		ok(
			await call('POST', `${g}/.syncusers`, {
				body: { Users: { a: { Email: 'john@example.com' } } },
			}),
		);
		assert.deepEqual(await members(), [fx.person]);
		assert.equal(
			expectStatus(await call('POST', `${g}/.syncusers`, { body: {} }), 400).Field,
			'Users',
		);
		assert.equal(
			expectStatus(
				await call('POST', `${g}/.addusers`, { body: { Users: [{ FirstName: 'x' }] } }),
				400,
			).Field,
			'Users',
		);
		const token = ok(
			await call('POST', `${g}/.exchangemsgraphtoken`, { body: { Token: 'eyJ0eXAi' } }),
		);
		assert.equal(token.TokenType, 'Bearer');
		expectStatus(await call('POST', `${g}/.exchangemsgraphtoken`, { body: {} }), 400);
	});

	await step('person calls: impersonations, SSO URL, progress, recertify', async () => {
		const p = `/persons/${lower(fx.persons[2])}`;
		const email = ok(
			await call('POST', `${p}/.createemailimpersonation`, {
				body: { LoginEmail: 'lucas@example.com' },
			}),
		);
		assert.deepEqual(email, {
			ContactEmail: 'lucas@example.com',
			UserUniqueID: 'email:lucas@example.com',
			UserIsNew: true,
			ImpersonationIsNew: true,
			MailSent: true,
		});
		assert.equal(
			ok(
				await call('POST', `${p}/.createemailimpersonation`, {
					body: { LoginEmail: 'lucas@example.com' },
				}),
			).UserIsNew,
			false,
		);
		const user = ok(
			await call('POST', `${p}/.createusernameimpersonation`, { body: { Username: 'usr.lucas' } }),
		);
		assert.equal(user.UserUniqueID, 'username:usr.lucas');
		expectStatus(await call('POST', `${p}/.createusernameimpersonation`, { body: {} }), 400);
		const sso = ok(
			await call('POST', `${p}/.createsinglesignonurl`, {
				body: { ActivityMode: 'Review', StartActivityStructure: fx.program0 },
			}),
		);
		assert.ok(sso.URL.startsWith(sb.origin));
		assert.equal(sso.StartupOptions.ActivityMode, 'Review');
		expectStatus(
			await call('POST', `${p}/.createsinglesignonurl`, { body: { ActivityMode: 'Sideways' } }),
			400,
		);
		const prog = ok(
			await call('POST', `/persons/${fx.person}/.progress`, {
				body: { ActivityStructure: fx.activity0 },
			}),
		);
		assert.equal(prog.Status, 40);
		assert.equal(prog.Completed, true);
		const programStatus = ok(
			await call('POST', `/persons/${fx.person}/.progress`, {
				body: { ActivityStructure: fx.program0 },
			}),
		);
		assert.equal(programStatus.MaxProgress, 4);
		assert.equal(
			ok(
				await call('POST', `/persons/${fx.persons[9]}/.progress`, {
					body: { ActivityStructure: fx.classroomTraining1 },
				}),
			).Status,
			-1,
		);
		const re = ok(
			await call('POST', `/persons/${fx.person}/.recertify`, {
				body: { Certificate: fx.certificateActivity0 },
			}),
		);
		assert.deepEqual(re, {
			Success: true,
			RestartedActivities: [fx.certificateActivity0],
			MailSent: true,
		});
		assert.equal(
			ok(
				await call('POST', `/persons/${fx.persons[5]}/.recertify`, {
					body: { Certificate: fx.certificateActivity0 },
				}),
			).Success,
			false,
		);
		expectStatus(
			await call('POST', `/persons/${fx.person}/.recertify`, {
				body: { Certificate: fx.activity0 },
			}),
			400,
		);
	});

	await step('certificates: PDF download, unavailable → 400, verifyqr strings', async () => {
		const res = await call(
			'POST',
			`/certificateresults/${lower(fx.certificateResult)}/.downloadphysicalcertificate`,
			{ body: {} },
		);
		assert.equal(res.status, 200);
		assert.equal(res.headers.get('content-type'), 'application/pdf');
		assert.match(
			res.headers.get('content-disposition'),
			/attachment; filename="Certificate_Certified_Onboarding_Johnny_Doe\.pdf"/,
		);
		assert.equal(res.buf.subarray(0, 5).toString(), '%PDF-');
		assert.match(res.buf.toString('latin1'), /%%EOF\n$/);
		assert.equal(
			expectStatus(
				await call(
					'POST',
					`/certificateresults/${fx.certificateResultBusy}/.downloadphysicalcertificate`,
					{ body: {} },
				),
				400,
			).Code,
			'CertificateNotAvailable',
		);
		expectStatus(
			await call('POST', `/certificateresults/${fx.activityResult}/.downloadphysicalcertificate`, {
				body: {},
			}),
			404,
		);
		const valid = ok(
			await call('POST', '/certificateresults/.verifyqr', {
				body: { Data: `GROWSPARKS-CERT:${fx.certificateResult}` },
			}),
		);
		assert.match(valid, /^Valid: Certified Onboarding for Johnny Doe/);
		assert.match(
			ok(await call('POST', '/certificateresults/.verifyqr', { body: { Data: 'garbage' } })),
			/^Invalid/,
		);
		expectStatus(await call('POST', '/certificateresults/.verifyqr', { body: {} }), 400);
	});

	await step('classroom: subscribe (idempotent), unsubscribe, scriptlet execute', async () => {
		const subId = ok(
			await call('POST', `/executions/${fx.execution1}/.subscribe`, {
				body: { Person: fx.persons[7] },
			}),
		);
		assert.match(subId, /^G_/);
		assert.equal(
			ok(
				await call('POST', `/executions/${fx.execution1}/.subscribe`, {
					body: { Person: fx.persons[7] },
				}),
			),
			subId,
		);
		const sub = ok(await call('GET', `/subscriptions/${subId}`));
		assert.equal(sub.SubscriptionStatus, 'Approved');
		assert.match(sub.Result, /^E_/);
		assert.equal(
			ok(await call('POST', `/subscriptions/${lower(subId)}/.unsubscribe`, { body: {} })),
			'Unsubscribed',
		);
		assert.equal(ok(await call('GET', `/subscriptions/${subId}`)).Deleted, true);
		expectStatus(await call('POST', `/subscriptions/${subId}/.unsubscribe`, { body: {} }), 400);
		expectStatus(
			await call('POST', `/executions/${fx.execution1}/.subscribe`, {
				body: { Person: fx.activity0 },
			}),
			400,
		);
		const run = ok(
			await call('POST', `/scriptlets/${fx.scriptlet}/.execute`, {
				body: { Parameters: { Year: 2026 } },
			}),
		);
		assert.equal(run.Success, true);
		assert.deepEqual(run.Output.Parameters, { Year: 2026 });
		expectStatus(await call('POST', `/scriptlets/${fx.scriptlet}/.execute`, { body: {} }), 400);
	});

	await step('merge: source person gone, its references moved to the target', async () => {
		const [source, target] = [fx.persons[3], fx.persons[4]];
		const before = resultLines(
			ok(await call('POST', `/persons/${source}/.report`, { body: reportBody() })),
		).map((l) => l.Result);
		assert.ok(before.length > 0);
		assert.deepEqual(
			ok(await call('POST', `/persons/${lower(source)}/.merge`, { body: { Target: target } })),
			{},
		);
		expectStatus(await call('GET', `/persons/${source}`), 404);
		const after = resultLines(
			ok(await call('POST', `/persons/${target}/.report`, { body: reportBody() })),
		).map((l) => l.Result);
		for (const id of before) assert.ok(after.includes(id), `result ${id} moved`);
		assert.equal(
			ok(await call('GET', `/persons?limit=1000`)).Count,
			51,
			'50 seeded + Ada + new.user - merged',
		);
		expectStatus(
			await call('POST', `/persons/${target}/.merge`, { body: { Target: target } }),
			400,
		);
		expectStatus(
			await call('POST', `/persons/${target}/.merge`, { body: { Target: source } }),
			400,
		);
	});

	await step('framework faults: 429 + Retry-After, 503, delay, truncate, reset', async () => {
		sb.injectFault({ path: '/persons', retryAfter: 2 });
		const limited = await call('GET', '/persons?limit=1');
		assert.equal(expectStatus(limited, 429).Code, 'TooManyRequests');
		assert.equal(limited.headers.get('retry-after'), '2');
		sb.injectFault({ method: 'GET', path: `/persons/${fx.person}`, status: 503 });
		assert.equal(
			expectStatus(await call('GET', `/persons/${fx.person}`), 503).Code,
			'ServiceUnavailable',
		);
		sb.injectFault({ path: '/roles', delayMs: 150 });
		const t0 = Date.now();
		ok(await call('GET', '/roles'));
		assert.ok(Date.now() - t0 >= 140);
		sb.injectFault({ path: '/roles', truncate: true });
		await assert.rejects(call('GET', '/roles'));
		sb.injectFault({ path: '/roles', reset: true });
		await assert.rejects(call('GET', '/roles'));
		ok(await call('GET', '/roles'));
		assert.throws(() => sb.injectFault({ path: '/roles', cutAfter: 1, status: 500 }));
	});

	await step(
		'clock: set/advance drive envelope Date and result stamps; control route',
		async () => {
			sb.clock.set('2031-05-01T10:00:00');
			assert.match(ok(await call('GET', '/roles')).Date, /^2031-05-01T10:00/);
			const r = await fetch(`${sb.origin}/__sandbox/clock`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ advance: 3600000 }),
			});
			assert.match((await r.json()).now, /^2031-05-01T11:00/);
			const added = sb.addResult({
				person: fx.persons[1],
				activityStructure: fx.certificateActivity1,
				status: 'Passed',
			});
			assert.match(added.CreateDate, /^2031-05-01T11:00/);
			assert.match(added.ValidUntil, /^2033-/);
		},
	);

	harvestCoverage();
	await step('every documented endpoint answered 2xx at least once', () => {
		const missing = ENDPOINTS.filter((e) => !covered.has(e));
		assert.deepEqual(missing, []);
		assert.equal(covered.size, 126);
	});

	await step('reset re-seeds in place; same seed → same ids', async () => {
		const stateRef = sb.state;
		const res = await fetch(`${sb.origin}/__sandbox/reset`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: '{"persons": 20}',
		});
		assert.equal(res.status, 200);
		assert.equal(stateRef, sb.state);
		assert.equal(ok(await call('GET', '/persons?limit=1000')).Count, 20);
		assert.equal(sb.fixtures.person, fx.person);
		assert.equal(sb.fixtures.allStaff, fx.allStaff);
		await sb.reset({ persons: 50 });
		assert.deepEqual(sb.fixtures, fx);
		const other = await startGrowsparksSandbox({ seed: 7 });
		try {
			assert.notEqual(other.fixtures.person, fx.person);
		} finally {
			await other.close();
		}
	});

	await sb.close();

	await step(
		'100 000 persons: paging limit=1000 and the SSE stream return every person once',
		async () => {
			const t0 = process.hrtime.bigint();
			sb = await startGrowsparksSandbox({ persons: 100000 });
			const startupMs = Number(process.hrtime.bigint() - t0) / 1e6;
			try {
				const t1 = Date.now();
				const { items, pages } = await pageAll('/persons', 1000);
				const pagingMs = Date.now() - t1;
				assert.equal(items.length, 100000);
				assert.equal(pages.length, 100);
				assert.equal(new Set(items.map((p) => p.ID)).size, 100000);
				const t2 = Date.now();
				const streamed = await readSse('GET', '/persons?stream=true&specificProperties=ID');
				const streamMs = Date.now() - t2;
				assert.equal(streamed.events.length, 100000);
				console.log(
					`     100k persons: startup ${startupMs.toFixed(0)} ms, 100 pages in ${pagingMs} ms, SSE in ${streamMs} ms`,
				);
			} finally {
				await sb.close();
			}
		},
	);

	checklist.finish();
}

main().catch(async (err) => {
	console.error(err);
	if (sb) await sb.close().catch(() => {});
	process.exit(1);
});
