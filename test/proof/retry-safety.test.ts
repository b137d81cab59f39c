/**
 * Proof: retries never apply a write twice, and never run past the retry policy.
 * - Per vendor, a POST not declared idempotent whose answer is lost after the server applied it (fault
 *   `truncate`) is sent exactly once, and the error says it was not retried.
 * - Per vendor, a GET, a PUT and a DELETE (where the API has one) against a permanent 503 (Retry-After: 0)
 *   stop after the policy's max attempts, within its time budget.
 */
import { NodeApiError } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';
import type { EndpointSpec } from '../../nodes/shared/declarations/types';
import { isRest } from '../../nodes/shared/declarations/types';
import { DEFAULT_RETRY_POLICY } from '../../nodes/shared/transport/retry';
import { locator } from '../support/context';
import type { ProofSandbox, Vendor } from '../vendors';
import { VENDORS } from '../vendors';
import { runOperation } from './operation';
import { validParameters } from './values';

const SECRET = 'proof-secret-key';

/** Every call but the login / token call, which the transport does not send. */
const API_PATHS = /^(?!\/connect\/token\/?$|\/api\/login\/?$)/;

/** A POST per vendor that creates something, with parameters under which the sandbox applies it. */
const WRITES: Record<
	string,
	{ endpoint: string; parameters: (sandbox: ProofSandbox) => IDataObject }
> = {
	'damstra-learning': {
		endpoint: 'group.create',
		parameters: () => ({ name: 'Night Shift', description: 'Crews on nights' }),
	},
	growsparks: {
		endpoint: 'persons.create',
		parameters: () => ({ additionalFields: { firstName: 'Ada', lastName: 'Lovelace' } }),
	},
	'flow-webinars': {
		endpoint: 'createRegistrant',
		parameters: (sandbox) => ({
			eventSessionToken: locator(
				String((sandbox.fixtures as { sessions: IDataObject }).sessions.launchApac),
			),
			email: 'ada@example.com',
			firstName: 'Ada',
			lastName: 'Lovelace',
		}),
	},
	'snapper-grape': {
		endpoint: 'organisations.create',
		parameters: () => ({ name: 'ORG-PROOF', additionalFields: { parentId: 101 } }),
	},
	'onsight-flow': { endpoint: 'collections.create', parameters: () => ({ name: 'Proof Lookup' }) },
};

const endpointById = (vendor: Vendor, id: string) =>
	vendor.catalog.endpoints.find((endpoint) => endpoint.id === id) as EndpointSpec;

/** The first plain endpoint of a method: one request per run, no read-before-write, no multi-step run. */
const firstOf = (vendor: Vendor, method: string) =>
	vendor.catalog.endpoints.find(
		(endpoint) =>
			endpoint.method === method &&
			isRest(endpoint) &&
			!endpoint.fullObjectUpdate &&
			!endpoint.prepare,
	);

const failure = async (run: () => Promise<unknown>) =>
	await run().then(
		() => undefined,
		(error: unknown) => error as Error,
	);

const faultOn = (sandbox: ProofSandbox, fault: IDataObject) => {
	// Onsight: both hosts carry API calls.
	if ('gatewayUrl' in sandbox)
		for (const host of ['accounts', 'gateway']) sandbox.injectFault({ ...fault, host });
	else sandbox.injectFault(fault);
};

describe.each(VENDORS.map((vendor) => [vendor.name, vendor] as const))(
	'%s: retry safety',
	(_name, vendor) => {
		const auth = vendor.auths[0];
		let sandbox: ProofSandbox;
		beforeAll(async () => (sandbox = await vendor.start(auth.sandboxOptions(SECRET))));
		afterAll(async () => await sandbox.close());
		beforeEach(() => {
			sandbox.reset();
			sandbox.clearFaults();
			sandbox.clearRequests();
		});

		const write = WRITES[vendor.id];

		it(`a ${write.endpoint} whose answer is lost after it was applied is sent once and not retried`, async () => {
			const endpoint = endpointById(vendor, write.endpoint);
			expect(endpoint.method).toBe('POST');
			expect(endpoint.idempotent).not.toBe(true);
			faultOn(sandbox, { method: 'POST', path: API_PATHS, truncate: true, times: 1 });
			const error = await failure(
				async () =>
					await runOperation(vendor, auth, sandbox, SECRET, endpoint, {
						...validParameters(vendor, endpoint),
						...write.parameters(sandbox),
					}),
			);
			const sent = sandbox.requests.filter(
				(request) => request.method === 'POST' && API_PATHS.test(request.pathname),
			);
			expect(sent).toHaveLength(1);
			// The server did apply it: the handler answered 2xx before the answer was cut.
			const logged = sent[0] as unknown as { status: number; truncated?: boolean };
			expect(logged.truncated).toBe(true);
			expect(logged.status).toBeGreaterThanOrEqual(200);
			expect(logged.status).toBeLessThan(300);
			expect(error).toBeInstanceOf(NodeApiError);
			expect(`${error?.message} ${(error as NodeApiError).description}`).toMatch(/not retried/);
		});

		const idempotent = (['GET', 'PUT', 'DELETE'] as const)
			.map((method) => [method, firstOf(vendor, method)] as const)
			.filter(([, endpoint]) => endpoint);

		it.each(
			idempotent.map(
				([method, endpoint]) =>
					[method, (endpoint as EndpointSpec).id, endpoint as EndpointSpec] as const,
			),
		)(
			'a %s (%s) against a permanent 503 stops after the max attempts, within the budget',
			async (method, _id, endpoint) => {
				const policy = { ...DEFAULT_RETRY_POLICY, ...(endpoint.api ?? vendor.catalog.api).retry };
				faultOn(sandbox, { path: API_PATHS, status: 503, retryAfter: 0, times: -1 });
				const started = Date.now();
				const error = await failure(
					async () =>
						await runOperation(
							vendor,
							auth,
							sandbox,
							SECRET,
							endpoint,
							validParameters(vendor, endpoint),
						),
				);
				const elapsed = Date.now() - started;
				expect(error).toBeInstanceOf(NodeApiError);
				expect(error?.message).toMatch(/503/);
				const attempts = sandbox.requests.filter(
					(request) => request.method === method && API_PATHS.test(request.pathname),
				);
				expect(attempts).toHaveLength(policy.maxAttempts);
				expect(elapsed).toBeLessThan(policy.budgetMs);
			},
		);

		it('covers the methods the API has', () => {
			// Damstra Learning and Flow Webinars have no PUT or DELETE, Snapper Grape no DELETE.
			expect(idempotent.map(([method]) => method)).toContain('GET');
		});
	},
);
