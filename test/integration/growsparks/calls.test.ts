import type { IDataObject } from 'n8n-workflow';
import { locator } from '../../support/context';
import type { GrowsparksSandbox } from '../../support/sandbox';
import { calls, json, run, useSandbox } from './harness';

let sandbox: GrowsparksSandbox;
useSandbox((started) => (sandbox = started));
const f = () => sandbox.fixtures;

const REPORT_TARGETS: Array<[string, string]> = [
	['authorizables', 'person'],
	['persons', 'person'],
	['persongroups', 'allStaff'],
	['eventpersongroups', 'eventGroup'],
	['externalpersongroups', 'externalGroup'],
	['roles', 'roleManager'],
	['activities', 'activity0'],
	['activitygroups', 'program0'],
	['activitystructures', 'activity0'],
	['certificateactivities', 'certificateActivity0'],
	['classroomtrainings', 'classroomTraining0'],
	['learnauthorizations', 'learnAuthorization'],
	['todos', 'todo'],
];

describe('Growsparks › .report on all 13 reporting resources', () => {
	it.each(REPORT_TARGETS)('%s', async (slug, fixture) => {
		const lines = json(
			await run(sandbox, slug, 'report', {
				id: locator(f()[fixture]),
				additionalFields: { includeActivities: true, includePersons: true, verbose: true },
			}),
		);
		expect(sandbox.requests[0].body).toEqual({
			IncludeActivities: true,
			IncludePersons: true,
			Verbose: true,
		});
		expect(
			lines.every((line) => typeof line.Type === 'string' && line.Type !== 'report.message'),
		).toBe(true);
		// report.finished stays in the output: its ReferenceDate is what a workflow stores for the next delta.
		expect(lines.filter((line) => line.Type === 'report.finished')).toHaveLength(1);
	});

	it('emits one item per line, keeps Type, and includes message lines on request', async () => {
		const lines = json(
			await run(sandbox, 'persons', 'report', {
				id: locator(f().person),
				additionalFields: {
					includeActivities: true,
					includePersons: true,
					verbose: true,
					includeMessages: true,
				},
			}),
		);
		expect(lines.filter((l) => l.Type === 'report.activity.result')).toHaveLength(4);
		expect(lines.some((l) => l.Type === 'report.message')).toBe(true);
		expect(sandbox.requests[0].body).not.toHaveProperty('includeMessages');
	});

	it('takes the activity structures of a report from one picker per ID', async () => {
		await run(sandbox, 'persons', 'report', {
			id: locator(f().person),
			additionalFields: {
				activityStructures: {
					values: [{ id: locator(f().activity0, 'list') }, { id: locator(f().program0) }],
				},
			},
		});
		expect((sandbox.requests[0].body as IDataObject).ActivityStructures).toEqual([
			f().activity0,
			f().program0,
		]);
		await run(sandbox, 'persons', 'report', {
			id: locator(f().person),
			additionalFields: { activityStructures: {} },
		});
		expect(sandbox.requests[1].body).toEqual({});
	});

	it('streams a report, and sends DeltaDate as an ISO date without zone', async () => {
		const streamed = json(
			await run(sandbox, 'persons', 'report', {
				id: locator(f().person),
				additionalFields: { includeActivities: true, includePersons: true, stream: true },
			}),
		);
		expect(streamed.filter((l) => l.Type === 'report.activity.result')).toHaveLength(4);
		expect(calls(sandbox)[0]).toBe(`POST /persons/${f().person}/.report?stream=true`);
		await run(sandbox, 'persons', 'report', {
			id: locator(f().person),
			additionalFields: { deltaDate: '2025-06-01T00:00:00Z' },
		});
		expect((sandbox.requests.at(-1)?.body as IDataObject).DeltaDate).toBe('2025-06-01T00:00:00');
	});
});

