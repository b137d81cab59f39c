import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import type { DamstraLearningSandbox } from '../../support/sandbox';
import { listSearchContext, node, useSandbox } from './harness';

let sandbox: DamstraLearningSandbox;
useSandbox((started) => (sandbox = started));

type Search = (
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
) => Promise<INodeListSearchResult>;
const search = (name: keyof typeof node.methods.listSearch, filter?: string, token?: string) =>
	(node.methods.listSearch[name] as Search).call(listSearchContext(sandbox), filter, token);

describe('Damstra Learning resource-locator lists', () => {
	it('searches users on the server and pages with a token', async () => {
		const first = await search('searchUsers');
		expect(first.results).toHaveLength(50);
		expect(first.results[0]).toEqual({
			name: expect.stringMatching(/^Morgan Reid \(.+@.+\)$/),
			value: '1001',
		});
		const second = await search('searchUsers', undefined, first.paginationToken);
		expect(second.results).toHaveLength(4);
		expect(second.paginationToken).toBeUndefined();

		const found = await search('searchUsers', 'Nair');
		expect(found.results.map((r) => r.value)).toContain('1002');
		expect(sandbox.requests.at(-1)?.query).toMatchObject({ q: 'Nair' });
	});

	it('lists groups, lessons (by version) and ILT sessions', async () => {
		expect((await search('searchGroups', 'Sydney')).results).toEqual([
			{ name: 'Sydney Office (503)', value: '503' },
		]);
		const lessons = await search('searchLessons');
		expect(lessons.results).toHaveLength(12);
		expect(lessons.results[0].value).toBe('201');
		const sessions = await search('searchIltSessions');
		expect(sessions.results.map((r) => r.value).sort()).toEqual(['601', '602', '603', '604']);
		const filtered = await search('searchIltSessions', 'grace okafor');
		expect(filtered.results.map((r) => r.value).sort()).toEqual(['601', '603']);
		expect(filtered.results[0].name).toMatch(/^2030-\d\d-\d\d \d\d:\d\d \(.+, Grace Okafor\)$/);
	});

	it('finds lesson schedules through the users matching the search', async () => {
		const schedules = await search('searchLessonSchedules', 'Morgan');
		expect(schedules.results.map((r) => r.value)).toEqual(
			expect.arrayContaining(['10001', '10002']),
		);
		expect(schedules.results[0].name).toMatch(/^Morgan Reid · .+ \(\w+\)$/);
	});
});
