import type { IDataObject } from 'n8n-workflow';
import { locator } from '../../support/context';
import type { DamstraLearningSandbox } from '../../support/sandbox';
import { calls, json, run, useSandbox } from './harness';

let sandbox: DamstraLearningSandbox;
useSandbox((started) => (sandbox = started));

const ids = (records: IDataObject[]) => records.map((r) => r.id).sort();

describe('Damstra Learning › Group', () => {
	it('Get Many lists and searches groups', async () => {
		const groups = json(await run(sandbox, 'group', 'getAll', { returnAll: true }));
		expect(ids(groups)).toEqual([501, 502, 503, 504, 505, 506, 507, 508]);
		const found = json(
			await run(sandbox, 'group', 'getAll', { returnAll: true, filters: { q: 'Perth' } }),
		);
		expect(found.map((g) => g.name)).toEqual(['Perth Operations']);
		const limited = json(await run(sandbox, 'group', 'getAll', { returnAll: false, limit: 3 }));
		expect(limited).toHaveLength(3);
	});

	it('Get, Create and Update (read-merge-write keeps name and description)', async () => {
		const [group] = json(await run(sandbox, 'group', 'get', { groupId: locator(502) }));
		expect(group).toMatchObject({ id: 502, name: 'Perth Operations', parentId: 501 });

		const [created] = json(
			await run(sandbox, 'group', 'create', {
				name: 'Night Shift',
				description: 'Crews on nights',
				additionalFields: { parentId: 502 },
			}),
		);
		expect(created).toMatchObject({ id: 509, name: 'Night Shift', parentId: 502 });

		sandbox.clearRequests();
		const [updated] = json(
			await run(sandbox, 'group', 'update', {
				groupId: locator(509),
				updateFields: { description: 'Crews on night rosters' },
			}),
		);
		expect(calls(sandbox)).toEqual(['GET /group/509', 'POST /group/509']);
		expect(sandbox.requests[1].body).toEqual({
			name: 'Night Shift',
			description: 'Crews on night rosters',
			parentId: 502,
		});
		expect(updated).toMatchObject({
			id: 509,
			name: 'Night Shift',
			description: 'Crews on night rosters',
		});
	});

	it('Add / Get / Remove members and supervisors', async () => {
		const before = json(
			await run(sandbox, 'group', 'getMembers', { groupId: locator(505), returnAll: true }),
		);
		expect(before).toHaveLength(7);

		expect(
			json(
				await run(sandbox, 'group', 'addMembers', { groupId: locator(505), userIds: '1002, 1003' }),
			),
		).toEqual([{ success: true }]);
		expect(sandbox.requests.at(-1)?.body).toEqual({ userIds: [1002, 1003] });
		const after = json(
			await run(sandbox, 'group', 'getMembers', { groupId: locator(505), returnAll: true }),
		);
		expect(ids(after)).toEqual(expect.arrayContaining([1002, 1003]));
		expect(after).toHaveLength(9);

		await run(sandbox, 'group', 'removeMembers', { groupId: locator(505), userIds: [1002] });
		expect(
			json(await run(sandbox, 'group', 'getMembers', { groupId: locator(505), returnAll: true })),
		).toHaveLength(8);

		const supervisors = json(
			await run(sandbox, 'group', 'getSupervisors', { groupId: locator(505), returnAll: true }),
		);
		expect(ids(supervisors)).toEqual([1006]);
		await run(sandbox, 'group', 'addSupervisors', { groupId: locator(505), userIds: '1007' });
		expect(
			ids(
				json(
					await run(sandbox, 'group', 'getSupervisors', { groupId: locator(505), returnAll: true }),
				),
			),
		).toEqual([1006, 1007]);
		await run(sandbox, 'group', 'removeSupervisors', { groupId: locator(505), userIds: '1006' });
		expect(
			ids(
				json(
					await run(sandbox, 'group', 'getSupervisors', { groupId: locator(505), returnAll: true }),
				),
			),
		).toEqual([1007]);
	});

	it('Inactivate hides the group from Get Many', async () => {
		expect(json(await run(sandbox, 'group', 'inactivate', { groupId: locator(508) }))).toEqual([
			{ success: true },
		]);
		const groups = json(await run(sandbox, 'group', 'getAll', { returnAll: true }));
		expect(ids(groups)).not.toContain(508);
	});

	it('maps "group not found" (842) into an error that says how to fix it', async () => {
		await expect(run(sandbox, 'group', 'get', { groupId: locator(999) })).rejects.toMatchObject({
			message: expect.stringMatching(/^Damstra Learning returned HTTP 404 \(code 842\)/),
			description: expect.stringMatching(/No group has this ID/),
		});
		const [failed] = json(
			await run(sandbox, 'group', 'get', { groupId: locator(999) }, { continueOnFail: true }),
		);
		expect(failed.error).toMatch(/HTTP 404/);
	});
});

describe('Damstra Learning › Lesson', () => {
	it('Get Many and Get Many Details filter by ids and published states', async () => {
		const all = json(await run(sandbox, 'lesson', 'getAll', { returnAll: true, simplify: false }));
		expect(all).toHaveLength(12);
		const active = json(
			await run(sandbox, 'lesson', 'getAll', {
				returnAll: true,
				filters: { publishedStates: ['active'] },
			}),
		);
		expect(active.map((l) => l.lessonId).sort()).toEqual([101, 102, 103, 104, 105, 106, 107, 108]);
		const two = json(
			await run(sandbox, 'lesson', 'getManyDetails', {
				returnAll: true,
				filters: { lessonIds: '101, 109', publishedStates: ['active', 'inactive'] },
			}),
		);
		expect(two.map((l) => l.lessonId).sort()).toEqual([101, 109]);
		expect(calls(sandbox).at(-1)).toBe(
			'GET /lessondetails?lessonIds=101%2C109&publishedStates=active%2Cinactive&startIndex=0&maxResults=100',
		);
	});
});
