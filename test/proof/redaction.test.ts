/**
 * Proof: a credential's secret never reaches the user. Every secret field holds a recognisable sentinel;
 * every operation of every action node (and every polling trigger) runs against sandboxes that answer
 * 400, 401, 403 and 500 with bodies echoing the request's headers, query and body (fault `echo: true`),
 * on the API call and, where a login or token call comes first, on that call. The sentinel, in any
 * encoding (raw, JSON- or \u-escaped, URL- or form-encoded, HTML entities, base64 at any offset; see
 * test/support/leaks.ts), must appear in no error message, description, context or cause, in no
 * continueOnFail item, and in no console or log line.
 */
import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import type { EndpointSpec } from '../../nodes/shared/declarations/types';
import { loggedLines, pollContext } from '../support/context';
import { printSummary } from '../support/proof-report';
import { containsSecret, leaksOf } from '../support/leaks';
import type { Auth, ProofSandbox, Vendor } from '../vendors';
import { VENDORS } from '../vendors';
import { runOperation } from './operation';
import { validParameters } from './values';

const STATUSES = [400, 401, 403, 500];

/**
 * Four passes: the plain sentinel against every fault; one whose URL encodings differ (a space is `%20` in a
 * path but `+` in a form or query string); one with a quote and a backslash, which JSON escapes; and one
 * with non-ASCII characters (Node refuses them in a header, so header credentials fail before sending,
 * and that error must not carry the secret either).
 */
const passesOf = (vendor: Vendor) => [
	{
		pass: 'plain sentinel',
		secret: `Sentinel-${vendor.id}-7f3a9c`,
		statuses: STATUSES,
		continueOnFail: [false, true],
	},
	{
		pass: 'sentinel with spaces and symbols',
		secret: `Sentinel ${vendor.id}/7f3a9c+&=`,
		statuses: [400],
		continueOnFail: [false],
	},
	{
		pass: 'sentinel with a quote and a backslash',
		secret: `Sentinel"\\${vendor.id}-7f3a9c`,
		statuses: [400, 500],
		continueOnFail: [false, true],
	},
	{
		pass: 'sentinel with non-ASCII characters',
		secret: `Sentinel ${vendor.id} Zoë-7f3a9c-🔑`,
		statuses: [400],
		continueOnFail: [false, true],
		unsendable: true,
	},
];

/** Where the secret appears in `value`, in any encoding (see test/support/leaks.ts). */
const leaks = (value: unknown, secret: string) => leaksOf(value, secret);

const outcome = async (run: () => Promise<unknown>) =>
	await run().then(
		(output) => ({ output, error: undefined as unknown }),
		(error: unknown) => ({ output: undefined as unknown, error }),
	);

/** A path pattern for every API call except the login / token call (faults there are a separate pass). */
function apiPaths(auth: Auth): RegExp {
	const login = auth.login?.path as string | undefined;
	return login ? new RegExp(`^(?!${login.replace(/\//g, '\\/')}\\/?$)`) : /^/;
}

function faultsFor(auth: Auth, target: 'api' | 'login', status: number): IDataObject[] {
	const fault = { status, echo: true, times: -1, retryAfter: 0 };
	if (target === 'login')
		return [
			{
				...fault,
				method: auth.login?.method,
				path: auth.login?.path,
				...(auth.login?.host ? { host: auth.login.host } : {}),
			},
		];
	// Onsight: both hosts carry API calls.
	const hosts = auth.login?.host
		? ['accounts', 'gateway']
		: auth.parameters.authentication
			? ['gateway']
			: [undefined];
	return hosts.map((host) => ({
		...fault,
		path: host === 'gateway' ? /^/ : apiPaths(auth),
		...(host ? { host } : {}),
	}));
}

const runCounts: Record<string, number> = {};
const echoedCounts: Record<string, number> = {};

