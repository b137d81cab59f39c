import type { IDataObject } from 'n8n-workflow';
import { locator } from '../../support/context';
import type { DamstraLearningSandbox } from '../../support/sandbox';
import { calls, json, run, useSandbox } from './harness';

let sandbox: DamstraLearningSandbox;
useSandbox((started) => (sandbox = started));

describe('Damstra Learning › Lesson Schedule', () => {
	it('Get and Get Many for User', async () => {
		const [schedule] = json(
			await run(sandbox, 'lessonSchedule', 'get', {
				lessonScheduleId: locator(10001),
				simplify: false,
			}),
		);
		expect(schedule).toMatchObject({ userId: 1001 });
		const all = json(
			await run(sandbox, 'lessonSchedule', 'getAllForUser', {
				userId: locator(1001),
				status: 'all',
				returnAll: true,
			}),
		);
		expect(all).toHaveLength(2);
		const due = json(
			await run(sandbox, 'lessonSchedule', 'getAllForUser', {
				userId: locator(1001),
				status: 'due',
				returnAll: true,
			}),
		);
		expect(due).toHaveLength(1);
		expect(calls(sandbox).at(-1)).toBe(
			'GET /user/1001/lesson_schedule?status=due&startIndex=0&maxResults=100',
		);
	});

	it('Schedule User sends version ids, a UTC start date and the grace period with its unit', async () => {
		const [result] = json(
			await run(sandbox, 'lessonSchedule', 'scheduleUser', {
				userId: locator(1009),
				lessonVersionIds: '203, 204',
				additionalFields: { scheduleDate: '2030-03-01T09:00:00+08:00', gracePeriod: 14 },
			}),
		);
		expect(sandbox.requests[0].body).toEqual({
			lessonVersionIds: [203, 204],
			scheduleDate: '2030-03-01T01:00:00+0000',
			gracePeriod: '14',
			gracePeriodUnit: 'days',
		});
		expect((result.ids as number[]).length).toBe(2);
		const mine = json(
			await run(sandbox, 'lessonSchedule', 'getAllForUser', {
				userId: locator(1009),
				status: 'all',
				returnAll: true,
			}),
		);
		expect(mine).toHaveLength(4);
	});

	it('Complete Manually sends exactly one of lessonId / lessonVersionId', async () => {
		const [done] = json(
			await run(sandbox, 'lessonSchedule', 'complete', {
				userId: locator(1012),
				completedDate: '2025-02-03T04:05:06Z',
				manuallyCompletedByUserId: locator(1002),
				lessonBy: 'lessonVersionId',
				lessonRef: 205,
			}),
		);
		expect(sandbox.requests[0].body).toEqual({
			completedDate: '2025-02-03T04:05:06+0000',
			manuallyCompletedByUserId: 1002,
			lessonVersionId: 205,
		});
		expect(calls(sandbox)[0]).toBe('POST /lesson_schedule/1012/complete_lesson');
		expect(Array.isArray(done.ids)).toBe(true);
	});

	it("Download Certificate returns the PDF as binary with the server's file name", async () => {
		const [item] = await run(sandbox, 'lessonSchedule', 'downloadCertificate', {
			lessonScheduleId: locator(10013),
			binaryPropertyName: 'certificate',
		});
		const file = item.binary?.certificate;
		expect(file).toMatchObject({ mimeType: 'application/pdf', fileName: 'certificate-10013.pdf' });
		expect(Buffer.from(String(file?.data), 'base64').subarray(0, 5).toString()).toBe('%PDF-');
		expect(item.json).toMatchObject({
			lessonScheduleId: '10013',
			fileName: 'certificate-10013.pdf',
		});
	});

	it('reports a certificate that is not available as a clear API error, not as a file', async () => {
		await expect(
			run(sandbox, 'lessonSchedule', 'downloadCertificate', { lessonScheduleId: locator(10009) }),
		).rejects.toMatchObject({
			message: expect.stringMatching(/^Damstra Learning returned HTTP 400/),
		});
	});
});

