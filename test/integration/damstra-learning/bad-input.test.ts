import { NodeOperationError } from 'n8n-workflow';
import { locator } from '../../support/context';
import type { DamstraLearningSandbox } from '../../support/sandbox';
import { run, useSandbox } from './harness';

let sandbox: DamstraLearningSandbox;
useSandbox((started) => (sandbox = started));

/** [resource, operation, parameters, message the user must see] */
const cases: Array<[string, string, Record<string, unknown>, RegExp]> = [
	['user', 'get', { userId: locator('') }, /Parameter "User" is required/],
	['user', 'get', { userId: locator('12ab') }, /Parameter "User" must be a numeric ID/],
	['user', 'get', { userId: locator('../1001') }, /Parameter "User" must be a numeric ID/],
	[
		'user',
		'create',
		{ firstName: '', lastName: 'Doe', emailAddress: 'j@example.com' },
		/Parameter "First Name" is required/,
	],
	[
		'user',
		'create',
		{ firstName: 'J', lastName: 'Doe', emailAddress: 'not-an-email' },
		/Parameter "Email Address" must be an email address/,
	],
	[
		'user',
		'create',
		{ firstName: 'x'.repeat(256), lastName: 'Doe', emailAddress: 'j@example.com' },
		/Parameter "First Name" must be at most 255 characters/,
	],
	[
		'user',
		'create',
		{
			firstName: 'J',
			lastName: 'Doe',
			emailAddress: 'j@example.com',
			additionalFields: { groups: '501, abc' },
		},
		/Parameter "Groups" must be a numeric ID/,
	],
	[
		'user',
		'create',
		{
			firstName: 'J',
			lastName: 'Doe',
			emailAddress: 'j@example.com',
			additionalFields: { roles: [1] },
		},
		/Parameter "Roles" must be one of 3, 4, 8, 7, 5, 6/,
	],
	[
		'user',
		'update',
		{ userId: locator(1009), updateFields: { emailAddress: 'nope' } },
		/Parameter "Email Address" must be an email address/,
	],
	[
		'user',
		'bulkImport',
		{ users: '[{"firstName": "A"' },
		/Parameter "Users \(JSON\)" must be valid JSON/,
	],
	[
		'user',
		'bulkImport',
		{ users: '{"firstName": "A"}' },
		/Parameter "Users \(JSON\)" must be a JSON array/,
	],
	[
		'user',
		'bulkImport',
		{ users: '[1, 2]' },
		/Parameter "Users \(JSON\)" must be an array of user objects/,
	],
	[
		'user',
		'getAll',
		{ returnAll: true, filters: { activeValue: 'sometimes' } },
		/Parameter "Status" must be one of/,
	],
	[
		'group',
		'addMembers',
		{ groupId: locator(501), userIds: '' },
		/Parameter "User IDs" needs at least one ID/,
	],
	[
		'group',
		'addMembers',
		{ groupId: locator(501), userIds: '1002, ../x' },
		/Parameter "User IDs" must be a numeric ID/,
	],
	['group', 'create', { name: 'G', description: '' }, /Parameter "Description" is required/],
	[
		'group',
		'create',
		{ name: 'G', description: 'D', additionalFields: { parentId: 'abc' } },
		/Parameter "Parent Group" must be a numeric ID/,
	],
	[
		'lesson',
		'getAll',
		{ returnAll: true, filters: { lessonIds: '101,1x' } },
		/Parameter "Lesson IDs" must be a numeric ID/,
	],
	[
		'lessonSchedule',
		'scheduleUser',
		{
			userId: locator(1009),
			lessonVersionIds: '201',
			additionalFields: { scheduleDate: '01/05/2030' },
		},
		/Parameter "Start Date" must be an ISO 8601 date/,
	],
	[
		'lessonSchedule',
		'scheduleUser',
		{
			userId: locator(1009),
			lessonVersionIds: '201',
			additionalFields: { gracePeriodUnit: 'months' },
		},
		/Parameter "Grace Period" is needed/,
	],
	[
		'lessonSchedule',
		'complete',
		{
			userId: locator(1012),
			completedDate: 'yesterday',
			manuallyCompletedByUserId: locator(1002),
			lessonBy: 'lessonId',
			lessonRef: 101,
		},
		/Parameter "Completed Date" must be an ISO 8601 date/,
	],
	[
		'lessonSchedule',
		'complete',
		{
			userId: locator(1012),
			completedDate: '2025-01-01',
			manuallyCompletedByUserId: locator(1002),
			lessonBy: 'lessonId',
			lessonRef: 0,
		},
		/Parameter "Lesson or Version ID" must be at least 1/,
	],
	[
		'lessonSchedule',
		'downloadCertificate',
		{ lessonScheduleId: locator(' ') },
		/Parameter "Lesson Schedule" is required/,
	],
	[
		'iltSession',
		'create',
		{
			startDatetime: '2030-13-01T00:00:00Z',
			endDatetime: '2030-05-01T03:00:00Z',
			location: 'Room',
			instructorId: locator(1004),
			lessonId: locator(107),
		},
		/Parameter "Start" must be/,
	],
	[
		'iltSession',
		'saveProgress',
		{ iltSessionId: locator(603), attendees: { entries: [{ attended: true }] } },
		/Parameter "Attendees › Attendee" is required and must be an ID/,
	],
	[
		'iltSession',
		'saveProgress',
		{ iltSessionId: locator(603), attendees: { entries: [] } },
		/Parameter "Attendees" needs at least one entry/,
	],
	[
		'iltSession',
		'cancel',
		{
			iltSessionId: locator(601),
			iltSessionCancellationTraineeNotificationEnabled: 'maybe',
			iltSessionCancellationInstructorNotificationEnabled: true,
		},
		/Parameter "Notify Trainees" must be true or false/,
	],
	[
		'embedPlayer',
		'getUrl',
		{ lessonScheduleId: locator('10003;drop') },
		/Parameter "Lesson Schedule" must be a numeric ID/,
	],
];

describe('Damstra Learning rejects bad input before sending anything', () => {
	it.each(cases)('%s › %s %#', async (resource, operation, parameters, message) => {
		const error = await run(sandbox, resource, operation, parameters).then(
			() => undefined,
			(e: unknown) => e,
		);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toMatch(message);
		expect(sandbox.requests).toHaveLength(0);
	});

	it('with Continue On Fail, reports the bad item and still runs the good ones', async () => {
		const items = [{ json: { id: '1002' } }, { json: { id: 'oops' } }, { json: { id: '1003' } }];
		const out = await run(
			sandbox,
			'user',
			'get',
			{ userId: (i: number) => locator(String(items[i].json.id)) },
			{ items, continueOnFail: true },
		);
		expect(out.map((o) => [o.json.id ?? o.json.error, o.pairedItem])).toEqual([
			[1002, { item: 0 }],
			['Parameter "User" must be a numeric ID such as 1234; got "oops"', { item: 1 }],
			[1003, { item: 2 }],
		]);
		expect(sandbox.requests).toHaveLength(2);
	});
});
