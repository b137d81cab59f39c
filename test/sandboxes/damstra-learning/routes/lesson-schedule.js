'use strict';

const { parsePaging, paginate, binary, json } = require('../../framework');
const v = require('../validate');
const { badRequest, coded, fail } = require('../errors');
const { scheduleJson, scheduleListItemJson, fullName } = require('../serialize');
const { isoZ } = require('../dates');
const { addSchedule, makeSchedule, nextId, OPEN_STATUSES, DAY } = require('../data');
const { buildCertificatePdf } = require('../pdf');

const STATUS_FILTERS = ['all', 'scheduled', 'due', 'overdue', 'completed', 'cancelled'];

function gracePeriodEnd(startMs, gracePeriod, unit) {
	const amount = Number(gracePeriod);
	if (unit === 'months') {
		const d = new Date(startMs);
		d.setUTCMonth(d.getUTCMonth() + amount);
		return d.getTime();
	}
	return startMs + amount * DAY;
}

function readGracePeriod(body) {
	const hasPeriod = body.gracePeriod !== undefined && body.gracePeriod !== null;
	const hasUnit = body.gracePeriodUnit !== undefined && body.gracePeriodUnit !== null;
	if (hasPeriod !== hasUnit) {
		const missing = hasPeriod ? 'gracePeriodUnit' : 'gracePeriod';
		badRequest(missing, 'gracePeriod and gracePeriodUnit must be sent together');
	}
	if (!hasPeriod) return { gracePeriod: '14', gracePeriodUnit: 'days' };
	if (!/^\d+$/.test(String(body.gracePeriod)))
		badRequest('gracePeriod', 'gracePeriod must be a whole number such as "14"');
	return {
		gracePeriod: String(body.gracePeriod),
		gracePeriodUnit: v.oneOf(body.gracePeriodUnit, ['days', 'months'], 'gracePeriodUnit'),
	};
}

