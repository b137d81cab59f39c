import type { IDataObject } from 'n8n-workflow';
import { DamstraLearningTrigger } from '../../../nodes/DamstraLearning/DamstraLearningTrigger.node';
import { DAMSTRA_EVENTS } from '../../../nodes/DamstraLearning/trigger/events';
import type { HostedTrigger } from '../../support/webhook-context';
import { hostWebhookTrigger } from '../../support/webhook-context';
import { httpRequest } from '../../support/http-client';
import type { DamstraLearningSandbox } from '../../support/sandbox';
import { credentialType, credentialsFor, startSandbox } from './harness';

let sandbox: DamstraLearningSandbox;
const hosts: HostedTrigger[] = [];
beforeAll(async () => {
	sandbox = await startSandbox();
});
afterAll(async () => {
	await Promise.all(hosts.map((h) => h.close()));
	await sandbox.close();
});

async function host(parameters: Record<string, unknown>) {
	const hosted = await hostWebhookTrigger({
		nodeType: new DamstraLearningTrigger(),
		parameters: { events: ['*'], secretToken: '', fetchRecord: false, ...parameters },
		credentialType,
		credentials: credentialsFor(sandbox) as never,
	});
	hosts.push(hosted);
	return hosted;
}

const trigger = new DamstraLearningTrigger();

/** Version 2 of the trigger, its token in a Damstra Learning Webhook API credential. */
async function hostVersion2(parameters: Record<string, unknown>, token: string) {
	const hosted = await hostWebhookTrigger({
		nodeType: trigger,
		typeVersion: 2,
		parameters: { events: ['*'], authentication: 'urlToken', fetchRecord: false, ...parameters },
		credentialType,
		credentials: credentialsFor(sandbox) as never,
		otherCredentials: { damstraLearningWebhookApi: { token } },
	});
	hosts.push(hosted);
	return hosted;
}

async function post(url: string, body: string, contentType = 'application/json') {
	return (await httpRequest({
		method: 'POST',
		url,
		body,
		headers: { 'content-type': contentType },
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		json: true,
	})) as { statusCode: number; body: IDataObject };
}

