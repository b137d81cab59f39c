/**
 * Proof: Return All always ends. Each paging strategy is fed a server that makes no progress: one that
 * ignores the paging parameters and sends the first page again with its "more" signal (offset ignored,
 * HasMore always true, a total never reached), one that hands back a cursor that cycles, and one that
 * sends a new full page forever. The node stops at the first repetition (two page requests; three for
 * a two-page cycle) or at Max Records, with an error that says so, and memory stays flat.
 */
import type { IDataObject } from 'n8n-workflow';
import { useHostile, printRows, vendorById, type ReliabilityRow, type VendorId } from './harness';

interface Liar {
	vendor: VendorId;
	auth?: string;
	endpoint: string;
	strategy: string;
	/** Matches the list call (not logins or tokens). */
	path: RegExp;
	pageSize: number;
	/** The vendor's envelope for `records`, saying more pages follow. */
	page(records: IDataObject[]): unknown;
	record(n: number): IDataObject;
}

const LIARS: Liar[] = [
	{
		vendor: 'damstra-learning',
		endpoint: 'user.list',
		strategy: 'offset (startIndex, total)',
		path: /\/api\/v2\/user\?/,
		pageSize: 100,
		page: (records) => ({ results: records, meta: { totalResultCount: 1_000_000_000 } }),
		record: (n) => ({
			userId: n,
			firstName: `User ${n}`,
			lastName: 'Liar',
			email: `u${n}@example.com`,
		}),
	},
	{
		vendor: 'growsparks',
		endpoint: 'persons.list',
		strategy: 'offset (HasMore)',
		path: /\/persons\?/,
		pageSize: 1000,
		page: (records) => ({ Items: records, HasMore: true }),
		record: (n) => ({ Id: `G_${n}`, FirstName: `Person ${n}` }),
	},
	{
		vendor: 'snapper-grape',
		endpoint: 'persons.list',
		strategy: 'offset (full page)',
		path: /\/api\/persons\?/,
		pageSize: 100,
		page: (records) => ({ valid: true, message: '', persons: records }),
		record: (n) => ({ person_id: n, firstname: `Person ${n}` }),
	},
	{
		vendor: 'onsight-flow',
		auth: 'OAuth2 client credentials',
		endpoint: 'jobs.getAll',
		strategy: 'skip/limit (only an empty page ends)',
		path: /\/jobs\/v1\/\?/,
		pageSize: 100,
		page: (records) => records,
		record: (n) => ({ jobId: `job-${n}`, jobTitle: `Job ${n}` }),
	},
	{
		vendor: 'onsight-flow',
		auth: 'OAuth2 client credentials',
		endpoint: 'query.jobs',
		strategy: 'GraphQL cursor',
		path: /\/api\/query\/v2\/graph/,
		pageSize: 100,
		page: (records) => ({ data: { jobs: records } }),
		record: (n) => ({
			jobId: `job-${n}`,
			completedJobCursor: `cursor-${n}`,
			updated: '2026-01-01T00:00:00Z',
		}),
	},
];

const rows: ReliabilityRow[] = [];
afterAll(() => printRows('Return All against servers that make no progress', rows));

const pageOf = (liar: Liar, first: number) =>
	liar.page(Array.from({ length: liar.pageSize }, (_, index) => liar.record(first + index)));

describe.each(LIARS.map((liar) => [`${liar.vendor} ${liar.endpoint}`, liar] as const))(
	'%s: Return All ends',
	(_name, liar) => {
		const vendor = vendorById(liar.vendor);
		const auth =
			vendor.auths.find((candidate) => !liar.auth || candidate.name === liar.auth) ??
			vendor.auths[0];
		const h = useHostile(vendor, auth);

		const listCalls = () => h.api.requests.filter((request) => liar.path.test(request.path)).length;
		const answerWith = (next: (call: number) => unknown) => {
			let call = 0;
			h.api.intercept = (request, res) => {
				if (!liar.path.test(request.path)) return false;
				res
					.writeHead(200, { 'content-type': 'application/json' })
					.end(JSON.stringify(next(call++)));
				return true;
			};
		};
		const record = (attack: string, outcome: { ms: number; rssGrowthMb: number; error?: Error }) =>
			rows.push({
				attack,
				vendor: `${vendor.name}: ${liar.strategy}`,
				requests: listCalls(),
				ms: outcome.ms,
				rssGrowthMb: outcome.rssGrowthMb,
				result: outcome.error ? 'error' : 'no error',
			});

		it('stops at the first repeated page when the server ignores the paging parameters', async () => {
			answerWith(() => pageOf(liar, 1));
			const outcome = await h.run(liar.endpoint, { returnAll: true });
			expect(outcome.error?.message).toMatch(
				/Return All stopped because the service (sent the same page|pointed back)/,
			);
			expect(outcome.error?.description).toMatch(/Nothing was output/);
			expect(listCalls()).toBe(2);
			expect(outcome.rssGrowthMb).toBeLessThan(64);
			record('paging ignored, "more" always said', outcome);
		});

		it('stops at Max Records when every page is new and the server never says it is done', async () => {
			answerWith((call) => pageOf(liar, 1 + call * liar.pageSize));
			const outcome = await h.run(liar.endpoint, {
				returnAll: true,
				maxRecords: liar.pageSize * 5,
			});
			expect(outcome.error?.message).toMatch(/ceiling of 500|ceiling of 5000/);
			expect(outcome.error?.description).toMatch(/Raise Max Records/);
			expect(listCalls()).toBe(5);
			record('endless new pages (Max Records = 5 pages)', outcome);
		});

		if (liar.strategy === 'GraphQL cursor') {
			it('stops when a cursor cycles back to a page already read', async () => {
				answerWith((call) => pageOf(liar, call % 2 === 0 ? 1 : 1 + liar.pageSize));
				const outcome = await h.run(liar.endpoint, { returnAll: true });
				expect(outcome.error?.message).toMatch(/Return All stopped because/);
				expect(listCalls()).toBe(3);
				record('cursor cycles A → B → A', outcome);
			});
		}

		it('still returns every record of an honest list that ends', async () => {
			answerWith((call) => (call < 3 ? pageOf(liar, 1 + call * liar.pageSize) : liar.page([])));
			const outcome = await h.run(liar.endpoint, { returnAll: true });
			expect(outcome.error).toBeUndefined();
			expect(outcome.output).toHaveLength(liar.pageSize * 3);
		});
	},
);

describe('a list the API returns whole meets Max Records too', () => {
	const vendor = vendorById('flow-webinars');
	const h = useHostile(vendor);

	it('Flow Webinars operators: one answer longer than Max Records is an error, not a silent cut', async () => {
		h.api.intercept = (request, res) => {
			if (!/\/users\b/.test(request.path)) return false;
			res.writeHead(200, { 'content-type': 'application/json' }).end(
				JSON.stringify({
					data: Array.from({ length: 50 }, (_, index) => ({
						id: index + 1,
						email: `op${index}@example.com`,
					})),
				}),
			);
			return true;
		};
		const outcome = await h.run('listOperators', { returnAll: true, maxRecords: 10 });
		expect(outcome.error?.message).toMatch(
			/Return All stopped because the list holds 50 records, more than Max Records \(10\)/,
		);
		const within = await h.run('listOperators', { returnAll: true, maxRecords: 50 });
		expect(within.error).toBeUndefined();
		expect(within.output).toHaveLength(50);
	});
});
