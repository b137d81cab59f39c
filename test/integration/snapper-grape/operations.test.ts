import type { IDataObject } from 'n8n-workflow';
import { locator } from '../../support/context';
import type { SnapperGrapeSandbox } from '../../support/sandbox';
import { calls, credentialsFor, json, run, startSandbox, useSandbox } from './harness';

let sandbox: SnapperGrapeSandbox;
useSandbox((started) => (sandbox = started));

/** [resource, operation, parameters, check on the items] — every one of the 28 endpoints. */
const CASES: Array<[string, string, IDataObject, (items: IDataObject[]) => void]> = [
	[
		'category',
		'getAll',
		{ returnAll: true },
		(items) => expect(items.map((c) => c.id)).toEqual(expect.arrayContaining([11, 14, 16])),
	],
	['category', 'get', { categoryId: locator(12) }, (items) => expect(items[0].id).toBe(12)],
	[
		'change',
		'getAll',
		{ type: 'event', startdate: '2025-11-01T00:00:00Z', returnAll: true },
		(items) => expect(items.map((e) => e.id)).toEqual(expect.arrayContaining([505, 509, 510])),
	],
	[
		'cms',
		'get',
		{ cmsId: 1, options: { format: 'json' } },
		(items) => expect(items.length).toBe(1),
	],
	[
		'competence',
		'getAll',
		{ returnAll: true, filters: { term: 'Fire' } },
		(items) => expect(items.map((c) => c.id)).toContain(202),
	],
	['event', 'getAll', { returnAll: true }, (items) => expect(items.length).toBeGreaterThan(3)],
	[
		'personEvent',
		'getAll',
		{ returnAll: true, filters: { userName: 'ola.hansen', mode: 'all' } },
		(items) => expect(items.length).toBeGreaterThan(0),
	],
	[
		'personEvent',
		'signOn',
		{ eventId: locator(505), additionalFields: { userName: 'ingrid.berg' } },
		(items) => expect(items[0]).toMatchObject({ event_id: 505 }),
	],
	[
		'personEvent',
		'signOff',
		{ eventId: locator(506), action: 'off', additionalFields: { userName: 'kari.nordmann' } },
		(items) => expect(Array.isArray(items)).toBe(true),
	],
	[
		'personEvent',
		'get',
		{ eventId: locator(505), filters: { userName: 'ola.hansen' } },
		(items) => expect(Array.isArray(items)).toBe(true),
	],
	[
		'personCompetence',
		'getAll',
		{ returnAll: true, filters: { userName: 'ola.hansen', state: 'missing' } },
		(items) => expect(items.map((p) => p.competence_id)).toContain(203),
	],
	[
		'personCompetence',
		'get',
		{ competenceId: locator(201), filters: { userName: 'ola.hansen' } },
		// Simplify keeps the competence object the full view names it by.
		(items) => expect((items[0].competence as IDataObject).id).toBe(201),
	],
	[
		'personCompetence',
		'update',
		{
			competenceId: locator(203),
			updateFields: {
				userName: 'ola.hansen',
				passedDate: '2026-11-20T09:00:00Z',
				comment: 'from n8n',
			},
		},
		(items) => expect(items[0].competence_id).toBe(203),
	],
	[
		'position',
		'getAll',
		{ returnAll: true, filters: { userName: 'ola.hansen' } },
		(items) => expect(items.length).toBeGreaterThan(0),
	],
	['role', 'getAll', { returnAll: true }, (items) => expect(items.length).toBeGreaterThan(0)],
	[
		'person',
		'get',
		{ userName: locator('kari.nordmann') },
		(items) => expect(items[0]).toMatchObject({ user_name: 'kari.nordmann' }),
	],
	['person', 'getMe', {}, (items) => expect(items[0]).toMatchObject({ user_name: 'api.user' })],
	['person', 'getAll', { returnAll: true }, (items) => expect(items.length).toBe(35)],
	[
		'person',
		'update',
		{
			userName: locator('ola.hansen'),
			updateFields: { jobtitle: 'Senior key account manager', city: 'Oslo' },
		},
		(items) => expect(items[0]).toMatchObject({ jobtitle: 'Senior key account manager' }),
	],
	[
		'person',
		'create',
		{
			organisationId: locator(105),
			roleId: 303,
			firstname: 'Nora',
			lastname: 'Lind',
			additionalFields: { newUserName: 'nora.lind', email: 'nora.lind@example.com' },
		},
		(items) => expect(items[0]).toMatchObject({ user_name: 'nora.lind' }),
	],
	[
		'organisation',
		'getAll',
		{ returnAll: true, filters: { parentId: 0 } },
		(items) => expect(items.map((o) => o.id).sort()).toEqual([101, 109]),
	],
	[
		'organisation',
		'get',
		{ organisationId: locator(102) },
		(items) => expect(items[0].id).toBe(102),
	],
	[
		'organisation',
		'getMembers',
		{ organisationId: locator(105) },
		(items) => expect(items.map((p) => p.user_name)).toContain('ola.hansen'),
	],
	[
		'organisation',
		'create',
		{ name: 'ORG-NEW', additionalFields: { parentId: 101, email: 'new@example.com' } },
		(items) => expect(items[0].id).toBe(111),
	],
	[
		'session',
		'login',
		{ loginUserName: 'ola.hansen', loginPassword: 'sandbox-password' },
		(items) => expect(items[0]).toHaveProperty('hash'),
	],
	[
		'session',
		'validateUrl',
		{
			ssoUserName: 'ola.hansen',
			hash: 'abc',
			options: { forwardUrl: 'https://intranet.example.com/' },
		},
		(items) =>
			expect(String(items[0].url)).toMatch(
				/\/api\/validate\?user_name=ola.hansen&hash=abc&forward_url=https%3A%2F%2Fintranet/,
			),
	],
	['session', 'logout', {}, (items) => expect(items[0]).toMatchObject({ valid: true })],
	[
		'session',
		'forgotPassword',
		{ identification: 'ola.hansen' },
		(items) => expect(items[0]).toMatchObject({ valid: true }),
	],
];

