import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { locator } from '../../support/context';
import type { FlowWebinarsSandbox } from '../../support/sandbox';
import { calls, json, listSearchContext, node, run, useSandbox } from './harness';

let sandbox: FlowWebinarsSandbox;
useSandbox((started) => (sandbox = started));
const f = () => sandbox.fixtures;
const session = (name: string) => locator(f().sessions[name]);

describe('Flow Webinars › events', () => {
	it('Get Many lists all sessions or one period, with analytics on request; Limit cuts the list', async () => {
		expect(
			json(await run(sandbox, 'event', 'getAll', { returnAll: true, simplify: false })),
		).toHaveLength(7);
		const future = json(
			await run(sandbox, 'event', 'getAll', {
				returnAll: true,
				filters: { period: 'future', simpleAnalytics: true },
				simplify: false,
			}),
		);
		expect(future.map((e) => e.token).sort()).toEqual(
			[...((f().periods as IDataObject).future as string[])].sort(),
		);
		expect(future[0]).toHaveProperty('analytics');
		expect(calls(sandbox).at(-1)).toBe('GET /events/sessions?period=future&simple_analytics=1');
		expect(
			json(await run(sandbox, 'event', 'getAll', { returnAll: false, limit: 2 })),
		).toHaveLength(2);
	});

	it('Get and Get Public Info', async () => {
		const [event] = json(
			await run(sandbox, 'event', 'get', { sessionToken: session('onboarding'), simplify: false }),
		);
		expect(event.token).toBe(f().sessions.onboarding);
		const [pub] = json(
			await run(sandbox, 'event', 'getPublic', { sessionToken: session('launchApac') }),
		);
		expect(pub).toBeDefined();
		await expect(
			run(sandbox, 'event', 'get', { sessionToken: locator('NoSuchTok1') }),
		).rejects.toThrow(/HTTP 404/);
	});

	it('Create sends the typed body with operators and the new session appears', async () => {
		const [created] = json(
			await run(sandbox, 'event', 'create', {
				creatorID: '101',
				title: 'Product deep dive',
				description: 'Q&A with the team',
				start: '2027-03-04T15:30:00',
				timezone: 'Europe/Brussels',
				operators: {
					entries: [
						{
							id: '102',
							role: 10,
							micEnabled: true,
							camEnabled: false,
							screenSharingEnabled: true,
						},
					],
				},
				additionalFields: { published: true, duration: 1.5 },
			}),
		);
		expect(sandbox.requests[0].body).toEqual({
			creatorID: 101,
			title: 'Product deep dive',
			description: 'Q&A with the team',
			date: '2027-03-04',
			time: '15:30:00',
			timezone: 'Europe/Brussels',
			operators: [
				{ id: 102, role: 10, micEnabled: true, camEnabled: false, screenSharingEnabled: true },
			],
			published: true,
			duration: 1.5,
		});
		const token = (created.data as IDataObject).token;
		expect(
			json(await run(sandbox, 'event', 'getAll', { returnAll: true })).map((e) => e.token),
		).toContain(token);
	});

	it.each([
		['2027-03-04T14:30:00Z', 'Europe/Brussels', '2027-03-04', '15:30:00'],
		['2027-03-04T23:30:00', 'Australia/Perth', '2027-03-04', '23:30:00'],
		['2027-03-04T23:30:00+08:00', 'America/New_York', '2027-03-04', '10:30:00'],
		['2027-07-01 09:00', 'Europe/Brussels', '2027-07-01', '09:00:00'],
	])('Create writes Start %s in %s as date %s and time %s', async (start, timezone, date, time) => {
		await run(sandbox, 'event', 'create', {
			creatorID: '101',
			title: 'T',
			description: 'D',
			start,
			timezone,
			operators: {
				entries: [
					{ id: '101', role: 5, micEnabled: true, camEnabled: true, screenSharingEnabled: true },
				],
			},
		});
		expect(sandbox.requests[0].body).toMatchObject({ date, time, timezone });
	});

	it('takes the creator and operators as picked from lists (resource locators)', async () => {
		const devices = { micEnabled: true, camEnabled: false, screenSharingEnabled: true };
		await run(sandbox, 'event', 'create', {
			creatorID: locator('101', 'list'),
			title: 'T',
			description: 'D',
			start: '2027-03-04T15:30:00',
			timezone: 'UTC',
			operators: {
				entries: [
					{ id: locator('102', 'list'), role: 10, ...devices },
					{ id: locator('103', 'id'), role: 5, ...devices },
				],
			},
		});
		expect(sandbox.requests[0].body).toMatchObject({
			creatorID: 101,
			operators: [
				{ id: 102, role: 10 },
				{ id: 103, role: 5 },
			],
		});
	});

	it('reports every problem of an item in one error, each with what was expected', async () => {
		const error = (await run(sandbox, 'event', 'create', {
			creatorID: 'abc',
			title: 'T',
			description: 'D',
			start: 'soon',
			timezone: 'Mars/Olympus',
			operators: { entries: [{ id: '101', role: 5 }] },
		}).catch((e: Error) => e)) as NodeOperationError;
		expect(error.description?.split('\n')).toEqual([
			expect.stringMatching(/^• Parameter "Creator" must be a numeric ID such as 1234; got "abc"$/),
			expect.stringMatching(/^• Parameter "Start" must be an ISO 8601 date .*; got "soon"$/),
			expect.stringMatching(
				/^• Parameter "Time Zone" must be an IANA time zone .*"Mars\/Olympus"$/,
			),
			'Fix them on the node and run it again. No request was sent.',
		]);
		expect(sandbox.requests).toHaveLength(0);
	});

	it.each([
		[{ start: '04/03/2027 3pm' }, /Parameter "Start" must be an ISO 8601 date/],
		[{ start: '2027-02-30T10:00:00' }, /Parameter "Start" must be a real calendar date/],
		[{ timezone: 'Mars/Olympus' }, /Parameter "Time Zone" must be an IANA time zone/],
		[
			{ start: 'soon', timezone: 'Mars/Olympus', creatorID: 'abc' },
			/^3 parameters need fixing: "Creator", "Start", "Time Zone"$/,
		],
		[{ creatorID: 'abc' }, /Parameter "Creator" must be a numeric ID such as 1234/],
		[
			{ operators: { entries: [{ id: locator('x1', 'id'), role: 5 }] } },
			/Parameter "Operators › Operator" must be a numeric ID such as 1234; got "x1"/,
		],
		[
			{ operators: { entries: [{ id: locator('', 'list'), role: 5 }] } },
			/Parameter "Operators › Operator" is required/,
		],
		[{ operators: { entries: [] } }, /Parameter "Operators" needs at least one entry/],
	] as Array<[IDataObject, RegExp]>)('Create rejects %j before sending', async (bad, message) => {
		const valid = {
			creatorID: '101',
			title: 'T',
			description: 'D',
			start: '2027-03-04T15:30:00',
			timezone: 'UTC',
			operators: { entries: [{ id: '101', role: 5 }] },
		};
		const error = await run(sandbox, 'event', 'create', { ...valid, ...bad }).catch(
			(e: Error) => e,
		);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toMatch(message);
		expect(sandbox.requests).toHaveLength(0);
	});
});

