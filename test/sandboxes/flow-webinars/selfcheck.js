#!/usr/bin/env node
'use strict';

/*
 * Plain-node self check of the Flow sandbox: all 15 endpoints, auth, every CSV report (parsed
 * with a strict RFC 4180 reader), both summary shapes, the *_* SSO path, the control API and
 * helpers, faults and reset. Exits 1 on any mismatch.
 *   node test/sandboxes/flow-webinars/selfcheck.js
 */
const { createChecklist } = require('../framework/checklist');
const assert = require('node:assert/strict');
const { startFlowWebinarsSandbox } = require('./index');

const ENDPOINTS = [
	'GET /events/sessions',
	'GET /events/sessions/:sessionToken',
	'GET /events/sessions/public/:sessionToken',
	'POST /registrants',
	'GET /reports/events/sessions/registrants/:sessionToken',
	'POST /event',
	'GET /users',
	'GET /reports/events/sessions/surveys/:sessionToken',
	'GET /reports/events/sessions/csv/summary/:sessionToken',
	'GET /reports/events/sessions/csv/registrants/:sessionToken',
	'GET /reports/events/sessions/csv/attendeeChat/:sessionToken',
	'GET /reports/events/sessions/csv/operatorChat/:sessionToken',
	'GET /reports/events/sessions/csv/surveyDetail/:sessionToken/:surveyId',
	'GET /rooms/lookup/:accountToken',
	'GET /rooms/register/:roomId/:member',
];

const checklist = createChecklist();
const { step } = checklist;
let sb;
const covered = new Set();

async function call(method, path, { body, key = sb.apiSecret, headers = {}, base = sb.url } = {}) {
	const h = { 'Content-Type': 'application/json', ...headers };
	if (key !== null) h['api-secret'] = key;
	const res = await fetch(base + path, {
		method,
		headers: h,
		body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
	});
	const text = await res.text();
	let json;
	if (text && (res.headers.get('content-type') || '').includes('json')) json = JSON.parse(text);
	return { status: res.status, headers: res.headers, json, text };
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
const control = (method, path, body) =>
	call(method, path, { body, key: null, base: sb.origin + '/__sandbox' });

function expectError(res, status, pattern) {
	const body = expectStatus(res, status);
	assert.equal(body.code, status);
	assert.equal(typeof body.message, 'string');
	assert.equal(typeof body.localDescription, 'string');
	if (pattern) assert.match(`${body.message} ${body.localDescription}`, pattern);
	return body;
}

/** Strict RFC 4180 reader: CRLF record ends, quoted fields may hold commas, quotes and newlines. */
function parseCsv(text) {
	const rows = [];
	let rowValues = [];
	let i = 0;
	while (i < text.length) {
		let value = '';
		if (text[i] === '"') {
			i++;
			for (;;) {
				if (i >= text.length) throw new Error('unterminated quoted field');
				if (text[i] === '"' && text[i + 1] === '"') {
					value += '"';
					i += 2;
					continue;
				}
				if (text[i] === '"') {
					i++;
					break;
				}
				value += text[i++];
			}
		} else {
			while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
				if (text[i] === '"') throw new Error(`bare quote at ${i}`);
				value += text[i++];
			}
		}
		rowValues.push(value);
		if (text[i] === ',') {
			i++;
			continue;
		}
		if (text[i] === '\r' && text[i + 1] === '\n') {
			i += 2;
			rows.push(rowValues);
			rowValues = [];
			continue;
		}
		if (i >= text.length) {
			rows.push(rowValues);
			break;
		}
		throw new Error(`expected CRLF or comma at ${i}, got ${JSON.stringify(text[i])}`);
	}
	return rows;
}

function csvObjects(text) {
	const [header, ...rows] = parseCsv(text);
	for (const r of rows)
		assert.equal(r.length, header.length, `row width ${r.length} != header ${header.length}`);
	return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}

async function csvCall(path, expectedFilename) {
	const res = await call('GET', path);
	assert.equal(res.status, 200, res.text.slice(0, 200));
	assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
	assert.equal(
		res.headers.get('content-disposition'),
		`attachment; filename="${expectedFilename}"`,
	);
	assert.ok(res.text.endsWith('\r\n'));
	return res.text;
}

