/**
 * Proof: every wait has a deadline and every answer a size. A server that trickles its headers or its
 * body one byte at a time, an event stream of keep-alive comments only, an event stream that never
 * ends, one endless event line, a JSON answer that never ends and a CSV report with one endless line:
 * each fails in bounded time, with a message that says what happened, and memory stays bounded.
 */
import type { IDataObject } from 'n8n-workflow';
import { DEFAULT_RETRY_POLICY } from '../../../nodes/shared/transport/retry';
import { streamRecords } from '../../../nodes/shared/transport/stream-records';
import { growsparksApi } from '../../../nodes/Growsparks/api/client';
import { executeContext, locator } from '../../support/context';
import { endless, trickle } from '../../hostile/servers';
import {
	useHostile,
	printRows,
	vendorById,
	type Hostile,
	type ReliabilityRow,
	type VendorId,
} from './harness';

const DEADLINE_MS = 2000;
const rows: ReliabilityRow[] = [];

/** One read per vendor, matched by path on the API host (Growsparks lists can stream, so they take their Timeout option). */
const READS: Array<{ vendor: VendorId; endpoint: string; path: RegExp; parameters?: IDataObject }> =
	[
		{ vendor: 'damstra-learning', endpoint: 'user.list', path: /\/user\b/ },
		{
			vendor: 'growsparks',
			endpoint: 'persons.list',
			path: /\/persons\b/,
			parameters: { filters: { timeout: DEADLINE_MS / 1000 } },
		},
		{ vendor: 'flow-webinars', endpoint: 'listOperators', path: /\/users\b/ },
		{ vendor: 'snapper-grape', endpoint: 'persons.list', path: /\/api\/persons\b/ },
		{ vendor: 'onsight-flow', endpoint: 'workflows.getAll', path: /\/workflows\/v2/ },
	];

const saved = DEFAULT_RETRY_POLICY.deadlineMs;
beforeAll(() => {
	// The shipped deadline is 120 s; the proof shortens it through the same policy object the nodes read.
	DEFAULT_RETRY_POLICY.deadlineMs = DEADLINE_MS;
});
afterAll(() => {
	DEFAULT_RETRY_POLICY.deadlineMs = saved;
	printRows('Waits and sizes against servers that trickle, stall or never end', rows);
});

describe.each(READS.map((read) => [read.vendor, read] as const))(
	'%s: a request never waits forever',
	(_key, read) => {
		const vendor = vendorById(read.vendor);
		const h = useHostile(vendor);

		it('a body trickled one byte every 100 ms fails at the deadline, not at the idle timeout', async () => {
			h.api.intercept = (request, res) => {
				if (!read.path.test(request.path)) return false;
				res.writeHead(200, { 'content-type': 'application/json' });
				trickle(res, '[{"id":1},', 100);
				return true;
			};
			const outcome = await h.run(read.endpoint, { returnAll: true, ...read.parameters });
			expect(outcome.error?.message).toMatch(
				/did not finish answering within 2 s; the node stopped waiting/,
			);
			expect(outcome.ms).toBeGreaterThanOrEqual(DEADLINE_MS - 100);
			expect(outcome.ms).toBeLessThan(DEADLINE_MS + 3000);
			rows.push({
				attack: 'body trickled 1 byte / 100 ms (deadline 2 s)',
				vendor: vendor.name,
				requests: h.api.requests.length,
				ms: outcome.ms,
				rssGrowthMb: outcome.rssGrowthMb,
				result: 'error at deadline',
			});
		});

		it('headers trickled one byte every 100 ms fail at the deadline', async () => {
			h.api.intercept = (request, res) => {
				if (!read.path.test(request.path)) return false;
				trickle(
					res.socket,
					'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
					100,
				);
				return true;
			};
			const outcome = await h.run(read.endpoint, { returnAll: true, ...read.parameters });
			expect(outcome.error?.message).toMatch(/did not finish answering within 2 s/);
			expect(outcome.ms).toBeLessThan(DEADLINE_MS + 3000);
			rows.push({
				attack: 'headers trickled 1 byte / 100 ms (deadline 2 s)',
				vendor: vendor.name,
				requests: h.api.requests.length,
				ms: outcome.ms,
				rssGrowthMb: outcome.rssGrowthMb,
				result: 'error at deadline',
			});
		});

		it('a JSON answer that never ends stops at the size ceiling', async () => {
			h.api.intercept = (request, res) => {
				if (!read.path.test(request.path)) return false;
				res.writeHead(200, { 'content-type': 'application/json' });
				res.write('[');
				const chunk = Buffer.from('{"id":1,"name":"endless"},'.repeat(2000));
				endless(res, () => chunk);
				return true;
			};
			DEFAULT_RETRY_POLICY.deadlineMs = 60_000;
			const outcome = await h.run(read.endpoint, { returnAll: true });
			DEFAULT_RETRY_POLICY.deadlineMs = DEADLINE_MS;
			expect(outcome.error?.message).toMatch(/the answer is larger than 64 MB/);
			expect(outcome.rssGrowthMb).toBeLessThan(256);
			rows.push({
				attack: 'JSON answer that never ends (64 MB ceiling)',
				vendor: vendor.name,
				requests: h.api.requests.length,
				ms: outcome.ms,
				rssGrowthMb: outcome.rssGrowthMb,
				result: 'error at size ceiling',
			});
		});
	},
);

