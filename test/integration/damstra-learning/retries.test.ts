import { locator } from '../../support/context';
import type { DamstraLearningSandbox } from '../../support/sandbox';
import { calls, credentialsFor, json, run, startSandbox, useSandbox } from './harness';

let sandbox: DamstraLearningSandbox;
useSandbox((started) => (sandbox = started));

describe('Damstra Learning retries (as seen in the sandbox request log)', () => {
	it('retries a GET after 429, waiting what Retry-After asks', async () => {
		sandbox.injectFault({
			method: 'GET',
			path: '/api/v2/user/1002',
			status: 429,
			retryAfter: 1,
			times: 1,
		});
		const started = Date.now();
		const [user] = json(await run(sandbox, 'user', 'get', { userId: locator(1002) }));
		expect(user.id).toBe(1002);
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);
		expect(sandbox.requests.map((r) => r.status)).toEqual([429, 200]);
	});

	it('retries GETs through 500/503 and a truncated body, page by page', async () => {
		sandbox.injectFault({
			method: 'GET',
			path: '/api/v2/user',
			status: 503,
			retryAfter: 0,
			times: 1,
		});
		sandbox.injectFault({ method: 'GET', path: '/api/v2/user', status: 500, times: 1 });
		sandbox.injectFault({ method: 'GET', path: '/api/v2/user', truncate: true, times: 1 });
		const users = json(
			await run(sandbox, 'user', 'getAll', { returnAll: true, filters: { activeValue: 'all' } }),
		);
		expect(users).toHaveLength(60);
		expect(sandbox.requests.map((r) => r.status)).toEqual([503, 500, 200, 200]);
	});

	it('never repeats a plain POST: a 429 on create is reported, and the user was created once at most', async () => {
		sandbox.injectFault({
			method: 'POST',
			path: '/api/v2/user',
			status: 429,
			retryAfter: 0,
			times: 1,
		});
		await expect(
			run(sandbox, 'user', 'create', {
				firstName: 'Once',
				lastName: 'Only',
				emailAddress: 'once@example.com',
			}),
		).rejects.toMatchObject({
			message: expect.stringMatching(/HTTP 429/),
		});
		expect(calls(sandbox)).toEqual(['POST /user']);
	});

	it('never repeats a POST whose response was lost, and says so', async () => {
		sandbox.injectFault({ method: 'POST', path: '/api/v2/user', truncate: true, times: 1 });
		await expect(
			run(sandbox, 'user', 'create', {
				firstName: 'Lost',
				lastName: 'Reply',
				emailAddress: 'lost@example.com',
			}),
		).rejects.toMatchObject({
			message: expect.stringMatching(/^Could not reach Damstra Learning/),
			description: expect.stringMatching(/not retried automatically/),
		});
		expect(calls(sandbox)).toEqual(['POST /user']);
		const found = json(
			await run(sandbox, 'user', 'getAll', {
				returnAll: true,
				filters: { emailAddress: 'lost@example.com' },
			}),
		);
		expect(found).toHaveLength(1);
	});

	it('retries a POST declared idempotent (group membership)', async () => {
		sandbox.injectFault({
			method: 'POST',
			path: '/api/v2/group/505/add_members',
			status: 503,
			retryAfter: 0,
			times: 1,
		});
		await run(sandbox, 'group', 'addMembers', { groupId: locator(505), userIds: '1002' });
		expect(calls(sandbox)).toEqual(['POST /group/505/add_members', 'POST /group/505/add_members']);
	});

	it('gives up when Retry-After is beyond the time budget, without waiting for it', async () => {
		sandbox.injectFault({
			method: 'GET',
			path: '/api/v2/group',
			status: 429,
			retryAfter: 3600,
			times: 1,
		});
		const started = Date.now();
		await expect(run(sandbox, 'group', 'getAll', { returnAll: true })).rejects.toMatchObject({
			message: expect.stringMatching(/HTTP 429/),
			description: expect.stringMatching(/rate limiting/),
		});
		expect(Date.now() - started).toBeLessThan(2000);
		expect(sandbox.requests).toHaveLength(1);
	});

	it('explains a wrong access key and never shows it', async () => {
		const wrongKey = ['wrong', 'access', 'key', '42'].join('-');
		const error = await run(
			sandbox,
			'user',
			'get',
			{ userId: locator(1002) },
			{ credentials: { ...credentialsFor(sandbox), apiKey: wrongKey } },
		).catch((e: Error) => e);
		expect(error).toMatchObject({
			message: expect.stringMatching(/HTTP 403 \(code 806\)/),
			description: expect.stringMatching(/paste the current key/),
		});
		expect(
			JSON.stringify({ ...(error as object), message: (error as Error).message }),
		).not.toContain(wrongKey);
		expect(sandbox.requests).toHaveLength(1);
	});

	it("uses the credential's base URL override", async () => {
		const elsewhere = await startSandbox({ accessKey: sandbox.accessKey, users: 3 });
		try {
			const users = json(
				await run(
					sandbox,
					'user',
					'getAll',
					{ returnAll: true },
					{ credentials: credentialsFor(elsewhere) },
				),
			);
			expect(users).toHaveLength(3);
			expect(sandbox.requests).toHaveLength(0);
		} finally {
			await elsewhere.close();
		}
	});
});
