import { cursorPaging, offsetPaging, paginate } from '../../../nodes/shared/transport/pagination';
import type { IDataObject } from 'n8n-workflow';

/** A tiny in-memory API of `total` numbered records, answering like the envelope under test. */
function pages(total: number, envelope: (records: number[], offset: number) => unknown) {
	const asked: IDataObject[] = [];
	const fetch = async (query: IDataObject) => {
		asked.push(query);
		const offset = Number(query.startIndex ?? query.offset ?? 0);
		const size = Number(query.maxResults ?? query.limit);
		const records = Array.from({ length: Math.max(0, Math.min(size, total - offset)) }, (_, i) => offset + i);
		return envelope(records, offset);
	};
	return { asked, fetch };
}

describe('offset paging', () => {
	const startIndex = offsetPaging({ offsetParam: 'startIndex', limitParam: 'maxResults', pageSize: 10, recordsPath: 'results', totalPath: 'meta.totalResultCount' });

	it('walks startIndex/maxResults to the total and stops without an extra request', async () => {
		const api = pages(25, (results, offset) => ({ results, meta: { totalResultCount: 25, startIndex: offset, endIndex: offset + results.length } }));
		const records = await paginate(startIndex, api.fetch);
		expect(records).toEqual(Array.from({ length: 25 }, (_, i) => i));
		expect(api.asked.map((q) => q.startIndex)).toEqual([0, 10, 20]);
	});

	it('asks only for what Limit needs', async () => {
		const api = pages(100, (results) => ({ results, meta: { totalResultCount: 100 } }));
		const records = await paginate(startIndex, api.fetch, 13);
		expect(records).toHaveLength(13);
		expect(api.asked).toEqual([
			{ startIndex: 0, maxResults: 10 },
			{ startIndex: 10, maxResults: 3 },
		]);
	});

	it('follows a HasMore flag (offset/limit) and stops when it is false', async () => {
		const hasMore = offsetPaging({ offsetParam: 'offset', limitParam: 'limit', pageSize: 4, recordsPath: 'Data', hasMorePath: 'HasMore' });
		const api = pages(10, (records, offset) => ({ Data: records, HasMore: offset + records.length < 10 }));
		expect(await paginate(hasMore, api.fetch)).toHaveLength(10);
		expect(api.asked.map((q) => q.offset)).toEqual([0, 4, 8]);
	});

	it('stops on a short page when the envelope has no total and no flag', async () => {
		const bare = offsetPaging({ offsetParam: 'offset', limitParam: 'limit', pageSize: 5 });
		const api = pages(12, (records) => records);
		expect(await paginate(bare, api.fetch)).toHaveLength(12);
		expect(api.asked).toHaveLength(3);
	});

	it('stops on an empty page even if the total claims more', async () => {
		const api = pages(3, (results) => ({ results, meta: { totalResultCount: 50 } }));
		expect(await paginate(startIndex, api.fetch)).toHaveLength(3);
		expect(api.asked).toHaveLength(2);
	});
});

describe('cursor paging', () => {
	it('follows the next cursor until it is empty and never loops on a repeated cursor', async () => {
		const strategy = cursorPaging({ cursorParam: 'after', limitParam: 'first', pageSize: 2, recordsPath: 'nodes', nextCursorPath: 'pageInfo.endCursor' });
		const data = ['a', 'b', 'c', 'd', 'e'];
		const asked: IDataObject[] = [];
		const records = await paginate(strategy, async (query) => {
			asked.push(query);
			const start = query.after ? data.indexOf(String(query.after)) + 1 : 0;
			const nodes = data.slice(start, start + Number(query.first));
			return { nodes, pageInfo: { endCursor: start + nodes.length < data.length ? nodes[nodes.length - 1] : null } };
		});
		expect(records).toEqual(data);
		expect(asked.map((q) => q.after)).toEqual([undefined, 'b', 'd']);

		const stuck = await paginate(strategy, async () => ({ nodes: ['x', 'y'], pageInfo: { endCursor: 'same' } }), 100);
		expect(stuck).toEqual(['x', 'y', 'x', 'y']);
	});
});
