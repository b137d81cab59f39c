/**
 * Proof: no secret in any form reaches an output. For every vendor and every way to authenticate, the
 * secret holds a quote and a backslash (and, where the credential travels in a body, non-ASCII
 * characters), and the server answers the API call (and the login or token call) with the whole request
 * echoed in every encoding at once: raw, JSON-escaped, escaped again, \u-escaped as .NET does, URL- and
 * form-encoded, as HTML entities and in base64, as a JSON body, as plain text and as a 502 HTML page.
 * The secret appears, decoded any way, in no error, continueOnFail item or log line.
 */
import { loggedLines } from '../../support/context';
import { containsSecret, leaksOf } from '../../support/leaks';
import { VENDORS, useHostile, type ReliabilityRow, printRows } from './harness';
import type { ProxiedRequest } from '../../hostile/servers';

const READ: Record<string, string> = {
	'damstra-learning': 'user.list',
	growsparks: 'persons.list',
	'flow-webinars': 'listOperators',
	'snapper-grape': 'persons.list',
	'onsight-flow:OAuth2 client credentials': 'workflows.getAll',
	'onsight-flow:query key': 'query.users',
};

/** .NET's JSON writer: non-ASCII, quotes and HTML-sensitive characters as \uXXXX. */
const dotnet = (text: string) =>
	JSON.stringify(text)
		.slice(1, -1)
		.replace(/[^\x20-\x7e]|["'<>&+]|\\"/g, (char) =>
			[...char]
				.map((c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
				.join(''),
		);
const html = (text: string) =>
	text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');

/** The request as a server might echo it, in every encoding at once. */
function echoes(request: ProxiedRequest) {
	const raw = `${request.method} ${request.path}\n${JSON.stringify(request.headers)}\n${request.body.toString('utf8')}`;
	return {
		raw,
		json: JSON.stringify(raw),
		jsonTwice: JSON.stringify(JSON.stringify(raw)),
		dotnet: dotnet(raw),
		url: encodeURIComponent(raw),
		html: html(raw),
		base64: Buffer.from(raw).toString('base64'),
	};
}

/** Tokens and sessions a request carries that were obtained at run time (Bearer tokens, the Grape session cookie). */
function runtimeTokens(request: ProxiedRequest): string[] {
	const tokens: string[] = [];
	const authorization = String(request.headers.authorization ?? '');
	const bearer = /^Bearer (\S{4,})/.exec(authorization)?.[1];
	if (bearer) tokens.push(bearer);
	const session = /tg-visit=([^;\s]{4,})/.exec(String(request.headers.cookie ?? ''))?.[1];
	if (session) tokens.push(session);
	return tokens;
}

const rows: ReliabilityRow[] = [];
afterAll(() => printRows('Secrets echoed in every encoding', rows));

const FORMATS = ['json', 'text', 'html502'] as const;

describe.each(
	VENDORS.flatMap((vendor) =>
		vendor.auths
			.filter((auth) => auth.name !== 'SWT shared secret')
			.map((auth) => [vendor.name, auth.name, vendor, auth] as const),
	),
)('%s (%s): echoed secrets', (_name, authName, vendor, auth) => {
	// Header credentials cannot carry non-ASCII (Node refuses such a header); bodies and query strings can.
	const inBody = !!auth.login || authName === 'query key';
	const secret = `Sentinel"\\${vendor.id}${inBody ? ' Zoë-🔑' : ''}-7f3a9c`;
	const h = useHostile(vendor, auth, secret);
	beforeEach(() => {
		loggedLines.length = 0;
	});
	const endpoint = READ[`${vendor.id}:${authName}`] ?? READ[vendor.id];

	const targets = auth.login ? (['api', 'login'] as const) : (['api'] as const);
	it.each(
		targets.flatMap((target) =>
			FORMATS.flatMap((format) =>
				[false, true].map((continueOnFail) => [target, format, continueOnFail] as const),
			),
		),
	)('%s call echoed as %s (continueOnFail %s)', async (target, format, continueOnFail) => {
		const loginPath = String(auth.login?.path ?? '');
		const host =
			target === 'login' && auth.login?.host === 'accounts' ? (h.accounts ?? h.api) : h.api;
		// What the echoed request carried: the credential's secret, or the token or session obtained with it.
		const carried = new Set<string>();
		host.intercept = (request, res) => {
			const isLogin = !!loginPath && request.path.startsWith(loginPath);
			if ((target === 'login') !== isLogin) return false;
			const all = echoes(request);
			if (containsSecret(all.raw, secret)) carried.add(secret);
			for (const token of runtimeTokens(request)) carried.add(token);
			if (format === 'json')
				res
					.writeHead(400, { 'content-type': 'application/json' })
					.end(JSON.stringify({ message: `Bad request: ${all.raw}`, ...all }));
			else if (format === 'text')
				res.writeHead(400, { 'content-type': 'text/plain' }).end(Object.values(all).join('\n'));
			else
				res
					.writeHead(502, { 'content-type': 'text/html', 'retry-after': '0' })
					.end(
						`<html><body><h1>Bad gateway</h1><pre>${Object.values(all).join('\n')}</pre></body></html>`,
					);
			return true;
		};
		const outcome = await h.run(endpoint, { returnAll: true }, continueOnFail);
		expect(carried.size).toBeGreaterThan(0);
		expect(outcome.error ?? outcome.output?.[0]?.json.error).toBeDefined();
		for (const value of carried) {
			expect(leaksOf(outcome.error, value)).toEqual([]);
			expect(leaksOf(outcome.output, value)).toEqual([]);
			expect(loggedLines.filter((line) => leaksOf(line, value).length > 0)).toEqual([]);
		}
		if (format === 'text' && !continueOnFail)
			rows.push({
				attack: `secret echoed in 7 encodings (${target} call)`,
				vendor: `${vendor.name} (${authName})`,
				requests: h.sent(),
				ms: outcome.ms,
				rssGrowthMb: outcome.rssGrowthMb,
				result: '0 leaks',
			});
	});
});