describe('Damstra Learning › ILT Session', () => {
	it('Get Many (with filters), Get and Get Attendees', async () => {
		expect(json(await run(sandbox, 'iltSession', 'getAll', { returnAll: true }))).toHaveLength(4);
		const byInstructor = json(
			await run(sandbox, 'iltSession', 'getAll', {
				returnAll: true,
				filters: { instructorId: 1004 },
			}),
		);
		expect(byInstructor.map((s) => s.id).sort()).toEqual([601, 603]);
		const [session] = json(await run(sandbox, 'iltSession', 'get', { iltSessionId: locator(602) }));
		expect(session).toMatchObject({ id: 602, instructorId: 1005 });
		const attendees = json(
			await run(sandbox, 'iltSession', 'getAttendees', { iltSessionId: locator(602) }),
		);
		expect(attendees.map((a) => a.id)).toEqual([804, 805, 806, 807]);
	});

	it('Create and Update (PATCH keeps instructor and location)', async () => {
		const [created] = json(
			await run(sandbox, 'iltSession', 'create', {
				startDatetime: '2030-05-01T01:00:00Z',
				endDatetime: '2030-05-01T03:00:00Z',
				location: 'Perth Training Room 2',
				instructorId: locator(1004),
				lessonId: locator(107),
				additionalFields: { notes: 'Bring PPE' },
			}),
		);
		expect(sandbox.requests[0].body).toMatchObject({
			startDatetime: '2030-05-01T01:00:00.000+0000',
			endDatetime: '2030-05-01T03:00:00.000+0000',
			instructorId: 1004,
			lessonId: 107,
		});
		expect(created.id).toBe(605);

		sandbox.clearRequests();
		const [updated] = json(
			await run(sandbox, 'iltSession', 'update', {
				iltSessionId: locator(605),
				updateFields: { numberOfPlaces: 12 },
			}),
		);
		expect(calls(sandbox)).toEqual(['GET /ilt_session/605', 'PATCH /ilt_session/605']);
		expect(sandbox.requests[1].body).toEqual({
			instructorId: 1004,
			location: 'Perth Training Room 2',
			numberOfPlaces: 12,
		});
		expect(updated).toMatchObject({ numberOfPlaces: 12 });
	});

	it('Register, Deregister, Save Progress, Complete and Cancel', async () => {
		await run(sandbox, 'lessonSchedule', 'scheduleUser', {
			userId: locator(1016),
			lessonVersionIds: '207',
		});
		expect(
			json(
				await run(sandbox, 'iltSession', 'register', {
					iltSessionId: locator(601),
					userIds: '1016',
				}),
			),
		).toEqual([{ success: true }]);
		let attendees = json(
			await run(sandbox, 'iltSession', 'getAttendees', { iltSessionId: locator(601) }),
		);
		const added = attendees.find((a) => a.userId === 1016) as IDataObject;
		expect(added).toBeDefined();
		await run(sandbox, 'iltSession', 'deregister', { iltSessionId: locator(601), userIds: [1016] });
		attendees = json(
			await run(sandbox, 'iltSession', 'getAttendees', { iltSessionId: locator(601) }),
		);
		expect(attendees.some((a) => a.userId === 1016)).toBe(false);

		sandbox.clearRequests();
		await run(sandbox, 'iltSession', 'saveProgress', {
			iltSessionId: locator(603),
			attendees: {
				entries: [
					{ id: 808, attended: true, passed: true },
					{ id: 809, attended: false, passed: false },
				],
			},
		});
		expect(sandbox.requests[0].body).toEqual({
			attendees: [
				{ id: 808, attended: true, passed: true },
				{ id: 809, attended: false, passed: false },
			],
		});
		const saved = json(
			await run(sandbox, 'iltSession', 'getAttendees', { iltSessionId: locator(603) }),
		);
		expect(saved.find((a) => a.id === 808)).toMatchObject({ attended: true, passed: true });

		expect(
			json(await run(sandbox, 'iltSession', 'complete', { iltSessionId: locator(603) })),
		).toEqual([{ success: true }]);
		const [completed] = json(
			await run(sandbox, 'iltSession', 'get', { iltSessionId: locator(603) }),
		);
		expect(completed.statusId).toBe(2);

		await run(sandbox, 'iltSession', 'cancel', {
			iltSessionId: locator(601),
			iltSessionCancellationTraineeNotificationEnabled: true,
			iltSessionCancellationInstructorNotificationEnabled: false,
		});
		expect(sandbox.requests.at(-1)?.body).toEqual({
			iltSessionCancellationTraineeNotificationEnabled: true,
			iltSessionCancellationInstructorNotificationEnabled: false,
		});
		const [cancelled] = json(
			await run(sandbox, 'iltSession', 'get', { iltSessionId: locator(601) }),
		);
		expect(cancelled.statusId).toBe(3);
	});
});

describe('Damstra Learning › Embed Player', () => {
	it('Get URL and Get URL (All Lesson Types) return the tokenised player URL', async () => {
		const [byQuery] = json(
			await run(sandbox, 'embedPlayer', 'getUrl', { lessonScheduleId: locator(10003) }),
		);
		expect(String(byQuery.embedUrl)).toMatch(/embed=true&token=/);
		const [byPath] = json(
			await run(sandbox, 'embedPlayer', 'getVersionUrl', { lessonScheduleId: locator(10003) }),
		);
		expect(String(byPath.embedUrl)).toMatch(/embed=true&token=/);
		expect(calls(sandbox)).toEqual([
			'GET /embed_player?lessonScheduleId=10003',
			'GET /embed_player/version/10003',
		]);
	});

	it('explains a completed schedule (837) instead of returning a dead link', async () => {
		await expect(
			run(sandbox, 'embedPlayer', 'getUrl', { lessonScheduleId: locator(10001) }),
		).rejects.toMatchObject({
			description: expect.stringMatching(/already completed/),
		});
	});
});
