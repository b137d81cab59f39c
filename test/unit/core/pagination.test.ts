import { cursorPaging, offsetPaging, paginate } from '../../../nodes/shared/transport/pagination';
import type { IDataObject } from 'n8n-workflow';

/** A tiny in-memory API of `total` numbered records, answering like the envelope under test. */
function pages(total: number, envelope: (records: number[], offset: number) => unknown) {
	const asked: IDataObject[] = [];
	const fetch = async (query: IDataObject) => {
		asked.push(query);
		const offset = Number(query.startIndex ?? query.offset ?? 0);
		const size = Number(query.maxResults ?? query.limit);
		const records = Array.from(
			{ length: Math.max(0, Math.min(size, total - offset)) },
			(_, i) => offset + i,
		);
		return envelope(records, offset);
	};
	return { asked, fetch };
}

describe('offset paging', () => {
	const startIndex = offsetPaging({
		offsetParam: 'startIndex',
		limitParam: 'maxResults',
		pageSize: 10,
		recordsPath: 'results',
		totalPath: 'meta.totalResultCount',
	});

	it('walks startIndex/maxResults to the total and stops without an extra request', async () => {
		const api = pages(25, (results, offset) => ({
			results,
			meta: { totalResultCount: 25, startIndex: offset, endIndex: offset + results.length },
		}));
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
		const hasMore = offsetPaging({
			offsetParam: 'offset',
			limitParam: 'limit',
			pageSize: 4,
			recordsPath: 'Data',
			hasMorePath: 'HasMore',
		});
		const api = pages(10, (records, offset) => ({
			Data: records,
			HasMore: offset + records.length < 10,
		}));
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
		const strategy = cursorPaging({
			cursorParam: 'after',
			limitParam: 'first',
			pageSize: 2,
			recordsPath: 'nodes',
			nextCursorPath: 'pageInfo.endCursor',
		});
		const data = ['a', 'b', 'c', 'd', 'e'];
		const asked: IDataObject[] = [];
		const records = await paginate(strategy, async (query) => {
			asked.push(query);
			const start = query.after ? data.indexOf(String(query.after)) + 1 : 0;
			const nodes = data.slice(start, start + Number(query.first));
			return {
				nodes,
				pageInfo: {
					endCursor: start + nodes.length < data.length ? nodes[nodes.length - 1] : null,
				},
			};
		});
		expect(records).toEqual(data);
		expect(asked.map((q) => q.after)).toEqual([undefined, 'b', 'd']);

		// A cursor that stays put: the second answer is the first page again, and nothing is emitted twice.
		await expect(
			paginate(strategy, async () => ({ nodes: ['x', 'y'], pageInfo: { endCursor: 'same' } }), 100),
		).rejects.toThrow(/sent the same page again after 2 records/);
	});

	it('stops at the first repetition of a cursor that cycles, without emitting a record twice', async () => {
		const strategy = cursorPaging({
			cursorParam: 'after',
			pageSize: 2,
			recordsPath: 'nodes',
			nextCursorPath: 'next',
		});
		const cycle: Record<string, { nodes: string[]; next: string }> = {
			'': { nodes: ['a', 'b'], next: 'p2' },
			p2: { nodes: ['c', 'd'], next: 'p3' },
			p3: { nodes: ['e', 'f'], next: 'p2' },
		};
		let requests = 0;
		const emitted: unknown[] = [];
		const run = paginate(
			strategy,
			async (query) => {
				requests++;
				return cycle[String(query.after ?? '')];
			},
			{ limit: Infinity },
			// Every record passes through `shape` as its page arrives.
			(record) => {
				emitted.push(record);
				return record;
			},
		);
		await expect(run).rejects.toMatchObject({ reason: 'repeated-request' });
		expect(requests).toBe(3);
		expect(new Set(emitted).size).toBe(emitted.length);
	});
});

describe('paging against a server that makes no progress', () => {
	const offset = offsetPaging({
		offsetParam: 'offset',
		limitParam: 'limit',
		pageSize: 2,
		recordsPath: 'Items',
		hasMorePath: 'HasMore',
	});

	it('ends at the first repeated page when the offset is ignored and HasMore is always true', async () => {
		let requests = 0;
		const run = paginate(offset, async () => {
			requests++;
			return { Items: [{ id: 1 }, { id: 2 }], HasMore: true };
		});
		await expect(run).rejects.toMatchObject({ reason: 'repeated-page' });
		expect(requests).toBe(2);
	});

	it('ends at the ceiling when every page is new and HasMore never turns false', async () => {
		let requests = 0;
		const run = paginate(
			offset,
			async (query) => {
				requests++;
				const at = Number(query.offset);
				return { Items: [{ id: at }, { id: at + 1 }], HasMore: true };
			},
			{ ceiling: 10 },
		);
		await expect(run).rejects.toMatchObject({ reason: 'ceiling' });
		expect(requests).toBe(5);
	});

	it('returns a list of exactly the ceiling when the server says it is the end', async () => {
		const records = await paginate(
			offset,
			async (query) => ({
				Items: [{ id: Number(query.offset) }, { id: Number(query.offset) + 1 }],
				HasMore: Number(query.offset) < 8,
			}),
			{ ceiling: 10 },
		);
		expect(records).toHaveLength(10);
	});
});