describe('Growsparks › the other calls', () => {
	it('group progress and activity records (streamable, Beta)', async () => {
		for (const [slug, fixture] of [
			['persongroups', 'allStaff'],
			['eventpersongroups', 'eventGroup'],
			['externalpersongroups', 'externalGroup'],
		]) {
			const progress = json(
				await run(sandbox, slug, 'progress', {
					id: locator(f()[fixture]),
					activityStructure: f().activity0,
					additionalFields: { attemptMode: 'Best' },
				}),
			);
			expect(progress.length).toBeGreaterThan(0);
			expect(progress[0]).toHaveProperty('Person');
			const records = json(
				await run(sandbox, slug, 'activityrecords', {
					id: locator(f()[fixture]),
					additionalFields: { startedAfter: '2020-01-01', stream: true },
				}),
			);
			expect(Array.isArray(records)).toBe(true);
		}
	});

	it('external groups: add, remove and sync users, the event log and the MS Graph token', async () => {
		const group = locator(f().externalGroup);
		const users = JSON.stringify([
			{ Email: 'new.hire@example.com', FirstName: 'New', LastName: 'Hire' },
		]);
		const [dryRun] = json(
			await run(sandbox, 'externalpersongroups', 'addusers', {
				id: group,
				users,
				additionalFields: { test: true },
			}),
		);
		expect(dryRun).toBeDefined();
		expect(sandbox.requests[0].body).toEqual({
			Users: [{ Email: 'new.hire@example.com', FirstName: 'New', LastName: 'Hire' }],
			Test: true,
		});
		await run(sandbox, 'externalpersongroups', 'addusers', { id: group, users });
		await run(sandbox, 'externalpersongroups', 'removeusers', { id: group, users });
		await run(sandbox, 'externalpersongroups', 'syncusers', { id: group, users });
		const log = json(
			await run(sandbox, 'externalpersongroups', 'queryeventlog', {
				id: group,
				additionalFields: { limit: 3 },
			}),
		);
		expect(log.length).toBeGreaterThan(0);
		const [token] = json(
			await run(sandbox, 'externalpersongroups', 'exchangemsgraphtoken', {
				id: group,
				token: 'graph-token',
			}),
		);
		expect(token.AccessToken).toMatch(/^sandbox-graph-/);
	});

	it('person calls: impersonations, SSO URL, progress, recertify', async () => {
		const person = locator(f().person);
		expect(
			json(
				await run(sandbox, 'persons', 'createemailimpersonation', {
					id: person,
					additionalFields: { loginEmail: 'login@example.com' },
				}),
			),
		).toHaveLength(1);
		expect(
			json(
				await run(sandbox, 'persons', 'createusernameimpersonation', {
					id: person,
					username: 'jdoe',
				}),
			),
		).toHaveLength(1);
		const [sso] = json(
			await run(sandbox, 'persons', 'createsinglesignonurl', {
				id: person,
				additionalFields: { activityMode: 'Normal', startActivityStructure: f().activity0 },
			}),
		);
		expect(String(sso.URL)).toMatch(/^https?:\/\//);
		const [progress] = json(
			await run(sandbox, 'persons', 'progress', { id: person, activityStructure: f().activity0 }),
		);
		expect(progress).toHaveProperty('Status');
		expect(
			json(
				await run(sandbox, 'persons', 'recertify', {
					id: person,
					certificate: f().certificateActivity0,
				}),
			),
		).toHaveLength(1);
	});

	it('merge is sent once, never retried, and the merged person is gone', async () => {
		sandbox.injectFault({ method: 'POST', path: new RegExp('/\\.merge$'), status: 503, times: 1 });
		await expect(
			run(sandbox, 'persons', 'merge', { id: locator(f().persons[9]), target: f().persons[8] }),
		).rejects.toThrow(/HTTP 503/);
		expect(sandbox.requests).toHaveLength(1);
		await run(sandbox, 'persons', 'merge', { id: locator(f().persons[9]), target: f().persons[8] });
		await expect(run(sandbox, 'persons', 'get', { id: locator(f().persons[9]) })).rejects.toThrow(
			/HTTP 404/,
		);
	});

	it('downloads the physical certificate as a PDF and verifies a QR code', async () => {
		const [item] = await run(sandbox, 'certificateresults', 'downloadphysicalcertificate', {
			id: locator(f().certificateResult),
		});
		expect(item.binary?.data).toMatchObject({ mimeType: 'application/pdf' });
		expect(Buffer.from(String(item.binary?.data.data), 'base64').subarray(0, 5).toString()).toBe(
			'%PDF-',
		);
		expect(calls(sandbox)[0]).toBe(
			`POST /certificateresults/${f().certificateResult}/.downloadphysicalcertificate`,
		);
		expect(sandbox.requests[0].body).toEqual({});
		await expect(
			run(sandbox, 'certificateresults', 'downloadphysicalcertificate', {
				id: locator(f().certificateResultBusy),
			}),
		).rejects.toThrow(/HTTP 400/);
		const [verified] = json(
			await run(sandbox, 'certificateresults', 'verifyqr', {
				data: `GROWSPARKS-CERT:${f().certificateResult}`,
			}),
		);
		expect(String(verified.result)).toMatch(/^Valid/);
		expect(calls(sandbox).at(-1)).toBe('POST /certificateresults/.verifyqr');
	});

	it('subscribe, unsubscribe and run a scriptlet', async () => {
		const [subscribed] = json(
			await run(sandbox, 'executions', 'subscribe', {
				id: locator(f().execution1),
				person: f().persons[6],
			}),
		);
		expect(String(subscribed.result)).toMatch(/^G_/);
		const [unsubscribed] = json(
			await run(sandbox, 'subscriptions', 'unsubscribe', {
				id: locator(String(subscribed.result)),
			}),
		);
		expect(unsubscribed.result).toBe('Unsubscribed');
		expect(sandbox.requests.at(-1)?.body).toEqual({});
		expect(
			json(
				await run(sandbox, 'scriptlets', 'execute', {
					id: locator(f().scriptlet),
					parameters: '{"dryRun": true}',
				}),
			),
		).toHaveLength(1);
	});
});
