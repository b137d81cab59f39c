import type { IDataObject } from 'n8n-workflow';
import type { N8nHandle } from '../support/e2e';
import { runManual, useRealN8n } from './suite';
import { getNodeBinary, getNodeError, getNodeOutput } from '../support/e2e';
import type { DamstraLearningSandbox } from '../support/sandbox';

/**
 * The packed package installed as a community package in a real n8n 2.41.1, running the workflows of
 * examples/ against the Damstra Learning sandbox.
 */
let sandbox: DamstraLearningSandbox;
let n8n: N8nHandle;

const LESSON_HOOK = '5d1c7a2e-8b3f-4c1a-9e2d-000000000001/damstra';
const ONBOARDING_HOOK = '5d1c7a2e-8b3f-4c1a-9e2d-000000000002/damstra';
const TOKEN = 'sandbox-webhook-token';

useRealN8n<DamstraLearningSandbox>(
	'damstra-learning',
	['DamstraHookLesson01', 'DamstraOnboarding01'],
	(started, handle) => {
		sandbox = started;
		n8n = handle;
	},
);

describe('Damstra Learning in a real n8n', () => {
	it('Manual Trigger → Get Many users with Return All returns every user', async () => {
		sandbox.clearRequests();
		const execution = await runManual(n8n, 'DamstraListUsers01');
		expect(execution.status).toBe('success');
		const users = getNodeOutput(execution.runData, 'Get Many Users');
		expect(users).toHaveLength(60);
		expect(sandbox.requests.every((r) => r.headers.accesskey === sandbox.accessKey)).toBe(true);
	});

	it('downloads a certificate as a binary PDF', async () => {
		const execution = await runManual(n8n, 'DamstraCertificate1');
		expect(execution.status).toBe('success');
		const [binary] = getNodeBinary(execution.runData, 'Download Certificate');
		expect(binary?.certificate).toMatchObject({
			mimeType: 'application/pdf',
			fileName: 'certificate-10013.pdf',
		});
		expect((await n8n.readBinary(binary!.certificate)).subarray(0, 5).toString()).toBe('%PDF-');
	});

	it('updates one field of a user by reading and re-sending the whole record', async () => {
		sandbox.clearRequests();
		const execution = await runManual(n8n, 'DamstraUpdateUser01');
		expect(execution.status).toBe('success');
		expect(sandbox.requests.map((r) => `${r.method} ${r.pathname}`)).toEqual([
			'GET /api/v2/user/1009',
			'POST /api/v2/user/1009',
		]);
		expect(getNodeOutput(execution.runData, 'Update User')[0]).toMatchObject({
			id: 1009,
			mobileNumber: '0400 111 222',
		});
	});

	it('fails with the vendor error and the fix for a user that does not exist', async () => {
		const execution = await runManual(n8n, 'DamstraMissingUser1');
		expect(execution.status).toBe('error');
		const error = getNodeError(execution.runData, 'Get User');
		expect(String(error?.message)).toMatch(/^Damstra Learning returned HTTP 404/);
		expect(String(error?.description)).toMatch(/Check the ID/);
	});

	it('the webhook trigger refuses a wrong token and runs on an event posted by the sandbox', async () => {
		const refused = await n8n.postWebhook(
			LESSON_HOOK,
			{ name: 'lesson.schedule.completed', lessonScheduleId: '10001', userId: '1001' },
			{ query: { token: 'wrong' } },
		);
		expect(refused.status).toBe(401);
		expect(await n8n.listExecutions('DamstraHookLesson01')).toHaveLength(0);

		const sent = await sandbox.sendWebhook(
			`${n8n.webhookBaseUrl}/webhook/${LESSON_HOOK}?token=${TOKEN}`,
			'lesson.schedule.completed',
			{ lessonScheduleId: '10013' },
		);
		// A small JSON acknowledgement, not n8n's default text.
		expect(sent).toMatchObject({
			status: 200,
			body: { received: true, event: 'lesson.schedule.completed' },
		});
		const execution = await n8n.waitForExecution('DamstraHookLesson01', { mode: 'webhook' });
		expect(execution.status).toBe('success');
		// Version 2 keeps the token in its credential: neither the stored workflow nor the execution has it.
		expect(await n8n.storedExecution(String(execution.id))).not.toContain(TOKEN);
		const [event] = getNodeOutput(execution.runData, 'Damstra Learning Trigger');
		expect(event).toMatchObject({
			event: 'lesson.schedule.completed',
			lessonScheduleId: '10013',
			userId: '1007',
		});
		expect((event.lessonSchedule as IDataObject).userId).toBe(1007);

		// The example turns on Ignore Repeated Deliveries: the same delivery again is acknowledged
		// and starts nothing.
		const again = await n8n.postWebhook(LESSON_HOOK, sent.payload, { query: { token: TOKEN } });
		expect(again).toMatchObject({
			status: 200,
			body: { received: true, repeated: 'lesson.schedule.completed' },
		});
		expect(await n8n.listExecutions('DamstraHookLesson01')).toHaveLength(1);
	});

	it('a new token in the credential lets deliveries in at once and shuts out the old one', async () => {
		const rotated = 'rotated-webhook-token-0123456789';
		const setToken = (token: string) =>
			n8n.rest('PATCH', '/rest/credentials/DamstraWebhookTok01', {
				name: 'Damstra Learning webhook token (sandbox)',
				type: 'damstraLearningWebhookApi',
				data: { token },
			});
		// The trigger has just let the current token in (the test above).
		expect((await setToken(rotated)).status).toBe(200);
		try {
			const since = await n8n.lastExecutionId('DamstraHookLesson01');
			const fresh = await sandbox.sendWebhook(
				`${n8n.webhookBaseUrl}/webhook/${LESSON_HOOK}?token=${rotated}`,
				'lesson.schedule.completed',
				{ lessonScheduleId: '10012' },
			);
			expect(fresh.status).toBe(200);
			const old = await n8n.postWebhook(
				LESSON_HOOK,
				{ name: 'lesson.schedule.completed', lessonScheduleId: '10011', userId: '1001' },
				{ query: { token: TOKEN } },
			);
			expect(old.status).toBe(401);
			const execution = await n8n.waitForExecution('DamstraHookLesson01', {
				sinceId: since,
				mode: 'webhook',
			});
			expect(getNodeOutput(execution.runData, 'Damstra Learning Trigger')).toMatchObject([
				{ lessonScheduleId: '10012' },
			]);
			expect(await n8n.lastExecutionId('DamstraHookLesson01')).toBe(Number(execution.id));
		} finally {
			expect((await setToken(TOKEN)).status).toBe(200);
		}
	});

	it('onboards a new user: the trigger schedules the induction lesson and adds the user to New Starters', async () => {
		sandbox.clearRequests();
		const sent = await sandbox.sendWebhook(
			`${n8n.webhookBaseUrl}/webhook/${ONBOARDING_HOOK}`,
			'user.account.created',
			{ userId: '1030' },
		);
		expect(sent.status).toBe(200);
		const execution = await n8n.waitForExecution('DamstraOnboarding01', { mode: 'webhook' });
		expect(execution.status).toBe('success');
		const calls = sandbox.requests.map((r) => [r.method, r.pathname, r.body]);
		expect(calls).toEqual([
			[
				'POST',
				'/api/v2/user/1030/lesson_schedule',
				{ lessonVersionIds: [201], gracePeriod: '14', gracePeriodUnit: 'days' },
			],
			['POST', '/api/v2/group/507/add_members', { userIds: [1030] }],
		]);
	});
});