describe('Damstra Learning Trigger', () => {
	it('starts one run per event for each of the 7 events, with userId normalised and the raw payload kept', async () => {
		const hosted = await host({});
		for (const event of DAMSTRA_EVENTS) {
			const sent = await sandbox.sendWebhook(hosted.url, event.value as string);
			expect(sent.status).toBe(200);
		}
		expect(hosted.runs.map((run) => run[0].json.event)).toEqual(DAMSTRA_EVENTS.map((e) => e.value));
		for (const [run] of hosted.runs) {
			const raw = run.json.raw as IDataObject;
			expect(run.json.userId).toBe(String(raw.userId ?? raw.userID));
			expect(run.json).not.toHaveProperty('userID');
			expect(typeof run.json.timeStamp).toBe('string');
		}
		const created = hosted.runs.find((run) => run[0].json.event === 'lesson.schedule.created')?.[0]
			.json;
		expect(created?.raw).toHaveProperty('userID');
	});

	it('acknowledges but ignores events that are not selected', async () => {
		const hosted = await host({ events: ['lesson.schedule.completed'] });
		const ignored = await sandbox.sendWebhook(hosted.url, 'user.account.created');
		expect(ignored.status).toBe(200);
		const taken = await sandbox.sendWebhook(hosted.url, 'lesson.schedule.completed');
		expect(taken.status).toBe(200);
		expect(hosted.runs.map((run) => run[0].json.event)).toEqual(['lesson.schedule.completed']);
	});

	it('enforces the secret token: 401 and no run without it or with a wrong one', async () => {
		const secret = ['tok', 'en', '-', 'for', '-', 'tests'].join('');
		const hosted = await host({ secretToken: secret });
		expect((await sandbox.sendWebhook(hosted.url, 'user.account.created')).status).toBe(401);
		expect(
			(await sandbox.sendWebhook(`${hosted.url}?token=wrong`, 'user.account.created')).status,
		).toBe(401);
		expect(hosted.runs).toHaveLength(0);
		expect(
			(await sandbox.sendWebhook(`${hosted.url}?token=${secret}`, 'user.account.created')).status,
		).toBe(200);
		expect(hosted.runs).toHaveLength(1);
	});

	it('version 2: the token comes from the credential; a missing or wrong one gets 401 and starts nothing', async () => {
		const token = ['credential', '-token', '-0123456789'].join('');
		const hosted = await hostVersion2({}, token);
		expect((await sandbox.sendWebhook(hosted.url, 'user.account.created')).status).toBe(401);
		expect(
			(await sandbox.sendWebhook(`${hosted.url}?token=wrong`, 'user.account.created')).status,
		).toBe(401);
		expect(hosted.runs).toHaveLength(0);
		const accepted = await sandbox.sendWebhook(
			`${hosted.url}?token=${token}`,
			'user.account.created',
		);
		expect(accepted).toMatchObject({
			status: 200,
			body: { received: true, event: 'user.account.created' },
		});
		expect(hosted.runs).toHaveLength(1);
	});

	it('version 2: a credential with an empty token lets nothing in; Authentication None lets all in', async () => {
		const empty = await hostVersion2({}, '');
		expect((await sandbox.sendWebhook(`${empty.url}?token=`, 'user.account.created')).status).toBe(
			401,
		);
		expect(empty.runs).toHaveLength(0);
		const open = await hostVersion2({ authentication: 'none' }, '');
		expect((await sandbox.sendWebhook(open.url, 'user.account.created')).status).toBe(200);
		expect(open.runs).toHaveLength(1);
	});

	it('ignores a delivery identical to one within the window when asked, and only then', async () => {
		const delivery = JSON.stringify({
			name: 'user.account.created',
			userId: 7,
			timeStamp: '2026-12-02T10:00:00Z',
		});
		const other = JSON.stringify({
			name: 'user.account.created',
			userId: 8,
			timeStamp: '2026-12-02T10:00:00Z',
		});
		const ignoring = await host({ ignoreRepeats: true, repeatWindowSeconds: 60 });
		expect((await post(ignoring.url, delivery)).body).toEqual({
			received: true,
			event: 'user.account.created',
		});
		// The same body with its fields in another order is the same delivery.
		const reordered = JSON.stringify({
			timeStamp: '2026-12-02T10:00:00Z',
			userId: 7,
			name: 'user.account.created',
		});
		expect(await post(ignoring.url, reordered)).toMatchObject({
			statusCode: 200,
			body: { received: true, repeated: 'user.account.created' },
		});
		expect((await post(ignoring.url, other)).statusCode).toBe(200);
		expect(ignoring.runs.map((run) => run[0].json.userId)).toEqual(['7', '8']);
		// Off by default: every delivery starts the workflow.
		const plain = await host({});
		await post(plain.url, delivery);
		await post(plain.url, delivery);
		expect(plain.runs).toHaveLength(2);
		// Another trigger keeps its own memory.
		const second = await host({ ignoreRepeats: true });
		await post(second.url, delivery);
		expect(second.runs).toHaveLength(1);
	});

	it('version 2: the credential test refuses a short token', async () => {
		const test = trigger.methods.credentialTest.damstraLearningWebhookToken as unknown as (
			credential: unknown,
		) => Promise<IDataObject>;
		expect(await test.call({}, { data: { token: 'short' } })).toMatchObject({ status: 'Error' });
		expect(await test.call({}, { data: { token: 'a'.repeat(16) } })).toMatchObject({
			status: 'OK',
		});
		expect(await test.call({}, { data: { token: `${'a'.repeat(16)} b` } })).toMatchObject({
			status: 'Error',
		});
	});

	it('answers 400 and starts nothing for a body that is not an event', async () => {
		const hosted = await host({});
		expect((await post(hosted.url, 'not json', 'text/plain')).statusCode).toBe(400);
		expect((await post(hosted.url, '{"userId": "1001"}')).statusCode).toBe(400);
		expect((await post(hosted.url, '[{"name": "user.account.created"}]')).statusCode).toBe(400);
		expect(hosted.runs).toHaveLength(0);
	});

	it('fetches the full user or lesson schedule when asked', async () => {
		const hosted = await host({ fetchRecord: true });
		await sandbox.sendWebhook(hosted.url, 'user.settings.updated', { userId: '1002' });
		await sandbox.sendWebhook(hosted.url, 'lesson.schedule.completed', {
			lessonScheduleId: '10001',
		});
		expect((hosted.runs[0][0].json.user as IDataObject).firstName).toBe('Priya');
		expect((hosted.runs[1][0].json.lessonSchedule as IDataObject).userId).toBe(1001);
	});
});