describe('Flow Webinars › registrants, operators, surveys', () => {
	it('registers someone once; registering again answers the same registrant', async () => {
		const [first] = json(
			await run(sandbox, 'registrant', 'create', {
				eventSessionToken: session('launchApac'),
				email: 'ada@example.com',
				firstName: 'Ada',
				lastName: 'Lovelace',
			}),
		);
		expect(first).toMatchObject({ isNew: true });
		expect(String(first.url)).toMatch(/^https?:\/\//);
		expect(sandbox.requests[0].body).toEqual({
			eventSessionToken: f().sessions.launchApac,
			email: 'ada@example.com',
			firstName: 'Ada',
			lastName: 'Lovelace',
		});
		const [again] = json(
			await run(sandbox, 'registrant', 'create', {
				eventSessionToken: session('launchApac'),
				email: 'ada@example.com',
				firstName: 'Ada',
				lastName: 'Lovelace',
			}),
		);
		expect(again).toMatchObject({ isNew: false, token: first.token });
		expect(
			json(
				await run(sandbox, 'registrant', 'getAll', {
					sessionToken: session('launchApac'),
					returnAll: true,
				}),
			),
		).toHaveLength(5);
	});

	it('lists registrants, operators and surveys', async () => {
		expect(
			json(
				await run(sandbox, 'registrant', 'getAll', {
					sessionToken: session('onboarding'),
					returnAll: true,
				}),
			),
		).toHaveLength(12);
		expect(
			json(
				await run(sandbox, 'registrant', 'getAll', {
					sessionToken: session('onboarding'),
					returnAll: false,
					limit: 5,
				}),
			),
		).toHaveLength(5);
		expect(
			json(await run(sandbox, 'operator', 'getAll', { returnAll: true })).map((o) => o.id),
		).toEqual(f().operatorIds);
		expect(
			json(
				await run(sandbox, 'survey', 'getAll', {
					sessionToken: session('onboarding'),
					returnAll: true,
				}),
			)
				.map((s) => s.id)
				.sort(),
		).toEqual([f().surveys.onboardingFeedback, f().surveys.onboardingPoll].sort());
	});

	it('offers sessions by title and operators by name', async () => {
		const sessions = await (
			node.methods.listSearch.searchSessions as (
				this: ILoadOptionsFunctions,
				filter?: string,
			) => Promise<INodeListSearchResult>
		).call(listSearchContext(sandbox), '');
		expect(sessions.results).toHaveLength(7);
		const operators = await (
			node.methods.listSearch.searchOperators as (
				this: ILoadOptionsFunctions,
				filter?: string,
			) => Promise<INodeListSearchResult>
		).call(listSearchContext(sandbox));
		expect(operators.results.map((o) => o.value).sort()).toEqual(['101', '102', '103', '104']);
	});
});

describe('Flow Webinars › CSV reports', () => {
	it.each([
		['registrants', 'registrants'],
		['attendeeChat', 'attendeeChat'],
		['operatorChat', 'operatorChat'],
		['summary', 'summary'],
	])("%s comes back as a CSV file with the server's file name", async (operation, kind) => {
		const [item] = await run(sandbox, 'report', operation, {
			sessionToken: session('onboarding'),
			outputAs: 'file',
		});
		expect(item.binary?.data).toMatchObject({
			mimeType: 'text/csv',
			fileName: `${kind}-${f().sessions.onboarding}.csv`,
		});
		expect(Buffer.from(String(item.binary?.data.data), 'base64').length).toBeGreaterThan(20);
	});

	it('parses the registrants CSV into one item per row, quotes, commas, new lines and accents intact', async () => {
		const rows = json(
			await run(sandbox, 'report', 'registrants', {
				sessionToken: session('onboarding'),
				outputAs: 'rows',
			}),
		);
		expect(rows).toHaveLength(12);
		expect(rows.map((r) => `${r['First Name']} ${r['Last Name']}`)).toEqual(
			expect.arrayContaining(['José Müller-Ñúñez', "Zoë O'Brien", '美咲 田中']),
		);
		expect(rows.find((r) => r['First Name'] === 'Jesse')?.Location).toBe('Albuquerque, NM');
		expect(rows.find((r) => r['First Name'] === 'Zoë')?.Location).toBe('Dublin "Docklands"');
		const chat = json(
			await run(sandbox, 'report', 'attendeeChat', {
				sessionToken: session('onboarding'),
				outputAs: 'rows',
			}),
		);
		expect(chat.some((r) => String(r.Message).includes('\n'))).toBe(true);
	});

	it('survey responses need the survey id in the path', async () => {
		const [item] = await run(sandbox, 'report', 'surveyResponses', {
			sessionToken: session('onboarding'),
			surveyId: f().surveys.onboardingFeedback,
			outputAs: 'file',
		});
		expect(item.binary?.data.fileName).toBe(
			`surveyDetail-${f().sessions.onboarding}-${f().surveys.onboardingFeedback}.csv`,
		);
		expect(calls(sandbox)[0]).toBe(
			`GET /reports/events/sessions/csv/surveyDetail/${f().sessions.onboarding}/${f().surveys.onboardingFeedback}`,
		);
	});

	it('the summary given as JSON with one CSV per section becomes one file (or row set) per section', async () => {
		sandbox.setSummaryAs('json');
		const [item] = await run(sandbox, 'report', 'summary', {
			sessionToken: session('onboarding'),
			outputAs: 'file',
		});
		expect(Object.keys(item.binary ?? {}).sort()).toEqual([
			'data_attendeeChat',
			'data_operatorChat',
			'data_registrants',
			'data_surveyResults',
		]);
		const rows = json(
			await run(sandbox, 'report', 'summary', {
				sessionToken: session('onboarding'),
				outputAs: 'rows',
			}),
		);
		expect(rows.filter((r) => r.section === 'registrants')).toHaveLength(12);
	});
});

describe('Flow Webinars › SSO rooms', () => {
	it('looks up rooms and builds the register path with *_* between URL-encoded parts', async () => {
		const rooms = json(
			await run(sandbox, 'room', 'getAll', { account: f().accountToken, returnAll: true }),
		);
		expect(rooms.map((r) => r.room_id)).toEqual(expect.arrayContaining([4101, 4102, 4103]));
		const [link] = json(
			await run(sandbox, 'room', 'register', {
				roomId: '4101',
				email: 'zoë+test@example.com',
				firstName: 'Zoë',
				lastName: "O'Brien Jr/II",
			}),
		);
		expect(String(link.url)).toMatch(/^https?:\/\//);
		expect(sandbox.requests.at(-1)?.path).toBe(
			`/api/v1/rooms/register/4101/${encodeURIComponent('zoë+test@example.com')}*_*${encodeURIComponent('Zoë')}*_*${encodeURIComponent("O'Brien Jr/II")}`,
		);
	});

	it('refuses a name containing the separator before sending', async () => {
		await expect(
			run(sandbox, 'room', 'register', {
				roomId: '4101',
				email: 'a@example.com',
				firstName: 'A*_*B',
				lastName: 'C',
			}),
		).rejects.toThrow(/Parameter "First Name" must not contain "\*_\*"/);
		expect(sandbox.requests).toHaveLength(0);
	});
});
