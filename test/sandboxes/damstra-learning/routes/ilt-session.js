'use strict';

const { parsePaging, paginate } = require('../../framework');
const v = require('../validate');
const { badRequest } = require('../errors');
const { iltSummaryJson, iltJson, attendeeJson } = require('../serialize');
const { perth, isoZ } = require('../dates');
const { addIltSession, addAttendee, removeAttendee, nextId } = require('../data');

const STATE_OR_STATUS = [1, 2, 3];

function queryEnum(ctx, name) {
	const raw = v.queryString(ctx, name);
	if (raw === undefined || raw === '') return undefined;
	const n = Number(raw);
	if (!STATE_OR_STATUS.includes(n)) badRequest(name, `${name} must be 1, 2 or 3; got "${raw}"`);
	return n;
}

function existingUser(state, body, field) {
	const id = v.toId(body[field]);
	if (id === null) badRequest(field, `${field} must be a numeric user id`);
	if (!state.index.users.has(id)) badRequest(field, `${field}: user ${id} does not exist`);
	return id;
}

function placesOf(body, fallback) {
	if (body.numberOfPlaces === undefined || body.numberOfPlaces === null) return fallback;
	if (!Number.isInteger(body.numberOfPlaces) || body.numberOfPlaces < 1)
		badRequest('numberOfPlaces', 'numberOfPlaces must be a positive integer');
	return body.numberOfPlaces;
}

// State is stored, not recomputed from the clock, so seeded sessions keep their documented state.
function stateFromDates(startMs, endMs, now = Date.now()) {
	if (endMs < now) return 3;
	return startMs <= now ? 2 : 1;
}

