#!/usr/bin/env node
'use strict';

/*
 * Plain-node self check of the Snapper Grape sandbox: all 28 endpoints, login + cookie, session
 * expiry (401 and expiredAs 200), SWT (good, bad signature, expired, unknown issuer/user),
 * form-encoded bodies, paging, views and fields, /api/changes + addChange, validFalseWith200,
 * a 429 fault and reset. Exits 1 on any mismatch.
 *   node test/sandboxes/snapper-grape/selfcheck.js
 */
const { createChecklist } = require('../framework/checklist');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { startSnapperGrapeSandbox } = require('./index');

const ENDPOINTS = [
	'GET /api/categories',
	'GET /api/categories/:category_id',
	'GET /api/changes',
	'GET /api/cms/:id',
	'GET /api/competences',
	'GET /api/events',
	'GET /api/personevents',
	'GET /api/personevents/:event_id',
	'POST /api/personevents/:event_id',
	'PUT /api/personevents/:event_id',
	'GET /api/personcompetences',
	'GET /api/personcompetences/:competence_id',
	'PUT /api/personcompetences/:competence_id',
	'GET /api/positions',
	'GET /api/roles',
	'GET /api/persons/:user_name',
	'GET /api/person',
	'GET /api/persons',
	'PUT /api/persons/:user_name',
	'POST /api/persons',
	'GET /api/organisations',
	'GET /api/organisations/:organisation_id',
	'GET /api/organisations/:organisation_id/persons',
	'POST /api/organisations',
	'POST /api/login',
	'GET /api/validate',
	'GET /api/logout',
	'POST /api/forgot_password',
];

const checklist = createChecklist();
const { step } = checklist;
let sb;

const form = (obj) => new URLSearchParams(obj).toString();

/** One HTTP call. `cookie` is a session id (or null); `form` / `json` bodies; `auth` raw Authorization. */
async function call(method, path, { cookie, formBody, jsonBody, auth, redirect = 'manual' } = {}) {
	const headers = {};
	if (cookie) headers.cookie = `tg-visit=${cookie}`;
	if (auth) headers.authorization = auth;
	let body;
	if (formBody !== undefined) {
		headers['content-type'] = 'application/x-www-form-urlencoded';
		body = typeof formBody === 'string' ? formBody : form(formBody);
	} else if (jsonBody !== undefined) {
		headers['content-type'] = 'application/json';
		body = JSON.stringify(jsonBody);
	}
	const res = await fetch(sb.url + path, { method, headers, body, redirect });
	const text = await res.text();
	let json;
	if ((res.headers.get('content-type') || '').includes('json') && text) json = JSON.parse(text);
	return { status: res.status, headers: res.headers, json, text };
}

function expectOk(res, key) {
	assert.equal(res.status, 200, `expected 200, got ${res.status}: ${res.text.slice(0, 300)}`);
	assert.equal(res.json.valid, true, res.text.slice(0, 300));
	assert.equal(typeof res.json.message, 'string');
	if (key)
		assert.ok(
			Array.isArray(res.json[key]),
			`envelope key ${key} missing: ${Object.keys(res.json)}`,
		);
	return key ? res.json[key] : res.json;
}

function expectError(res, status, pattern, field) {
	assert.equal(
		res.status,
		status,
		`expected ${status}, got ${res.status}: ${res.text.slice(0, 300)}`,
	);
	assert.equal(res.json.valid, false);
	assert.equal(typeof res.json.message, 'string');
	if (pattern) assert.match(res.json.message, pattern);
	if (field) assert.equal(res.json.field, field);
	return res.json;
}

async function login(userName = sb.userName, password = sb.password, extra = {}) {
	const res = await call('POST', '/api/login', {
		formBody: { user_name: userName, password, login: '1', ...extra },
	});
	const [login] = expectOk(res, 'logins');
	const cookie = res.headers.get('set-cookie');
	assert.match(cookie, new RegExp(`^tg-visit=${login.session_id}; Path=/; HttpOnly`));
	return login;
}

