/**
 * Proof: a credential is sent only to the origin it names. For every vendor and every way to
 * authenticate, the API call and (where there is one) the login or token call are answered with a
 * redirect to another origin (the bait): nothing reaches the bait, and the node stops with an error that
 * names the bait's host. A redirect within the same origin is followed and the operation succeeds.
 */
import { VENDORS, useHostile, printRows, type ReliabilityRow } from './harness';

/** One read per vendor and authentication, sent to the API host. */
const READ: Record<string, { endpoint: string; path: RegExp }> = {
	'damstra-learning': { endpoint: 'user.list', path: /\/user\b/ },
	growsparks: { endpoint: 'persons.list', path: /\/persons\b/ },
	'flow-webinars': { endpoint: 'listOperators', path: /\/users\b/ },
	'snapper-grape': { endpoint: 'persons.list', path: /\/api\/persons\b/ },
	'onsight-flow:OAuth2 client credentials': {
		endpoint: 'workflows.getAll',
		path: /\/workflows\/v2/,
	},
	'onsight-flow:query key': { endpoint: 'query.users', path: /\/api\/query\/v2\/graph/ },
};
const readOf = (vendorKey: string, authName: string) =>
	READ[`${vendorKey}:${authName}`] ?? READ[vendorKey];

const rows: ReliabilityRow[] = [];
afterAll(() => printRows('Redirects to another origin (bait on another port)', rows));

describe.each(
	VENDORS.flatMap((vendor) =>
		vendor.auths.map((auth) => [vendor.name, auth.name, vendor, auth] as const),
	),
)('%s (%s): redirects', (_name, _auth, vendor, auth) => {
	const h = useHostile(vendor, auth);
	const read = readOf(vendor.id, auth.name);

	it.each([301, 302, 303, 307, 308])(
		'a %i from the API host to another origin is not followed: the credential never reaches it',
		async (status) => {
			h.api.intercept = (request, res) => {
				if (!read.path.test(request.path)) return false;
				res.writeHead(status, { location: `${h.bait.origin}${request.path}` }).end();
				return true;
			};
			const outcome = await h.run(read.endpoint, { returnAll: true });
			expect(outcome.error?.message).toContain(new URL(h.bait.origin).host);
			expect(outcome.error?.message).toMatch(/redirected the request to another host/);
			expect(outcome.error?.description).toMatch(/Check the .* in the .* credential/);
			expect(h.bait.requests).toHaveLength(0);
			expect(outcome.output).toBeUndefined();
			if (status === 307)
				rows.push({
					attack: `${status} to another origin (API call)`,
					vendor: `${vendor.name} (${auth.name})`,
					requests: h.sent(),
					ms: outcome.ms,
					rssGrowthMb: outcome.rssGrowthMb,
					result: `error; ${h.bait.requests.length} at bait`,
				});
		},
	);

	if (auth.login) {
		it.each([302, 307, 308])(
			'a %i on the login / token call is not followed: the password or client secret never reaches another origin',
			async (status) => {
				const loginHost = auth.login?.host === 'accounts' ? (h.accounts ?? h.api) : h.api;
				const loginPath = String(auth.login?.path);
				loginHost.intercept = (request, res) => {
					if (!request.path.startsWith(loginPath)) return false;
					res.writeHead(status, { location: `${h.bait.origin}${request.path}` }).end();
					return true;
				};
				const outcome = await h.run(read.endpoint, { returnAll: true });
				expect(outcome.error?.message).toContain(new URL(h.bait.origin).host);
				expect(h.bait.requests).toHaveLength(0);
				expect(JSON.stringify(outcome.error)).not.toContain(h.secret);
				if (status === 307)
					rows.push({
						attack: `${status} to another origin (login / token call)`,
						vendor: `${vendor.name} (${auth.name})`,
						requests: h.sent(),
						ms: outcome.ms,
						rssGrowthMb: outcome.rssGrowthMb,
						result: `error; ${h.bait.requests.length} at bait`,
					});
			},
		);
	}

	it('a redirect within the same origin is followed, and the answer is used', async () => {
		let redirected = 0;
		h.api.intercept = (request, res) => {
			if (!read.path.test(request.path) || request.path.includes('moved=1')) return false;
			redirected++;
			res
				.writeHead(307, {
					location: `${request.path}${request.path.includes('?') ? '&' : '?'}moved=1`,
				})
				.end();
			return true;
		};
		const outcome = await h.run(read.endpoint, { returnAll: true });
		expect(outcome.error).toBeUndefined();
		expect(redirected).toBeGreaterThan(0);
		expect(outcome.output?.length).toBeGreaterThan(0);
		expect(h.api.requests.some((request) => request.path.includes('moved=1'))).toBe(true);
	});

	it('a redirect loop within the origin ends after a few hops', async () => {
		h.api.intercept = (request, res) => {
			if (!read.path.test(request.path)) return false;
			res.writeHead(302, { location: request.path }).end();
			return true;
		};
		const outcome = await h.run(read.endpoint, { returnAll: true });
		expect(outcome.error?.message).toMatch(/more than 5 redirects/);
		expect(
			h.api.requests.filter((request) => read.path.test(request.path)).length,
		).toBeLessThanOrEqual(6);
	});
});