module.exports = function iltSessionRoutes(state) {
	const session = (ctx) =>
		v.lookup(state.index.iltSessions, 'iltSession', v.pathId(ctx, 'iltSessionId'));
	const attendeesOf = (s) => state.iltAttendees.filter((a) => a.sessionId === s.id);
	const knownUsers = (ctx) => {
		const ids = v.idList(v.objectBody(ctx), 'userIds');
		const unknown = ids.filter((id) => !state.index.users.has(id));
		if (unknown.length) badRequest('userIds', `Unknown user ids: ${unknown.join(', ')}`);
		return [...new Set(ids)];
	};
	const touch = (record) => {
		record.modifiedDate = perth(Date.now());
	};

	return [
		{
			method: 'GET',
			path: '/ilt_session',
			handler(ctx) {
				const paging = parsePaging(ctx.query);
				const scheduleId = v.queryId(ctx, 'lessonScheduleId');
				const instructorId = v.queryId(ctx, 'instructorId');
				const stateId = queryEnum(ctx, 'state');
				const statusId = queryEnum(ctx, 'status');
				const list = state.iltSessions.filter(
					(s) =>
						(instructorId === undefined || s.instructorId === instructorId) &&
						(stateId === undefined || s.stateId === stateId) &&
						(statusId === undefined || s.statusId === statusId) &&
						(scheduleId === undefined ||
							attendeesOf(s).some((a) => a.lessonScheduleId === scheduleId)),
				);
				const page = paginate(list, paging);
				return { results: page.results.map((s) => iltSummaryJson(state, s)), meta: page.meta };
			},
		},
		{
			method: 'GET',
			path: '/ilt_session/:iltSessionId',
			handler: (ctx) => iltJson(state, session(ctx)),
		},
		{
			method: 'POST',
			path: '/ilt_session',
			handler(ctx) {
				const body = v.objectBody(ctx);
				v.requireFields(body, ['startDatetime', 'endDatetime', 'location', 'instructorId']);
				const start = v.date(body, 'startDatetime');
				const end = v.date(body, 'endDatetime');
				if (end < start) badRequest('endDatetime', 'endDatetime must not be before startDatetime');
				let lessonId = null;
				if (body.lessonId !== undefined && body.lessonId !== null) {
					lessonId = v.toId(body.lessonId);
					if (!state.lessons.some((l) => l.lessonId === lessonId))
						badRequest('lessonId', `lessonId: lesson ${body.lessonId} does not exist`);
				}
				const now = perth(Date.now());
				const created = addIltSession(state, {
					id: nextId(state, 'iltSession'),
					statusId: 1,
					stateId: stateFromDates(start, end),
					instructorId: existingUser(state, body, 'instructorId'),
					lessonId,
					notes: v.optionalString(body, 'notes') ?? null,
					numberOfPlaces: placesOf(body, 20),
					startDatetime: perth(start),
					endDatetime: perth(end),
					location: v.nonEmptyString(body, 'location'),
					iltSessionCancellationTraineeNotificationEnabled: false,
					iltSessionCancellationInstructorNotificationEnabled: false,
					createdDate: now,
					modifiedDate: now,
				});
				return iltSummaryJson(state, created);
			},
		},
		{
			// PATCH, yet instructorId and location are required by the schema (reference, ambiguity 10).
			method: 'PATCH',
			path: '/ilt_session/:iltSessionId',
			handler(ctx) {
				const s = session(ctx);
				const body = v.objectBody(ctx);
				v.requireFields(body, ['instructorId', 'location']);
				const changes = {
					instructorId: existingUser(state, body, 'instructorId'),
					location: v.nonEmptyString(body, 'location'),
					numberOfPlaces: placesOf(body, s.numberOfPlaces),
				};
				if (body.statusId !== undefined)
					changes.statusId = v.oneOf(body.statusId, STATE_OR_STATUS, 'statusId');
				if (body.notes !== undefined) changes.notes = v.optionalString(body, 'notes');
				Object.assign(s, changes);
				touch(s);
				return iltJson(state, s);
			},
		},
		{
			method: 'POST',
			path: '/ilt_session/:iltSessionId/complete',
			handler(ctx) {
				const s = session(ctx);
				if (s.statusId === 3)
					badRequest(null, `ILT session ${s.id} is cancelled and cannot be completed`);
				const now = Date.now();
				Object.assign(s, { statusId: 2, stateId: 3 });
				touch(s);
				for (const a of attendeesOf(s)) {
					const schedule = state.index.schedules.get(a.lessonScheduleId);
					if (!schedule || schedule.status === 'completed' || schedule.status === 'cancelled')
						continue;
					Object.assign(schedule, {
						status: 'completed',
						passed: Boolean(a.passed),
						lessonStartedDate: schedule.lessonStartedDate || isoZ(now),
						lessonCompletedDate: isoZ(now),
						lessonCompletedBy: s.instructorId,
						modifiedDate: isoZ(now),
					});
				}
			},
		},
		{
			method: 'POST',
			path: '/ilt_session/:iltSessionId/cancel_session',
			handler(ctx) {
				const s = session(ctx);
				const body = v.objectBody(ctx);
				const trainee = 'iltSessionCancellationTraineeNotificationEnabled';
				const instructor = 'iltSessionCancellationInstructorNotificationEnabled';
				v.requireFields(body, [trainee, instructor]);
				v.boolean(body, trainee);
				v.boolean(body, instructor);
				if (s.statusId === 2)
					badRequest(null, `ILT session ${s.id} is completed and cannot be cancelled`);
				Object.assign(s, { statusId: 3, [trainee]: body[trainee], [instructor]: body[instructor] });
				touch(s);
			},
		},
		{
			method: 'POST',
			path: '/ilt_session/:iltSessionId/bulk_register',
			handler(ctx) {
				const s = session(ctx);
				if (s.statusId !== 1)
					badRequest(null, `ILT session ${s.id} is not active (statusId ${s.statusId})`);
				const userIds = knownUsers(ctx);
				const registrar = state.users.find((u) => u.roles.includes(7)) || state.users[0];
				const plans = userIds
					.filter((userId) => !attendeesOf(s).some((a) => a.userId === userId))
					.map((userId) => {
						const candidates = state.lessonSchedules.filter(
							(x) => x.userId === userId && x.lessonId === s.lessonId && x.status !== 'cancelled',
						);
						const schedule = candidates.find((x) => x.status !== 'completed') || candidates[0];
						if (!schedule)
							badRequest(
								'userIds',
								`User ${userId} is not scheduled to lesson ${s.lessonId}; schedule the user first`,
							);
						return { userId, schedule };
					});
				const now = perth(Date.now());
				for (const { userId, schedule } of plans) {
					addAttendee(state, {
						id: nextId(state, 'iltAttendee'),
						userId,
						sessionId: s.id,
						lessonScheduleId: schedule.id,
						registeringUserId: registrar ? registrar.id : null,
						passed: false,
						attended: false,
						createdDate: now,
						modifiedDate: now,
					});
				}
			},
		},
		{
			method: 'POST',
			path: '/ilt_session/:iltSessionId/bulk_deregister',
			handler(ctx) {
				const s = session(ctx);
				const userIds = knownUsers(ctx);
				for (const a of attendeesOf(s)) if (userIds.includes(a.userId)) removeAttendee(state, a);
			},
		},
		{
			// No paging parameters are documented, so the default page is "everything"; meta is still sent.
			method: 'GET',
			path: '/ilt_session/:iltSessionId/attendees',
			handler(ctx) {
				const s = session(ctx);
				const page = paginate(attendeesOf(s), parsePaging(ctx.query, { defaultMaxResults: null }));
				return { results: page.results.map((a) => attendeeJson(state, a)), meta: page.meta };
			},
		},
		{
			method: 'POST',
			path: '/ilt_session/:iltSessionId/save_progress',
			handler(ctx) {
				const s = session(ctx);
				const body = v.objectBody(ctx);
				v.requireFields(body, ['attendees']);
				if (!Array.isArray(body.attendees) || !body.attendees.length)
					badRequest('attendees', 'attendees must be a non-empty array');
				const updates = body.attendees.map((item, i) => {
					const prefix = `attendees[${i}].`;
					if (!item || typeof item !== 'object')
						badRequest(`attendees[${i}]`, `attendees[${i}] must be an object`);
					v.requireFields(item, ['id'], prefix);
					const record = state.index.attendees.get(v.toId(item.id));
					if (!record || record.sessionId !== s.id) {
						const hint = attendeesOf(s).some((a) => a.userId === v.toId(item.id))
							? ' (that is a user id; send the attendee record id from /attendees)'
							: '';
						badRequest(
							`${prefix}id`,
							`${prefix}id: ${item.id} is not an attendee record of ILT session ${s.id}${hint}`,
						);
					}
					for (const flag of ['passed', 'attended'])
						if (item[flag] !== undefined) v.boolean(item, flag);
					return { record, item };
				});
				for (const { record, item } of updates) {
					if (item.passed !== undefined) record.passed = item.passed;
					if (item.attended !== undefined) record.attended = item.attended;
					touch(record);
				}
			},
		},
	];
};