module.exports = function lessonScheduleRoutes(state) {
	const user = (ctx) => v.lookup(state.index.users, 'user', v.pathId(ctx, 'userId'));
	const schedule = (ctx) =>
		v.lookup(state.index.schedules, 'lessonSchedule', v.pathId(ctx, 'lessonScheduleId'));

	return [
		{
			method: 'GET',
			path: '/lesson_schedule/:lessonScheduleId',
			handler: (ctx) => scheduleJson(state, schedule(ctx)),
		},
		{
			method: 'GET',
			path: '/user/:userId/lesson_schedule',
			handler(ctx) {
				const u = user(ctx);
				const paging = parsePaging(ctx.query);
				const status = v.oneOf(v.queryString(ctx, 'status') || 'all', STATUS_FILTERS, 'status');
				const list = state.lessonSchedules.filter(
					(s) => s.userId === u.id && (status === 'all' || s.status === status),
				);
				const page = paginate(list, paging);
				return {
					results: page.results.map((s) => scheduleListItemJson(state, s)),
					meta: page.meta,
				};
			},
		},
		{
			method: 'POST',
			path: '/user/:userId/lesson_schedule',
			handler(ctx) {
				const u = user(ctx);
				const body = v.objectBody(ctx);
				const versionIds = [...new Set(v.idList(body, 'lessonVersionIds'))];
				const now = Date.now();
				const start =
					body.scheduleDate === undefined || body.scheduleDate === null
						? now
						: v.date(body, 'scheduleDate');
				const grace = readGracePeriod(body);
				const lessons = versionIds.map((id, i) => {
					const lesson = state.index.lessonsByVersion.get(id);
					if (!lesson) badRequest(`lessonVersionIds[${i}]`, `Lesson version ${id} does not exist`);
					if (lesson.status !== 'active')
						badRequest(
							`lessonVersionIds[${i}]`,
							`Lesson version ${id} is "${lesson.status}"; only active lessons can be scheduled`,
						);
					return lesson;
				});
				const duplicate = lessons.some((l) =>
					state.lessonSchedules.some(
						(s) =>
							s.userId === u.id &&
							s.lessonVersionId === l.lessonVersionId &&
							OPEN_STATUSES.includes(s.status),
					),
				);
				if (duplicate) fail(json(409, { error: 'Lesson Schedule already exists' }));
				const ids = lessons.map((lesson) => {
					const record = makeSchedule({
						id: nextId(state, 'lessonSchedule'),
						user: u,
						lesson,
						status: start > now ? 'scheduled' : 'due',
						passed: null,
					});
					Object.assign(record, {
						...grace,
						scheduleType: 'manual',
						startDate: isoZ(start),
						endDate: isoZ(gracePeriodEnd(start, grace.gracePeriod, grace.gracePeriodUnit)),
						createdDate: isoZ(now),
						modifiedDate: isoZ(now),
					});
					return addSchedule(state, record).id;
				});
				return { ids };
			},
		},
		{
			// The path id is the trainee's USER id, as the reference points out.
			method: 'POST',
			path: '/lesson_schedule/:userId/complete_lesson',
			handler(ctx) {
				const u = user(ctx);
				const body = v.objectBody(ctx);
				v.requireFields(body, ['completedDate', 'manuallyCompletedByUserId']);
				const completedMs = v.date(body, 'completedDate');
				const byId = v.toId(body.manuallyCompletedByUserId);
				const by = byId === null ? null : state.index.users.get(byId);
				if (!by || by.clientStatusId !== 56) {
					badRequest(
						'manuallyCompletedByUserId',
						`manuallyCompletedByUserId ${body.manuallyCompletedByUserId} must be an existing active user`,
					);
				}
				let lesson;
				if (body.lessonVersionId !== undefined && body.lessonVersionId !== null) {
					lesson = state.index.lessonsByVersion.get(v.toId(body.lessonVersionId));
					if (!lesson)
						badRequest('lessonVersionId', `Lesson version ${body.lessonVersionId} does not exist`);
					if (
						body.lessonId !== undefined &&
						body.lessonId !== null &&
						v.toId(body.lessonId) !== lesson.lessonId
					) {
						badRequest(
							'lessonId',
							`lessonId ${body.lessonId} does not belong to lesson version ${lesson.lessonVersionId}`,
						);
					}
				} else if (body.lessonId !== undefined && body.lessonId !== null) {
					const id = v.toId(body.lessonId);
					lesson = state.lessons
						.filter((l) => l.lessonId === id)
						.sort((a, b) => b.version - a.version)[0];
					if (!lesson) badRequest('lessonId', `Lesson ${body.lessonId} does not exist`);
				} else {
					badRequest('lessonVersionId', 'One of lessonId or lessonVersionId is required');
				}
				let record = state.lessonSchedules.find(
					(s) =>
						s.userId === u.id &&
						s.lessonVersionId === lesson.lessonVersionId &&
						OPEN_STATUSES.includes(s.status),
				);
				if (!record) {
					record = addSchedule(
						state,
						makeSchedule({
							id: nextId(state, 'lessonSchedule'),
							user: u,
							lesson,
							status: 'due',
							passed: null,
						}),
					);
					Object.assign(record, {
						scheduleType: 'manual',
						startDate: isoZ(completedMs),
						endDate: isoZ(completedMs),
						createdDate: isoZ(Date.now()),
					});
				}
				Object.assign(record, {
					status: 'completed',
					passed: true,
					lessonStartedDate: record.lessonStartedDate || isoZ(completedMs),
					lessonCompletedDate: isoZ(completedMs),
					lessonCompletedBy: by.id,
					progress: lesson.duration,
					modifiedDate: isoZ(Date.now()),
				});
				return { ids: [record.id] };
			},
		},
		{
			method: 'GET',
			path: '/lesson_schedule/:lessonScheduleId/certificate',
			handler(ctx) {
				const s = schedule(ctx);
				if (s.status !== 'completed')
					coded(400, 847, 'Certificate is only available for completed lesson schedules');
				if (!s.passed) coded(400, 847, 'Certificate is only available for passed lesson schedules');
				const u = state.index.users.get(s.userId);
				const lesson = state.index.lessonsByVersion.get(s.lessonVersionId);
				const pdf = buildCertificatePdf({
					lines: [
						`This certifies that ${fullName(u)}`,
						`completed "${lesson.name}" (version ${lesson.version})`,
						`on ${s.lessonCompletedDate.slice(0, 10)}.`,
						`${state.client.name} - lesson schedule ${s.id}`,
					],
				});
				return binary(200, pdf, 'application/pdf', {
					'content-disposition': `attachment; filename="certificate-${s.id}.pdf"`,
				});
			},
		},
	];
};
