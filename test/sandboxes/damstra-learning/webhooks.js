'use strict';

const { json } = require('../framework');
const { isoZ } = require('./dates');

/*
 * Payloads exactly as the reference documents them: flat JSON, every id a string, timeStamp ISO.
 * User-id key casing differs per event: userId for lesson.schedule.completed and the three user.*
 * events, userID for lesson.schedule.changed/created/cancelled.
 */
const EVENT_NAMES = [
	'lesson.schedule.completed',
	'lesson.schedule.changed',
	'lesson.schedule.created',
	'lesson.schedule.cancelled',
	'user.account.created',
	'user.settings.updated',
	'user.account.inactivate',
];
const ID_FIELDS = new Set(['lessonScheduleId', 'userId', 'userID', 'actingUserId']);

function pickSchedule(state, overrides, fallback) {
	const id =
		overrides.lessonScheduleId === undefined ? undefined : Number(overrides.lessonScheduleId);
	return (
		(id !== undefined && state.index.schedules.get(id)) || fallback() || state.lessonSchedules[0]
	);
}

function pickUser(state, overrides, fallback) {
	const raw = overrides.userId ?? overrides.userID;
	const id = raw === undefined ? undefined : Number(raw);
	return (id !== undefined && state.index.users.get(id)) || fallback() || state.users[0];
}

const BUILDERS = {
	'lesson.schedule.completed': (state, o, ts) => {
		const s = pickSchedule(state, o, () =>
			state.lessonSchedules.find((x) => x.status === 'completed'),
		);
		return {
			name: 'lesson.schedule.completed',
			lessonScheduleId: s && s.id,
			userId: s && s.userId,
			timeStamp: ts,
		};
	},
	'lesson.schedule.changed': (state, o, ts) => {
		const s = pickSchedule(state, o, () => state.lessonSchedules.find((x) => x.status === 'due'));
		return {
			name: 'lesson.schedule.changed',
			scheduleDate: s && s.startDate,
			lessonScheduleId: s && s.id,
			userID: s && s.userId,
			timeStamp: ts,
		};
	},
	'lesson.schedule.created': (state, o, ts) => {
		const s = pickSchedule(state, o, () => state.lessonSchedules[state.lessonSchedules.length - 1]);
		return {
			name: 'lesson.schedule.created',
			lessonScheduleId: s && s.id,
			userID: s && s.userId,
			timeStamp: ts,
		};
	},
	'lesson.schedule.cancelled': (state, o, ts) => {
		const s = pickSchedule(state, o, () =>
			state.lessonSchedules.find((x) => x.status === 'cancelled'),
		);
		return {
			name: 'lesson.schedule.cancelled',
			lessonScheduleId: s && s.id,
			userID: s && s.userId,
			cancellationReason: (s && s.cancellationReason) || 'SCHEDULE_CANCELLED_MANUALLY',
			timeStamp: ts,
		};
	},
	'user.account.created': (state, o, ts) => {
		const u = pickUser(state, o, () => state.users[state.users.length - 1]);
		return {
			name: 'user.account.created',
			firstName: u && u.firstName,
			lastName: u && u.lastName,
			userName: u && u.userName,
			userId: u && u.id,
			timeStamp: ts,
		};
	},
	'user.settings.updated': (state, o, ts) => {
		const u = pickUser(state, o, () => state.users.find((x) => x.roles.includes(6)));
		const actor = state.users.find((x) => x.roles.includes(3)) || state.users[0];
		return {
			name: 'user.settings.updated',
			userId: u && u.id,
			actingUserId: actor && actor.id,
			timeStamp: ts,
		};
	},
	'user.account.inactivate': (state, o, ts) => {
		const u = pickUser(state, o, () => state.users.find((x) => x.clientStatusId === 57));
		return {
			name: 'user.account.inactivate',
			userName: u && u.userName,
			userId: u && u.id,
			timeStamp: ts,
		};
	},
};

/**
 * Overrides are merged last. Numbers given for id fields become strings (the wire contract);
 * a key set to undefined is removed, to simulate a missing field.
 */
function buildWebhookPayload(state, eventName, overrides = {}) {
	const build = BUILDERS[eventName];
	if (!build)
		throw new Error(
			`Unknown webhook event "${eventName}"; expected one of ${EVENT_NAMES.join(', ')}`,
		);
	const payload = build(state, overrides, isoZ(Date.now()));
	for (const key of Object.keys(payload))
		if (ID_FIELDS.has(key) && payload[key] != null) payload[key] = String(payload[key]);
	for (const [key, value] of Object.entries(overrides)) {
		if (value === undefined) delete payload[key];
		else payload[key] = ID_FIELDS.has(key) && typeof value === 'number' ? String(value) : value;
	}
	return payload;
}

async function postWebhook(url, payload, { timeoutMs = 10000 } = {}) {
	const res = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(payload),
		signal: AbortSignal.timeout(timeoutMs),
	});
	const raw = await res.text();
	let body = raw;
	try {
		body = raw ? JSON.parse(raw) : raw;
	} catch {
		// non-JSON replies are returned as text
	}
	return { status: res.status, body };
}

/** Resolves to { status, body, payload }; rejects when the target cannot be reached. */
async function sendWebhook(state, targetUrl, eventName, overrides = {}) {
	const payload = buildWebhookPayload(state, eventName, overrides);
	const result = await postWebhook(targetUrl, payload);
	state.sentWebhooks.push({ url: targetUrl, event: eventName, payload, status: result.status });
	return { ...result, payload };
}

function webhookControlRoutes(state) {
	return [
		{
			method: 'POST',
			path: '/webhooks/send',
			async handler(ctx) {
				const body = ctx.body && typeof ctx.body === 'object' ? ctx.body : {};
				if (typeof body.url !== 'string' || !/^https?:\/\//.test(body.url))
					return json(400, { error: 'url must be an http(s) URL' });
				if (!BUILDERS[body.event])
					return json(400, { error: `event must be one of ${EVENT_NAMES.join(', ')}` });
				try {
					return json(200, await sendWebhook(state, body.url, body.event, body.overrides || {}));
				} catch (err) {
					return json(502, {
						error: `Delivery failed: ${err.cause ? err.cause.message || err.cause.code : err.message}`,
					});
				}
			},
		},
		{ method: 'GET', path: '/webhooks/events', handler: () => json(200, { events: EVENT_NAMES }) },
	];
}

module.exports = { EVENT_NAMES, buildWebhookPayload, sendWebhook, webhookControlRoutes };
