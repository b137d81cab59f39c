import type { IDataObject } from 'n8n-workflow';
import { locator } from '../../support/context';
import type { GrowsparksSandbox } from '../../support/sandbox';
import { calls, json, run, useSandbox } from './harness';

let sandbox: GrowsparksSandbox;
useSandbox((started) => (sandbox = started));
const f = () => sandbox.fixtures;

/** Create, then update, then read back (and delete where the API allows). */
async function roundTrip(
	slug: string,
	create: Record<string, unknown>,
	update: IDataObject,
	expectAfter: IDataObject,
) {
	const [created] = json(await run(sandbox, slug, 'create', create));
	expect(String(created.ID)).toMatch(/^G_/);
	sandbox.clearRequests();
	const [updated] = json(
		await run(sandbox, slug, 'update', { id: locator(String(created.ID)), ...update }),
	);
	expect(calls(sandbox)).toEqual([`PUT /${slug}/${created.ID}`]);
	expect(updated).toMatchObject(expectAfter);
	return created;
}

describe('Growsparks › create, update and delete', () => {
	it('persons: typed fields, a key/value mapping and a date; update sends only what changed', async () => {
		const created = await roundTrip(
			'persons',
			{
				firstName: 'Ada',
				lastName: 'Lovelace',
				email: 'ada@example.com',
				additionalFields: {
					birthDate: '1815-12-10',
					extraData: '{"team":"R&D"}',
				},
			},
			{ updateFields: { tag: 'vip' } },
			{ Tag: 'vip', FirstName: 'Ada' },
		);
		expect(sandbox.requests[0].body).toEqual({ Tag: 'vip' });
		const [fetched] = json(
			await run(sandbox, 'persons', 'get', {
				id: locator(String(created.ID)),
				options: { includedProperties: ['ExtraData', 'BirthDate'] },
			}),
		);
		expect(fetched).toMatchObject({
			Email: 'ada@example.com',
			ExtraData: { team: 'R&D' },
			BirthDate: '1815-12-10T00:00:00',
		});
	});

	it('person groups of all three kinds and roles', async () => {
		await roundTrip(
			'persongroups',
			{ groupName: 'QA' },
			{ updateFields: { groupName: 'Quality' } },
			{ GroupName: 'Quality' },
		);
		await roundTrip(
			'eventpersongroups',
			{ groupName: 'Kick-off', additionalFields: { code: 'KO-1' } },
			{ updateFields: { code: 'KO-2' } },
			{ Code: 'KO-2' },
		);
		await roundTrip(
			'externalpersongroups',
			{ groupName: 'LDAP' },
			{ updateFields: { tag: 'sync' } },
			{ Tag: 'sync' },
		);
		const [role] = json(await run(sandbox, 'roles', 'create', { roleName: 'Auditor' }));
		expect(role).toMatchObject({ RoleName: 'Auditor' });
	});

	it('memberships: create with required references, move, delete', async () => {
		// Persons 0-9 already belong to the event group; person 20 belongs to no event group.
		const persons = json(await run(sandbox, 'persons', 'getAll', { returnAll: true }));
		const created = await roundTrip(
			'persongroupmemberships',
			{ member: String(persons[20].ID), memberOf: f().eventGroup2 },
			{ memberOf: f().eventGroup, updateFields: { tag: 'moved' } },
			{ MemberOf: f().eventGroup, Tag: 'moved' },
		);
		expect(
			json(
				await run(sandbox, 'persongroupmemberships', 'delete', { id: locator(String(created.ID)) }),
			),
		).toEqual([{ deleted: true, id: created.ID }]);
		await expect(
			run(sandbox, 'persongroupmemberships', 'get', { id: locator(String(created.ID)) }),
		).rejects.toThrow(/HTTP 404/);

		const program = await roundTrip(
			'activitygroupmemberships',
			{ member: f().activity4, memberOf: f().program0, additionalFields: { sortOrder: 9 } },
			{ memberOf: f().program1 },
			{ MemberOf: f().program1 },
		);
		expect(
			json(
				await run(sandbox, 'activitygroupmemberships', 'delete', {
					id: locator(String(program.ID)),
				}),
			)[0].deleted,
		).toBe(true);

		const memberships = json(
			await run(sandbox, 'persongroupmemberships', 'getAll', { returnAll: true }),
		);
		const [role] = json(
			await run(sandbox, 'membershiproles', 'create', {
				membership: String(memberships[5].ID),
				role: f().roleLearner,
			}),
		);
		expect(role).toMatchObject({ Membership: memberships[5].ID, Role: f().roleLearner });
		const [changed] = json(
			await run(sandbox, 'membershiproles', 'update', {
				id: locator(String(role.ID)),
				updateFields: { tag: 'x' },
			}),
		);
		expect(changed.Tag).toBe('x');
	});

	it('todos, portfolio entries, ratings and authorizations', async () => {
		const todo = await roundTrip(
			'todos',
			{
				of: f().persons[3],
				on: f().activity2,
				additionalFields: { mandatory: true, endDate: '2026-12-31T00:00:00Z' },
			},
			{ updateFields: { recommended: true } },
			{ Of: f().persons[3] },
		);
		expect(sandbox.requests[0].body).toEqual({ Recommended: true });
		expect(
			json(await run(sandbox, 'todos', 'delete', { id: locator(String(todo.ID)) }))[0].deleted,
		).toBe(true);

		const [entry] = json(
			await run(sandbox, 'portfolioentries', 'create', {
				of: f().person,
				additionalFields: {
					name: 'Forklift licence',
					portfolioType: 'ManualCertificate',
					credits: 2.5,
				},
			}),
		);
		expect(entry).toMatchObject({ Name: 'Forklift licence', Credits: 2.5 });

		expect(
			json(
				await run(sandbox, 'ratings', 'update', {
					id: locator(f().rating),
					updateFields: { rating: 95 },
				}),
			)[0].Rating,
		).toBe(95);
		expect(
			json(
				await run(sandbox, 'authorizations', 'update', {
					id: locator(f().authorization),
					updateFields: { endDate: '2027-01-01' },
				}),
			)[0].EndDate,
		).toBe('2027-01-01T00:00:00');
	});
});
