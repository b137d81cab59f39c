/**
 * Proof: a wrong answer is an error, never an empty success. Each vendor's read is answered HTTP 200 with a
 * sign-in page, with HTML labelled as JSON, with plain text and with an empty body where records are due,
 * and HTTP 502 with a long HTML error page. Every one is an error naming the status, the content type and
 * the start of the page with its markup stripped (about 200 characters at most).
 */
import { useHostile, printRows, vendorById, type ReliabilityRow, type VendorId } from './harness';

const SIGN_IN = `<!DOCTYPE html><html><head><title>Sign in</title><style>body { font: 14px sans-serif }</style>
<script>window.location.hash = "login"; var tracking = ${JSON.stringify('x'.repeat(2000))};</script></head>
<body><div class="login"><h1>Sign in to continue</h1><p>Your session has expired. Please sign in again to access the dashboard.</p>
<form method="post" action="/login"><input name="user"><input type="password" name="password"></form>
${'<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>'.repeat(40)}</div></body></html>`;

const READS: Array<{ vendor: VendorId; endpoint: string; path: RegExp }> = [
	{ vendor: 'damstra-learning', endpoint: 'user.list', path: /\/user\b/ },
	{ vendor: 'growsparks', endpoint: 'persons.list', path: /\/persons\b/ },
	{ vendor: 'flow-webinars', endpoint: 'listOperators', path: /\/users\b/ },
	{ vendor: 'snapper-grape', endpoint: 'persons.list', path: /\/api\/persons\b/ },
	{ vendor: 'onsight-flow', endpoint: 'workflows.getAll', path: /\/workflows\/v2/ },
];

const rows: ReliabilityRow[] = [];
afterAll(() => printRows('Wrong answers', rows));

/** The quoted part of a message: between the first `: "` and the last `"`. */
const quoted = (message: string) => /: "(.*)"/s.exec(message)?.[1] ?? '';

