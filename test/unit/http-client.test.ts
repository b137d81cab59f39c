/**
 * The test harness's stand-in for n8n's `helpers.httpRequest` (test/support/http-client.js): every
 * integration, proof and fault suite sends through it, so its redirect rules are n8n's, checked here
 * against two real servers on 127.0.0.1.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IncomingHttpHeaders } from 'node:http';
import type { IHttpRequestOptions } from 'n8n-workflow';
import { httpRequest } from '../support/http-client';

interface Seen {
	method?: string;
	url?: string;
	headers: IncomingHttpHeaders;
}

/** A server answering by path; every request it received, in order. */
async function serve(answer: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
	const seen: Seen[] = [];
	const server = http.createServer((req, res) => {
		req.resume();
		req.on('end', () => {
			seen.push({ method: req.method, url: req.url, headers: req.headers });
			answer(req, res);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return { origin, seen, close: () => new Promise((resolve) => server.close(resolve)) };
}

const json = (res: http.ServerResponse, body: unknown) =>
	res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
const send = (options: Partial<IHttpRequestOptions>) =>
	httpRequest({ method: 'GET', ...options } as IHttpRequestOptions);

describe('the harness HTTP client follows redirects as n8n does', () => {
	let other: Awaited<ReturnType<typeof serve>>;
	let api: Awaited<ReturnType<typeof serve>>;
	beforeAll(async () => {
		other = await serve((req, res) => json(res, { host: 'other', path: req.url }));
		api = await serve((req, res) => {
			const location = {
				'/moved': '/here',
				'/away': `${other.origin}/there`,
				'/see-other': '/here',
			}[req.url ?? ''];
			if (location) res.writeHead(req.url === '/see-other' ? 303 : 302, { location }).end();
			else json(res, { redirect: 'a field, not a redirect', path: req.url });
		});
	});
	afterAll(async () => {
		await api.close();
		await other.close();
	});
	beforeEach(() => {
		api.seen.length = 0;
		other.seen.length = 0;
	});

	it('follows a redirect to the same origin and returns the parsed body', async () => {
		expect(await send({ url: `${api.origin}/moved`, json: true })).toEqual({
			redirect: 'a field, not a redirect',
			path: '/here',
		});
		expect(api.seen.map((s) => s.url)).toEqual(['/moved', '/here']);
	});

	it("returns a JSON body with a 'redirect' field as it is, sending one request", async () => {
		expect(await send({ url: `${api.origin}/plain`, json: true })).toEqual({
			redirect: 'a field, not a redirect',
			path: '/plain',
		});
		expect(api.seen).toHaveLength(1);
	});

	it('returns the redirect itself when following is turned off', async () => {
		const answer = (await send({
			url: `${api.origin}/moved`,
			disableFollowRedirect: true,
			ignoreHttpStatusErrors: true,
			returnFullResponse: true,
		})) as { statusCode: number; headers: Record<string, string> };
		expect(answer.statusCode).toBe(302);
		expect(answer.headers.location).toBe('/here');
		expect(api.seen).toHaveLength(1);
	});

	it('drops Authorization and Cookie on a cross-origin hop when told to, keeps other headers', async () => {
		await send({
			url: `${api.origin}/away`,
			headers: { Authorization: 'Bearer s3cret', Cookie: 'a=b', 'X-Trace': '1' },
			sendCredentialsOnCrossOriginRedirect: false,
			json: true,
		});
		expect(other.seen).toHaveLength(1);
		expect(other.seen[0].headers.authorization).toBeUndefined();
		expect(other.seen[0].headers.cookie).toBeUndefined();
		expect(other.seen[0].headers['x-trace']).toBe('1');
	});

	it('turns a POST answered 303 into a GET without a body', async () => {
		await send({ method: 'POST', url: `${api.origin}/see-other`, body: { a: 1 }, json: true });
		expect(api.seen.map((s) => `${s.method} ${s.url}`)).toEqual(['POST /see-other', 'GET /here']);
		expect(api.seen[1].headers['content-length']).toBeUndefined();
		expect(api.seen[1].headers['content-type']).toBeUndefined();
	});
});
