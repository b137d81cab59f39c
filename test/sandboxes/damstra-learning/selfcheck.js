#!/usr/bin/env node
'use strict';

/*
 * Plain-node self check of the Velpic sandbox: every one of the 38 endpoints, auth, paging,
 * faults, webhooks, reset and the 20 000-user startup budget. Exits 1 on any mismatch.
 *   node test/sandboxes/damstra-learning/selfcheck.js
 */
const { createChecklist } = require('../framework/checklist');
const http = require('node:http');
const assert = require('node:assert/strict');
const { startDamstraLearningSandbox } = require('./index');

const ENDPOINTS = [
	'GET /user',
	'GET /user/:userId',
	'POST /user',
	'POST /user/:userId',
	'POST /bulkUserImport',
	'POST /user/:userId/activate',
	'POST /user/:userId/inactivate',
	'POST /user/:userId/generate_login_url',
	'GET /group',
	'GET /group/:groupId',
	'POST /group',
	'POST /group/:groupId',
	'GET /group/:groupId/member',
	'POST /group/:groupId/add_members',
	'POST /group/:groupId/remove_members',
	'GET /group/:groupId/supervisor',
	'POST /group/:groupId/add_supervisors',
	'POST /group/:groupId/remove_supervisors',
	'POST /group/:groupId/inactivate',
	'GET /lesson',
	'GET /lessondetails',
	'GET /lesson_schedule/:lessonScheduleId',
	'GET /user/:userId/lesson_schedule',
	'POST /user/:userId/lesson_schedule',
	'POST /lesson_schedule/:userId/complete_lesson',
	'GET /lesson_schedule/:lessonScheduleId/certificate',
	'GET /ilt_session',
	'GET /ilt_session/:iltSessionId',
	'POST /ilt_session',
	'PATCH /ilt_session/:iltSessionId',
	'POST /ilt_session/:iltSessionId/complete',
	'POST /ilt_session/:iltSessionId/cancel_session',
	'POST /ilt_session/:iltSessionId/bulk_register',
	'POST /ilt_session/:iltSessionId/bulk_deregister',
	'GET /ilt_session/:iltSessionId/attendees',
	'POST /ilt_session/:iltSessionId/save_progress',
	'GET /embed_player',
	'GET /embed_player/version/:lessonScheduleId',
];

const checklist = createChecklist();
const { step } = checklist;
let sb;
const covered = new Set();

function harvestCoverage() {
	for (const r of sb.requests)
		if (r.route && r.status >= 200 && r.status < 300) covered.add(r.route.replace('/api/v2', ''));
}