describe.each(
	VENDORS.flatMap((vendor) =>
		passesOf(vendor).map((pass) => [vendor.name, pass.pass, vendor, pass] as const),
	),
)(
	'%s, %s: no secret in errors, items or logs',
	(name, _pass, vendor, { secret, statuses, continueOnFail: cofModes, unsendable }) => {
		let sandbox: ProofSandbox;
		let consoleLines: string[] = [];
		const spies: jest.SpyInstance[] = [];

		beforeAll(async () => {
			sandbox = await vendor.start(
				Object.assign({}, ...vendor.auths.map((auth) => auth.sandboxOptions(secret))),
			);
			runCounts[name] ??= 0;
			echoedCounts[name] ??= 0;
		});
		afterAll(async () => await sandbox.close());
		beforeEach(() => {
			consoleLines = [];
			loggedLines.length = 0;
			for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
				spies.push(
					jest
						.spyOn(console, method)
						.mockImplementation(
							(...args: unknown[]) =>
								void consoleLines.push(
									args
										.map((arg) =>
											typeof arg === 'string' ? arg : (JSON.stringify(arg) ?? String(arg)),
										)
										.join(' '),
								),
						),
				);
			}
		});
		afterEach(() => {
			for (const spy of spies.splice(0)) spy.mockRestore();
		});

		/** Faults, runs, checks; returns what leaked, and counts the faulted requests that carried the secret. */
		async function attempt(
			run: () => Promise<unknown>,
			faults: IDataObject[],
			what: string,
			failures: string[],
		): Promise<number> {
			sandbox.reset();
			sandbox.clearFaults();
			sandbox.clearRequests();
			for (const fault of faults) sandbox.injectFault(fault);
			const { output, error } = await outcome(run);
			runCounts[name]++;
			for (const leak of leaks(error, secret)) failures.push(`${what}: error: ${leak}`);
			for (const leak of leaks(output, secret)) failures.push(`${what}: output: ${leak}`);
			const faulted = sandbox.requests.filter(
				(request) => (request as unknown as { fault?: unknown }).fault,
			);
			const echoed = faulted.filter((request) =>
				containsSecret(
					JSON.stringify([
						request.headers,
						(request as unknown as { url: string }).url,
						(request as unknown as { rawBody: string }).rawBody,
					]),
					secret,
				),
			);
			echoedCounts[name] += echoed.length;
			return faulted.length;
		}

		const cases = vendor.auths.flatMap((auth) =>
			vendor.catalog.endpoints
				.filter((endpoint) => !auth.resources || auth.resources.includes(endpoint.resource))
				.map((endpoint) => [`${endpoint.id} (${auth.name})`, auth, endpoint] as const),
		);

		it.each(cases)('%s', async (_label, auth, endpoint: EndpointSpec) => {
			const failures: string[] = [];
			let faulted = 0;
			const parameters = validParameters(vendor, endpoint);
			for (const target of auth.login ? (['api', 'login'] as const) : (['api'] as const)) {
				for (const status of statuses) {
					for (const continueOnFail of cofModes) {
						faulted += await attempt(
							async () =>
								await runOperation(
									vendor,
									auth,
									sandbox,
									secret,
									endpoint,
									parameters,
									continueOnFail,
								),
							faultsFor(auth, target, status),
							`${target} ${status}${continueOnFail ? ' continueOnFail' : ''}`,
							failures,
						);
					}
				}
			}
			for (const line of [...consoleLines, ...loggedLines])
				if (containsSecret(line, secret)) failures.push(`log: ${line.slice(0, 200)}`);
			// Operations the node answers by itself (a URL it builds) send nothing to fault.
			if (endpoint.kind !== 'offline' && !unsendable && faulted === 0)
				failures.push('no request met the echoing fault: the case proves nothing');
			expect(failures).toEqual([]);
		});

		const triggerCases = vendor.trigger
			? vendor.auths.flatMap((auth) =>
					vendor
						.triggerParameters(sandbox ?? ({ fixtures: {} } as never))
						.map(
							(parameters, index) =>
								[
									`trigger #${index + 1} ${JSON.stringify(parameters).slice(0, 60)} (${auth.name})`,
									auth,
									index,
								] as const,
						),
				)
			: [];
		const triggerNode = vendor.trigger;

		if (triggerNode && triggerCases.length) {
			it.each(triggerCases)('%s', async (_label, auth, index) => {
				const failures: string[] = [];
				let faulted = 0;
				const parameters = { ...vendor.triggerParameters(sandbox)[index], ...auth.parameters };
				const poll = async (mode: 'trigger' | 'manual') => {
					const context = pollContext({
						nodeType: triggerNode,
						parameters,
						credentialType: auth.credentialType,
						credentials: auth.credentials(sandbox, secret) as never,
						staticData: {},
						mode,
					});
					return (
						(await (
							triggerNode.poll as (this: IPollFunctions) => Promise<INodeExecutionData[][] | null>
						).call(context)) ?? undefined
					);
				};
				for (const target of auth.login ? (['api', 'login'] as const) : (['api'] as const)) {
					for (const status of statuses) {
						for (const mode of ['manual', 'trigger'] as const)
							faulted += await attempt(
								async () => await poll(mode),
								faultsFor(auth, target, status),
								`${target} ${status} ${mode}`,
								failures,
							);
					}
				}
				for (const line of [...consoleLines, ...loggedLines])
					if (containsSecret(line, secret)) failures.push(`log: ${line.slice(0, 200)}`);
				if (!unsendable && faulted === 0)
					failures.push('no request met the echoing fault: the case proves nothing');
				expect(failures).toEqual([]);
			});
		}
	},
);

describe('secret redaction', () => {
	it('ran every operation and trigger against echoing faults, and the echoes did carry the secrets', () => {
		printSummary('Secret redaction: runs against echoing 400/401/403/500 faults', runCounts);
		const echoed = printSummary('  faulted requests whose echo carried the sentinel', echoedCounts);
		expect(Object.keys(runCounts)).toHaveLength(VENDORS.length);
		expect(echoed).toBeGreaterThan(0);
		for (const vendor of VENDORS) expect(echoedCounts[vendor.name]).toBeGreaterThan(0);
	});
});
