#!/usr/bin/env node
'use strict';

/*
 * Plain-node self check of the Onsight Flow sandbox: token endpoint (good, subset scope, bad client,
 * bad grant, invalid scope), 401/403 challenges, host split, all 80 REST endpoints + client creation,
 * GraphQL (filters, one-per-group rule, cursor paging without overlap or loss, limit bound, dates,
 * step search, keys), CSV, both chunked uploads re-assembled byte-exact, blob downloads (and 403 with
 * Authorization / expired link), report PDFs, faults, control API. Exits 1 on any failure.
 *   node test/sandboxes/onsight-flow/selfcheck.js
 */
const { createChecklist } = require('../framework/checklist');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { startOnsightFlowSandbox } = require('./index');
const POLICIES = require('./policies.json');

const checklist = createChecklist();
const { step } = checklist;
let sb;
const tokens = {};

async function call(
	host,
	method,
	path,
	{ token, body, form, raw, headers = {}, contentType } = {},
) {
	const h = { ...headers };
	if (token) h.authorization = `Bearer ${token}`;
	let payload;
	if (form !== undefined) {
		h['content-type'] = 'application/x-www-form-urlencoded';
		payload = new URLSearchParams(form).toString();
	} else if (raw !== undefined) {
		if (contentType) h['content-type'] = contentType;
		payload = raw;
	} else if (body !== undefined) {
		h['content-type'] = 'application/json';
		payload = JSON.stringify(body);
	}
	const base = host === 'acc' ? sb.accountsUrl : host === 'gw' ? sb.gatewayUrl : '';
	const res = await fetch(base + path, { method, headers: h, body: payload });
	const buffer = Buffer.from(await res.arrayBuffer());
	const text = buffer.toString('utf8');
	let json;
	if ((res.headers.get('content-type') || '').includes('json') && text) json = JSON.parse(text);
	return { status: res.status, headers: res.headers, json, text, buffer };
}

const acc = (method, path, opts = {}) => call('acc', method, path, { token: tokens.full, ...opts });
const gw = (method, path, opts = {}) => call('gw', method, path, { token: tokens.full, ...opts });

function ok(res, status = 200) {
	assert.equal(
		res.status,
		status,
		`expected ${status}, got ${res.status}: ${res.text.slice(0, 300)}`,
	);
	return res.json;
}

function err(res, status, pattern) {
	assert.equal(
		res.status,
		status,
		`expected ${status}, got ${res.status}: ${res.text.slice(0, 300)}`,
	);
	if (status === 400 || status === 404 || status === 405 || status === 409) {
		assert.equal(res.json.statusCode, status);
		assert.equal(typeof res.json.message, 'string');
	}
	if (pattern) assert.match(res.json.message, pattern);
	return res.json;
}

async function getToken(form) {
	return call('acc', 'POST', '/connect/token', { form });
}

async function graph(
	query,
	{ variables, key = sb.credentials.queryKey, method = 'POST', csv = false, token } = {},
) {
	const qs = new URLSearchParams();
	if (key) qs.set('key', key);
	if (csv) qs.set('csv', 'true');
	if (method === 'GET') {
		qs.set('query', query);
		if (variables) qs.set('variables', JSON.stringify(variables));
		return call('gw', 'GET', `/api/query/v2/graph?${qs}`, { token });
	}
	return call('gw', 'POST', `/api/query/v2/graph?${qs}`, { body: { query, variables }, token });
}

async function uploadAll(kind, path, id, bytes, blockSize, { order, contentType } = {}) {
	const n = Math.ceil(bytes.length / blockSize);
	const indexes = order || [...Array(n).keys()];
	const statuses = [];
	for (const i of indexes) {
		const start = i * blockSize;
		const end = Math.min(start + blockSize, bytes.length) - 1;
		const res = await gw('POST', `${path}/${id}`, {
			raw: bytes.subarray(start, end + 1),
			contentType,
			headers: { 'content-range': `bytes ${start}-${end}/${bytes.length}` },
		});
		statuses.push(res.status);
	}
	return statuses;
}