async function main() {
	sb = await startFlowWebinarsSandbox();
	const fx = sb.fixtures;
	const S = fx.sessions;

	await step('route table has exactly the 15 documented endpoints', () => {
		const routes = sb.info().routes.map((r) => r.replace('/api/v1', ''));
		assert.deepEqual([...routes].sort(), [...ENDPOINTS].sort());
	});

	// ---- auth ------------------------------------------------------------------------------
	await step(
		'auth: missing / wrong api-secret → 401 {code, message}; unknown path → 401 then 404',
		async () => {
			expectError(await call('GET', '/users', { key: null }), 401, /Missing api-secret/);
			expectError(await call('GET', '/users', { key: 'nope' }), 401, /does not match/);
			expectError(await call('POST', '/registrants', { key: null, body: {} }), 401);
			expectError(
				await call('GET', `/reports/events/sessions/csv/registrants/${S.onboarding}`, {
					key: null,
				}),
				401,
			);
			expectError(await call('GET', '/rooms/lookup/x', { key: null }), 401);
			expectError(await call('GET', '/nope', { key: null }), 401);
			expectError(await call('GET', '/nope'), 404, /No endpoint/);
			const log = sb.requests.filter((r) => r.pathname === '/api/v1/users');
			assert.equal(log[log.length - 1].headers['api-secret'], 'nope');
		},
	);

	// ---- events ----------------------------------------------------------------------------
	await step(
		'GET /events/sessions: all 7 by start time, documented fields, no analytics by default',
		async () => {
			const body = ok(await call('GET', '/events/sessions'));
			assert.equal(body.code, 200);
			assert.deepEqual(
				body.data.map((s) => s.token),
				[...fx.periods.past, ...fx.periods.current, ...fx.periods.future],
			);
			for (const s of body.data) {
				for (const f of [
					'token',
					'eventToken',
					'title',
					'description',
					'date',
					'time',
					'timezone',
					'duration',
					'earlyAccessPeriod',
					'published',
					'videoRecord',
					'onDemandReplays',
					'accessStatus',
					'createDate',
					'creator',
					'operators',
				])
					assert.ok(f in s, `missing ${f}`);
				assert.match(s.date, /^\d{4}-\d{2}-\d{2}$/);
				assert.match(s.time, /^\d{2}:\d{2}:\d{2}$/);
				assert.equal('analytics' in s, false);
				assert.ok(s.operators.length >= 1 && s.operators.every((o) => [5, 10].includes(o.role)));
			}
			const q4 = body.data.find((s) => s.token === S.q4Review);
			assert.equal(q4.title, 'Q4 Review, Results & "What\'s Next"');
			assert.equal(
				body.data.find((s) => s.token === S.launchEmea).eventToken,
				body.data.find((s) => s.token === S.launchApac).eventToken,
			);
		},
	);

	await step('GET /events/sessions?period=… filters; bad period → 400', async () => {
		for (const period of ['past', 'current', 'future']) {
			assert.deepEqual(
				ok(await call('GET', `/events/sessions?period=${period}`)).data.map((s) => s.token),
				fx.periods[period],
			);
		}
		expectError(await call('GET', '/events/sessions?period=upcoming'), 400, /period must be/);
		expectError(
			await call('GET', '/events/sessions?simple_analytics=yes'),
			400,
			/simple_analytics/,
		);
	});

	await step(
		'simple_analytics=1 adds analytics (onboarding: 12 registered, 8 attended)',
		async () => {
			const list = ok(await call('GET', '/events/sessions?period=past&simple_analytics=1')).data;
			const a = list.find((s) => s.token === S.onboarding).analytics;
			assert.deepEqual(
				{ ...a, averageMinutesAttended: undefined },
				{
					registrants: 12,
					attendees: 8,
					attendanceRate: 67,
					averageMinutesAttended: undefined,
					attendeeChatMessages: 6,
					operatorChatMessages: 3,
					surveyResponses: 11,
				},
			);
			assert.ok(a.averageMinutesAttended > 60);
			assert.equal(list.find((s) => s.token === S.dryRun).analytics.attendanceRate, 0);
		},
	);

	await step('GET /events/sessions/{token}: feedbackQuestions; unknown → 404', async () => {
		const s = ok(await call('GET', `/events/sessions/${S.onboarding}`)).data;
		assert.equal(s.token, S.onboarding);
		assert.equal(s.feedbackQuestions.length, 2);
		assert.equal(s.creator.id, 101);
		assert.equal('analytics' in s, false);
		assert.equal(
			ok(await call('GET', `/events/sessions/${S.onboarding}?simple_analytics=1`)).data.analytics
				.registrants,
			12,
		);
		expectError(await call('GET', '/events/sessions/NoSuchTok3n'), 404, /NoSuchTok3n/);
	});

	await step(
		'GET /events/sessions/public/{token}: works without a key, hides drafts and e-mails',
		async () => {
			const s = ok(
				await call('GET', `/events/sessions/public/${S.launchApac}`, { key: null }),
			).data;
			assert.equal(s.title, 'Launch Event 2030 (APAC)');
			assert.equal(s.passCodeRequired, true);
			assert.equal(
				s.operators.some((o) => 'email' in o),
				false,
			);
			ok(await call('GET', `/events/sessions/public/${S.launchApac}`));
			expectError(
				await call('GET', `/events/sessions/public/${S.launchApac}`, { key: 'wrong' }),
				401,
			);
			expectError(
				await call('GET', `/events/sessions/public/${S.partnerDraft}`, { key: null }),
				404,
			);
		},
	);

	await step('GET /users: 4 operators with accountToken', async () => {
		const users = ok(await call('GET', '/users')).data;
		assert.deepEqual(
			users.map((u) => u.id),
			fx.operatorIds,
		);
		assert.deepEqual(
			users.map((u) => u.userID),
			fx.operatorUserIds,
		);
		for (const u of users) {
			assert.equal(u.accountToken, fx.accountToken);
			for (const f of [
				'token',
				'firstName',
				'lastName',
				'email',
				'phone',
				'title',
				'company',
				'bio',
				'linkedinUrl',
				'twitterID',
				'permission',
				'accountServiceLevel',
				'createdBy',
				'createdDate',
				'avatarToken',
				'avatarExtension',
			])
				assert.ok(f in u, `missing ${f}`);
			assert.equal(typeof u.createdDate, 'number');
		}
	});

	// ---- create event ----------------------------------------------------------------------
	const validEvent = () => ({
		creatorID: 101,
		title: 'API-made webinar',
		description: 'Created by selfcheck',
		date: '2031-02-03',
		time: '16:30:00',
		timezone: 'Europe/Oslo',
		operators: [
			{ id: 101, role: 10, micEnabled: true, camEnabled: true, screenSharingEnabled: false },
			{ id: 104, role: 5, micEnabled: 1, camEnabled: 0, screenSharingEnabled: 1 },
		],
	});

	await step('POST /event validation → 400 {code, message, localDescription}', async () => {
		const cases = [
			[(b) => delete b.creatorID, /creatorID is required/],
			[
				(b) => {
					b.creatorId = b.creatorID;
					delete b.creatorID;
				},
				/spelling/,
			],
			[(b) => (b.creatorID = 999), /not an operator/],
			[(b) => delete b.title, /title is required/],
			[(b) => (b.description = ''), /description is required/],
			[(b) => (b.date = '2031-02-30'), /YYYY-MM-DD/],
			[(b) => (b.date = '03/02/2031'), /YYYY-MM-DD/],
			[(b) => (b.time = '16:30'), /HH:MM:SS/],
			[(b) => (b.time = '24:00:00'), /HH:MM:SS/],
			[(b) => (b.timezone = 'Mars/Olympus_Mons'), /IANA/],
			[(b) => (b.operators = []), /non-empty array/],
			[(b) => (b.operators[0].id = 9101), /not an operator/],
			[(b) => (b.operators[1].role = 7), /role must be 5/],
			[(b) => delete b.operators[0].camEnabled, /operators\[0\]\.camEnabled is required/],
			[(b) => b.operators.push({ ...b.operators[0] }), /listed twice/],
			[(b) => (b.duration = -1), /duration/],
		];
		for (const [mutate, pattern] of cases) {
			const body = validEvent();
			mutate(body);
			expectError(await call('POST', '/event', { body }), 400, pattern);
		}
		expectError(await call('POST', '/event', { body: '{"title":' }), 400, /Malformed JSON/);
		expectError(await call('POST', '/event', { body: '[1]' }), 400, /JSON object/);
	});

	await step('POST /event creates a session that appears in lists', async () => {
		const body = ok(
			await call('POST', '/event', { body: { ...validEvent(), duration: 2, videoRecord: true } }),
		);
		assert.equal(body.code, 200);
		assert.equal(typeof body.message, 'string');
		assert.equal(typeof body.localDescription, 'string');
		assert.match(body.data.token, /^[A-Za-z0-9]{11}$/);
		assert.match(body.data.eventToken, /^[A-Za-z0-9]{11}$/);
		const s = ok(await call('GET', `/events/sessions/${body.data.token}`)).data;
		assert.deepEqual(
			[s.date, s.time, s.timezone, s.published, s.videoRecord, s.duration, s.earlyAccessPeriod],
			['2031-02-03', '16:30:00', 'Europe/Oslo', 0, 1, 2, 15],
		);
		assert.deepEqual(
			s.operators.map((o) => [o.id, o.role, o.micEnabled, o.camEnabled, o.screenSharingEnabled]),
			[
				[101, 10, 1, 1, 0],
				[104, 5, 1, 0, 1],
			],
		);
		const future = ok(await call('GET', '/events/sessions?period=future')).data.map((x) => x.token);
		assert.equal(future[future.length - 1], body.data.token);
		assert.deepEqual(
			ok(await call('GET', `/reports/events/sessions/registrants/${body.data.token}`)).data,
			[],
		);
	});

	// ---- registrants -----------------------------------------------------------------------
	await step(
		'POST /registrants: validation, new, repeat (isNew false), redirect, closed past session',
		async () => {
			const base = {
				email: 'walter.white@example.com',
				firstName: 'Walter',
				lastName: 'White',
				eventSessionToken: S.launchApac,
			};
			expectError(
				await call('POST', '/registrants', { body: { ...base, email: undefined } }),
				400,
				/email is required/,
			);
			expectError(
				await call('POST', '/registrants', { body: { ...base, email: 'not-an-email' } }),
				400,
				/valid e-mail/,
			);
			expectError(
				await call('POST', '/registrants', { body: { ...base, lastName: ' ' } }),
				400,
				/lastName/,
			);
			expectError(
				await call('POST', '/registrants', { body: { ...base, eventSessionToken: undefined } }),
				400,
				/eventSessionToken/,
			);
			expectError(
				await call('POST', '/registrants', { body: { ...base, eventSessionToken: 'Unkn0wnT0k' } }),
				404,
			);
			const first = ok(await call('POST', '/registrants', { body: base }));
			assert.deepEqual(Object.keys(first).sort(), ['code', 'data']);
			const d = first.data;
			assert.deepEqual(
				Object.keys(d).sort(),
				['date', 'id', 'isNew', 'passCode', 'time', 'timezone', 'token', 'url'].sort(),
			);
			assert.deepEqual(
				[d.isNew, d.date, d.time, d.timezone, d.passCode],
				[true, '2030-06-18', '09:00:00', 'Australia/Sydney', 482913],
			);
			assert.ok(d.url.startsWith(sb.origin) && d.url.includes(d.token));
			const again = ok(
				await call('POST', '/registrants', {
					body: { ...base, email: 'Walter.White@EXAMPLE.com', firstName: 'W' },
				}),
			).data;
			assert.deepEqual([again.isNew, again.token, again.id], [false, d.token, d.id]);
			const list = ok(
				await call('GET', `/reports/events/sessions/registrants/${S.launchApac}`),
			).data;
			assert.equal(list.length, fx.registrantCounts.launchApac + 1);
			const walter = list.find((r) => r.token === d.token);
			assert.deepEqual(
				[walter.firstName, walter.entryTime, walter.exitTime, walter.role],
				['Walter', null, null, 1],
			);
			const redirected = ok(
				await call('POST', '/registrants', {
					body: { ...base, email: 'skyler@example.com', redirect: true },
				}),
			);
			assert.equal(redirected.redirectURL, redirected.data.url);
			expectError(
				await call('POST', '/registrants', { body: { ...base, eventSessionToken: S.q4Review } }),
				400,
				/registration is closed/,
			);
			const replay = ok(
				await call('POST', '/registrants', { body: { ...base, eventSessionToken: S.onboarding } }),
			).data;
			assert.equal(replay.isNew, true);
			const jesse = ok(
				await call('POST', '/registrants', {
					body: { ...base, email: 'jesse.pinkman@example.com', eventSessionToken: S.q4Review },
				}),
			).data;
			assert.deepEqual([jesse.isNew, jesse.token], [false, fx.registrants.q4Review[0]]);
		},
	);

	await step('GET registrants (JSON): documented fields, attendance, 404', async () => {
		const list = ok(
			await call('GET', `/reports/events/sessions/registrants/${S.officeHours}`),
		).data;
		assert.deepEqual(
			list.map((r) => r.token),
			fx.registrants.officeHours,
		);
		for (const f of [
			'userID',
			'eventSessionID',
			'token',
			'firstName',
			'lastName',
			'email',
			'phone',
			'location',
			'role',
			'entryTime',
			'exitTime',
			'micEnabled',
			'camEnabled',
			'screenSharingEnabled',
		])
			assert.ok(f in list[0], `missing ${f}`);
		assert.deepEqual(
			list.map((r) => [r.entryTime !== null, r.exitTime !== null]),
			[
				[true, false],
				[true, false],
				[true, true],
				[false, false],
				[false, false],
				[false, false],
			],
		);
		const onboarding = ok(
			await call('GET', `/reports/events/sessions/registrants/${S.onboarding}`),
		).data;
		assert.equal(onboarding.filter((r) => r.entryTime !== null).length, 8);
		assert.equal(
			onboarding[0].userID,
			ok(await call('GET', `/reports/events/sessions/registrants/${S.q4Review}`)).data[0].userID,
		);
		expectError(await call('GET', '/reports/events/sessions/registrants/nope'), 404);
	});

	// ---- surveys and CSV -------------------------------------------------------------------
	await step('GET surveys: numeric ids per session; 404', async () => {
		const surveys = ok(await call('GET', `/reports/events/sessions/surveys/${S.onboarding}`)).data;
		assert.deepEqual(
			surveys.map((s) => s.id),
			[7001, 7002],
		);
		assert.deepEqual(Object.keys(surveys[0]).sort(), [
			'anonymous',
			'id',
			'name',
			'resultDisplayOption',
			'text',
		]);
		assert.equal(surveys[1].anonymous, true);
		assert.deepEqual(
			ok(await call('GET', `/reports/events/sessions/surveys/${S.dryRun}`)).data,
			[],
		);
		expectError(await call('GET', '/reports/events/sessions/surveys/nope'), 404);
	});

	await step(
		'CSV registrants: headers, quoting (comma, quote), non-ASCII, empty session',
		async () => {
			const text = await csvCall(
				`/reports/events/sessions/csv/registrants/${S.onboarding}`,
				`registrants-${S.onboarding}.csv`,
			);
			const { header, rows } = csvObjects(text);
			assert.deepEqual(header, [
				'Token',
				'First Name',
				'Last Name',
				'Email',
				'Phone',
				'Location',
				'Role',
				'Registered At',
				'Entry Time',
				'Exit Time',
				'Minutes Attended',
			]);
			assert.equal(rows.length, 13); // 12 seeded + the replay registrant added above
			assert.equal(rows[0].Location, 'Albuquerque, NM');
			assert.ok(text.includes('"Albuquerque, NM"'));
			const zoe = rows.find((r) => r['First Name'] === 'Zoë');
			assert.deepEqual(
				[zoe['Last Name'], zoe.Location, zoe['Entry Time'], zoe['Minutes Attended']],
				["O'Brien", 'Dublin "Docklands"', '', '0'],
			);
			assert.ok(text.includes('"Dublin ""Docklands"""'));
			assert.equal(rows[1]['Last Name'], 'Müller-Ñúñez');
			assert.equal(rows[4]['First Name'], '美咲');
			const empty = await csvCall(
				`/reports/events/sessions/csv/registrants/${S.dryRun}`,
				`registrants-${S.dryRun}.csv`,
			);
			assert.equal(parseCsv(empty).length, 1);
			expectError(await call('GET', '/reports/events/sessions/csv/registrants/nope'), 404);
		},
	);

	await step('CSV attendeeChat / operatorChat: newline inside a quoted field', async () => {
		const chat = csvObjects(
			await csvCall(
				`/reports/events/sessions/csv/attendeeChat/${S.onboarding}`,
				`attendeeChat-${S.onboarding}.csv`,
			),
		);
		assert.deepEqual(chat.header, [
			'Sent At',
			'Registrant Token',
			'First Name',
			'Last Name',
			'Email',
			'Message',
		]);
		assert.equal(chat.rows.length, 6);
		assert.equal(
			chat.rows[3].Message,
			'Two questions:\n1) where are the slides?\n2) will we get the replay link?',
		);
		assert.equal(chat.rows[2].Message, 'Is the "advanced" track recorded?');
		assert.equal(chat.rows[4].Message, 'ありがとうございました');
		const ops = csvObjects(
			await csvCall(
				`/reports/events/sessions/csv/operatorChat/${S.onboarding}`,
				`operatorChat-${S.onboarding}.csv`,
			),
		);
		assert.deepEqual(ops.header, [
			'Sent At',
			'Operator ID',
			'First Name',
			'Last Name',
			'Email',
			'Message',
		]);
		assert.deepEqual(
			ops.rows.map((r) => r['Operator ID']),
			['101', '102', '101'],
		);
		assert.equal(ops.rows[2].Message, 'Q&A in 5,\nthen wrap up');
		assert.equal(
			parseCsv(
				await csvCall(
					`/reports/events/sessions/csv/operatorChat/${S.dryRun}`,
					`operatorChat-${S.dryRun}.csv`,
				),
			).length,
			1,
		);
	});

	await step('CSV surveyDetail: question columns, anonymous blanks, 404s', async () => {
		const fb = csvObjects(
			await csvCall(
				`/reports/events/sessions/csv/surveyDetail/${S.onboarding}/7001`,
				`surveyDetail-${S.onboarding}-7001.csv`,
			),
		);
		assert.deepEqual(fb.header, [
			'Submitted At',
			'Registrant Token',
			'First Name',
			'Last Name',
			'Email',
			'Overall, how useful was this session? (1-5)',
			'What should we improve?',
		]);
		assert.equal(fb.rows.length, 5);
		assert.equal(fb.rows[1]['What should we improve?'], 'Great session!\nWould love a part 2.');
		assert.equal(fb.rows[0]['What should we improve?'], 'More "hands-on" demos, please.');
		const poll = csvObjects(
			await csvCall(
				`/reports/events/sessions/csv/surveyDetail/${S.onboarding}/7002`,
				`surveyDetail-${S.onboarding}-7002.csv`,
			),
		);
		assert.equal(poll.rows.length, 6);
		assert.ok(poll.rows.every((r) => r['Registrant Token'] === '' && r.Email === ''));
		expectError(
			await call('GET', `/reports/events/sessions/csv/surveyDetail/${S.onboarding}/7003`),
			404,
			/Survey "7003"/,
		);
		expectError(
			await call('GET', `/reports/events/sessions/csv/surveyDetail/${S.onboarding}/9999`),
			404,
		);
		expectError(
			await call('GET', `/reports/events/sessions/csv/surveyDetail/${S.onboarding}/abc`),
			404,
		);
		expectError(await call('GET', '/reports/events/sessions/csv/surveyDetail/nope/7001'), 404);
	});

	await step('CSV summary (default): event block + four titled sections', async () => {
		const text = await csvCall(
			`/reports/events/sessions/csv/summary/${S.onboarding}`,
			`summary-${S.onboarding}.csv`,
		);
		const blocks = text.split('\r\n\r\n');
		assert.equal(blocks.length, 5);
		const head = csvObjects(`${blocks[0]}\r\n`).rows;
		assert.deepEqual(
			head.slice(0, 2).map((r) => r.Value),
			['Onboarding Webinar: Getting Started with Flow', S.onboarding],
		);
		assert.equal(head.find((r) => r.Field === 'Attendees').Value, '8');
		assert.deepEqual(
			blocks.slice(1).map((b) => b.split('\r\n')[0]),
			['Registrants', 'Attendee Chat', 'Operator Chat', 'Survey Results'],
		);
		const results = csvObjects(blocks[4].slice('Survey Results\r\n'.length));
		assert.deepEqual(results.header, [
			'Survey ID',
			'Survey Name',
			'Question',
			'Answer',
			'Submitted At',
			'Registrant Token',
			'First Name',
			'Last Name',
			'Email',
		]);
		assert.equal(results.rows.length, 5 * 2 + 6);
	});

	await step(
		'summary as JSON (summaryAs: json) carries the same CSV strings; control switch',
		async () => {
			sb.setSummaryAs('json');
			const res = await call('GET', `/reports/events/sessions/csv/summary/${S.onboarding}`);
			const body = ok(res);
			assert.match(res.headers.get('content-type'), /^application\/json/);
			assert.deepEqual(Object.keys(body.data), [
				'registrants',
				'attendeeChat',
				'operatorChat',
				'surveyResults',
			]);
			assert.equal(
				body.data.registrants,
				await csvCall(
					`/reports/events/sessions/csv/registrants/${S.onboarding}`,
					`registrants-${S.onboarding}.csv`,
				),
			);
			assert.equal(
				body.data.attendeeChat,
				await csvCall(
					`/reports/events/sessions/csv/attendeeChat/${S.onboarding}`,
					`attendeeChat-${S.onboarding}.csv`,
				),
			);
			assert.equal(parseCsv(body.data.surveyResults).length, 17);
			assert.equal(
				expectStatus(await control('POST', '/settings', { summaryAs: 'xml' }), 400).code,
				400,
			);
			assert.deepEqual(ok(await control('POST', '/settings', { summaryAs: 'csv' })), {
				summaryAs: 'csv',
			});
			await csvCall(
				`/reports/events/sessions/csv/summary/${S.onboarding}`,
				`summary-${S.onboarding}.csv`,
			);
		},
	);

	// ---- SSO -------------------------------------------------------------------------------
	await step('SSO rooms lookup: {code, data[], redirectURL}; unknown account → 404', async () => {
		const body = ok(await call('GET', `/rooms/lookup/${fx.accountToken}`));
		assert.equal(body.code, 200);
		assert.ok('redirectURL' in body);
		assert.deepEqual(
			body.data.map((r) => r.room_id),
			[4101, 4102, 4103],
		);
		assert.deepEqual(Object.keys(body.data[0]).sort(), [
			'account_id',
			'account_token',
			'creator_id',
			'description',
			'id',
			'redirectURL',
			'room_id',
			'title',
		]);
		assert.ok(
			body.data.every((r) => r.account_token === fx.accountToken && r.account_id === fx.accountId),
		);
		expectError(await call('GET', '/rooms/lookup/someoneElse'), 404);
	});

	await step(
		'SSO register: *_* path with URL-encoded parts, isNew, %2A variant, errors',
		async () => {
			const seg = (...parts) => parts.map(encodeURIComponent).join('*_*');
			const path = `/rooms/register/4103/${seg('jesse+flow@example.com', 'Jesse Bruce', 'Pinkman-Ödegård')}`;
			assert.ok(path.includes('jesse%2Bflow%40example.com*_*Jesse%20Bruce*_*'));
			const first = ok(await call('GET', path));
			assert.equal(first.code, 200);
			assert.deepEqual(
				Object.keys(first.data).sort(),
				['date', 'id', 'isNew', 'passCode', 'time', 'timezone', 'token', 'url'].sort(),
			);
			assert.deepEqual(
				[first.data.isNew, first.data.passCode, first.redirectURL],
				[true, 2468, first.data.url],
			);
			const again = ok(
				await call('GET', `/rooms/register/4103/${seg('JESSE+flow@example.com', 'J', 'P')}`),
			);
			assert.deepEqual([again.data.isNew, again.data.token], [false, first.data.token]);
			const starEncoded = ok(
				await call(
					'GET',
					`/rooms/register/4101/${seg('a@example.com', 'Ann', 'Lee').replace(/\*/g, '%2A')}`,
				),
			);
			assert.equal(starEncoded.data.isNew, true);
			// encodeURIComponent leaves "*" alone, so a name holding "*_*" must be sent with %2A.
			ok(await call('GET', `/rooms/register/4102/${seg('b@example.com', 'B', 'Y')}`));
			ok(await call('GET', '/rooms/register/4102/c%40example.com*_*B%2A_%2Ax*_*Y'));
			assert.equal(
				sb.state.roomMembers.find((m) => m.email === 'c@example.com').firstName,
				'B*_*x',
			);
			expectError(
				await call('GET', `/rooms/register/4101/${seg('a@example.com', 'Ann')}`),
				400,
				/\*_\*/,
			);
			expectError(
				await call('GET', `/rooms/register/4101/${seg('not-an-email', 'Ann', 'Lee')}`),
				400,
				/e-mail/,
			);
			expectError(
				await call('GET', `/rooms/register/4101/${seg('a@example.com', '', 'Lee')}`),
				400,
				/firstName/,
			);
			expectError(await call('GET', '/rooms/register/4101/a%E0*_*b*_*c'), 400);
			expectError(
				await call('GET', `/rooms/register/9999/${seg('a@example.com', 'Ann', 'Lee')}`),
				404,
			);
			expectError(
				await call('GET', `/rooms/register/4101/${seg('a@example.com', 'Ann', 'Lee')}`, {
					key: null,
				}),
				401,
			);
			const logged = sb.requests.find((r) => r.path.startsWith('/api/v1/rooms/register/4103/'));
			assert.ok(logged.path.includes('*_*'));
		},
	);

	// ---- helpers and control API -----------------------------------------------------------
	await step('in-process addRegistrant / markAttended / addEvent / addChatMessage', async () => {
		const r = sb.addRegistrant(S.officeHours, {
			email: 'late.comer@example.com',
			firstName: 'Late',
			lastName: 'Comer',
		});
		assert.deepEqual([r.isNew, r.entryTime], [true, null]);
		const marked = sb.markAttended(S.officeHours, 'late.comer@example.com', {
			entryTime: '2030-01-01 10:00:00',
			exitTime: new Date('2030-01-01T10:45:00Z'),
		});
		assert.deepEqual(
			[marked.entryTime, marked.exitTime],
			['2030-01-01 10:00:00', '2030-01-01 10:45:00'],
		);
		const inNow = sb.markAttended(S.officeHours, r.token);
		assert.ok(inNow.entryTime && inNow.exitTime === null);
		assert.throws(() => sb.markAttended(S.officeHours, 'nobody@example.com'), /No registrant/);
		assert.throws(
			() =>
				sb.markAttended(S.officeHours, r.token, {
					entryTime: '2030-01-01 10:00:00',
					exitTime: '2030-01-01 09:00:00',
				}),
			/before/,
		);
		const live = sb.addEvent({
			title: 'Pop-up session',
			startsInMinutes: -5,
			timezone: 'America/Chicago',
			operators: [102, 103],
		});
		assert.deepEqual(
			ok(await call('GET', '/events/sessions?period=current')).data.map((s) => s.token),
			[S.officeHours, live.token],
		);
		assert.deepEqual(
			live.operators.map((o) => [o.id, o.role]),
			[
				[102, 10],
				[103, 5],
			],
		);
		sb.addChatMessage(live.token, { kind: 'operator', operatorId: 102, message: 'We are live' });
		const ops = csvObjects(
			await csvCall(
				`/reports/events/sessions/csv/operatorChat/${live.token}`,
				`operatorChat-${live.token}.csv`,
			),
		);
		assert.equal(ops.rows[0].Message, 'We are live');
	});

	await step('control API: registrants, attendance, events, chat, fixtures, clock', async () => {
		const added = expectStatus(
			await control('POST', '/registrants', {
				sessionToken: S.launchEmea,
				email: 'ctl@example.com',
				firstName: 'Ctl',
				lastName: 'User',
			}),
			201,
		);
		assert.equal(added.isNew, true);
		const attended = ok(
			await control('POST', '/attendance', {
				sessionToken: S.launchEmea,
				registrant: added.token,
				entryTime: '2030-06-18T07:01:00Z',
			}),
		);
		assert.deepEqual([attended.entryTime, attended.exitTime], ['2030-06-18 07:01:00', null]);
		const list = ok(await call('GET', `/reports/events/sessions/registrants/${S.launchEmea}`)).data;
		assert.equal(list.find((x) => x.token === added.token).entryTime, '2030-06-18 07:01:00');
		assert.equal(
			expectStatus(
				await control('POST', '/attendance', { sessionToken: 'nope', registrant: 'x' }),
				404,
			).code,
			404,
		);
		const ev = expectStatus(
			await control('POST', '/events', {
				title: 'Ctl event',
				date: '2032-01-01',
				time: '12:00:00',
				timezone: 'Asia/Tokyo',
			}),
			201,
		);
		assert.equal(ok(await call('GET', `/events/sessions/${ev.token}`)).data.title, 'Ctl event');
		expectStatus(
			await control('POST', '/chat', {
				sessionToken: S.launchEmea,
				registrant: 'ctl@example.com',
				message: 'hi, "all"',
			}),
			201,
		);
		assert.deepEqual(ok(await control('GET', '/fixtures')).sessions, S);
		const before = ok(await call('GET', '/events/sessions?period=current')).data.length;
		const clock = ok(await control('POST', '/clock', { advance: 3 * 3600 * 1000 }));
		assert.equal(clock.frozen, false);
		const after = ok(await call('GET', '/events/sessions?period=current')).data.map((s) => s.token);
		assert.ok(
			before >= 1 && !after.includes(S.officeHours),
			'office hours should be past after +3h',
		);
		sb.clock.advance(-3 * 3600 * 1000);
		assert.ok(
			ok(await call('GET', '/events/sessions?period=current')).data.some(
				(s) => s.token === S.officeHours,
			),
		);
	});

	// ---- faults ----------------------------------------------------------------------------
	await step('faults: 429 + Retry-After, 500, 503 (Flow error shape), then normal', async () => {
		sb.injectFault({ path: '/users', retryAfter: 2 });
		const limited = await call('GET', '/users');
		assert.equal(limited.status, 429);
		assert.equal(limited.headers.get('retry-after'), '2');
		assert.deepEqual([limited.json.code, limited.json.message], [429, 'Too Many Requests']);
		sb.injectFault({ path: /\/reports\/events\/sessions\/csv\//, status: 500, times: 2 });
		assert.equal(
			expectStatus(
				await call('GET', `/reports/events/sessions/csv/registrants/${S.onboarding}`),
				500,
			).code,
			500,
		);
		assert.equal(
			expectStatus(await call('GET', `/reports/events/sessions/csv/summary/${S.onboarding}`), 500)
				.code,
			500,
		);
		await csvCall(
			`/reports/events/sessions/csv/registrants/${S.onboarding}`,
			`registrants-${S.onboarding}.csv`,
		);
		expectStatus(
			await control('POST', '/faults', { method: 'POST', path: '/registrants', status: 503 }),
			201,
		);
		assert.equal(
			expectStatus(await call('POST', '/registrants', { body: {} }), 503).message,
			'Service Unavailable',
		);
	});

	await step('faults: delay, truncate (handler runs), reset', async () => {
		sb.injectFault({ path: '/users', delayMs: 150 });
		const t0 = Date.now();
		ok(await call('GET', '/users'));
		assert.ok(Date.now() - t0 >= 140);
		sb.injectFault({ path: '/registrants', truncate: true });
		await assert.rejects(
			call('POST', '/registrants', {
				body: {
					email: 'trunc@example.com',
					firstName: 'T',
					lastName: 'R',
					eventSessionToken: S.launchApac,
				},
			}),
		);
		const list = ok(await call('GET', `/reports/events/sessions/registrants/${S.launchApac}`)).data;
		assert.ok(list.some((r) => r.email === 'trunc@example.com'));
		sb.injectFault({ path: /\/csv\/summary\//, reset: true });
		await assert.rejects(call('GET', `/reports/events/sessions/csv/summary/${S.onboarding}`));
		assert.deepEqual(sb.sandbox.faults.list(), []);
	});

	// ---- reset and determinism -------------------------------------------------------------
	await step(
		'reset re-seeds in place; same seed → same data, other seed → other filler names',
		async () => {
			const stateRef = sb.state;
			const before = ok(
				await call('GET', `/reports/events/sessions/registrants/${S.onboarding}`),
			).data;
			sb.setSummaryAs('json');
			expectStatus(await control('POST', '/reset', {}), 200);
			assert.equal(sb.state, stateRef);
			assert.equal(sb.settings.summaryAs, 'csv');
			const after = ok(
				await call('GET', `/reports/events/sessions/registrants/${S.onboarding}`),
			).data;
			assert.equal(after.length, 12);
			assert.deepEqual(after, before.slice(0, 12));
			assert.equal(ok(await call('GET', '/events/sessions')).data.length, 7);
			const other = await startFlowWebinarsSandbox({ seed: 7 });
			try {
				assert.deepEqual(other.fixtures.sessions, fx.sessions);
				assert.deepEqual(other.fixtures.registrants.onboarding, fx.registrants.onboarding);
				const names = (s) =>
					s.state.registrants.filter((r) => r.sessionId === 5001).map((r) => r.email);
				assert.deepEqual(names(other).slice(0, 5), names(sb).slice(0, 5));
				assert.notDeepEqual(names(other).slice(5), names(sb).slice(5));
			} finally {
				await other.close();
			}
			await sb.reset({ seed: 42 });
		},
	);

	await step('coverage: every endpoint answered 2xx at least once', () => {
		for (const r of sb.requests)
			if (r.route && r.status >= 200 && r.status < 300) covered.add(r.route.replace('/api/v1', ''));
		assert.deepEqual(
			ENDPOINTS.filter((e) => !covered.has(e)),
			[],
		);
	});

	await sb.close();
	checklist.finish();
}

main().catch(async (err) => {
	console.error(err);
	if (sb) await sb.close();
	process.exit(1);
});