describe('Snapper Grape › every operation against the sandbox', () => {
	it.each(CASES)('%s › %s', async (resource, operation, parameters, check) => {
		check(json(await run(sandbox, resource, operation, parameters)));
	});

	it('sends form bodies with bracket keys', async () => {
		await run(sandbox, 'person', 'update', {
			userName: locator('ola.hansen'),
			updateFields: { jobtitle: 'Lead', city: 'Bergen' },
		});
		const update = sandbox.requests.find((r) => r.method === 'PUT');
		expect(update?.headers['content-type']).toBe('application/x-www-form-urlencoded');
		expect(update?.body).toMatchObject({
			'person_data[jobtitle]': 'Lead',
			'person_data[city]': 'Bergen',
		});
	});

	it('pages with limit/offset until a short page, logging in once', async () => {
		const persons = json(await run(sandbox, 'person', 'getAll', { returnAll: true }));
		expect(persons).toHaveLength(35);
		expect(calls(sandbox)).toEqual(['POST /api/login', 'GET /api/persons?offset=0&limit=100']);
		sandbox.clearRequests();
		expect(
			json(await run(sandbox, 'person', 'getAll', { returnAll: false, limit: 5 })),
		).toHaveLength(5);
	});

	it('logs in again once when the session expired (HTTP 401)', async () => {
		const credentials = credentialsFor(sandbox);
		await run(sandbox, 'person', 'getMe', {}, { credentials });
		sandbox.expireSessions();
		sandbox.clearRequests();
		const [me] = json(await run(sandbox, 'person', 'getMe', {}, { credentials }));
		expect(me.user_name).toBe('api.user');
		expect(calls(sandbox)).toEqual(['GET /api/person', 'POST /api/login', 'GET /api/person']);
	});

	it('logs in again once when an expired session is reported with HTTP 200 and valid:false', async () => {
		const lenient = await startSandbox({ expiredAs: 200 });
		try {
			const credentials = credentialsFor(lenient);
			await run(lenient, 'person', 'getMe', {}, { credentials });
			lenient.expireSessions();
			lenient.clearRequests();
			const [me] = json(
				await run(lenient, 'person', 'getAll', { returnAll: false, limit: 2 }, { credentials }),
			);
			expect(me).toBeDefined();
			expect(calls(lenient)).toEqual([
				'GET /api/persons?offset=0&limit=2',
				'POST /api/login',
				'GET /api/persons?offset=0&limit=2',
			]);
		} finally {
			await lenient.close();
		}
	});

	it('reports a wrong password as a credential error', async () => {
		await expect(
			run(
				sandbox,
				'person',
				'getMe',
				{},
				{ credentials: { ...credentialsFor(sandbox), password: 'wrong-password' } },
			),
		).rejects.toMatchObject({
			message: expect.stringMatching(/HTTP 401.*Wrong user name or password/),
			description: expect.stringMatching(/Check the installation URL, user name and password/),
		});
	});

	it('treats valid:false as an error even with HTTP 200', async () => {
		sandbox.setSettings({ validFalseWith200: true });
		try {
			await expect(
				run(sandbox, 'organisation', 'get', { organisationId: locator(999) }),
			).rejects.toThrow(/^Snapper Grape returned HTTP 200: /);
		} finally {
			sandbox.setSettings({ validFalseWith200: false });
		}
	});

	it('signs requests with SWT instead of a session', async () => {
		const credentials = {
			host: sandbox.url,
			authMethod: 'swt',
			issuer: sandbox.swtIssuer,
			sharedSecret: sandbox.swtSecret,
			identityKey: 'username',
			identityValue: 'api.user',
			sessionToken: '',
		};
		const [me] = json(await run(sandbox, 'person', 'getMe', {}, { credentials }));
		expect(me.user_name).toBe('api.user');
		expect(sandbox.requests.every((r) => String(r.headers.authorization).startsWith('SWT '))).toBe(
			true,
		);
		await expect(
			run(
				sandbox,
				'person',
				'getMe',
				{},
				{ credentials: { ...credentials, sharedSecret: 'not-the-secret' } },
			),
		).rejects.toThrow(/HTTP 401/);
	});

	it('rejects bad input before anything is sent', async () => {
		await expect(
			run(sandbox, 'organisation', 'get', { organisationId: locator('../101') }),
		).rejects.toThrow(/Parameter "Organisation" must be a numeric ID/);
		await expect(
			run(sandbox, 'change', 'getAll', { type: 'event', startdate: 'yesterday', returnAll: true }),
		).rejects.toThrow(/Parameter "Changed Since" must be an ISO 8601 date/);
		await expect(
			run(sandbox, 'person', 'create', {
				organisationId: locator(105),
				roleId: 303,
				firstname: '',
				lastname: 'X',
			}),
		).rejects.toThrow(/Parameter "First Name" is required/);
		expect(sandbox.requests).toHaveLength(0);
	});
});