async function call(method, path, { body, key = sb.accessKey, headers = {}, raw = false } = {}) {
	const h = { 'Content-Type': 'application/json', ...headers };
	if (key !== null) h.AccessKey = key;
	const res = await fetch(sb.url + path, {
		method,
		headers: h,
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const buf = Buffer.from(await res.arrayBuffer());
	const text = buf.toString('utf8');
	let json;
	if (!raw && text && (res.headers.get('content-type') || '').includes('json'))
		json = JSON.parse(text);
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
const ids = (list) => list.map((x) => x.id);

async function pageAll(path, size) {
	const out = [];
	const metas = [];
	for (let start = 0; ; ) {
		const sep = path.includes('?') ? '&' : '?';
		const page = ok(await call('GET', `${path}${sep}startIndex=${start}&maxResults=${size}`));
		metas.push(page.meta);
		out.push(...page.results);
		if (!page.results.length || page.meta.endIndex >= page.meta.totalResultCount) break;
		start = page.meta.endIndex;
	}
	return { items: out, metas };
}

function rawRequest(port, path, headers) {
	return new Promise((resolve, reject) => {
		const req = http.request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
			let data = '';
			res.on('data', (c) => (data += c));
			res.on('end', () => resolve({ status: res.statusCode, body: data }));
		});
		req.on('error', reject);
		req.end();
	});
}

async function main() {
	sb = await startDamstraLearningSandbox();
	const { state } = sb;

	await step('route table has exactly the 38 documented endpoints', () => {
		const routes = sb.info().routes.map((r) => r.replace('/api/v2', ''));
		assert.deepEqual([...routes].sort(), [...ENDPOINTS].sort());
	});

	await step(
		'auth: missing / wrong / Bearer key → 403 806; header name case-insensitive',
		async () => {
			const expected = {
				message: 'AccessKey does not exist',
				reason: 'Invalid access key',
				internalCode: 806,
				error: 'Invalid security token',
			};
			assert.deepEqual(
				expectStatus(await call('GET', '/user?maxResults=1', { key: null }), 403),
				expected,
			);
			assert.deepEqual(
				expectStatus(await call('GET', '/user?maxResults=1', { key: 'wrong' }), 403),
				expected,
			);
			expectStatus(await call('GET', '/user?maxResults=1', { key: `Bearer ${sb.accessKey}` }), 403);
			const upper = await rawRequest(sb.port, '/api/v2/user?maxResults=1', {
				ACCESSKEY: sb.accessKey,
			});
			assert.equal(upper.status, 200);
			const lower = await rawRequest(sb.port, '/api/v2/user?maxResults=1', {
				accesskey: sb.accessKey,
			});
			assert.equal(lower.status, 200);
		},
	);

	await step('unknown route → 404 JSON', async () => {
		const body = expectStatus(await call('GET', '/nope'), 404);
		assert.equal(body.statusCode, 404);
	});

	// ---- users ---------------------------------------------------------------------------
	await step('user.list: filters and counts', async () => {
		assert.equal(ok(await call('GET', '/user?maxResults=1')).meta.totalResultCount, 54);
		assert.equal(
			ok(await call('GET', '/user?activeValue=all&maxResults=1')).meta.totalResultCount,
			60,
		);
		assert.deepEqual(
			ids(ok(await call('GET', '/user?activeValue=inactive&maxResults=100')).results),
			[1010, 1020, 1030, 1040, 1050, 1060],
		);
		assert.deepEqual(
			ids(ok(await call('GET', '/user?roleId=3&maxResults=100')).results),
			[1002, 1003],
		);
		assert.deepEqual(
			ids(ok(await call('GET', '/user?roleId=8&maxResults=100')).results),
			[1004, 1005],
		);
		expectStatus(await call('GET', '/user?roleId=1'), 400);
		assert.deepEqual(ids(ok(await call('GET', '/user?q=MORGAN&maxResults=10')).results), [1001]);
		assert.deepEqual(ids(ok(await call('GET', '/user?empId=E1002&maxResults=10')).results), [1002]);
		assert.deepEqual(
			ids(
				ok(await call('GET', '/user?emailAddress=priya.nair%40example.com&maxResults=10')).results,
			),
			[1002],
		);
		assert.equal(ok(await call('GET', '/user?empId=nobody')).results.length, 0);
		expectStatus(await call('GET', '/user?activeValue=maybe'), 400);
		expectStatus(await call('GET', '/user?startIndex=-1'), 400);
	});

	await step('paging: startIndex/maxResults, exclusive endIndex, envelope', async () => {
		const { items, metas } = await pageAll('/user?activeValue=all', 25);
		assert.equal(items.length, 60);
		assert.equal(new Set(ids(items)).size, 60);
		assert.deepEqual(metas, [
			{ totalResultCount: 60, startIndex: 0, endIndex: 25 },
			{ totalResultCount: 60, startIndex: 25, endIndex: 50 },
			{ totalResultCount: 60, startIndex: 50, endIndex: 60 },
		]);
		const beyond = ok(await call('GET', '/user?activeValue=all&startIndex=100&maxResults=10'));
		assert.deepEqual(beyond, {
			results: [],
			meta: { totalResultCount: 60, startIndex: 100, endIndex: 100 },
		});
		assert.equal(
			ok(await call('GET', '/user?activeValue=all')).results.length,
			20,
			'default page size is 20',
		);
	});

	await step('user.get and not-found', async () => {
		const u = ok(await call('GET', '/user/1001'));
		assert.equal(u.roles[0], 7);
		assert.match(u.createdDate, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$/);
		const nf = expectStatus(await call('GET', '/user/99999'), 404);
		assert.deepEqual(nf, {
			message: 'User with id 99999 not found',
			reason: 'User not found',
			internalCode: 843,
			statusCode: 404,
		});
		expectStatus(await call('GET', '/user/abc'), 400);
	});

	let newUserId;
	await step('user.create returns only {id, createdDate, modifiedDate}; validation', async () => {
		const missing = expectStatus(
			await call('POST', '/user', { body: { firstName: 'A', lastName: 'B' } }),
			400,
		);
		assert.equal(missing.field, 'emailAddress');
		assert.match(missing.message, /emailAddress/);
		expectStatus(
			await call('POST', '/user', {
				body: { firstName: 'A', lastName: 'B', emailAddress: 'a@b.c', roles: [1] },
			}),
			400,
		);
		const created = ok(
			await call('POST', '/user', {
				body: {
					firstName: 'Sam',
					lastName: 'Sandbox',
					emailAddress: 'sam@example.com',
					employeeNumber: 'S1',
					groups: [{ id: 502 }],
				},
			}),
		);
		assert.deepEqual(Object.keys(created).sort(), ['createdDate', 'id', 'modifiedDate']);
		assert.equal(created.id, 1061);
		assert.match(created.createdDate, /Z$/);
		newUserId = created.id;
		const u = ok(await call('GET', `/user/${newUserId}`));
		assert.deepEqual(
			[u.roles, u.timeZone, u.userName, u.clientStatusId],
			[[6], 'Australia/Perth', 'sam.sandbox', 56],
		);
		assert.equal(ok(await call('GET', '/user?maxResults=1')).meta.totalResultCount, 55);
	});

	await step('user.update requires the full object (read-merge-write)', async () => {
		const partial = expectStatus(
			await call('POST', '/user/1009', {
				body: { id: 1009, firstName: 'X', lastName: 'Y', emailAddress: 'x@y.z' },
			}),
			400,
		);
		assert.match(partial.message, /phoneNumber/);
		const current = ok(await call('GET', '/user/1009'));
		const wrongId = expectStatus(
			await call('POST', '/user/1009', { body: { ...current, id: 1008 } }),
			400,
		);
		assert.equal(wrongId.field, 'id');
		const updated = ok(
			await call('POST', '/user/1009', { body: { ...current, lastName: 'Merged', roles: [5, 6] } }),
		);
		assert.equal(updated.lastName, 'Merged');
		const again = ok(await call('GET', '/user/1009'));
		assert.deepEqual(
			[again.lastName, again.roles, again.phoneNumber],
			['Merged', [5, 6], current.phoneNumber],
		);
		expectStatus(
			await call('POST', '/user/1001', {
				body: { ...ok(await call('GET', '/user/1001')), roles: [3] },
			}),
			400,
		);
	});

	await step('bulkUserImport: bare array, merge resets roles to [6] when omitted', async () => {
		const u1009 = ok(await call('GET', '/user/1009'));
		const out = ok(
			await call('POST', '/bulkUserImport', {
				body: {
					mergeType: 'email',
					users: [
						{
							firstName: u1009.firstName,
							lastName: 'Imported',
							emailAddress: u1009.emailAddress.toUpperCase(),
						},
						{
							firstName: 'New',
							lastName: 'Import',
							emailAddress: 'new.import@example.com',
							roles: [8],
						},
					],
				},
			}),
		);
		assert.ok(Array.isArray(out));
		assert.deepEqual(
			out.map((u) => [u.id, u.lastName, u.roles]),
			[
				[1009, 'Imported', [6]],
				[1062, 'Import', [8]],
			],
		);
		assert.deepEqual(ok(await call('GET', '/user/1009')).roles, [6]);
		const bad = expectStatus(
			await call('POST', '/bulkUserImport', {
				body: { users: [{ firstName: 'x', lastName: 'y' }] },
			}),
			400,
		);
		assert.equal(bad.field, 'users[0].emailAddress');
		expectStatus(
			await call('POST', '/bulkUserImport', { body: { users: [], mergeType: 'nope' } }),
			400,
		);
	});

	await step('user inactivate/activate: 200 empty body, state changes', async () => {
		const off = await call('POST', '/user/1009/inactivate');
		assert.deepEqual(
			[off.status, off.buf.length, off.headers.get('content-length')],
			[200, 0, '0'],
		);
		assert.equal(ok(await call('GET', '/user/1009')).clientStatusId, 57);
		assert.ok(
			ids(ok(await call('GET', '/user?activeValue=inactive&maxResults=50')).results).includes(1009),
		);
		const on = await call('POST', '/user/1009/activate');
		assert.deepEqual([on.status, on.buf.length], [200, 0]);
		assert.equal(ok(await call('GET', '/user/1009')).clientStatusId, 56);
		const owner = expectStatus(await call('POST', '/user/1001/inactivate'), 403);
		assert.equal(owner.internalCode, 831);
		expectStatus(await call('POST', '/user/424242/activate'), 404);
	});

	await step('user.generateLoginUrl returns {url, expiresIn, expiresAt}', async () => {
		const res = ok(await call('POST', '/user/1002/generate_login_url?expiresIn=week'));
		assert.match(res.url, /^http:\/\/127\.0\.0\.1:\d+\/app\/#touch\//);
		assert.equal(res.expiresIn, 'week');
		assert.ok(Date.parse(res.expiresAt) > Date.now());
		assert.equal(
			ok(await call('POST', '/user/1002/generate_login_url?expiresIn=never')).expiresAt,
			null,
		);
		expectStatus(await call('POST', '/user/1002/generate_login_url?expiresIn=fortnight'), 400);
	});

	// ---- groups --------------------------------------------------------------------------
	await step('group list/get/create/update/inactivate', async () => {
		const list = ok(await call('GET', '/group?maxResults=100'));
		assert.equal(list.meta.totalResultCount, 8);
		assert.deepEqual(list.results[0], {
			id: 501,
			name: 'All Staff',
			parentId: null,
			description: 'Everyone in the organisation',
			memberCount: 8,
			createdDate: list.results[0].createdDate,
			clientId: 4521,
			active: true,
		});
		assert.match(list.results[0].createdDate, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
		assert.deepEqual(ids(ok(await call('GET', '/group?q=perth')).results), [502]);
		assert.equal(
			ok(await call('GET', '/group/502')).memberCount,
			9,
			'seeded 8 + created user 1061',
		);
		assert.deepEqual(expectStatus(await call('GET', '/group/999'), 404), {
			message: 'Group with id 999 not found',
			reason: 'Group not found',
			internalCode: 842,
			statusCode: 404,
		});
		const noDesc = expectStatus(await call('POST', '/group', { body: { name: 'X' } }), 400);
		assert.equal(noDesc.field, 'description');
		const g = ok(
			await call('POST', '/group', {
				body: { name: 'Night Shift', description: 'After hours', parentId: 502 },
			}),
		);
		assert.deepEqual([g.id, g.parentId, g.memberCount], [509, 502, 0]);
		expectStatus(await call('POST', '/group/509', { body: { description: 'only' } }), 400);
		const upd = ok(
			await call('POST', '/group/509', {
				body: { name: 'Night Shift Crew', description: 'After hours' },
			}),
		);
		assert.deepEqual([upd.name, upd.parentId], ['Night Shift Crew', 502]);
		assert.equal(ok(await call('GET', '/group/509')).name, 'Night Shift Crew');
		const inact = await call('POST', '/group/509/inactivate');
		assert.deepEqual([inact.status, inact.buf.length], [200, 0]);
		assert.equal(ok(await call('GET', '/group/509')).active, false);
		assert.equal(ok(await call('GET', '/group')).meta.totalResultCount, 8);
	});

	await step('group members and supervisors', async () => {
		const members = await pageAll('/group/501/member', 3);
		assert.deepEqual(ids(members.items), [1001, 1009, 1017, 1025, 1033, 1041, 1049, 1057]);
		const add = await call('POST', '/group/501/add_members', { body: { userIds: [1002, 1061] } });
		assert.deepEqual([add.status, add.buf.length], [200, 0]);
		assert.equal(
			ok(await call('GET', '/group/501/member?maxResults=100')).meta.totalResultCount,
			10,
		);
		assert.ok(ok(await call('GET', '/user/1061')).groups.some((g) => g.id === 501));
		ok(await call('POST', '/group/501/remove_members', { body: { userIds: [1002] } }));
		assert.equal(
			ok(await call('GET', '/group/501/member?maxResults=100')).meta.totalResultCount,
			9,
		);
		expectStatus(await call('POST', '/group/501/add_members', { body: { userIds: [] } }), 400);
		expectStatus(await call('POST', '/group/501/add_members', { body: { userIds: [99999] } }), 400);
		assert.equal(
			expectStatus(await call('POST', '/group/999/add_members', { body: { userIds: [1001] } }), 404)
				.internalCode,
			842,
		);
		assert.deepEqual(ids(ok(await call('GET', '/group/501/supervisor')).results), [1006]);
		ok(await call('POST', '/group/501/add_supervisors', { body: { userIds: [1007] } }));
		assert.deepEqual(ids(ok(await call('GET', '/group/501/supervisor')).results), [1006, 1007]);
		ok(await call('POST', '/group/501/remove_supervisors', { body: { userIds: [1007] } }));
		assert.deepEqual(ids(ok(await call('GET', '/group/501/supervisor')).results), [1006]);
	});

	// ---- lessons -------------------------------------------------------------------------
	await step('lesson.list / lesson.listDetails filters', async () => {
		const all = ok(await call('GET', '/lesson?maxResults=100'));
		assert.equal(all.meta.totalResultCount, 12);
		assert.ok(Array.isArray(all.results[0].lessonVersionCustomFields));
		assert.equal(ok(await call('GET', '/lesson?publishedStates=active')).meta.totalResultCount, 8);
		assert.equal(
			ok(await call('GET', '/lesson?publishedStates=inactive,never')).meta.totalResultCount,
			2,
		);
		assert.deepEqual(
			ok(await call('GET', '/lesson?lessonIds=101,107')).results.map((l) => l.lessonVersionId),
			[201, 207],
		);
		assert.equal(ok(await call('GET', '/lesson?q=ilt')).meta.totalResultCount, 2);
		expectStatus(await call('GET', '/lesson?publishedStates=published'), 400);
		const details = ok(await call('GET', '/lessondetails?publishedStates=active&maxResults=3'));
		assert.deepEqual(
			[details.results.length, details.results[0].published, details.meta.id, details.id],
			[3, 65, 'null', 'null'],
		);
		assert.deepEqual(
			[details.meta.totalResultCount, details.meta.startIndex, details.meta.endIndex],
			[8, 0, 3],
		);
	});

	// ---- lesson schedules ----------------------------------------------------------------
	await step('lessonSchedule get / listForUser', async () => {
		const s = ok(await call('GET', '/lesson_schedule/10001'));
		assert.deepEqual(
			[s.id, s.userId, s.lessonVersionId, s.lessonId, s.status, s.active],
			[10001, 1001, 201, 101, 'completed', false],
		);
		assert.deepEqual(expectStatus(await call('GET', '/lesson_schedule/99'), 404), {
			internalCode: 840,
			error: 'Lesson Schedule does not exist',
		});
		const list = ok(await call('GET', '/user/1001/lesson_schedule?status=all&maxResults=10'));
		assert.deepEqual([ids(list.results), list.meta.totalResultCount], [[10001, 10002], 2]);
		assert.deepEqual(
			ids(ok(await call('GET', '/user/1001/lesson_schedule?status=completed')).results),
			[10001],
		);
		assert.deepEqual(
			ids(ok(await call('GET', '/user/1003/lesson_schedule?status=overdue')).results),
			[10005],
		);
		expectStatus(await call('GET', '/user/1001/lesson_schedule?status=late'), 400);
		expectStatus(await call('GET', '/user/99999/lesson_schedule'), 404);
	});

	await step('lessonSchedule.scheduleUser: ids, duplicate, validation', async () => {
		const created = ok(
			await call('POST', '/user/1001/lesson_schedule', {
				body: {
					lessonVersionIds: [203],
					scheduleDate: '2031-01-01T00:00:00+0000',
					gracePeriod: '14',
					gracePeriodUnit: 'days',
				},
			}),
		);
		assert.deepEqual(created, { ids: [10121] });
		const s = ok(await call('GET', '/lesson_schedule/10121'));
		assert.deepEqual(
			[s.status, s.startDate, s.endDate],
			['scheduled', '2031-01-01T00:00:00.000Z', '2031-01-15T00:00:00.000Z'],
		);
		const dup = expectStatus(
			await call('POST', '/user/1001/lesson_schedule', { body: { lessonVersionIds: [203] } }),
			409,
		);
		assert.deepEqual(dup, { error: 'Lesson Schedule already exists' });
		expectStatus(
			await call('POST', '/user/1001/lesson_schedule', { body: { lessonVersionIds: [209] } }),
			400,
		);
		const grace = expectStatus(
			await call('POST', '/user/1001/lesson_schedule', {
				body: { lessonVersionIds: [204], gracePeriod: '3' },
			}),
			400,
		);
		assert.equal(grace.field, 'gracePeriodUnit');
		expectStatus(await call('POST', '/user/1001/lesson_schedule', { body: {} }), 400);
	});

	await step('lessonSchedule.manuallyComplete (path id = user id)', async () => {
		const body = {
			lessonVersionId: 203,
			completedDate: '2025-02-01T10:00:00+0000',
			manuallyCompletedByUserId: 1002,
		};
		assert.deepEqual(ok(await call('POST', '/lesson_schedule/1001/complete_lesson', { body })), {
			ids: [10121],
		});
		const s = ok(await call('GET', '/lesson_schedule/10121'));
		assert.deepEqual(
			[s.status, s.lessonCompletedDate, s.lessonCompletedBy],
			['completed', '2025-02-01T10:00:00.000Z', 1002],
		);
		const fresh = ok(
			await call('POST', '/lesson_schedule/1001/complete_lesson', {
				body: {
					lessonId: 105,
					completedDate: '2025-02-01T10:00:00+0000',
					manuallyCompletedByUserId: 1002,
				},
			}),
		);
		assert.deepEqual(fresh, { ids: [10122] });
		expectStatus(
			await call('POST', '/lesson_schedule/1001/complete_lesson', {
				body: { ...body, manuallyCompletedByUserId: 1010 },
			}),
			400,
		);
		expectStatus(
			await call('POST', '/lesson_schedule/1001/complete_lesson', {
				body: { completedDate: body.completedDate, manuallyCompletedByUserId: 1002 },
			}),
			400,
		);
		const missing = expectStatus(
			await call('POST', '/lesson_schedule/1001/complete_lesson', { body: { lessonId: 101 } }),
			400,
		);
		assert.match(missing.message, /completedDate/);
	});

	await step('lessonSchedule.downloadCertificate: PDF only for completed + passed', async () => {
		const res = await call('GET', '/lesson_schedule/10001/certificate', { raw: true });
		assert.equal(res.status, 200);
		assert.equal(res.headers.get('content-type'), 'application/pdf');
		assert.equal(
			res.headers.get('content-disposition'),
			'attachment; filename="certificate-10001.pdf"',
		);
		assert.equal(res.buf.subarray(0, 5).toString('latin1'), '%PDF-');
		assert.ok(res.buf.toString('latin1').trimEnd().endsWith('%%EOF'));
		const xrefAt = Number(/startxref\n(\d+)/.exec(res.buf.toString('latin1'))[1]);
		assert.equal(res.buf.subarray(xrefAt, xrefAt + 4).toString('latin1'), 'xref');
		assert.equal(
			(await call('GET', '/lesson_schedule/10121/certificate', { raw: true })).status,
			200,
		);
		const due = expectStatus(await call('GET', '/lesson_schedule/10003/certificate'), 400);
		assert.equal(due.internalCode, 847);
		const failed = expectStatus(await call('GET', '/lesson_schedule/10009/certificate'), 400);
		assert.match(failed.error, /passed/);
		assert.equal(
			expectStatus(await call('GET', '/lesson_schedule/99/certificate'), 404).internalCode,
			840,
		);
	});

	// ---- ILT -----------------------------------------------------------------------------
	await step('iltSession list filters / get', async () => {
		assert.deepEqual(ids(ok(await call('GET', '/ilt_session')).results), [601, 602, 603, 604]);
		assert.deepEqual(ids(ok(await call('GET', '/ilt_session?state=3')).results), [602]);
		assert.deepEqual(ids(ok(await call('GET', '/ilt_session?status=3')).results), [604]);
		assert.deepEqual(
			ids(ok(await call('GET', '/ilt_session?instructorId=1004')).results),
			[601, 603],
		);
		assert.deepEqual(ids(ok(await call('GET', '/ilt_session?lessonScheduleId=10013')).results), [
			602,
		]);
		expectStatus(await call('GET', '/ilt_session?state=4'), 400);
		const s = ok(await call('GET', '/ilt_session/602'));
		assert.deepEqual(
			[s.state, s.statusId, s.numberOfAttendees, s.lessonName],
			['past', 2, 4, 'Forklift Operation (ILT)'],
		);
		assert.match(s.startDatetime, /\.\d{3}\+0800$/);
		assert.equal(expectStatus(await call('GET', '/ilt_session/9'), 404).internalCode, 845);
	});

	let createdIlt;
	await step('iltSession create / update (PATCH needs instructorId + location)', async () => {
		expectStatus(
			await call('POST', '/ilt_session', {
				body: { startDatetime: '2031-01-01T01:00:00.000+0000', location: 'X', instructorId: 1004 },
			}),
			400,
		);
		const c = ok(
			await call('POST', '/ilt_session', {
				body: {
					lessonId: 108,
					startDatetime: '2031-01-01T01:00:00.000+0000',
					endDatetime: '2031-01-01T05:00:00.000+0000',
					location: 'Room 2',
					instructorId: 1005,
					notes: 'n',
				},
			}),
		);
		assert.deepEqual(
			[c.id, c.statusId, c.instructorFirstName, c.startDatetime],
			[605, 1, 'Daniel', '2031-01-01T09:00:00.000+0800'],
		);
		createdIlt = c.id;
		const partial = expectStatus(
			await call('PATCH', `/ilt_session/${c.id}`, { body: { notes: 'only notes' } }),
			400,
		);
		assert.match(partial.message, /instructorId/);
		const upd = ok(
			await call('PATCH', `/ilt_session/${c.id}`, {
				body: { instructorId: 1004, location: 'Room 3', numberOfPlaces: 6 },
			}),
		);
		assert.deepEqual(
			[upd.instructorId, upd.location, upd.numberOfPlaces, upd.state],
			[1004, 'Room 3', 6, 'upcoming'],
		);
	});

	await step(
		'iltSession attendees / bulk_register / bulk_deregister / save_progress / complete',
		async () => {
			const before = ok(await call('GET', '/ilt_session/601/attendees'));
			assert.deepEqual([before.results.length, before.meta.totalResultCount], [3, 3]);
			const registered = new Set(before.results.map((a) => a.userId));
			const candidate = state.lessonSchedules.find(
				(s) =>
					s.lessonId === 107 &&
					['due', 'overdue', 'scheduled'].includes(s.status) &&
					!registered.has(s.userId),
			);
			const reg = await call('POST', '/ilt_session/601/bulk_register', {
				body: { userIds: [candidate.userId] },
			});
			assert.deepEqual([reg.status, reg.buf.length], [200, 0]);
			const after = ok(await call('GET', '/ilt_session/601/attendees')).results;
			const added = after.find((a) => a.userId === candidate.userId);
			assert.deepEqual(
				[after.length, added.lessonScheduleId, added.registeringUserId],
				[4, candidate.id, 1001],
			);
			expectStatus(
				await call('POST', '/ilt_session/601/bulk_register', { body: { userIds: [1002] } }),
				400,
			);
			ok(
				await call('POST', '/ilt_session/601/bulk_deregister', {
					body: { userIds: [candidate.userId] },
				}),
			);
			assert.equal(ok(await call('GET', '/ilt_session/601/attendees')).results.length, 3);
			const first = before.results[0];
			ok(
				await call('POST', '/ilt_session/601/save_progress', {
					body: { attendees: [{ id: first.id, passed: true, attended: true }] },
				}),
			);
			const saved = ok(await call('GET', '/ilt_session/601/attendees')).results.find(
				(a) => a.id === first.id,
			);
			assert.deepEqual([saved.passed, saved.attended], [true, true]);
			const wrong = expectStatus(
				await call('POST', '/ilt_session/601/save_progress', {
					body: { attendees: [{ id: first.userId, passed: true }] },
				}),
				400,
			);
			assert.match(wrong.message, /user id/);
			const done = await call('POST', '/ilt_session/601/complete');
			assert.deepEqual([done.status, done.buf.length], [200, 0]);
			const s601 = ok(await call('GET', '/ilt_session/601'));
			assert.deepEqual([s601.statusId, s601.state], [2, 'past']);
			const linked = ok(await call('GET', `/lesson_schedule/${first.lessonScheduleId}`));
			assert.equal(linked.status, 'completed');
			assert.equal(
				(await call('GET', `/lesson_schedule/${first.lessonScheduleId}/certificate`, { raw: true }))
					.status,
				200,
			);
		},
	);

	await step('iltSession cancel_session requires both booleans', async () => {
		const missing = expectStatus(
			await call('POST', `/ilt_session/${createdIlt}/cancel_session`, {
				body: { iltSessionCancellationTraineeNotificationEnabled: true },
			}),
			400,
		);
		assert.equal(missing.field, 'iltSessionCancellationInstructorNotificationEnabled');
		const res = await call('POST', `/ilt_session/${createdIlt}/cancel_session`, {
			body: {
				iltSessionCancellationTraineeNotificationEnabled: true,
				iltSessionCancellationInstructorNotificationEnabled: false,
			},
		});
		assert.deepEqual([res.status, res.buf.length], [200, 0]);
		const s = ok(await call('GET', `/ilt_session/${createdIlt}`));
		assert.deepEqual(
			[
				s.statusId,
				s.iltSessionCancellationTraineeNotificationEnabled,
				s.iltSessionCancellationInstructorNotificationEnabled,
			],
			[3, true, false],
		);
		expectStatus(await call('POST', `/ilt_session/${createdIlt}/complete`), 400);
	});

	// ---- embed player --------------------------------------------------------------------
	await step('embed player: url, 840 / 837 / 836', async () => {
		const url = ok(await call('GET', '/embed_player?lessonScheduleId=10003'));
		assert.match(url.embedUrl, /\/app\/#player\/10003\?embed=true&token=/);
		assert.match(ok(await call('GET', '/embed_player/version/10003')).embedUrl, /#player\/10003/);
		assert.deepEqual(expectStatus(await call('GET', '/embed_player?lessonScheduleId=99'), 404), {
			internalCode: 840,
			error: 'Lesson Schedule does not exist',
		});
		assert.deepEqual(expectStatus(await call('GET', '/embed_player?lessonScheduleId=10001'), 400), {
			internalCode: 837,
			error: 'This lesson schedule is completed',
		});
		assert.deepEqual(expectStatus(await call('GET', '/embed_player/version/10011'), 400), {
			internalCode: 836,
			error: 'This lesson schedule is cancelled',
		});
		expectStatus(await call('GET', '/embed_player'), 400);
	});

	harvestCoverage();

	// ---- faults and log ------------------------------------------------------------------
	await step('fault: 429 with Retry-After 0, consumed once, logged', async () => {
		sb.clearRequests();
		sb.injectFault({ method: 'GET', path: '/user', status: 429, retryAfter: 0 });
		const limited = await call('GET', '/user?maxResults=1');
		assert.deepEqual([limited.status, limited.headers.get('retry-after')], [429, '0']);
		assert.equal(ok(await call('GET', '/user?maxResults=1')).results.length, 1);
		const log = sb.requests;
		assert.deepEqual(
			log.map((r) => r.status),
			[429, 200],
		);
		assert.equal(log[0].fault.status, 429);
		assert.deepEqual(log[0].query, { maxResults: '1' });
		assert.equal(log[0].headers.accesskey, sb.accessKey);
	});

	await step('fault: 503 via HTTP control API with pathRegex, times 2', async () => {
		const res = await fetch(`${sb.origin}/__sandbox/faults`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ pathRegex: '^/api/v2/group/\\d+$', status: 503, times: 2 }),
		});
		assert.equal(res.status, 201);
		const a = await call('GET', '/group/501');
		assert.deepEqual(
			[a.status, a.json],
			[503, { internalCode: 500, error: 'Internal Server Error' }],
		);
		assert.equal((await call('GET', '/group/501')).status, 503);
		assert.equal((await call('GET', '/group/501')).status, 200);
	});

	await step('fault: truncated body → client sees a premature close', async () => {
		sb.injectFault({ path: '/user/1001', truncate: true });
		const res = await fetch(`${sb.url}/user/1001`, { headers: { AccessKey: sb.accessKey } });
		assert.equal(res.status, 200);
		await assert.rejects(() => res.text(), /terminated|aborted|socket/i);
		assert.equal(ok(await call('GET', '/user/1001')).id, 1001);
		const entry = sb.requests.find((r) => r.truncated);
		assert.deepEqual([entry.path, entry.status], ['/api/v2/user/1001', 200]);
	});

	await step('fault: reset and delay', async () => {
		sb.injectFault({ reset: true });
		await assert.rejects(() => fetch(`${sb.url}/lesson`, { headers: { AccessKey: sb.accessKey } }));
		sb.injectFault({ delayMs: 150, path: /lesson$/ });
		const t0 = Date.now();
		ok(await call('GET', '/lesson'));
		assert.ok(Date.now() - t0 >= 140, 'delayed');
		sb.injectFault({ status: 500, times: -1 });
		assert.equal((await call('GET', '/lesson')).status, 500);
		assert.equal((await call('GET', '/lesson')).status, 500);
		const del = await fetch(`${sb.origin}/__sandbox/faults`, { method: 'DELETE' });
		assert.equal(del.status, 204);
		ok(await call('GET', '/lesson'));
	});

	await step('request log over HTTP; control calls are not logged', async () => {
		await fetch(`${sb.origin}/__sandbox/requests`, { method: 'DELETE' });
		ok(
			await call('POST', '/group/502', {
				body: { name: 'Perth Operations', description: 'Site crews based in Perth' },
			}),
		);
		const res = await (await fetch(`${sb.origin}/__sandbox/requests`)).json();
		assert.equal(res.count, 1);
		const [e] = res.requests;
		assert.deepEqual(
			[e.method, e.path, e.pathname, e.status, e.route, e.body.name],
			[
				'POST',
				'/api/v2/group/502',
				'/api/v2/group/502',
				200,
				'POST /api/v2/group/:groupId',
				'Perth Operations',
			],
		);
		assert.equal(typeof e.rawBody, 'string');
		assert.ok(e.seq > 0 && e.startedAt);
		const info = await (await fetch(`${sb.origin}/__sandbox/info`)).json();
		assert.deepEqual(
			[info.name, info.url, info.credentials.accessKey, info.routes.length],
			['damstra-learning', sb.url, sb.accessKey, 38],
		);
	});

	// ---- webhooks ------------------------------------------------------------------------
	await step(
		'webhooks: 7 payloads with documented casing, string ids; HTTP control route',
		async () => {
			const received = [];
			const receiver = http.createServer((req, res) => {
				let data = '';
				req.on('data', (c) => (data += c));
				req.on('end', () => {
					received.push({ headers: req.headers, body: JSON.parse(data) });
					res.writeHead(200, { 'content-type': 'application/json' });
					res.end('{"ok":true}');
				});
			});
			await new Promise((r) => receiver.listen(0, '127.0.0.1', r));
			const target = `http://127.0.0.1:${receiver.address().port}/hook`;
			const keys = {
				'lesson.schedule.completed': ['name', 'lessonScheduleId', 'userId', 'timeStamp'],
				'lesson.schedule.changed': [
					'name',
					'scheduleDate',
					'lessonScheduleId',
					'userID',
					'timeStamp',
				],
				'lesson.schedule.created': ['name', 'lessonScheduleId', 'userID', 'timeStamp'],
				'lesson.schedule.cancelled': [
					'name',
					'lessonScheduleId',
					'userID',
					'cancellationReason',
					'timeStamp',
				],
				'user.account.created': [
					'name',
					'firstName',
					'lastName',
					'userName',
					'userId',
					'timeStamp',
				],
				'user.settings.updated': ['name', 'userId', 'actingUserId', 'timeStamp'],
				'user.account.inactivate': ['name', 'userName', 'userId', 'timeStamp'],
			};
			try {
				for (const [event, fields] of Object.entries(keys)) {
					const result = await sb.sendWebhook(target, event);
					assert.deepEqual([result.status, result.body], [200, { ok: true }]);
					const { body, headers } = received[received.length - 1];
					assert.deepEqual(Object.keys(body), fields, event);
					assert.equal(body.name, event);
					assert.match(headers['content-type'], /application\/json/);
					assert.match(body.timeStamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
					for (const f of ['lessonScheduleId', 'userId', 'userID', 'actingUserId'])
						if (f in body) assert.match(body[f], /^\d+$/, `${event}.${f} is a numeric string`);
				}
				assert.deepEqual(received[0].body.lessonScheduleId, '10001');
				const cancelled = received.find((r) => r.body.name === 'lesson.schedule.cancelled').body;
				assert.deepEqual(
					[cancelled.lessonScheduleId, cancelled.userID, cancelled.cancellationReason],
					['10011', '1006', 'SCHEDULE_CANCELLED_MANUALLY'],
				);
				await sb.sendWebhook(target, 'user.account.created', { userId: 1002 });
				assert.deepEqual(
					[received.at(-1).body.userId, received.at(-1).body.firstName],
					['1002', 'Priya'],
				);
				const viaHttp = await fetch(`${sb.origin}/__sandbox/webhooks/send`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({
						url: target,
						event: 'lesson.schedule.created',
						overrides: { lessonScheduleId: '10004' },
					}),
				});
				const out = await viaHttp.json();
				assert.deepEqual(
					[viaHttp.status, out.status, out.body, out.payload.userID],
					[200, 200, { ok: true }, '1002'],
				);
				const bad = await fetch(`${sb.origin}/__sandbox/webhooks/send`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ url: target, event: 'user.account.inactive' }),
				});
				assert.equal(bad.status, 400);
			} finally {
				await new Promise((r) => receiver.close(r));
			}
		},
	);

	// ---- reset and determinism -----------------------------------------------------------
	await step('reset re-seeds (HTTP control API) and state identity is kept', async () => {
		const stateRef = sb.state;
		const res = await fetch(`${sb.origin}/__sandbox/reset`, { method: 'POST' });
		assert.equal(res.status, 200);
		expectStatus(await call('GET', '/user/1061'), 404);
		assert.equal(
			ok(await call('GET', '/user?activeValue=all&maxResults=1')).meta.totalResultCount,
			60,
		);
		assert.equal(ok(await call('GET', '/ilt_session/601')).statusId, 1);
		assert.equal(stateRef, sb.state);
		assert.equal(stateRef.users.length, 60);
		await sb.reset({ users: 15 });
		assert.equal(
			ok(await call('GET', '/user?activeValue=all&maxResults=1')).meta.totalResultCount,
			15,
		);
		await sb.reset({ users: 60 });
	});

	await step(
		'seeded data is deterministic for a seed; different seed changes names only',
		async () => {
			const other = await startDamstraLearningSandbox({ seed: 42 });
			const third = await startDamstraLearningSandbox({ seed: 7 });
			try {
				const strip = (s) => JSON.stringify({ ...s, origin: undefined });
				assert.equal(strip(other.state), strip(sb.state));
				assert.notEqual(strip(third.state), strip(sb.state));
				assert.deepEqual(
					third.state.users.map((u) => [u.id, u.roles, u.clientStatusId]),
					sb.state.users.map((u) => [u.id, u.roles, u.clientStatusId]),
				);
			} finally {
				await Promise.all([other.close(), third.close()]);
			}
		},
	);

	harvestCoverage();
	await step('every documented endpoint answered 2xx at least once', () => {
		const missing = ENDPOINTS.filter((e) => !covered.has(e));
		assert.deepEqual(missing, []);
	});

	await sb.close();

	await step('20 000 users: paging 100 at a time returns every user once', async () => {
		const t0 = process.hrtime.bigint();
		sb = await startDamstraLearningSandbox({ users: 20000 });
		const startupMs = Number(process.hrtime.bigint() - t0) / 1e6;
		try {
			const t1 = Date.now();
			const { items } = await pageAll('/user?activeValue=all', 100);
			const pagingMs = Date.now() - t1;
			assert.equal(items.length, 20000);
			assert.equal(new Set(ids(items)).size, 20000);
			console.log(
				`     20k users: startup ${startupMs.toFixed(0)} ms, 200 pages in ${pagingMs} ms`,
			);
		} finally {
			await sb.close();
		}
	});

	await step('close() is prompt with open keep-alive sockets', async () => {
		const s = await startDamstraLearningSandbox();
		await fetch(`${s.url}/user?maxResults=1`, { headers: { AccessKey: s.accessKey } }).then((r) =>
			r.text(),
		);
		const t0 = Date.now();
		await s.close();
		// An idle keep-alive socket would hold close() for Node's 5 s keep-alive timeout.
		assert.ok(Date.now() - t0 < 3000, `close took ${Date.now() - t0} ms`);
	});

	checklist.finish();
}

main().catch(async (err) => {
	console.error(err);
	if (sb) await sb.close().catch(() => {});
	process.exit(1);
});