const control = async (method, path, body) => {
	const res = await fetch(`${sb.origin}/__sandbox${path}`, {
		method,
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return { status: res.status, json: await res.json() };
};

function swt(params, secret = sb.swtSecret) {
	const signed = Object.entries(params)
		.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
		.join('&');
	const sig = crypto.createHmac('sha256', secret).update(signed).digest('base64');
	return `SWT ${signed}&HMACSHA256=${encodeURIComponent(sig)}`;
}

async function main() {
	sb = await startSnapperGrapeSandbox();
	const fx = sb.fixtures;
	let S; // superuser session id

	await step('route table = the 28 inventory endpoints', () => {
		assert.deepEqual([...sb.info().routes].sort(), [...ENDPOINTS].sort());
	});

	// ---- login / session -------------------------------------------------------------------
	await step('POST /api/login (form) → Login + Set-Cookie; logins counter', async () => {
		const before = sb.logins;
		const l = await login();
		S = l.session_id;
		for (const k of ['session_id', 'user_name', 'person_id', 'firstname', 'lastname', 'hash', 'ts'])
			assert.ok(k in l, k);
		assert.equal(l.user_name, 'api.user');
		assert.equal(l.person_id, 1001);
		assert.match(l.ts, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
		assert.equal(sb.logins, before + 1);
	});
	await step(
		'login: wrong password 401, missing fields / login≠1 → 400 naming the field, JSON body accepted',
		async () => {
			expectError(
				await call('POST', '/api/login', {
					formBody: { user_name: 'api.user', password: 'nope', login: '1' },
				}),
				401,
				/^Wrong user name or password$/,
			);
			expectError(
				await call('POST', '/api/login', { formBody: { password: 'x', login: '1' } }),
				400,
				/user_name/,
				'user_name',
			);
			expectError(
				await call('POST', '/api/login', {
					formBody: { user_name: 'api.user', password: 'sandbox-password' },
				}),
				400,
				/login/,
				'login',
			);
			const res = await call('POST', '/api/login', {
				jsonBody: { user_name: fx.person, password: sb.password, login: 1 },
			});
			assert.equal(expectOk(res, 'logins')[0].user_name, 'ola.hansen');
		},
	);
	await step('no cookie → 401; unknown cookie → 401 "Session is invalid…"', async () => {
		expectError(await call('GET', '/api/person'), 401, /not logged in/);
		expectError(
			await call('GET', '/api/person', { cookie: 'deadbeef' }),
			401,
			/^Session is invalid or has expired\. Please log in again\.$/,
		);
	});
	await step('GET /api/person with the cookie → [logged-in person], full view', async () => {
		const [p] = expectOk(await call('GET', '/api/person', { cookie: S }), 'persons');
		assert.equal(p.user_name, 'api.user');
		assert.equal(p.person_id, 1001);
		assert.ok('extern_person_id' in p);
	});
	await step('session idle TTL on the sandbox clock (sliding) and expireSessions()', async () => {
		const s = (await login()).session_id;
		sb.clock.advance(29 * 60000);
		expectOk(await call('GET', '/api/person', { cookie: s }), 'persons');
		sb.clock.advance(29 * 60000);
		expectOk(await call('GET', '/api/person', { cookie: s }), 'persons');
		sb.clock.advance(31 * 60000);
		expectError(await call('GET', '/api/person', { cookie: s }), 401, /Session is invalid/);
		const s2 = (await login()).session_id;
		sb.expireSessions();
		expectError(await call('GET', '/api/person', { cookie: s2 }), 401, /Session is invalid/);
		S = (await login()).session_id;
	});
	await step('expiredAs 200: expired session answers HTTP 200 valid:false', async () => {
		const other = await startSnapperGrapeSandbox({ expiredAs: 200, sessionTtlMs: 1000 });
		try {
			const res = await fetch(`${other.url}/api/login`, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: form({ user_name: 'api.user', password: 'sandbox-password', login: 1 }),
			});
			const id = (await res.json()).logins[0].session_id;
			other.clock.advance(1500);
			const r2 = await fetch(`${other.url}/api/persons`, { headers: { cookie: `tg-visit=${id}` } });
			assert.equal(r2.status, 200);
			assert.deepEqual(await r2.json(), {
				valid: false,
				message: 'Session is invalid or has expired. Please log in again.',
			});
			const r3 = await fetch(`${other.url}/api/persons`);
			assert.equal(r3.status, 401, 'a missing cookie stays 401');
		} finally {
			await other.close();
		}
	});
	await step('GET /api/validate: right hash → 302 forward_url (+cookie); wrong → 401', async () => {
		const l = await login();
		const ok = await call(
			'GET',
			`/api/validate?${form({ user_name: 'api.user', hash: l.hash, forward_url: 'https://portal.example.com/start' })}`,
		);
		assert.equal(ok.status, 302);
		assert.equal(ok.headers.get('location'), 'https://portal.example.com/start');
		assert.match(ok.headers.get('set-cookie'), /^tg-visit=/);
		expectError(
			await call('GET', `/api/validate?${form({ user_name: 'api.user', hash: 'bad' })}`),
			401,
		);
	});
	await step('GET /api/logout ends the session', async () => {
		const s = (await login()).session_id;
		const [out] = expectOk(
			await call('GET', '/api/logout?forward_url=https%3A%2F%2Fx.example', { cookie: s }),
			'logouts',
		);
		assert.equal(out.forward_url, 'https://x.example');
		expectError(await call('GET', '/api/person', { cookie: s }), 401, /Session is invalid/);
	});
	await step('POST /api/forgot_password', async () => {
		const body = expectOk(
			await call('POST', '/api/forgot_password', {
				formBody: { identification: 'ola.hansen@example.com' },
			}),
		);
		assert.equal(body.valid, true);
		assert.equal(sb.state.passwordResets.at(-1).user_name, 'ola.hansen');
		expectError(
			await call('POST', '/api/forgot_password', { formBody: {} }),
			400,
			/identification/,
			'identification',
		);
	});

	// ---- SWT -------------------------------------------------------------------------------
	await step(
		'SWT: good token per identity key; bad signature / expired / unknown issuer / unknown user → 401',
		async () => {
			const exp = Math.floor(sb.clock.now() / 1000) + 600;
			for (const [k, v, who] of [
				['username', 'ola.hansen', 1003],
				['user_name', 'kari.nordmann', 1002],
				['person_id', 1004, 1004],
				['external_person_id', 'EXT-1005', 1005],
			]) {
				const [p] = expectOk(
					await call('GET', '/api/person', {
						auth: swt({ Issuer: 'n8n', ExpiresOn: exp, [k]: v }),
					}),
					'persons',
				);
				assert.equal(p.person_id, who);
			}
			assert.equal(sb.makeSwt({ username: 'ola.hansen' }).includes('HMACSHA256='), true);
			expectOk(
				await call('GET', '/api/person', { auth: `SWT ${sb.makeSwt({ username: 'ola.hansen' })}` }),
				'persons',
			);
			expectError(
				await call('GET', '/api/person', {
					auth: swt({ Issuer: 'n8n', ExpiresOn: exp, username: 'ola.hansen' }, 'wrong-secret'),
				}),
				401,
				/signature/,
			);
			expectError(
				await call('GET', '/api/person', {
					auth: swt({ Issuer: 'n8n', ExpiresOn: exp - 1200, username: 'ola.hansen' }),
				}),
				401,
				/expired/,
			);
			expectError(
				await call('GET', '/api/person', {
					auth: swt({ Issuer: 'evil', ExpiresOn: exp, username: 'ola.hansen' }),
				}),
				401,
				/issuer/,
			);
			expectError(
				await call('GET', '/api/person', {
					auth: swt({ Issuer: 'n8n', ExpiresOn: exp, username: 'nobody' }),
				}),
				401,
				/does not exist/,
			);
			const tok = (await control('POST', '/swt', { username: 'api.user' })).json.authorization;
			expectOk(await call('GET', '/api/persons?limit=1', { auth: tok }), 'persons');
		},
	);

	// ---- persons ---------------------------------------------------------------------------
	await step(
		'GET /api/persons: paging (default 20, short last page, >100 → 400), views, fields',
		async () => {
			const all = [];
			for (let offset = 0; ; offset += 10) {
				const page = expectOk(
					await call('GET', `/api/persons?limit=10&offset=${offset}`, { cookie: S }),
					'persons',
				);
				all.push(...page);
				if (page.length < 10) break;
			}
			assert.equal(all.length, 35);
			assert.equal(new Set(all.map((p) => p.user_name)).size, 35);
			assert.equal(
				expectOk(await call('GET', '/api/persons', { cookie: S }), 'persons').length,
				20,
			);
			assert.deepEqual(Object.keys(all[0]), ['id', 'user_name', 'firstname', 'lastname', 'email']);
			const [full] = expectOk(
				await call('GET', '/api/persons?view=full&limit=1', { cookie: S }),
				'persons',
			);
			assert.ok('person_id' in full && 'mobile' in full && 'ts' in full);
			const [picked] = expectOk(
				await call('GET', '/api/persons?fields=firstname,mobile&limit=1', { cookie: S }),
				'persons',
			);
			assert.deepEqual(Object.keys(picked), ['id', 'firstname', 'mobile']);
			expectError(
				await call('GET', '/api/persons?limit=101', { cookie: S }),
				400,
				/limit/,
				'limit',
			);
			expectError(
				await call('GET', '/api/persons?offset=-1', { cookie: S }),
				400,
				/offset/,
				'offset',
			);
			expectError(await call('GET', '/api/persons?view=huge', { cookie: S }), 400, /view/, 'view');
			assert.equal(
				expectOk(await call('GET', '/api/persons?limit=100&start=30', { cookie: S }), 'persons')
					.length,
				5,
			);
		},
	);
	await step(
		'GET /api/persons filters + 403 for a plain person, manager scoped to their unit',
		async () => {
			const sales = expectOk(
				await call('GET', '/api/persons?organisation_id=105&limit=100', { cookie: S }),
				'persons',
			);
			assert.ok(sales.some((p) => p.user_name === 'ola.hansen'));
			const onEvent = expectOk(
				await call('GET', '/api/persons?event_id=503&limit=100', { cookie: S }),
				'persons',
			);
			assert.ok(onEvent.some((p) => p.user_name === 'kari.nordmann'));
			const ola = (await login('ola.hansen')).session_id;
			expectError(await call('GET', '/api/persons', { cookie: ola }), 403);
			const kari = (await login('kari.nordmann')).session_id;
			expectOk(await call('GET', '/api/persons?organisation_id=105', { cookie: kari }), 'persons');
			expectError(await call('GET', '/api/persons?organisation_id=107', { cookie: kari }), 403);
		},
	);
	await step(
		'GET /api/persons/{user_name}: full by default, simple on request, 404, self/manager/403',
		async () => {
			const [p] = expectOk(await call('GET', '/api/persons/ola.hansen', { cookie: S }), 'persons');
			assert.equal(p.fullname, 'Ola Hansen');
			const [s] = expectOk(
				await call('GET', '/api/persons/ola.hansen?view=simple', { cookie: S }),
				'persons',
			);
			assert.deepEqual(Object.keys(s), ['id', 'user_name', 'firstname', 'lastname', 'email']);
			expectError(await call('GET', '/api/persons/no.body', { cookie: S }), 404);
			const ola = (await login('ola.hansen')).session_id;
			expectOk(await call('GET', '/api/persons/ola.hansen', { cookie: ola }), 'persons');
			expectError(await call('GET', '/api/persons/kari.nordmann', { cookie: ola }), 403);
			const kari = (await login('kari.nordmann')).session_id;
			expectOk(await call('GET', '/api/persons/ola.hansen', { cookie: kari }), 'persons');
		},
	);
	await step(
		'PUT /api/persons/{user_name} with person_data[...] form body; own password needs old_password',
		async () => {
			const res = await call('PUT', '/api/persons/ola.hansen', {
				cookie: S,
				formBody:
					'person_data%5Bmobile%5D=%2B47%2099%2088%2077%2066&person_data[jobtitle]=Sales+lead',
			});
			const [p] = expectOk(res, 'persons');
			assert.equal(p.mobile, '+47 99 88 77 66');
			assert.equal(p.jobtitle, 'Sales lead');
			expectError(
				await call('PUT', '/api/persons/ola.hansen', {
					cookie: S,
					formBody: { 'person_data[email]': 'not-an-email' },
				}),
				400,
				/email/,
				'person_data[email]',
			);
			expectError(
				await call('PUT', '/api/persons/ola.hansen', {
					cookie: S,
					formBody: { 'person_data[shoe_size]': '44' },
				}),
				400,
				/shoe_size/,
				'person_data[shoe_size]',
			);
			const ola = (await login('ola.hansen')).session_id;
			expectError(
				await call('PUT', '/api/persons/ola.hansen', {
					cookie: ola,
					formBody: { 'person_data[password]': 'n3w', 'person_data[password_match]': 'n3w' },
				}),
				400,
				/old_password/,
			);
			expectOk(
				await call('PUT', '/api/persons/ola.hansen', {
					cookie: ola,
					formBody: {
						'person_data[password]': 'n3w',
						'person_data[password_match]': 'n3w',
						'person_data[old_password]': sb.password,
					},
				}),
				'persons',
			);
			await login('ola.hansen', 'n3w');
		},
	);
	await step(
		'POST /api/persons: organisation_id, role_id, person_data (bracket form and JSON string)',
		async () => {
			const [p] = expectOk(
				await call('POST', '/api/persons', {
					cookie: S,
					formBody: {
						organisation_id: '106',
						role_id: '303',
						'person_data[firstname]': 'John',
						'person_data[lastname]': 'Doe',
						'person_data[email]': 'john.doe@example.com',
						'person_data[password]': 'pw1',
					},
				}),
				'persons',
			);
			assert.equal(p.user_name, 'john.doe');
			assert.equal(p.person_id, 1036);
			const [q] = expectOk(
				await call('POST', '/api/persons', {
					cookie: S,
					formBody: {
						organisation_id: '106',
						role_id: '303',
						person_data: JSON.stringify({
							firstname: 'Jane',
							lastname: 'Roe',
							user_name: 'jane.r',
						}),
					},
				}),
				'persons',
			);
			assert.equal(q.user_name, 'jane.r');
			expectError(
				await call('POST', '/api/persons', {
					cookie: S,
					formBody: { role_id: '303', 'person_data[firstname]': 'X', 'person_data[lastname]': 'Y' },
				}),
				400,
				/organisation_id/,
				'organisation_id',
			);
			expectError(
				await call('POST', '/api/persons', {
					cookie: S,
					formBody: {
						organisation_id: '106',
						role_id: '303',
						'person_data[firstname]': 'X',
						'person_data[lastname]': 'Y',
						'person_data[user_name]': 'jane.r',
					},
				}),
				400,
				/taken/,
			);
			await login('john.doe', 'pw1');
		},
	);

	// ---- organisations ---------------------------------------------------------------------
	await step(
		'GET /api/organisations (parent_id, user_name), /{id}, /{id}/persons, manager scope, 404',
		async () => {
			const roots = expectOk(
				await call('GET', '/api/organisations?parent_id=0', { cookie: S }),
				'organisations',
			);
			assert.deepEqual(
				roots.map((o) => o.id),
				[101, 109],
			);
			assert.deepEqual(Object.keys(roots[0]), ['id', 'title', 'extern_organisation_id']);
			const kids = expectOk(
				await call('GET', '/api/organisations?parent_id=102', { cookie: S }),
				'organisations',
			);
			assert.deepEqual(
				kids.map((o) => o.id),
				[105, 106],
			);
			const mine = expectOk(
				await call('GET', '/api/organisations?user_name=ola.hansen', { cookie: S }),
				'organisations',
			);
			assert.deepEqual(
				mine.map((o) => o.id),
				[105],
			);
			const [o] = expectOk(
				await call('GET', '/api/organisations/105', { cookie: S }),
				'organisations',
			);
			assert.equal(o.parent_id, 102);
			assert.equal(o.extern_organisation_id, 'ORG-SALES-N');
			assert.equal(o.main_organisation.id, 101);
			const members = expectOk(
				await call('GET', '/api/organisations/105/persons?view=full&limit=100', { cookie: S }),
				'persons',
			);
			assert.ok(members.some((p) => p.user_name === 'ola.hansen' && 'person_id' in p));
			expectError(await call('GET', '/api/organisations/999', { cookie: S }), 404);
			const kari = (await login('kari.nordmann')).session_id;
			assert.deepEqual(
				expectOk(await call('GET', '/api/organisations', { cookie: kari }), 'organisations').map(
					(x) => x.id,
				),
				[102, 105, 106],
			);
			expectError(await call('GET', '/api/organisations/103', { cookie: kari }), 403);
			const lars = (await login('lars.johansen')).session_id;
			expectError(await call('GET', '/api/organisations', { cookie: lars }), 403);
		},
	);
	await step('POST /api/organisations with organisation_data[...]', async () => {
		const [o] = expectOk(
			await call('POST', '/api/organisations', {
				cookie: S,
				formBody: {
					'organisation_data[name]': 'Sales West',
					'organisation_data[parent_id]': '102',
					'organisation_data[extern_organisation_id]': 'ORG-SALES-W',
					'organisation_data[email]': 'west@example.com',
				},
			}),
			'organisations',
		);
		assert.equal(o.id, 111);
		assert.equal(o.title, 'Sales West');
		assert.equal(o.parent_id, 102);
		expectError(
			await call('POST', '/api/organisations', {
				cookie: S,
				formBody: { 'organisation_data[parent_id]': '102' },
			}),
			400,
			/name/,
			'organisation_data[name]',
		);
		expectError(
			await call('POST', '/api/organisations', {
				cookie: S,
				formBody: { 'organisation_data[name]': 'X', 'organisation_data[parent_id]': '999' },
			}),
			400,
			/parent_id/,
		);
	});

	// ---- catalogue -------------------------------------------------------------------------
	await step('GET /api/categories (flat, tree) and /api/categories/{id}', async () => {
		assert.equal(
			expectOk(await call('GET', '/api/categories', { cookie: S }), 'categories').length,
			6,
		);
		const tree = expectOk(
			await call('GET', '/api/categories?tree=1&view=full', { cookie: S }),
			'categories',
		);
		assert.deepEqual(
			tree.map((c) => c.id),
			[11, 14, 16],
		);
		assert.deepEqual(
			tree[0].children.map((c) => c.id),
			[12, 13],
		);
		const [c] = expectOk(await call('GET', '/api/categories/12', { cookie: S }), 'categories');
		assert.equal(c.category_id, 12);
		expectError(await call('GET', '/api/categories/99', { cookie: S }), 404);
	});
	await step('GET /api/competences (mode, types, term, category_ids, paging)', async () => {
		const active = expectOk(
			await call('GET', '/api/competences?limit=100', { cookie: S }),
			'competences',
		);
		assert.deepEqual(
			active.map((c) => c.id),
			[201, 202, 203, 204, 205, 206, 207, 208],
		);
		assert.deepEqual(
			expectOk(
				await call('GET', '/api/competences?mode=inactive', { cookie: S }),
				'competences',
			).map((c) => c.id),
			[211],
		);
		assert.deepEqual(
			expectOk(
				await call('GET', '/api/competences?types=certificate', { cookie: S }),
				'competences',
			).map((c) => c.id),
			[203, 204],
		);
		assert.deepEqual(
			expectOk(
				await call('GET', '/api/competences?category_ids=12,13', { cookie: S }),
				'competences',
			).map((c) => c.id),
			[202, 203],
		);
		assert.deepEqual(
			expectOk(await call('GET', '/api/competences?term=gdpr', { cookie: S }), 'competences').map(
				(c) => c.id,
			),
			[207],
		);
		assert.equal(
			expectOk(await call('GET', '/api/competences?limit=3&offset=6', { cookie: S }), 'competences')
				.length,
			2,
		);
	});
	await step(
		'GET /api/events (competence_id, cancelled, host, user_check, full view with children)',
		async () => {
			const ev = expectOk(await call('GET', '/api/events?limit=100', { cookie: S }), 'events');
			assert.deepEqual(
				ev.map((e) => e.id),
				[501, 502, 503, 504, 505, 506, 509],
			);
			assert.equal(ev[0].competence_id, 202);
			assert.deepEqual(
				expectOk(await call('GET', '/api/events?cancelled=1&limit=100', { cookie: S }), 'events')
					.map((e) => e.id)
					.includes(510),
				true,
			);
			assert.deepEqual(
				expectOk(await call('GET', '/api/events?competence_id=203', { cookie: S }), 'events').map(
					(e) => e.id,
				),
				[502, 505],
			);
			assert.deepEqual(
				expectOk(
					await call('GET', '/api/events?host_organisation_external_ids=ORG-OPS', { cookie: S }),
					'events',
				).map((e) => e.id),
				[501, 504, 509],
			);
			const checked = expectOk(
				await call('GET', '/api/events?user_check=1&user_name=ola.hansen&competence_id=203', {
					cookie: S,
				}),
				'events',
			);
			assert.deepEqual(
				checked.map((e) => e.signed_on),
				[false, true],
			);
			const full = expectOk(
				await call('GET', '/api/events?view=full&competence_id=206', { cookie: S }),
				'events',
			);
			assert.deepEqual(
				full[0].children.map((c) => c.id),
				[507, 508],
			);
			assert.deepEqual(full[0].organisations, []);
		},
	);
	await step('GET /api/cms/{id}', async () => {
		const [c] = expectOk(await call('GET', '/api/cms/1?format=html', { cookie: S }), 'cms');
		assert.equal(c.template, 'article');
		assert.match(c.content, /<h1>/);
		expectError(await call('GET', '/api/cms/42', { cookie: S }), 404);
	});
	await step(
		'GET /api/positions and /api/roles (user_name, competence_id, role_meta_types)',
		async () => {
			const [pos] = expectOk(
				await call('GET', '/api/positions?user_name=ola.hansen&view=full', { cookie: S }),
				'positions',
			);
			assert.equal(pos.role_id, 303);
			assert.equal(pos.organisation_id, 105);
			const roles = expectOk(
				await call('GET', '/api/roles?user_name=ola.hansen', { cookie: S }),
				'roles',
			);
			assert.deepEqual(
				roles.map((r) => r.id),
				[303, 307],
			);
			const forComp = expectOk(
				await call('GET', '/api/roles?competence_id=203', { cookie: S }),
				'roles',
			);
			assert.deepEqual(
				forComp.map((r) => [r.id, r.mandatory]),
				[
					[304, false],
					[307, true],
					[308, false],
				],
			);
			assert.deepEqual(
				expectOk(
					await call('GET', '/api/roles?user_name=ingrid.berg&role_meta_types=specialrole', {
						cookie: S,
					}),
					'roles',
				).map((r) => r.id),
				[308],
			);
			const own = expectOk(await call('GET', '/api/roles', { cookie: S }), 'roles');
			assert.deepEqual(
				own.map((r) => r.id),
				[301],
			);
		},
	);

	// ---- personevents ----------------------------------------------------------------------
	await step(
		'GET /api/personevents (user_name, organisation_id + person, mode, 2.8 needs user_name)',
		async () => {
			const future = expectOk(
				await call('GET', '/api/personevents?user_name=ola.hansen', { cookie: S }),
				'personevents',
			);
			assert.deepEqual(
				future.map((x) => x.id),
				[505],
			);
			const all = expectOk(
				await call('GET', '/api/personevents?user_name=ola.hansen&mode=all', { cookie: S }),
				'personevents',
			);
			assert.deepEqual(
				all.map((x) => x.id),
				[503, 505],
			);
			assert.equal(all[0].passed, true);
			const org = expectOk(
				await call('GET', '/api/personevents?organisation_id=102&mode=all&limit=100', {
					cookie: S,
				}),
				'personevents',
			);
			assert.ok(org.length >= 3 && org.every((x) => x.person && x.person.user_name));
			const ola = (await login('ola.hansen', 'n3w')).session_id;
			expectError(
				await call('GET', '/api/personevents', { cookie: ola }),
				400,
				/user_name/,
				'user_name',
			);
			expectOk(
				await call('GET', '/api/personevents?user_name=ola.hansen', { cookie: ola }),
				'personevents',
			);
			expectError(
				await call('GET', '/api/personevents?user_name=kari.nordmann', { cookie: ola }),
				403,
			);
		},
	);
	await step(
		'POST / GET / PUT /api/personevents/{event_id}: sign on, wait list, update, sign off',
		async () => {
			const [pe] = expectOk(
				await call('POST', '/api/personevents/504', {
					cookie: S,
					formBody: { user_name: 'ola.hansen' },
				}),
				'personevents',
			);
			assert.equal(pe.id, 504);
			assert.equal(pe.waitlist, false);
			assert.equal(typeof pe.person_event_id, 'number');
			expectError(
				await call('POST', '/api/personevents/504', {
					cookie: S,
					formBody: { user_name: 'ola.hansen' },
				}),
				400,
				/already/,
			);
			const [wl] = expectOk(
				await call('POST', '/api/personevents/509', {
					cookie: S,
					formBody: { user_name: 'lars.johansen' },
				}),
				'personevents',
			);
			assert.equal(wl.waitlist, true);
			expectError(
				await call('POST', '/api/personevents/501', {
					cookie: S,
					formBody: { user_name: 'ola.hansen' },
				}),
				400,
				/deadline/,
			);
			expectError(await call('POST', '/api/personevents/999', { cookie: S }), 404);
			const [got] = expectOk(
				await call('GET', '/api/personevents/504?user_name=ola.hansen', { cookie: S }),
				'personevents',
			);
			assert.equal(got.person_event_id, pe.person_event_id);
			const [upd] = expectOk(
				await call('PUT', '/api/personevents/504', {
					cookie: S,
					formBody: { user_name: 'ola.hansen', action: 'update', comments: 'Vegetarian' },
				}),
				'personevents',
			);
			assert.equal(upd.comments, 'Vegetarian');
			expectError(
				await call('PUT', '/api/personevents/504', {
					cookie: S,
					formBody: { user_name: 'ola.hansen', action: 'maybe' },
				}),
				400,
				/action/,
				'action',
			);
			const [off] = expectOk(
				await call('PUT', '/api/personevents/504', {
					cookie: S,
					formBody: { user_name: 'ola.hansen', action: 'off' },
				}),
				'personevents',
			);
			assert.match(off.cancelled, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
			assert.deepEqual(
				expectOk(
					await call('GET', '/api/personevents/504?user_name=ola.hansen', { cookie: S }),
					'personevents',
				),
				[],
			);
			expectError(
				await call('PUT', '/api/personevents/504', {
					cookie: S,
					formBody: { user_name: 'ola.hansen', action: 'off' },
				}),
				404,
			);
		},
	);

	// ---- personcompetences -----------------------------------------------------------------
	await step(
		'GET /api/personcompetences: passed / expired / missing, person_competence_id (history)',
		async () => {
			const passedRows = expectOk(
				await call('GET', '/api/personcompetences?user_name=ola.hansen', { cookie: S }),
				'personcompetences',
			);
			assert.deepEqual(passedRows.map((r) => r.competence_id).sort(), [201, 205]);
			const expired = expectOk(
				await call('GET', '/api/personcompetences?user_name=ola.hansen&state=expired', {
					cookie: S,
				}),
				'personcompetences',
			);
			assert.deepEqual(
				expired.map((r) => r.competence_id),
				[203],
			);
			const missing = expectOk(
				await call('GET', '/api/personcompetences?user_name=ola.hansen&state=missing', {
					cookie: S,
				}),
				'personcompetences',
			);
			assert.deepEqual(
				missing.map((r) => [r.competence_id, r.person_competence_id, r.mandatory]),
				[[203, null, true]],
			);
			const optional = expectOk(
				await call(
					'GET',
					'/api/personcompetences?user_name=ola.hansen&state=missing&requirement=optional',
					{ cookie: S },
				),
				'personcompetences',
			);
			assert.deepEqual(
				optional.map((r) => r.competence_id),
				[207],
			);
			const [old] = expectOk(
				await call('GET', '/api/personcompetences?person_competence_id=9005', { cookie: S }),
				'personcompetences',
			);
			assert.equal(old.date, '2023-02-20 08:00');
			const [cur] = expectOk(
				await call('GET', '/api/personcompetences/201?user_name=ola.hansen', { cookie: S }),
				'personcompetences',
			);
			assert.equal(cur.date, '2025-03-01 08:00');
			assert.equal(cur.history, true);
			assert.equal(cur.history_personcompetences[0].person_competence_id, 9005);
		},
	);
	await step(
		'PUT /api/personcompetences/{competence_id}: register (form, nested data), validation, records a change',
		async () => {
			sb.clock.set('2030-01-15 10:30');
			S = (await login()).session_id; // a jump of years idles every session out
			const [r] = expectOk(
				await call('PUT', '/api/personcompetences/203', {
					cookie: S,
					formBody: {
						user_name: 'ola.hansen',
						'person_competence_data[passed_date]': '2030-01-15 09:00',
						'person_competence_data[grade]': 'A',
					},
				}),
				'personcompetences',
			);
			assert.equal(r.date, '2030-01-15 09:00');
			assert.equal(r.valid_until, '2032-01-15 09:00');
			assert.equal(r.grade, 'A');
			assert.equal(r.history, true);
			// in 2030 the 201 record (valid until 2029-03-01) has expired; 203 is no longer missing
			assert.deepEqual(
				expectOk(
					await call('GET', '/api/personcompetences?user_name=ola.hansen&state=missing', {
						cookie: S,
					}),
					'personcompetences',
				).map((x) => x.competence_id),
				[201],
			);
			expectError(
				await call('PUT', '/api/personcompetences/203', {
					cookie: S,
					formBody: { user_name: 'ola.hansen', passed: '150' },
				}),
				400,
				/passed/,
				'passed',
			);
			expectError(
				await call('PUT', '/api/personcompetences/203', {
					cookie: S,
					formBody: { user_name: 'ola.hansen', valid_until: 'soon' },
				}),
				400,
				/valid_until/,
				'valid_until',
			);
			const ch = expectOk(
				await call(
					'GET',
					`/api/changes?${form({ type: 'personcompetence', startdate: '2030-01-15 10:00' })}`,
					{ cookie: S },
				),
				'personcompetences',
			);
			assert.deepEqual(
				ch.map((c) => [c.id, c.change_time]),
				[[r.person_competence_id, '2030-01-15 10:30']],
			);
		},
	);

	// ---- changes ---------------------------------------------------------------------------
	await step(
		'GET /api/changes: window, enddate ignored for events, plural types, org filter, paging, addChange',
		async () => {
			const ev = expectOk(
				await call(
					'GET',
					`/api/changes?${form({ type: 'event', startdate: '2025-04-15 12:30', enddate: '2025-05-01 00:00', limit: 100 })}`,
					{ cookie: S },
				),
				'events',
			);
			assert.deepEqual(
				ev.map((e) => e.id),
				[502, 503, 504, 505, 506, 507, 508, 509, 510],
			);
			assert.equal(ev[0].change_time, '2025-04-15 12:30');
			const comps = expectOk(
				await call(
					'GET',
					`/api/changes?${form({ type: 'competences', startdate: '2025-01-01 00:00', enddate: '2025-07-01 00:00' })}`,
					{ cookie: S },
				),
				'competences',
			);
			assert.deepEqual(
				comps.map((c) => c.id),
				[203, 204, 208, 209, 210, 205],
			);
			const pcs = expectOk(
				await call(
					'GET',
					`/api/changes?${form({ type: 'personcompetence', startdate: '2023-01-01 00:00', enddate: '2024-01-01 00:00', extern_organisation_id: 'ORG-SALES', limit: 100 })}`,
					{ cookie: S },
				),
				'personcompetences',
			);
			assert.deepEqual(
				pcs.map((c) => c.id),
				[9005, 9006],
			);
			const paged = [];
			for (let offset = 0; ; offset += 25) {
				const page = expectOk(
					await call(
						'GET',
						`/api/changes?${form({ type: 'personcompetence', startdate: '2020-01-01 00:00', limit: 25, offset })}`,
						{ cookie: S },
					),
					'personcompetences',
				);
				paged.push(...page);
				if (page.length < 25) break;
			}
			assert.equal(paged.length, sb.state.personCompetences.length);
			assert.ok(paged.every((x, i) => i === 0 || x.change_time >= paged[i - 1].change_time));
			expectError(
				await call('GET', '/api/changes?startdate=2025-01-01', { cookie: S }),
				400,
				/type/,
				'type',
			);
			expectError(
				await call('GET', '/api/changes?type=event', { cookie: S }),
				400,
				/startdate/,
				'startdate',
			);
			expectError(
				await call('GET', '/api/changes?type=person&startdate=2025-01-01', { cookie: S }),
				400,
				/type/,
				'type',
			);
			const ola = (await login('ola.hansen', 'n3w')).session_id;
			expectError(
				await call('GET', '/api/changes?type=event&startdate=2025-01-01', { cookie: ola }),
				403,
			);
			sb.clock.set('2030-02-01 08:00');
			S = (await login()).session_id;
			const added = sb.addChange({
				type: 'event',
				id: 505,
				title: 'First Aid Course — Oslo (moved)',
			});
			assert.equal(added.change_time, '2030-02-01 08:00');
			sb.clock.advance(60000);
			const created = (
				await control('POST', '/changes', { type: 'competence', title: 'Ladder Safety' })
			).json;
			assert.equal(created.id, 212);
			const after = expectOk(
				await call(
					'GET',
					`/api/changes?${form({ type: 'event', startdate: '2030-02-01 08:00' })}`,
					{ cookie: S },
				),
				'events',
			);
			assert.deepEqual(
				after.map((e) => [e.id, e.title, e.change_time]),
				[[505, 'First Aid Course — Oslo (moved)', '2030-02-01 08:00']],
			);
			const newComp = expectOk(
				await call(
					'GET',
					`/api/changes?${form({ type: 'competence', startdate: '2030-02-01 08:00', enddate: '2030-02-01 08:01' })}`,
					{ cookie: S },
				),
				'competences',
			);
			assert.deepEqual(newComp, []);
			const fieldsOnly = expectOk(
				await call(
					'GET',
					`/api/changes?${form({ type: 'competence', startdate: '2030-02-01 08:00', fields: 'title' })}`,
					{ cookie: S },
				),
				'competences',
			);
			assert.deepEqual(fieldsOnly, [
				{ id: 212, title: 'Ladder Safety', change_time: '2030-02-01 08:01' },
			]);
		},
	);

	// ---- errors, settings, faults ----------------------------------------------------------
	await step(
		'unknown path → 404 envelope, wrong method → 405 envelope, malformed JSON → 400',
		async () => {
			expectError(await call('GET', '/api/nothing', { cookie: S }), 404, /Unknown API call/);
			expectError(await call('DELETE', '/api/persons/ola.hansen', { cookie: S }), 405);
			const res = await fetch(`${sb.url}/api/persons`, {
				method: 'POST',
				headers: { cookie: `tg-visit=${S}`, 'content-type': 'application/json' },
				body: '{bad',
			});
			assert.equal(res.status, 400);
			assert.equal((await res.json()).valid, false);
		},
	);
	await step('validFalseWith200: every error is HTTP 200 valid:false', async () => {
		sb.setSettings({ validFalseWith200: true });
		try {
			expectError(await call('GET', '/api/persons/no.body', { cookie: S }), 200, /not found/);
			expectError(await call('GET', '/api/persons?limit=500', { cookie: S }), 200, /limit/);
			expectError(await call('GET', '/api/persons'), 200, /not logged in/);
			expectError(
				await call('POST', '/api/login', {
					formBody: { user_name: 'api.user', password: 'x', login: 1 },
				}),
				200,
				/Wrong user name/,
			);
			assert.equal(
				(await control('POST', '/settings', { validFalseWith200: false })).json.validFalseWith200,
				false,
			);
			expectError(await call('GET', '/api/persons/no.body', { cookie: S }), 404);
		} finally {
			sb.setSettings({ validFalseWith200: false });
		}
	});
	await step('fault: 429 with Retry-After, then normal; request log', async () => {
		sb.clearRequests();
		sb.injectFault({ path: '/api/persons', retryAfter: 2 });
		const limited = await call('GET', '/api/persons', { cookie: S });
		assert.equal(limited.status, 429);
		assert.equal(limited.headers.get('retry-after'), '2');
		assert.deepEqual(limited.json, { valid: false, message: 'Too Many Requests' });
		expectOk(await call('GET', '/api/persons', { cookie: S }), 'persons');
		assert.equal(sb.requests.length, 2);
		assert.equal(sb.requests[0].status, 429);
	});
	await step('control API: fixtures, sessions, reset re-seeds', async () => {
		assert.equal((await control('GET', '/fixtures')).json.person, 'ola.hansen');
		assert.ok((await control('GET', '/sessions')).json.logins >= 1);
		await sb.reset();
		assert.equal(sb.logins, 0);
		assert.equal(sb.state.persons.length, 35);
		expectError(await call('GET', '/api/person', { cookie: S }), 401, /Session is invalid/);
		await login();
	});

	await sb.close();
	checklist.finish();
}

main().catch(async (err) => {
	console.error(err);
	if (sb) await sb.close();
	process.exit(1);
});
