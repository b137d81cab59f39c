import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { locator } from '../../support/context';
import type { FlowWebinarsSandbox } from '../../support/sandbox';
import { httpRequest } from '../../support/http-client';
import { calls, credentialsFor, trigger, triggerContext, useSandbox } from './harness';

let sandbox: FlowWebinarsSandbox;
useSandbox((started) => (sandbox = started));

async function poll(
	staticData: IDataObject,
	parameters: IDataObject,
	mode: 'trigger' | 'manual' = 'trigger',
) {
	const output = await (
		trigger.poll as (this: IPollFunctions) => Promise<INodeExecutionData[][] | null>
	).call(triggerContext(sandbox, parameters, staticData, mode));
	return output ? output[0].map((item) => item.json) : null;
}

const watch = (event: string, name = 'launchApac') => ({
	event,
	period: 'future',
	sessionToken: locator(sandbox.fixtures.sessions[name]),
});

describe('Flow Webinars Trigger', () => {
	it('New Registrant: the first poll only records, then each new registrant is emitted once', async () => {
		const state: IDataObject = {};
		expect(await poll(state, watch('newRegistrant'))).toBeNull();
		expect((state.seen as unknown[]).length).toBe(4);
		expect(await poll(state, watch('newRegistrant'))).toBeNull();
		sandbox.addRegistrant(sandbox.fixtures.sessions.launchApac, {
			email: 'new1@example.com',
			firstName: 'New',
			lastName: 'One',
		});
		sandbox.addRegistrant(sandbox.fixtures.sessions.launchApac, {
			email: 'new2@example.com',
			firstName: 'New',
			lastName: 'Two',
		});
		expect((await poll(state, watch('newRegistrant')))?.map((r) => r.email)).toEqual([
			'new1@example.com',
			'new2@example.com',
		]);
		expect(await poll(state, watch('newRegistrant'))).toBeNull();
		expect(
			calls(sandbox).every(
				(call) =>
					call ===
					`GET /reports/events/sessions/registrants/${sandbox.fixtures.sessions.launchApac}`,
			),
		).toBe(true);
	});

	it('a failed poll changes nothing and the next one loses nothing', async () => {
		const state: IDataObject = {};
		await poll(state, watch('newRegistrant'));
		const before = JSON.stringify(state);
		sandbox.addRegistrant(sandbox.fixtures.sessions.launchApac, {
			email: 'late@example.com',
			firstName: 'Late',
			lastName: 'Comer',
		});
		sandbox.injectFault({
			path: `/api/v1/reports/events/sessions/registrants/${sandbox.fixtures.sessions.launchApac}`,
			status: 401,
			times: 1,
		});
		await expect(poll(state, watch('newRegistrant'))).rejects.toThrow(/HTTP 401/);
		expect(JSON.stringify(state)).toBe(before);
		expect((await poll(state, watch('newRegistrant')))?.map((r) => r.email)).toEqual([
			'late@example.com',
		]);
	});

	it('Attendee Joined: emits a registrant when an entry time appears', async () => {
		const state: IDataObject = {};
		expect(await poll(state, watch('attendeeJoined', 'officeHours'))).toBeNull();
		const someone = sandbox.fixtures.registrants.officeHours.find(
			(token, index) => index >= 3,
		) as string;
		sandbox.markAttended(sandbox.fixtures.sessions.officeHours, someone);
		const joined = await poll(state, watch('attendeeJoined', 'officeHours'));
		expect(joined?.map((r) => r.token)).toEqual([someone]);
		expect(await poll(state, watch('attendeeJoined', 'officeHours'))).toBeNull();
	});

	it('New Event: a new future session is emitted once; changing the watch starts over', async () => {
		const state: IDataObject = {};
		expect(await poll(state, watch('newEvent'))).toBeNull();
		const created = sandbox.addEvent({
			title: 'Launch Americas',
			date: '2031-01-15',
			time: '17:00:00',
			timezone: 'America/New_York',
			creatorID: 101,
		});
		const emitted = await poll(state, watch('newEvent'));
		expect(emitted?.map((e) => e.token)).toEqual([created.token]);
		expect(await poll(state, watch('newEvent'))).toBeNull();
		expect(await poll(state, { ...watch('newEvent'), period: 'all' })).toBeNull();
	});

	it('Start From: the first activation emits events created since then, and only once', async () => {
		const state: IDataObject = {};
		const parameters = { ...watch('newEvent'), period: 'all', startFrom: '2025-04-10T00:00:00Z' };
		const emitted = (await poll(state, parameters)) ?? [];
		const listed = (
			(await httpRequest({
				url: `${sandbox.url}/events/sessions`,
				headers: { 'api-secret': String(credentialsFor(sandbox).apiSecret) },
				json: true,
			})) as { data: IDataObject[] }
		).data;
		expect(emitted.length).toBeGreaterThan(0);
		for (const event of emitted) expect(String(event.createDate) >= '2025-04-10').toBe(true);
		// The seed also has sessions created before Start From: they are recorded, not emitted.
		const earlier = listed.filter((event) => String(event.createDate) < '2025-04-10');
		expect(earlier.length).toBeGreaterThan(0);
		for (const event of earlier) expect(emitted.map((e) => e.token)).not.toContain(event.token);
		expect(await poll(state, parameters)).toBeNull();
	});

	it('Start From on registrants, who carry no date: the first activation emits all listed', async () => {
		const state: IDataObject = {};
		const parameters = { ...watch('newRegistrant'), startFrom: '2025-01-01' };
		expect(await poll(state, parameters)).toHaveLength(4);
		expect(await poll(state, parameters)).toBeNull();
	});

	it('manual mode returns a sample and leaves the state alone', async () => {
		const state: IDataObject = {};
		const sample = await poll(state, watch('newRegistrant', 'onboarding'), 'manual');
		expect(sample?.length).toBe(5);
		expect(state).toEqual({});
	});

	it('New Registrant: a registrant left out of one answer is not new when it is listed again', async () => {
		const state: IDataObject = {};
		const session = sandbox.fixtures.sessions.launchApac;
		expect(await poll(state, watch('newRegistrant'))).toBeNull();
		const path = `/reports/events/sessions/registrants/${session}`;
		const answer = (await httpRequest({
			url: `${sandbox.url}${path}`,
			headers: { 'api-secret': String(credentialsFor(sandbox).apiSecret) },
			json: true,
		})) as { data: IDataObject[] };
		expect(answer.data.length).toBeGreaterThan(1);
		// One answer comes back without its first registrant (a truncated or briefly incomplete list).
		sandbox.injectFault({
			path,
			status: 200,
			body: { ...answer, data: answer.data.slice(1) },
			times: 1,
		});
		expect(await poll(state, watch('newRegistrant'))).toBeNull();
		// The next answer lists it again: it was emitted before, so it is not new.
		expect(await poll(state, watch('newRegistrant'))).toBeNull();
		sandbox.addRegistrant(session, {
			email: 'late@example.com',
			firstName: 'Late',
			lastName: 'Comer',
		});
		expect((await poll(state, watch('newRegistrant')))?.map((r) => r.email)).toEqual([
			'late@example.com',
		]);
	});
});