describe.each(READS.map((read) => [read.vendor, read] as const))(
	'%s: wrong answers are errors',
	(key, read) => {
		const vendor = vendorById(key);
		const h = useHostile(vendor);
		const answer = (status: number, headers: Record<string, string>, body: string) => {
			h.api.intercept = (request, res) => {
				if (!read.path.test(request.path)) return false;
				res.writeHead(status, headers).end(body);
				return true;
			};
		};

		it('a sign-in page with HTTP 200 is an error that quotes the page without markup', async () => {
			answer(200, { 'content-type': 'text/html; charset=utf-8' }, SIGN_IN);
			const outcome = await h.run(read.endpoint, { returnAll: true });
			const message = outcome.error?.message ?? '';
			expect(message).toMatch(
				/answered HTTP 200 with text\/html: "Sign in .*Sign in to continue Your session has expired/,
			);
			expect(message).toMatch(/where JSON was due/);
			expect(message).not.toMatch(/[<>]|window\.location|font:/);
			expect(quoted(message).length).toBeLessThanOrEqual(200);
			expect(outcome.error?.description).toMatch(/sign-in page, a proxy or captive portal/);
			expect(outcome.output).toBeUndefined();
			rows.push({
				attack: 'HTTP 200 sign-in page (text/html)',
				vendor: vendor.name,
				requests: h.api.requests.length,
				ms: outcome.ms,
				rssGrowthMb: outcome.rssGrowthMb,
				result: 'error',
			});
		});

		it('HTML labelled as JSON is an error, not a retried parse failure', async () => {
			answer(200, { 'content-type': 'application/json' }, SIGN_IN);
			const outcome = await h.run(read.endpoint, { returnAll: true });
			expect(outcome.error?.message).toMatch(/answered HTTP 200 with application\/json: "Sign in/);
			expect(h.api.requests.filter((request) => read.path.test(request.path))).toHaveLength(1);
		});

		it('plain text where JSON is due is an error', async () => {
			answer(200, { 'content-type': 'text/plain' }, 'Service temporarily in maintenance mode');
			const outcome = await h.run(read.endpoint, { returnAll: true });
			expect(outcome.error?.message).toMatch(
				/text\/plain: "Service temporarily in maintenance mode" where JSON was due/,
			);
		});

		it('an empty body where records are due is an error', async () => {
			answer(200, { 'content-type': 'application/json' }, '');
			const outcome = await h.run(read.endpoint, { returnAll: true });
			expect(outcome.error?.message).toMatch(/an empty body .* where a list of records was due/);
			rows.push({
				attack: 'HTTP 200 empty body on a list',
				vendor: vendor.name,
				requests: h.api.requests.length,
				ms: outcome.ms,
				rssGrowthMb: outcome.rssGrowthMb,
				result: 'error',
			});
		});

		it('a 502 HTML error page is reported in at most about 200 characters of text, markup stripped', async () => {
			answer(
				502,
				{ 'content-type': 'text/html', 'retry-after': '0' },
				`<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center>${'<!-- padding -->'.repeat(200)}${'<p>upstream detail</p>'.repeat(100)}</body></html>`,
			);
			const outcome = await h.run(read.endpoint, { returnAll: true });
			const message = outcome.error?.message ?? '';
			expect(message).toMatch(/returned HTTP 502: 502 Bad Gateway 502 Bad Gateway nginx/);
			expect(message).not.toMatch(/[<>]/);
			expect(message.length).toBeLessThan(300);
		});
	},
);

describe('a file download answered with a sign-in page', () => {
	const vendor = vendorById('damstra-learning');
	const h = useHostile(vendor);

	it('is an error, not a PDF made of HTML', async () => {
		h.api.intercept = (request, res) => {
			if (!/certificate/.test(request.path)) return false;
			res.writeHead(200, { 'content-type': 'text/html' }).end(SIGN_IN);
			return true;
		};
		const outcome = await h.run('lessonSchedule.downloadCertificate');
		expect(outcome.error?.message).toMatch(
			/answered HTTP 200 with text\/html: "Sign in.*" where a file was due/,
		);
		expect(outcome.output).toBeUndefined();
	});
});

describe('a Growsparks event stream whose events are not one JSON value each', () => {
	const vendor = vendorById('growsparks');
	const h = useHostile(vendor);
	/** Every event in one chunk, as a server that buffers its stream sends it. */
	const stream = (events: string[]) => {
		h.api.intercept = (request, res) => {
			if (!/\/persons\?/.test(request.path)) return false;
			res.writeHead(200, { 'content-type': 'text/event-stream' });
			res.end(events.map((data) => `data: ${data}\n\n`).join(''));
			return true;
		};
	};
	const streamAll = () => h.run('persons.list', { returnAll: true, filters: { stream: true } });

	it('an event that is not JSON among good ones is an error naming it', async () => {
		stream(['{"Id":"G_1"}', '{"Id":"G_2"', '{"Id":"G_3"}']);
		const outcome = await streamAll();
		expect(outcome.error?.message).toMatch(
			/the event stream broke off \(an event is not JSON: \{"Id":"G_2"\); nothing was output/,
		);
		expect(outcome.output).toBeUndefined();
	});

	it('an event holding two values is an error, not two records', async () => {
		stream(['{"Id":"G_1"}', '{"Id":"G_2"},{"Id":"G_3"}', '{"Id":"G_4"}']);
		const outcome = await streamAll();
		expect(outcome.error?.message).toMatch(/an event is not JSON: \{"Id":"G_2"\},\{"Id":"G_3"\}/);
		expect(outcome.output).toBeUndefined();
	});

	it('two halves of one value in two events are an error, not one record', async () => {
		stream(['{"Id":"G_1"}', '[{"Id":"G_2"}', '{"Id":"G_3"}]']);
		const outcome = await streamAll();
		expect(outcome.error?.message).toMatch(/an event is not JSON: \[\{"Id":"G_2"\}/);
	});

	it('an event holding a list of records gives one item per record, in order', async () => {
		stream(['{"Id":"G_1"}', '[{"Id":"G_2"},{"Id":"G_3"}]', '[]', '{"Id":"G_4"}']);
		const outcome = await streamAll();
		expect(outcome.error).toBeUndefined();
		expect(outcome.output?.map((item) => item.json.Id)).toEqual(['G_1', 'G_2', 'G_3', 'G_4']);
	});

	it('a Limit inside one chunk of many events stops at the Limit', async () => {
		stream(Array.from({ length: 50 }, (_, i) => JSON.stringify({ Id: `G_${i + 1}` })));
		const outcome = await h.run('persons.list', {
			returnAll: false,
			limit: 3,
			filters: { stream: true },
		});
		expect(outcome.output?.map((item) => item.json.Id)).toEqual(['G_1', 'G_2', 'G_3']);
	});
});