describe('Growsparks event streams end', () => {
	const vendor = vendorById('growsparks');
	const h = useHostile(vendor);
	const streamed = (
		write: (res: Parameters<NonNullable<Hostile['api']['intercept']>>[1]) => void,
	) => {
		h.api.intercept = (request, res) => {
			if (!/\/persons\?/.test(request.path)) return false;
			res.writeHead(200, { 'content-type': 'text/event-stream' });
			write(res);
			return true;
		};
	};

	it('a stream of keep-alive comments only ends at the Timeout option', async () => {
		streamed((res) => trickle(res, ': keep-alive\n\n', 20));
		const outcome = await h.run('persons.list', {
			returnAll: true,
			filters: { stream: true, timeout: 2 },
		});
		expect(outcome.error?.message).toMatch(
			/the event stream did not end within 2 s; the node stopped reading and output nothing/,
		);
		expect(outcome.ms).toBeLessThan(5000);
		rows.push({
			attack: 'SSE keep-alive comments only (Timeout 2 s)',
			vendor: vendor.name,
			requests: h.api.requests.length,
			ms: outcome.ms,
			rssGrowthMb: outcome.rssGrowthMb,
			result: 'error at deadline',
		});
	});

	it('keep-alive comments do not reset the idle limit of a stream that has stopped sending data', async () => {
		streamed((res) => {
			res.write('data: {"Id":"G_1"}\n\n');
			trickle(res, ': keep-alive\n\n', 20);
		});
		const ctx = executeContext({
			nodeType: vendor.node,
			parameters: {},
			credentialType: vendor.auths[0].credentialType,
			credentials: { apiKey: h.secret, baseUrl: `${h.api.origin}/rest/genapiv1/v1` },
		});
		const started = Date.now();
		await expect(
			streamRecords.call(
				ctx,
				growsparksApi,
				{ method: 'GET', path: '/persons', qs: { stream: true } },
				{ idleMs: 1000 },
			),
		).rejects.toThrow(/sent only keep-alive comments for 1 s/);
		expect(Date.now() - started).toBeLessThan(4000);
	});

	it('a stream that never ends stops at Max Records, holding no more than that', async () => {
		let n = 0;
		streamed((res) =>
			endless(res, () => `data: ${JSON.stringify({ Id: `G_${++n}`, FirstName: 'Endless' })}\n\n`),
		);
		const outcome = await h.run('persons.list', {
			returnAll: true,
			maxRecords: 2000,
			filters: { stream: true },
		});
		expect(outcome.error?.message).toMatch(
			/Return All reached its ceiling of 2000 records and the stream goes on/,
		);
		rows.push({
			attack: 'SSE records that never end (Max Records 2000)',
			vendor: vendor.name,
			requests: h.api.requests.length,
			ms: outcome.ms,
			rssGrowthMb: outcome.rssGrowthMb,
			result: 'error at ceiling',
		});
	});

	it('one endless event line stops at the event size limit', async () => {
		const chunk = 'x'.repeat(65536);
		streamed((res) => {
			res.write('data: "');
			endless(res, () => chunk);
		});
		const outcome = await h.run('persons.list', { returnAll: true, filters: { stream: true } });
		expect(outcome.error?.message).toMatch(/longer than 8388608 characters/);
		expect(outcome.rssGrowthMb).toBeLessThan(128);
		rows.push({
			attack: 'SSE event line that never ends (8 MB limit)',
			vendor: vendor.name,
			requests: h.api.requests.length,
			ms: outcome.ms,
			rssGrowthMb: outcome.rssGrowthMb,
			result: 'error at size limit',
		});
	});
});

describe('Flow Webinars CSV report with a 100 MB line', () => {
	const vendor = vendorById('flow-webinars');
	const h = useHostile(vendor);

	it('as rows: stops at the field limit while the line is arriving, memory bounded', async () => {
		let sent = 0;
		const chunk = Buffer.alloc(65536, 'y');
		h.api.intercept = (request, res) => {
			if (!/\/csv\/registrants\//.test(request.path)) return false;
			res.writeHead(200, { 'content-type': 'text/csv' });
			res.write('email,firstName,comment\r\nada@example.com,Ada,"');
			endless(res, () => {
				sent += chunk.length;
				if (sent > 100 * 1024 * 1024) res.end('"\r\n');
				return chunk;
			});
			return true;
		};
		const session = locator(
			String(Object.values((h.sandbox.fixtures as { sessions: IDataObject }).sessions)[0]),
		);
		const outcome = await h.run('csvRegistrants', { sessionToken: session, outputAs: 'rows' });
		expect(outcome.error?.message).toMatch(
			/cannot split into rows: a CSV field is longer than 1048576 characters/,
		);
		expect(outcome.error?.description).toMatch(/Set Output to CSV File/);
		expect(outcome.rssGrowthMb).toBeLessThan(64);
		expect(sent).toBeLessThan(100 * 1024 * 1024);
		rows.push({
			attack: 'CSV report with a 100 MB line (as rows)',
			vendor: vendor.name,
			requests: h.api.requests.length,
			ms: outcome.ms,
			rssGrowthMb: outcome.rssGrowthMb,
			result: 'error at field limit',
		});
	});
});
