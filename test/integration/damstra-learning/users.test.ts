import type { IDataObject } from 'n8n-workflow';
import { locator } from '../../support/context';
import type { DamstraLearningSandbox } from '../../support/sandbox';
import { calls, json, run, useSandbox } from './harness';

let sandbox: DamstraLearningSandbox;
useSandbox((started) => (sandbox = started));

const requests = () => calls(sandbox);

describe('Damstra Learning › User', () => {
	it('Get Many with Return All pages through every user (startIndex/maxResults)', async () => {
		const users = json(
			await run(sandbox, 'user', 'getAll', {
				returnAll: true,
				filters: { activeValue: 'all' },
				simplify: false,
			}),
		);
		expect(users).toHaveLength(60);
		expect(new Set(users.map((u) => u.id)).size).toBe(60);
		expect(requests()).toEqual(['GET /user?activeValue=all&startIndex=0&maxResults=100']);
		expect(sandbox.requests[0].headers.accesskey).toBe(sandbox.accessKey);
	});

	it('Get Many with a Limit asks only for what it needs and honours filters', async () => {
		const active = json(await run(sandbox, 'user', 'getAll', { returnAll: false, limit: 5 }));
		expect(active).toHaveLength(5);
		expect(sandbox.requests[0].query).toMatchObject({ startIndex: '0', maxResults: '5' });
		expect(Object.keys(active[0]).sort()).toEqual(
			expect.arrayContaining(['id', 'firstName', 'lastName', 'emailAddress']),
		);

		const instructors = json(
			await run(sandbox, 'user', 'getAll', { returnAll: true, filters: { roleId: 8 } }),
		);
		expect(instructors.map((u) => u.id).sort()).toEqual([1004, 1005]);

		const byName = json(
			await run(sandbox, 'user', 'getAll', { returnAll: true, filters: { q: 'priya' } }),
		);
		expect(byName.map((u) => u.id)).toContain(1002);
		expect(
			byName.every((u) =>
				`${u.userName} ${u.firstName} ${u.lastName}`.toLowerCase().includes('priya'),
			),
		).toBe(true);
	});

	it('Get returns one user, simplified by default and raw on request', async () => {
		const [simple] = json(await run(sandbox, 'user', 'get', { userId: locator(1002) }));
		expect(simple).toMatchObject({ id: 1002, firstName: 'Priya', lastName: 'Nair', roles: [3] });
		expect(Object.keys(simple).length).toBeLessThanOrEqual(10);
		const [raw] = json(
			await run(sandbox, 'user', 'get', { userId: locator(1002), simplify: false }),
		);
		expect(Object.keys(raw).length).toBeGreaterThan(Object.keys(simple).length);
	});

	it('Create sends the typed fields and returns the new id', async () => {
		const [created] = json(
			await run(sandbox, 'user', 'create', {
				firstName: 'Jane',
				lastName: 'Doe',
				emailAddress: 'jane.doe@example.com',
				additionalFields: {
					roles: [5, 6],
					groups: '501, 502',
					timeZone: 'Australia/Perth',
					sendWelcomeEmail: false,
					employeeNumber: 'E-77',
				},
			}),
		);
		expect(created.id).toBe(1061);
		expect(sandbox.requests[0].body).toEqual({
			firstName: 'Jane',
			lastName: 'Doe',
			emailAddress: 'jane.doe@example.com',
			roles: [5, 6],
			groups: [{ id: 501 }, { id: 502 }],
			timeZone: 'Australia/Perth',
			sendWelcomeEmail: false,
			employeeNumber: 'E-77',
		});
		const [fetched] = json(
			await run(sandbox, 'user', 'get', { userId: locator(1061), simplify: false }),
		);
		expect(fetched).toMatchObject({ firstName: 'Jane', employeeNumber: 'E-77', roles: [5, 6] });
	});

	it('Update reads the user, merges only the changed fields and sends the whole object', async () => {
		const [before] = json(
			await run(sandbox, 'user', 'get', { userId: locator(1009), simplify: false }),
		);
		sandbox.clearRequests();
		const [updated] = json(
			await run(sandbox, 'user', 'update', {
				userId: locator(1009),
				updateFields: { mobileNumber: '0400 000 000' },
				simplify: false,
			}),
		);
		expect(requests()).toEqual(['GET /user/1009', 'POST /user/1009']);
		const sent = sandbox.requests[1].body as IDataObject;
		expect(sent).toMatchObject({
			id: 1009,
			firstName: before.firstName,
			lastName: before.lastName,
			emailAddress: before.emailAddress,
			mobileNumber: '0400 000 000',
			roles: before.roles,
		});
		expect(updated).toMatchObject({
			id: 1009,
			mobileNumber: '0400 000 000',
			firstName: before.firstName,
		});
	});

	it('Bulk Import adds default roles to users without roles unless told not to', async () => {
		const users = [
			{ firstName: 'A', lastName: 'One', emailAddress: 'a.one@example.com' },
			{ firstName: 'B', lastName: 'Two', emailAddress: 'b.two@example.com', roles: [5] },
		];
		const imported = json(
			await run(sandbox, 'user', 'bulkImport', {
				users: JSON.stringify(users),
				additionalFields: { mergeType: 'none' },
				simplify: false,
			}),
		);
		expect(imported).toHaveLength(2);
		expect(sandbox.requests[0].body).toEqual({
			users: [{ ...users[0], roles: [6] }, users[1]],
			mergeType: 'none',
		});

		sandbox.clearRequests();
		await run(sandbox, 'user', 'bulkImport', {
			users: [{ firstName: 'C', lastName: 'Three', emailAddress: 'c@example.com' }],
			additionalFields: { mergeType: 'email', addMissingRoles: false },
		});
		expect(sandbox.requests[0].body).toEqual({
			users: [{ firstName: 'C', lastName: 'Three', emailAddress: 'c@example.com' }],
			mergeType: 'email',
		});

		sandbox.clearRequests();
		await run(sandbox, 'user', 'bulkImport', {
			users: '[{"firstName":"D","lastName":"Four","emailAddress":"d@example.com"}]',
			additionalFields: { defaultRoles: [4] },
		});
		expect(((sandbox.requests[0].body as IDataObject).users as IDataObject[])[0].roles).toEqual([
			4,
		]);
	});

	it('Inactivate and Activate change the user, and the API sees the change', async () => {
		expect(json(await run(sandbox, 'user', 'inactivate', { userId: locator(1009) }))).toEqual([
			{ success: true },
		]);
		const inactive = json(
			await run(sandbox, 'user', 'getAll', {
				returnAll: true,
				filters: { activeValue: 'inactive' },
			}),
		);
		expect(inactive.map((u) => u.id)).toContain(1009);
		expect(json(await run(sandbox, 'user', 'activate', { userId: locator(1009) }))).toEqual([
			{ success: true },
		]);
		const stillInactive = json(
			await run(sandbox, 'user', 'getAll', {
				returnAll: true,
				filters: { activeValue: 'inactive' },
			}),
		);
		expect(stillInactive.map((u) => u.id)).not.toContain(1009);
	});

	it('Generate Login URL returns the magic link with the chosen expiry', async () => {
		const [link] = json(
			await run(sandbox, 'user', 'generateLoginUrl', {
				userId: locator(1009),
				additionalFields: { expiresIn: 'week' },
			}),
		);
		expect(link).toMatchObject({ expiresIn: 'week' });
		expect(String(link.url)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/app\/#touch\//);
		expect(requests()).toEqual(['POST /user/1009/generate_login_url?expiresIn=week']);
	});

	it('processes every input item and pairs each output with its item', async () => {
		const items = [{ json: { id: 1002 } }, { json: { id: 1003 } }];
		const out = await run(
			sandbox,
			'user',
			'get',
			{ userId: (i: number) => locator(Number(items[i].json.id)) },
			{ items },
		);
		expect(out.map((o) => [o.json.id, o.pairedItem])).toEqual([
			[1002, { item: 0 }],
			[1003, { item: 1 }],
		]);
	});
});