async function main() {
	sb = await startOnsightFlowSandbox({ port: 0 });
	trackHits();
	const S = (name) => `https://www.flow.librestream.com/auth/${name}`;
	const fx = sb.fixtures;

	// ---- token endpoint ----
	await step('token: client_credentials → all client scopes', async () => {
		const body = ok(
			await getToken({
				grant_type: 'client_credentials',
				client_id: sb.credentials.clientId,
				client_secret: sb.credentials.clientSecret,
			}),
		);
		assert.equal(body.token_type, 'Bearer');
		assert.equal(body.expires_in, 3600);
		assert.equal(body.scope.split(' ').length, 27);
		assert.ok(!body.scope.includes('auth//'));
		tokens.full = body.access_token;
		assert.equal(sb.tokensIssued, 1);
	});
	await step('token: requested subset of scopes', async () => {
		const body = ok(
			await getToken({
				grant_type: 'client_credentials',
				client_id: sb.credentials.clientId,
				client_secret: sb.credentials.clientSecret,
				scope: `${S('job.read')} ${S('workflow.read')}`,
			}),
		);
		assert.equal(body.scope, `${S('job.read')} ${S('workflow.read')}`);
		tokens.narrow = body.access_token;
		const ro = ok(
			await getToken({
				grant_type: 'client_credentials',
				client_id: sb.clients.readOnly.clientId,
				client_secret: sb.clients.readOnly.clientSecret,
			}),
		);
		assert.deepEqual(ro.scope.split(' ').sort(), sb.clients.readOnly.scopes.slice().sort());
		tokens.readOnly = ro.access_token;
	});
	await step('token: bad client, bad grant, invalid scope', async () => {
		let r = await getToken({
			grant_type: 'client_credentials',
			client_id: 'sandbox-client',
			client_secret: 'nope',
		});
		assert.equal(r.status, 400);
		assert.equal(r.json.error, 'invalid_client');
		r = await getToken({
			grant_type: 'password',
			client_id: 'sandbox-client',
			client_secret: 'sandbox-client-secret',
		});
		assert.equal(r.status, 400);
		assert.equal(r.json.error, 'unsupported_grant_type');
		r = await getToken({
			grant_type: 'client_credentials',
			client_id: sb.clients.readOnly.clientId,
			client_secret: sb.clients.readOnly.clientSecret,
			scope: S('job.admin'),
		});
		assert.equal(r.status, 400);
		assert.equal(r.json.error, 'invalid_scope');
	});

	// ---- 401 / 403 / host split / 405 ----
	await step('401 without token, with unknown token', async () => {
		for (const token of [undefined, 'not-a-token']) {
			const r = await call('gw', 'GET', '/workflows/v2', { token });
			assert.equal(r.status, 401);
			assert.equal(r.headers.get('www-authenticate'), 'Bearer error="invalid_token"');
			assert.equal(r.json.error, 'invalid_token');
		}
		assert.equal((await call('acc', 'GET', '/api/team/user')).status, 401);
	});
	await step('403 insufficient_scope without naming the scope', async () => {
		const r = await call('gw', 'DELETE', '/workflows/v2/whatever', { token: tokens.readOnly });
		assert.equal(r.status, 403);
		assert.equal(r.headers.get('www-authenticate'), 'Bearer error="insufficient_scope"');
		assert.deepEqual(r.json, {
			error: 'insufficient_scope',
			message: 'The access token does not grant this operation',
		});
		assert.equal(
			(await call('gw', 'GET', '/workflows/v2', { token: tokens.readOnly })).status,
			200,
		);
		assert.equal((await call('gw', 'GET', '/jobs/v1', { token: tokens.narrow })).status, 403); // Job_ReadAll
		assert.equal((await call('gw', 'GET', '/jobs/v1/my', { token: tokens.narrow })).status, 200); // Job_Read
		assert.equal(
			(await call('acc', 'GET', '/api/team/user', { token: tokens.narrow })).status,
			200,
		); // any token
	});
	await step('user-management writes accept trigger.admin or team.admin', async () => {
		const teamOnly = ok(
			await getToken({
				grant_type: 'client_credentials',
				client_id: 'sandbox-client',
				client_secret: 'sandbox-client-secret',
				scope: S('team.admin'),
			}),
		).access_token;
		const triggerOnly = ok(
			await getToken({
				grant_type: 'client_credentials',
				client_id: 'sandbox-client',
				client_secret: 'sandbox-client-secret',
				scope: S('trigger.admin'),
			}),
		).access_token;
		const uid = fx.userIds[3];
		assert.equal(
			(await call('acc', 'GET', `/api/team/user/${uid}/permissions`, { token: teamOnly })).status,
			200,
		);
		assert.equal(
			(await call('acc', 'GET', `/api/team/user/${uid}/permissions`, { token: triggerOnly }))
				.status,
			200,
		);
		assert.equal(
			(await call('acc', 'GET', `/api/team/user/${uid}/permissions`, { token: tokens.readOnly }))
				.status,
			403,
		);
	});
	await step('routes live on one host only; unknown path 404; wrong method 405', async () => {
		err(await call('gw', 'GET', '/api/team/user', { token: tokens.full }), 404);
		err(await call('acc', 'GET', '/jobs/v1', { token: tokens.full }), 404);
		err(
			await call('gw', 'POST', '/connect/token', { form: { grant_type: 'client_credentials' } }),
			404,
		);
		err(await gw('GET', '/nothing/here'), 404);
		const r = err(await gw('GET', `/workflows/v2/${fx.workflowIds['Panel Repair Workflow']}`), 405);
		assert.ok(r.allowed.includes('POST'));
	});

	// ---- M2M client ----
	await step('POST /api/client creates a client that can get tokens', async () => {
		const body = ok(
			await acc('POST', '/api/client/', {
				body: {
					name: 'My Job Scheduling Application',
					scopes: [S('workflow.read'), S('schedule.admin')],
					permissions: ['admin'],
				},
			}),
		);
		assert.match(body.client.clientId, /^[0-9a-f]{24}$/);
		assert.deepEqual(body.client.grantTypes, ['client_credentials']);
		const t = ok(
			await getToken({
				grant_type: 'client_credentials',
				client_id: body.client.clientId,
				client_secret: body.newSecret,
			}),
		);
		assert.equal(t.scope, `${S('workflow.read')} ${S('schedule.admin')}`);
		err(
			await acc('POST', '/api/client/', {
				body: { name: 'x', scopes: ['https://example.com/nope'] },
			}),
			400,
		);
	});

	// ---- Collections ----
	let newCollectionId;
	await step('collections: list, get, create, rename, delete', async () => {
		const all = ok(await gw('GET', '/collections/v1/collection'));
		assert.equal(all.collections.length, 3);
		const sites = all.collections.find((c) => c.name === 'Sites');
		assert.deepEqual(sites.headerNames, ['SiteID', 'SiteName', 'Region']);
		assert.equal(sites.recordCount, 6);
		const one = ok(await gw('GET', `/collections/v1/collection/${sites.collectionId}`));
		assert.equal(one.collections[0].collectionId, sites.collectionId);
		const csv = await call('', 'GET', one.collections[0].csvDownloadUrl);
		assert.equal(csv.status, 200);
		assert.match(csv.text, /^SiteID,SiteName,Region\n/);
		newCollectionId = ok(
			await gw('POST', '/collections/v1/collection', { body: { name: 'New Collection' } }),
		).collectionId;
		ok(
			await gw('PUT', `/collections/v1/collection/${newCollectionId}`, {
				body: { name: 'Renamed Collection' },
			}),
		);
		assert.equal(
			ok(await gw('GET', `/collections/v1/collection/${newCollectionId}`)).collections[0].name,
			'Renamed Collection',
		);
		const tmp = ok(
			await gw('POST', '/collections/v1/collection', { body: { name: 'Doomed' } }),
		).collectionId;
		ok(await gw('DELETE', `/collections/v1/collection/${tmp}`));
		err(
			await gw('GET', `/collections/v1/collection/${tmp}`),
			404,
			new RegExp(`Collection ${tmp} not found`),
		);
		err(await gw('POST', '/collections/v1/collection', { body: { name: 5 } }), 400);
	});
	await step(
		'collections upload: blocks out of order, byte-exact, collection gets the CSV',
		async () => {
			const rows = ['Code,Name,Notes'];
			for (let i = 0; i < 2500; i++) rows.push(`C${i},"Item ${i}, size ${i % 7}",ümlaut ✓ ${i}`);
			const bytes = Buffer.from(`${rows.join('\r\n')}\r\n`);
			const blockSize = 20000;
			err(
				await gw('POST', '/collections/v1/upload', {
					body: {
						blockSize: 200000,
						fileSize: bytes.length,
						friendlyFileName: 'x.csv',
						collectionId: newCollectionId,
					},
				}),
				400,
			);
			err(
				await gw('POST', '/collections/v1/upload', {
					body: {
						blockSize,
						fileSize: bytes.length,
						friendlyFileName: 'x.csv',
						collectionId: 'ffffffffffffffffffffffff',
					},
				}),
				404,
			);
			const { id } = ok(
				await gw('POST', '/collections/v1/upload', {
					body: {
						blockSize,
						fileSize: bytes.length,
						friendlyFileName: 'items.csv',
						collectionId: newCollectionId,
					},
				}),
			);
			const n = Math.ceil(bytes.length / blockSize);
			const order = [...Array(n).keys()].reverse();
			// bad ranges first
			err(
				await gw('POST', `/collections/v1/upload/${id}`, {
					raw: bytes.subarray(0, blockSize),
					contentType: 'text/csv',
				}),
				400,
				/Content-Range/,
			);
			err(
				await gw('POST', `/collections/v1/upload/${id}`, {
					raw: bytes.subarray(0, blockSize),
					contentType: 'text/csv',
					headers: { 'content-range': `bytes 0-${blockSize}/${bytes.length}` },
				}),
				400,
				/expected/,
			);
			err(
				await gw('POST', `/collections/v1/upload/${id}`, {
					raw: bytes.subarray(1, blockSize + 1),
					contentType: 'text/csv',
					headers: { 'content-range': `bytes 1-${blockSize}/${bytes.length}` },
				}),
				400,
				/multiple/,
			);
			err(
				await gw('POST', `/collections/v1/upload/${id}`, {
					raw: bytes.subarray(0, 10),
					contentType: 'text/csv',
					headers: { 'content-range': `bytes 0-${blockSize - 1}/${bytes.length}` },
				}),
				400,
				/bytes/,
			);
			const statuses = await uploadAll(
				'collection',
				'/collections/v1/upload',
				id,
				bytes,
				blockSize,
				{ order, contentType: 'text/csv' },
			);
			assert.deepEqual(statuses, [...Array(n - 1).fill(202), 204]);
			const again = await uploadAll('collection', '/collections/v1/upload', id, bytes, blockSize, {
				order: [0],
				contentType: 'text/csv',
			});
			assert.deepEqual(again, [204]);
			const info = sb.upload(id);
			assert.equal(info.complete, true);
			assert.equal(info.sha256, crypto.createHash('sha256').update(bytes).digest('hex'));
			assert.ok(info.buffer.equals(bytes));
			const c = ok(await gw('GET', `/collections/v1/collection/${newCollectionId}`)).collections[0];
			assert.deepEqual(c.headerNames, ['Code', 'Name', 'Notes']);
			assert.equal(c.recordCount, 2500);
			assert.equal(c.csvFileSize, bytes.length);
			const dl = await call('', 'GET', c.csvDownloadUrl);
			assert.ok(dl.buffer.equals(bytes));
		},
	);

	// ---- Groups ----
	await step(
		'groups: list (ACC), create/get (GW /group), rename/permissions/users (GW /api/group), delete (ACC)',
		async () => {
			const list = ok(await acc('GET', '/api/group'));
			assert.equal(list.length, 4);
			assert.deepEqual(Object.keys(list[0]), ['id', 'name']);
			const created = ok(await gw('POST', '/group', { body: { name: 'Night Shift' } }));
			assert.equal(created.name, 'Night Shift');
			const g = ok(await gw('GET', `/group/${created.id}`));
			assert.equal(g.lowercaseName, 'night shift');
			assert.deepEqual(
				ok(await gw('PUT', `/api/group/${created.id}`, { body: { name: 'Late Shift' } })),
				{ id: created.id, name: 'Late Shift' },
			);
			ok(
				await gw('PUT', `/api/group/${created.id}/permissions`, {
					body: { dataViewer: 'true', editor: true, approver: false },
				}),
			);
			err(
				await gw('PUT', `/api/group/${created.id}/permissions`, { body: { editor: 'maybe' } }),
				400,
			);
			ok(
				await gw('PUT', `/api/group/${created.id}/users`, { body: [fx.userIds[1], fx.userIds[2]] }),
			);
			err(
				await gw('PUT', `/api/group/${created.id}/users`, { body: ['ffffffffffffffffffffffff'] }),
				400,
			);
			ok(await gw('DELETE', `/api/group/${created.id}/users`, { body: [fx.userIds[1]] }));
			const after = ok(await gw('GET', `/group/${created.id}`));
			assert.deepEqual(after.users, [fx.userIds[2]]);
			assert.equal(after.permissions.dataViewer, true);
			assert.equal(after.permissions.editor, true);
			ok(await acc('DELETE', `/api/group/${created.id}`));
			err(await gw('GET', `/group/${created.id}`), 404);
			err(await gw('DELETE', `/api/group/${created.id}`), 405); // delete lives on the accounts host
		},
	);

	// ---- Jobs ----
	let createdJob;
	await step('jobs: paging, mine, by workflow, by id (array), bson', async () => {
		const page1 = ok(await gw('GET', '/jobs/v1/'));
		assert.equal(page1.length, 20);
		const page4 = ok(await gw('GET', '/jobs/v1/?skip=60&limit=20'));
		assert.equal(page4.length, 8);
		assert.ok(
			page4.some((j) => j.metadata.status === 'Paused') &&
				page4.some((j) => j.metadata.status === 'InProgress'),
		);
		const all = ok(await gw('GET', '/jobs/v1?skip=0&limit=500'));
		assert.equal(all.length, 68);
		err(await gw('GET', '/jobs/v1?limit=abc'), 400);
		const mine = ok(await gw('GET', '/jobs/v1/my/?skip=0&limit=100'));
		assert.ok(mine.length > 0 && mine.every((j) => j.metadata.userId === fx.apiUserId));
		const wfId = fx.workflowIds['Pump Station Check'];
		const byWf = ok(await gw('GET', `/jobs/v1/workflow/${wfId}`));
		assert.ok(byWf.length > 0 && byWf.every((j) => j.metadata.workflowId === wfId));
		const one = ok(await gw('GET', `/jobs/v1/${all[0].metadata.clientJobId}`));
		assert.ok(Array.isArray(one) && one.length === 1);
		assert.equal(one[0].jobId, all[0].jobId);
		assert.ok(one[0].completedSteps.length > 0);
		const bson = ok(await gw('GET', `/jobs/v1/bson/${all[0].jobId}`));
		assert.equal(bson[0].metadata.clientJobId, all[0].metadata.clientJobId);
		err(
			await gw('GET', '/jobs/v1/00000000-0000-4000-8000-000000000000'),
			404,
			/Job 00000000-0000-4000-8000-000000000000 not found/,
		);
	});
	await step(
		'jobs: create, update, metadata, exclude, snapshots, basicSync upsert + abort, assign, abort, abortForUser, delete',
		async () => {
			const wfId = fx.workflowIds['Panel Repair Workflow'];
			const clientJobId = crypto.randomUUID();
			createdJob = ok(
				await gw('POST', '/jobs/v1', {
					body: {
						metadata: {
							clientJobId,
							workflowId: wfId,
							jobTitle: 'Api Test 2',
							metadata: { Key1: 'V1' },
							status: 'Paused',
							userId: fx.userIds[2],
						},
						completedSteps: [],
					},
				}),
			);
			assert.match(createdJob.jobId, /^[0-9a-f]{24}$/);
			assert.equal(createdJob.metadata.workflowName, 'Panel Repair Workflow');
			err(
				await gw('POST', '/jobs/v1', { body: { metadata: { clientJobId, workflowId: wfId } } }),
				409,
			);
			err(await gw('POST', '/jobs/v1', { body: { metadata: { workflowId: 'nope' } } }), 400);
			const updated = ok(
				await gw('POST', `/jobs/v1/${clientJobId}`, {
					body: { metadata: { jobTitle: 'Api Test 2 - Updated name', status: 'Paused' } },
				}),
			);
			assert.equal(updated.metadata.jobTitle, 'Api Test 2 - Updated name');
			ok(await gw('POST', `/jobs/v1/${clientJobId}/metadata`, { body: { key: 'value' } }));
			ok(
				await gw('PUT', `/jobs/v1/${clientJobId}`, {
					body: { userId: fx.apiUserId, reason: 'Api Exclude Job Test', isExcluded: true },
				}),
			);
			err(
				await gw('PUT', `/jobs/v1/${clientJobId}`, {
					body: { userId: fx.apiUserId, reason: 'x', isExcluded: 'true' },
				}),
				400,
				/isExcluded/,
			);
			let [job] = ok(await gw('GET', `/jobs/v1/${clientJobId}`));
			assert.deepEqual(job.metadata.metadata, { Key1: 'V1', key: 'value' });
			assert.equal(job.excluded, true);
			assert.equal(job.jobExclusion.length, 1);
			const snaps = ok(await gw('GET', `/jobs/v1/snapshots/${clientJobId}`));
			assert.ok(
				snaps.length >= 2 && snaps[0].snapshotId && snaps[0].metadata.clientJobId === clientJobId,
			);
			// assign to another user, then abort
			ok(await gw('POST', `/jobs/v1/${clientJobId}/assign/${fx.userIds[4]}`));
			err(await gw('POST', `/jobs/v1/${clientJobId}/assign/ffffffffffffffffffffffff`), 404, /User/);
			ok(await gw('POST', `/jobs/v1/${clientJobId}/abort`));
			[job] = ok(await gw('GET', `/jobs/v1/${clientJobId}`));
			assert.equal(job.metadata.status, 'Aborted');
			assert.equal(job.metadata.userId, fx.userIds[4]);
			err(await gw('POST', `/jobs/v1/${clientJobId}/abort`), 400);
			// basicSync: create, update, abort
			const syncId = crypto.randomUUID();
			const doc = {
				metadata: {
					clientJobId: syncId,
					workflowId: wfId,
					jobTitle: 'Synced',
					status: 'InProgress',
					metadata: {},
				},
				completedSteps: [],
			};
			assert.equal(
				ok(await gw('POST', '/jobs/v1/basicSync', { body: doc })).metadata.jobTitle,
				'Synced',
			);
			ok(
				await gw('POST', '/jobs/v1/basicSync', {
					body: { ...doc, metadata: { ...doc.metadata, jobTitle: 'Synced again' } },
				}),
			);
			assert.equal(ok(await gw('GET', `/jobs/v1/${syncId}`))[0].metadata.jobTitle, 'Synced again');
			ok(
				await gw('POST', '/jobs/v1/basicSync', {
					body: { ...doc, metadata: { ...doc.metadata, status: 'Aborted' } },
				}),
			);
			assert.equal(ok(await gw('GET', `/jobs/v1/${syncId}`))[0].metadata.status, 'Aborted');
			// abort all open jobs of one user
			const open = fx.openJobs.filter((j) => j.userId === fx.userIds[1]);
			assert.ok(open.length > 0);
			ok(await gw('PUT', `/jobs/v1/abort/?userId=${fx.userIds[1]}`));
			for (const o of open)
				assert.equal(
					ok(await gw('GET', `/jobs/v1/${o.clientJobId}`))[0].metadata.status,
					'Aborted',
				);
			assert.ok(
				fx.openJobs
					.filter((j) => j.userId !== fx.userIds[1])
					.every((o) => sb.state.jobs.find((x) => x.jobId === o.jobId).status !== 'Aborted'),
			);
			ok(await gw('DELETE', `/jobs/v1/${syncId}`));
			err(await gw('GET', `/jobs/v1/${syncId}`), 404);
		},
	);

	// ---- Report generator / reports / templates ----
	await step(
		'report generator (default + template) → blob PDF; GET report PDF and URL-only',
		async () => {
			const jobId = fx.completedJobIds[5];
			const gen = ok(await gw('POST', `/reportgenerator/v1/generate?jobId=${jobId}`));
			assert.equal(gen.jobId, jobId);
			assert.equal(gen.status, 'Completed');
			const pdf = await call('', 'GET', gen.reportUrl);
			assert.equal(pdf.status, 200);
			assert.equal(pdf.headers.get('content-type'), 'application/pdf');
			assert.equal(pdf.buffer.subarray(0, 5).toString(), '%PDF-');
			const tplId = fx.reportTemplateIds['Photo Report'];
			const gen2 = ok(await gw('POST', `/reportgenerator/v1/generate/${tplId}?jobId=${jobId}`));
			assert.ok(gen2.reportUrl.includes(tplId));
			err(await gw('POST', '/reportgenerator/v1/generate?jobId=ffffffffffffffffffffffff'), 404);
			err(await gw('POST', '/reportgenerator/v1/generate'), 400);
			const job = sb.state.jobs.find((j) => j.jobId === jobId);
			const direct = await gw('GET', `/reports/v1/generate/${job.clientJobId}`);
			assert.equal(direct.status, 200);
			assert.equal(direct.headers.get('content-type'), 'application/pdf');
			assert.ok(direct.buffer.toString('latin1').includes(job.jobTitle));
			const urlOnly = await gw('GET', `/reports/v1/generate/${job.clientJobId}?getUrlOnly=true`);
			assert.match(urlOnly.headers.get('content-type'), /^text\/plain/);
			assert.match(urlOnly.text, /^http:\/\/127\.0\.0\.1:\d+\/blob\/reportpdfs\//);
			assert.equal((await call('', 'GET', urlOnly.text)).buffer.subarray(0, 5).toString(), '%PDF-');
		},
	);
	await step(
		'report templates: list, names, content, default, create, update, metadata, set/unset default, delete',
		async () => {
			const all = ok(await gw('GET', '/reporttemplates/v1'));
			assert.equal(all.length, 4);
			const html = await call('', 'GET', all[0].template.templateBodyFile.downloadUrl);
			assert.equal(html.status, 200);
			assert.match(html.headers.get('content-type'), /text\/html/);
			const names = ok(await gw('GET', '/reporttemplates/v1/names'));
			assert.equal(names[0].lastUpdated, '0001-01-01T00:00:00');
			const def = ok(await gw('GET', '/reporttemplates/v1/default'));
			assert.equal(def.reportTemplateId, fx.defaultReportTemplateId);
			const created = ok(
				await gw('POST', '/reporttemplates/v1/content', {
					body: {
						name: 'APi Template Example 1',
						headerContent: '<header>\n</header>',
						bodyContent: '<html><body>x</body></html>',
						options: { headerHeight: 48, title: 'APi Template Example 1' },
					},
				}),
			);
			assert.equal(created.options.headerHeight, 48);
			const id = created.reportTemplateId;
			ok(
				await gw('PUT', `/reporttemplates/v1/content/${id}`, {
					body: { bodyContent: '<html><body>y</body></html>', options: { isLandscape: true } },
				}),
			);
			ok(await gw('PUT', `/reporttemplates/v1/metadata/${id}`, { body: { key: 'value' } }));
			const content = ok(await gw('GET', `/reporttemplates/v1/content/${id}`));
			assert.equal(content.bodyContent, '<html><body>y</body></html>');
			assert.equal(content.options.isLandscape, true);
			assert.deepEqual(content.metadata, { key: 'value' });
			ok(await gw('PUT', `/reporttemplates/v1/default/${id}`));
			assert.equal(ok(await gw('GET', '/reporttemplates/v1/default')).reportTemplateId, id);
			ok(await gw('PUT', '/reporttemplates/v1/default/unset'));
			err(await gw('GET', '/reporttemplates/v1/default'), 404);
			ok(await gw('DELETE', `/reporttemplates/v1/${id}`));
			err(await gw('GET', `/reporttemplates/v1/content/${id}`), 404);
			ok(await gw('PUT', `/reporttemplates/v1/default/${fx.defaultReportTemplateId}`));
		},
	);

	// ---- Scheduler ----
	await step(
		'scheduler: list, get, my, create, task status, status, assignees, delete',
		async () => {
			const all = ok(await gw('GET', '/scheduledjobs/v1'));
			assert.equal(all.length, 5);
			const one = ok(await gw('GET', `/scheduledjobs/v1/${all[0].jobId}`));
			assert.equal(one.jobId, all[0].jobId);
			const mine = ok(await gw('GET', '/scheduledjobs/v1/my'));
			assert.ok(
				Array.isArray(mine) &&
					mine.length >= 1 &&
					mine.every((s) => s.assignedUserIds.includes(fx.apiUserId)),
			);
			const wfId = fx.workflowIds['Site Safety Audit'];
			const created = ok(
				await gw('POST', '/scheduledjobs/v1', {
					body: {
						name: 'API Scheduler Example Job 1',
						description: 'To Demo Scheduler Apis',
						tasks: [{ taskType: 'workflow', artifactId: wfId }],
						assignedUserIds: [fx.userIds[5]],
						dueByDate: null,
						priority: false,
					},
				}),
			);
			assert.equal(created.tasks[0].taskType, 'Workflow');
			assert.equal(created.state, 'Scheduled');
			err(
				await gw('POST', '/scheduledjobs/v1', {
					body: { name: 'x', tasks: [{ taskType: 'workflow', artifactId: 'nope' }] },
				}),
				400,
			);
			err(
				await gw('PUT', `/scheduledjobs/v1/${created.jobId}/status`, {
					body: { state: 'Completed', updated: '2021-10-06T07:24:52.44' },
				}),
				400,
				/tasks/,
			);
			ok(
				await gw(
					'PUT',
					`/scheduledjobs/v1/${created.jobId}/tasks/${created.tasks[0].taskId}/status`,
					{
						body: {
							clientJobId: crypto.randomUUID(),
							state: 'Completed',
							updated: '2021-10-06T07:24:52.44',
						},
					},
				),
			);
			ok(
				await gw('PUT', `/scheduledjobs/v1/${created.jobId}/status`, {
					body: { state: 'Completed', updated: '2021-10-06T07:24:52.44' },
				}),
			);
			ok(
				await gw('PUT', `/scheduledjobs/v1/${created.jobId}/assignedUsers`, {
					body: { assignedUserIds: [fx.userIds[6]] },
				}),
			);
			const after = ok(await gw('GET', `/scheduledjobs/v1/${created.jobId}`));
			assert.equal(after.state, 'Completed');
			assert.equal(after.tasks[0].state, 3);
			assert.deepEqual(after.assignedUserIds, [fx.userIds[6]]);
			ok(await gw('DELETE', `/scheduledjobs/v1/${created.jobId}`));
			err(await gw('GET', `/scheduledjobs/v1/${created.jobId}`), 404);
		},
	);

	// ---- Team settings ----
	await step('team settings: get all, get one (bare value), set, reset defaults', async () => {
		const all = ok(await gw('GET', '/teamsettings/v1/'));
		assert.equal(all.DisableJobRestart, true);
		const one = await gw('GET', '/teamsettings/v1/DisableJobRestart');
		assert.equal(one.status, 200);
		assert.equal(one.text, 'true');
		ok(
			await gw('POST', '/teamsettings/v1/', {
				body: { DisableJobRestart: false, EnableJobNaming: false },
			}),
		);
		assert.equal((await gw('GET', '/teamsettings/v1/EnableJobNaming')).text, 'false');
		err(await gw('POST', '/teamsettings/v1/', { body: { DisableJobRestart: 'yes' } }), 400);
		err(await gw('GET', '/teamsettings/v1/NoSuchSetting'), 404);
		ok(await gw('POST', '/teamsettings/v1/defaults'));
		const reset = ok(await gw('GET', '/teamsettings/v1'));
		assert.equal(reset.DefaultTimezone, 'Etc/UTC');
		assert.equal(reset.EnableJobNaming, true);
	});

	// ---- Triggers ----
	await step('triggers: list, get (array), create, update, archive, unarchive', async () => {
		const all = ok(await gw('GET', '/trigger/v2'));
		assert.equal(all.length, 3);
		const created = ok(
			await gw('POST', '/trigger/v2', {
				body: { disabled: true, name: 'API Trigger Ex 1', triggerType: 'Email' },
			}),
		);
		assert.equal(created.archived, false);
		const id = created.triggerId;
		ok(
			await gw('PUT', `/trigger/v2/${id}`, {
				body: {
					name: 'API Trigger Ex 1',
					description: 'Updating trigger description via api call',
					templateTags: [],
					objectIds: [],
					templateIds: [],
					triggerType: 'Email',
					triggerOptions: { recipients: '', sendCopyToUser: 'true' },
					pdfRequirement: 'NotRequired',
					reportTemplateId: null,
					disabled: true,
				},
			}),
		);
		err(
			await gw('PUT', `/trigger/v2/${id}`, { body: { triggerOptions: { sendCopyToUser: true } } }),
			400,
		);
		ok(await gw('DELETE', `/trigger/v2/${id}`));
		let got = ok(await gw('GET', `/trigger/v2/${id}`));
		assert.ok(Array.isArray(got) && got.length === 1);
		assert.equal(got[0].archived, true);
		assert.equal(got[0].description, 'Updating trigger description via api call');
		ok(await gw('PUT', `/trigger/v2/unarchive/${id}`));
		got = ok(await gw('GET', `/trigger/v2/${id}`));
		assert.equal(got[0].archived, false);
		err(await gw('GET', '/trigger/v2/ffffffffffffffffffffffff'), 404);
	});

	// ---- Users ----
	await step(
		'users: list, get, create (password), permissions, lock/unlock, reset password, rename, delete',
		async () => {
			const all = ok(await acc('GET', '/api/team/user'));
			assert.equal(all.length, 12);
			const u = ok(await acc('GET', `/api/team/user/${all[1].userId}`));
			assert.equal(u.userId, all[1].userId);
			const created = ok(
				await acc('POST', '/api/team/user', {
					body: {
						username: 'chege.naengop@solarenergy.com',
						emailAddress: 'chege.naengop@solarenergy.com',
						name: 'Chege Naengop',
					},
				}),
			);
			assert.ok(created.password && created.userId);
			err(
				await acc('POST', '/api/team/user', {
					body: {
						username: 'chege.naengop@solarenergy.com',
						emailAddress: 'chege.naengop@solarenergy.com',
						name: 'X',
					},
				}),
				409,
			);
			const id = created.userId;
			ok(
				await acc('PUT', `/api/team/user/${id}/permissions`, {
					body: { admin: false, dataViewer: true, executor: true },
				}),
			);
			assert.deepEqual(ok(await acc('GET', `/api/team/user/${id}/permissions`)), {
				admin: false,
				dataViewer: true,
				executor: true,
			});
			ok(await acc('POST', `/api/team/${id}/lock`));
			assert.equal(ok(await acc('GET', `/api/team/user/${id}`)).locked, true);
			ok(await acc('POST', `/api/team/${id}/unlock`));
			assert.equal(ok(await acc('GET', `/api/team/user/${id}`)).locked, false);
			const pw = ok(await acc('POST', `/api/team/${id}/resetpassword`));
			assert.ok(pw.password && pw.password !== created.password);
			ok(await acc('PUT', `/api/team/user/${id}`, { body: { Name: 'Chege N.' } }));
			assert.equal(ok(await acc('GET', `/api/team/user/${id}`)).name, 'Chege N.');
			ok(await acc('DELETE', `/api/team/user/${id}`));
			err(await acc('GET', `/api/team/user/${id}`), 404, /User .* not found/);
		},
	);

	// ---- Workflows ----
	await step('workflows: list, get (POST), update, activate, delete version, delete', async () => {
		const all = ok(await gw('GET', '/workflows/v2'));
		assert.equal(all.length, 6);
		const wf = all.find((w) => w.name === 'Vehicle Pre-Start Checklist');
		assert.equal(wf.versions.length, 2);
		const got = ok(await gw('POST', `/workflows/v2/${wf.workflowId}`));
		assert.equal(got.activeVersionId, wf.activeVersionId);
		ok(
			await gw('PUT', `/workflows/v2/${wf.workflowId}`, {
				body: {
					name: 'Vehicle Pre-Start Checklist - AP-6',
					description: 'Ensure',
					tags: ['Vehicle', 'HSSE', 'AP-6'],
					liveObjectIds: [],
				},
			}),
		);
		err(await gw('PUT', `/workflows/v2/${wf.workflowId}`, { body: { tags: 'Panel' } }), 400);
		const first = wf.versions[0].versionId;
		ok(await gw('POST', `/workflows/v2/${first}/activate`));
		let now = ok(await gw('POST', `/workflows/v2/${wf.workflowId}`));
		assert.equal(now.activeVersionId, first);
		assert.deepEqual(now.tags, ['Vehicle', 'HSSE', 'AP-6']);
		assert.equal(now.name, 'Vehicle Pre-Start Checklist - AP-6');
		ok(await gw('DELETE', `/workflows/v2/${wf.workflowId}/${first}`));
		now = ok(await gw('POST', `/workflows/v2/${wf.workflowId}`));
		assert.equal(now.versions.length, wf.versions.length - 1);
		assert.notEqual(now.activeVersionId, first);
		err(await gw('POST', '/workflows/v2/00000000-0000-4000-8000-000000000000/activate'), 404);
		const victim = all.find(
			(w) => w.workflowId !== wf.workflowId && w.name === 'Warehouse Stock Count',
		);
		ok(await gw('DELETE', `/workflows/v2/${victim.workflowId}`));
		err(await gw('POST', `/workflows/v2/${victim.workflowId}`), 404);
	});
	await step(
		'workflow upload: 153600-byte zip in 2 blocks (JSON-looking body too), finalize, activate',
		async () => {
			const bytes = Buffer.concat([Buffer.from('PK\u0003\u0004'), crypto.randomBytes(153600 - 4)]);
			bytes[102400] = 0x7b; // second block starts with "{": must not be JSON-parsed
			const { id } = ok(
				await gw('POST', '/workflows/v2/upload', {
					body: { blockSize: 102400, fileSize: 153600, friendlyFileName: 'Workflow1.zip' },
				}),
			);
			err(
				await gw('POST', '/workflows/v2', { body: { uploadId: id, name: 'Too soon' } }),
				400,
				/incomplete/,
			);
			const s1 = await uploadAll('workflow', '/workflows/v2/upload', id, bytes, 102400, {
				order: [1],
				contentType: 'application/json',
			});
			assert.deepEqual(s1, [202]);
			assert.equal(sb.upload(id).complete, false);
			const s0 = await uploadAll('workflow', '/workflows/v2/upload', id, bytes, 102400, {
				order: [0],
				contentType: 'application/octet-stream',
			});
			assert.deepEqual(s0, [204]);
			const info = sb.upload(id);
			assert.equal(info.sha256, crypto.createHash('sha256').update(bytes).digest('hex'));
			const { workflowId } = ok(
				await gw('POST', '/workflows/v2', {
					body: {
						uploadId: id,
						name: 'Repair Process',
						description: 'Repair Process for all new and current Plant Machinery',
						tags: ['Repairs', 'Level 1 Process'],
						versionNotes: 'First version of the process',
					},
				}),
			);
			const wf = ok(await gw('POST', `/workflows/v2/${workflowId}`));
			assert.equal(wf.versions.length, 1);
			assert.equal(wf.versions[0].fileSize, 153600);
			ok(await gw('POST', `/workflows/v2/${wf.versions[0].versionId}/activate`));
			err(await gw('POST', '/workflows/v2', { body: { uploadId: id, name: 'Again' } }), 400);
			err(
				await gw('POST', '/workflows/v2', {
					body: { uploadId: 'ffffffffffffffffffffffff', name: 'Unknown' },
				}),
				400,
			);
			const ctl = await call('gw', 'GET', `/__sandbox/uploads/${id}`);
			assert.equal(ctl.json.sha256, info.sha256);
			assert.equal(ctl.json.received, 153600);
		},
	);

	// ---- GraphQL ----
	await step('graphql: key auth (primary, secondary, temporary), bearer, 401/403', async () => {
		const q = '{ jobs(limit: 1) { jobId } }';
		assert.equal(ok(await graph(q)).data.jobs.length, 1);
		assert.equal(ok(await graph(q, { key: 'sandbox-secondary-key' })).data.jobs.length, 1);
		const tmp = sb.temporaryKey();
		assert.ok(Date.parse(tmp.expiry) > Date.now() + 3500e3);
		assert.equal(ok(await graph(q, { key: tmp.value, method: 'GET' })).data.jobs.length, 1);
		assert.equal((await graph(q, { key: 'wrong' })).status, 401);
		assert.equal((await graph(q, { key: null })).status, 401);
		assert.equal(ok(await graph(q, { key: null, token: tokens.readOnly })).data.jobs.length, 1);
		const r = await graph(q, { key: null, token: tokens.narrow });
		assert.equal(r.status, 403);
		assert.equal(r.json.error, 'insufficient_scope');
	});
	await step(
		'graphql: asc cursor paging covers every completed job once, in upload order',
		async () => {
			const seen = [];
			let cursor = null;
			for (let i = 0; i < 20; i++) {
				const body = ok(
					await graph(
						'query ($c: String) { jobs(order: "asc", limit: 7, cursor: $c) { jobId completedJobCursor status } }',
						{ variables: { c: cursor } },
					),
				);
				const page = body.data.jobs;
				seen.push(...page);
				if (page.length < 7) break;
				cursor = page[page.length - 1].completedJobCursor;
			}
			const ids = seen.map((j) => j.jobId);
			assert.equal(new Set(ids).size, ids.length);
			const expected = sb.state.jobs.filter(
				(j) => j.status === 'Completed' && j.seq && !j.excluded,
			);
			assert.equal(ids.length, expected.length);
			const cursors = seen.map((j) => j.completedJobCursor);
			assert.deepEqual(cursors, cursors.slice().sort());
			assert.ok(seen.every((j) => j.status === 'Completed'));
			// desc with cursor pages backwards
			const last = ok(await graph('{ jobs(order: "desc", limit: 1) { completedJobCursor } }')).data
				.jobs[0].completedJobCursor;
			assert.equal(last, cursors[cursors.length - 1]);
			const before = ok(
				await graph(`{ jobs(order: "desc", limit: 2, cursor: "${last}") { completedJobCursor } }`),
			).data.jobs;
			assert.deepEqual(
				before.map((j) => j.completedJobCursor),
				[cursors[cursors.length - 2], cursors[cursors.length - 3]],
			);
			// control API completes new jobs after the last cursor
			const fresh = sb.completeJobs(2, { workflowId: fx.workflowIds['Pump Station Check'] });
			const next = ok(await graph(`{ jobs(cursor: "${last}") { jobId workflowTitle } }`)).data.jobs;
			assert.deepEqual(
				next.map((j) => j.jobId),
				fresh.map((j) => j.jobId),
			);
			assert.ok(fresh[1].completedJobCursor > fresh[0].completedJobCursor);
		},
	);
	await step('graphql: filters, one-per-group error, limit bound, dates, order', async () => {
		const wfId = fx.workflowIds['Pump Station Check'];
		const a = ok(await graph(`{ jobs(workflowId: "${wfId}", limit: 100) { workflowId } }`)).data
			.jobs;
		assert.ok(a.length > 0 && a.every((j) => j.workflowId === wfId));
		const b = ok(
			await graph(
				`{ jobs(workflowId: ["${wfId}", "${fx.workflowIds['Site Safety Audit']}"], limit: 100) { workflowId } }`,
			),
		).data.jobs;
		assert.ok(b.length > a.length);
		const t = ok(
			await graph(
				'{ jobs(workflowTitle: "Component Inspection & Maintenance", limit: 50, order: "desc") { workflowTitle componentCodeStep: step(search: "componentcode") { value } maintenanceStep: step(search: "ComponentMaintenance") { activeDuration } } }',
			),
		).data.jobs;
		assert.ok(
			t.length > 0 &&
				t.every(
					(j) =>
						j.workflowTitle === 'Component Inspection & Maintenance' &&
						/^CMP-/.test(j.componentCodeStep.value),
				),
		);
		const tag = ok(await graph('{ jobs(workflowTag: "Inspection", limit: 100) { workflowTags } }'))
			.data.jobs;
		assert.ok(tag.length > 0 && tag.every((j) => j.workflowTags.includes('Inspection')));
		const and = ok(
			await graph('{ jobs(workflowTagsAnd: ["HSSE", "Audit"], limit: 100) { workflowTitle } }'),
		).data.jobs;
		assert.ok(and.length > 0 && and.every((j) => j.workflowTitle === 'Site Safety Audit'));
		const or = ok(
			await graph(
				'{ jobs(workflowTagsOr: ["Vehicle", "Warehouse"], limit: 100) { workflowTags } }',
			),
		).data.jobs;
		assert.ok(
			or.length > 0 &&
				or.every((j) => j.workflowTags.includes('Vehicle') || j.workflowTags.includes('Warehouse')),
		);
		const user = sb.state.users[3];
		const byUser = ok(await graph(`{ jobs(userName: "${user.username}", limit: 100) { userId } }`))
			.data.jobs;
		assert.ok(byUser.every((j) => j.userId === user.userId));
		const byUserId = ok(await graph(`{ jobs(userId: ["${user.userId}"], limit: 100) { userId } }`))
			.data.jobs;
		assert.equal(byUserId.length, byUser.length);
		const some = ok(await graph('{ jobs(limit: 3) { jobId jobTitle } }')).data.jobs;
		assert.equal(
			ok(await graph(`{ jobs(jobId: "${some[1].jobId}") { jobId } }`)).data.jobs[0].jobId,
			some[1].jobId,
		);
		assert.equal(
			ok(
				await graph(`{ jobs(jobTitle: ["${some[0].jobTitle}", "${some[2].jobTitle}"]) { jobId } }`),
			).data.jobs.length,
			2,
		);
		const twice = ok(await graph(`{ jobs(workflowId: "${wfId}", workflowTag: "Pump") { jobId } }`));
		assert.equal(twice.data.jobs, null);
		assert.match(twice.errors[0].message, /Only one workflow filter/);
		assert.match(
			ok(await graph(`{ jobs(userId: "x", userName: "y") { jobId } }`)).errors[0].message,
			/Only one user filter/,
		);
		assert.match(ok(await graph('{ jobs(limit: 101) { jobId } }')).errors[0].message, /limit/);
		assert.match(ok(await graph('{ jobs(limit: 0) { jobId } }')).errors[0].message, /limit/);
		assert.equal(ok(await graph('{ jobs(limit: 100) { jobId } }')).data.jobs.length, 62);
		assert.equal(ok(await graph('{ jobs { jobId } }')).data.jobs.length, 50);
		// dates: since inclusive, before exclusive; slash form accepted; garbage rejected
		const all = ok(await graph('{ jobs(limit: 100) { jobId created updated } }')).data.jobs;
		const pivot = all[30];
		const since = ok(
			await graph(`{ jobs(updatedSince: "${pivot.updated}", limit: 100) { jobId updated } }`),
		).data.jobs;
		assert.ok(
			since.some((j) => j.jobId === pivot.jobId) && since.every((j) => j.updated >= pivot.updated),
		);
		const beforeU = ok(
			await graph(`{ jobs(updatedBefore: "${pivot.updated}", limit: 100) { jobId } }`),
		).data.jobs;
		assert.ok(!beforeU.some((j) => j.jobId === pivot.jobId));
		assert.equal(since.length + beforeU.length, all.length);
		const slash = pivot.created.replace(/-/g, '/');
		const cs = ok(
			await graph(
				`{ jobs(createdSince: "${slash}", createdBefore: "2030-01-01T00:00:00", limit: 100) { jobId } }`,
			),
		).data.jobs;
		assert.ok(cs.some((j) => j.jobId === pivot.jobId));
		assert.match(
			ok(await graph('{ jobs(createdSince: "last tuesday") { jobId } }')).errors[0].message,
			/Invalid date/,
		);
		assert.match(
			ok(await graph('{ jobs(order: "sideways") { jobId } }')).errors[0].message,
			/order/,
		);
		const syntax = await graph('{ jobs( { jobId }');
		assert.equal(syntax.status, 400);
		assert.ok(syntax.json.errors.length);
	});
	await step(
		'graphql: job fields, steps, substeps, regex step, attachments + thumbnails, reports, users; GET transport',
		async () => {
			const q = `{ jobs(limit: 100) { jobId completedJobCursor teamName workflowId workflowVersionId workflowTitle workflowTags jobTitle created updated completed
      totalDuration activeDuration status userId userName geoLongAverage geoLatAverage metadata { name value }
      steps { stepId uniqueStepId stepTitle stepType started completed isFormStep totalDuration activeDuration values value
        substeps { stepTitle stepTag value } attachments { attachmentId } }
      HsseStep: step(regexSearch: "HSSE") { stepTitle }
      attachments { attachmentId stepId uniqueStepId stepTitle mimeType fileSize downloadUrl thumbnails { name created mimeType fileSize width height downloadUrl } }
      reports { generatedReportId generated templateName mimeType downloadUrl } } }`;
			const jobs = ok(await graph(q, { method: 'GET' })).data.jobs;
			const withSubs = jobs.find((j) => j.steps.some((s) => s.substeps.length));
			assert.ok(withSubs && withSubs.HsseStep.stepTitle === 'HSSE Check');
			const withAtt = jobs.find((j) => j.attachments.length);
			const att = withAtt.attachments[0];
			assert.equal(att.thumbnails.length, 3);
			const file = await call('', 'GET', att.downloadUrl);
			assert.equal(file.status, 200);
			assert.equal(file.headers.get('content-type'), att.mimeType);
			assert.equal(file.buffer.length, att.fileSize);
			if (att.mimeType === 'image/jpeg')
				assert.deepEqual([...file.buffer.subarray(0, 3)], [0xff, 0xd8, 0xff]);
			const thumb = await call('', 'GET', att.thumbnails[2].downloadUrl);
			assert.equal(thumb.buffer.length, att.thumbnails[2].fileSize);
			const denied = await call('', 'GET', att.downloadUrl, {
				headers: { authorization: `Bearer ${tokens.full}` },
			});
			assert.equal(denied.status, 403);
			const expired = new URL(att.downloadUrl);
			expired.searchParams.set('se', '2020-01-01T00:00:00Z');
			assert.equal((await call('', 'GET', expired.href)).status, 403);
			const tampered = new URL(att.downloadUrl);
			tampered.pathname = tampered.pathname.replace(/\.(jpg|png)$/, 'x.$1');
			assert.equal((await call('', 'GET', tampered.href)).status, 403);
			const withReport = jobs.find((j) => j.reports.length);
			const rep = await call('', 'GET', withReport.reports[0].downloadUrl);
			assert.equal(rep.headers.get('content-type'), 'application/pdf');
			const users = ok(await graph('{ users { emailAddress name userGroups { name } } }')).data
				.users;
			assert.equal(users.length, 12);
			assert.ok(users[0].userGroups.some((g) => g.name === 'Administrators'));
		},
	);
	await step(
		'graphql csv=true: flattened dotted columns, indexes, RFC 4180, errors dropped',
		async () => {
			const res = await graph(
				'{ jobs(limit: 5) { jobId jobTitle workflowTags metadata { name value } } }',
				{ csv: true, method: 'GET' },
			);
			assert.equal(res.status, 200);
			assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
			const lines = res.text.split('\r\n');
			assert.ok(lines[0].startsWith('jobId,jobTitle,workflowTags.0'));
			assert.equal(lines.filter(Boolean).length, 6);
			const post = await graph('{ jobs(limit: 3) { jobId metadata { name value } } }', {
				csv: true,
			});
			assert.equal(post.headers.get('content-type'), 'text/csv; charset=utf-8');
			assert.ok(
				/metadata\.0\.name/.test(post.text.split('\r\n')[0]) || !post.text.includes('metadata'),
			);
			const bad = await graph('{ jobs(limit: 500) { jobId } }', { csv: true });
			assert.equal(bad.status, 200);
			assert.equal(bad.text, '');
		},
	);

	// ---- faults, expiry, control API, reset ----
	await step('faults: 429 and 500 bodies, accounts host fault', async () => {
		sb.injectFault({ path: '/workflows/v2', status: 429, retryAfter: 7 });
		let r = await gw('GET', '/workflows/v2');
		assert.equal(r.status, 429);
		assert.equal(r.headers.get('retry-after'), '7');
		assert.deepEqual(r.json, {
			statusCode: 429,
			message: 'Rate limit is exceeded. Try again in 7 seconds.',
		});
		sb.injectFault({ path: '/workflows/v2', status: 500 });
		r = await gw('GET', '/workflows/v2');
		assert.deepEqual(r.json, { statusCode: 500, message: 'Internal server error' });
		sb.injectFault({ host: 'accounts', path: '/connect/token', status: 503 });
		r = await getToken({
			grant_type: 'client_credentials',
			client_id: 'sandbox-client',
			client_secret: 'sandbox-client-secret',
		});
		assert.equal(r.status, 503);
		assert.equal((await gw('GET', '/workflows/v2')).status, 200);
	});
	await step('request log merges both hosts with host labels', async () => {
		sb.clearRequests();
		await acc('GET', '/api/group');
		await gw('GET', '/trigger/v2');
		await acc('GET', '/api/team/user');
		assert.deepEqual(
			sb.requests.map((r) => `${r.host} ${r.method} ${r.pathname}`),
			['accounts GET /api/group', 'gateway GET /trigger/v2', 'accounts GET /api/team/user'],
		);
	});
	await step(
		'control API: complete, touch, temporary key, fixtures; expireTokens → 401',
		async () => {
			const done = await call('gw', 'POST', '/__sandbox/jobs/complete', {
				body: { count: 1, userId: fx.userIds[2] },
			});
			assert.equal(done.json.jobs.length, 1);
			assert.equal(done.json.jobs[0].metadata.userId, fx.userIds[2]);
			const jobId = done.json.jobs[0].jobId;
			const touched = await call('acc', 'POST', `/__sandbox/jobs/${jobId}/touch`, {
				body: { updatedAt: '2031-01-01T00:00:00Z' },
			});
			assert.equal(touched.json.job.metadata.updated, '2031-01-01T00:00:00.000Z');
			const upd = ok(
				await graph('{ jobs(updatedSince: "2030-12-31T00:00:00Z") { jobId completedJobCursor } }'),
			).data.jobs;
			assert.deepEqual(
				upd.map((j) => j.jobId),
				[jobId],
			);
			assert.equal(upd[0].completedJobCursor, done.json.jobs[0].completedJobCursor);
			const key = (await call('gw', 'POST', '/__sandbox/query-keys/temporary')).json;
			assert.equal(
				ok(await graph('{ jobs(limit: 1) { jobId } }', { key: key.value })).data.jobs.length,
				1,
			);
			assert.ok((await call('gw', 'GET', '/__sandbox/fixtures')).json.apiUserId);
			sb.expireTokens();
			assert.equal((await gw('GET', '/workflows/v2')).status, 401);
			tokens.full = ok(
				await getToken({
					grant_type: 'client_credentials',
					client_id: 'sandbox-client',
					client_secret: 'sandbox-client-secret',
				}),
			).access_token;
			assert.equal((await gw('GET', '/workflows/v2')).status, 200);
			await call('acc', 'POST', '/__sandbox/tokens/expire');
			assert.equal((await gw('GET', '/workflows/v2')).status, 401);
			tokens.full = ok(
				await getToken({
					grant_type: 'client_credentials',
					client_id: 'sandbox-client',
					client_secret: 'sandbox-client-secret',
				}),
			).access_token;
		},
	);
	await step('short token TTL expires on its own', async () => {
		const quick = await startOnsightFlowSandbox({ tokenTtlSeconds: 1, jobs: 3, users: 2 });
		try {
			const t = await (
				await fetch(`${quick.accountsUrl}/connect/token`, {
					method: 'POST',
					headers: { 'content-type': 'application/x-www-form-urlencoded' },
					body: 'grant_type=client_credentials&client_id=sandbox-client&client_secret=sandbox-client-secret',
				})
			).json();
			assert.equal(t.expires_in, 1);
			const h = { authorization: `Bearer ${t.access_token}` };
			assert.equal((await fetch(`${quick.gatewayUrl}/workflows/v2`, { headers: h })).status, 200);
			await new Promise((r) => setTimeout(r, 1100));
			assert.equal((await fetch(`${quick.gatewayUrl}/workflows/v2`, { headers: h })).status, 401);
		} finally {
			await quick.close();
		}
	});

	// ---- coverage: every inventory endpoint answered 2xx at least once ----
	await step(
		'coverage: all 82 inventory endpoints (80 REST + token + client) answered 2xx',
		async () => {
			const missing = POLICIES.endpoints
				.filter((e) => !hits.has(`${e.host} ${e.method} ${e.path}`))
				.map((e) => e.id);
			assert.deepEqual(missing, []);
		},
	);

	await step('reset re-seeds deterministically and keeps tokens', async () => {
		const before = JSON.stringify(sb.fixtures);
		sb.reset();
		assert.equal(JSON.stringify(sb.fixtures), before);
		assert.equal(sb.tokensIssued, 0);
		assert.equal(ok(await gw('GET', '/workflows/v2')).length, 6);
		const again = await startOnsightFlowSandbox({ seed: 42 });
		try {
			assert.equal(JSON.stringify(again.fixtures), before);
		} finally {
			await again.close();
		}
	});
}

// Every logged request (kept by reference, so the final status is visible), gathered before the log is cleared.
const seenRecords = [];
function trackHits() {
	for (const host of ['accounts', 'gateway']) {
		const log = sb[host].log;
		const add = log.add.bind(log);
		log.add = (entry) => {
			const record = add(entry);
			seenRecords.push(record);
			return record;
		};
	}
}
const hits = {
	has(key) {
		return seenRecords.some(
			(r) => r.status >= 200 && r.status < 300 && `${r.host} ${r.route}` === key,
		);
	},
};

(async () => {
	const started = Date.now();
	try {
		await main();
	} catch (err) {
		checklist.fail('setup');
		console.log(`FAIL setup\n     ${err.stack}`);
	} finally {
		if (sb) await sb.close();
	}
	checklist.finish(` (${Date.now() - started} ms)`);
})();
