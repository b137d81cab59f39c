/**
 * The test harness's stand-in for n8n's `helpers.httpRequest` (test/support/http-client.js): every
 * integration, proof and fault suite sends through it, so its redirect rules are n8n's, checked here
 * against two real servers on 127.0.0.1 (the hostile suites' own).
 */
import type { IHttpRequestOptions } from 'n8n-workflow';
import { httpRequest } from '../support/http-client';
import { startBait, startProxy, type Bait, type Proxy } from '../hostile/servers';

const send = (options: Partial<IHttpRequestOptions>) =>
	httpRequest({ method: 'GET', ...options } as IHttpRequestOptions);

describe('the harness HTTP client follows redirects as n8n does', () => {
	let other: Bait;
	/** Answers every request itself (nothing is forwarded): redirects by path, else a JSON body. */
	let api: Proxy;
	beforeAll(async () => {
		other = await startBait();
		api = await startProxy('http://127.0.0.1:9');
		api.intercept = (request, res) => {
			const location = {
				'/moved': '/here',
				'/away': `${other.origin}/there`,
				'/see-other': '/here',
			}[request.path];
			if (location) res.writeHead(request.path === '/see-other' ? 303 : 302, { location }).end();
			else
				res
					.writeHead(200, { 'content-type': 'application/json' })
					.end(JSON.stringify({ redirect: 'a field, not a redirect', path: request.path }));
			return true;
		};
	});
	afterAll(async () => {
		await api.close();
		await other.close();
	});
	beforeEach(() => {
		api.requests.length = 0;
		other.requests.length = 0;
	});

	it('follows a redirect to the same origin and returns the parsed body', async () => {
		expect(await send({ url: `${api.origin}/moved`, json: true })).toEqual({
			redirect: 'a field, not a redirect',
			path: '/here',
		});
		expect(api.requests.map((r) => r.path)).toEqual(['/moved', '/here']);
	});

	it("returns a JSON body with a 'redirect' field as it is, sending one request", async () => {
		expect(await send({ url: `${api.origin}/plain`, json: true })).toEqual({
			redirect: 'a field, not a redirect',
			path: '/plain',
		});
		expect(api.requests).toHaveLength(1);
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
		expect(api.requests).toHaveLength(1);
	});

	it('drops Authorization and Cookie on a cross-origin hop when told to, keeps other headers', async () => {
		await send({
			url: `${api.origin}/away`,
			headers: { Authorization: 'Bearer s3cret', Cookie: 'a=b', 'X-Trace': '1' },
			sendCredentialsOnCrossOriginRedirect: false,
			json: true,
		});
		expect(other.requests).toHaveLength(1);
		expect(other.requests[0].headers.authorization).toBeUndefined();
		expect(other.requests[0].headers.cookie).toBeUndefined();
		expect(other.requests[0].headers['x-trace']).toBe('1');
	});

	it('turns a POST answered 303 into a GET without a body', async () => {
		await send({ method: 'POST', url: `${api.origin}/see-other`, body: { a: 1 }, json: true });
		expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'POST /see-other',
			'GET /here',
		]);
		expect(api.requests[1].headers['content-length']).toBeUndefined();
		expect(api.requests[1].headers['content-type']).toBeUndefined();
	});
});
