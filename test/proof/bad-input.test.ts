/**
 * Proof: every declared field of every operation of the five action nodes refuses bad input before any
 * request (no token request either), with a NodeOperationError that names the parameter; and path-walking
 * IDs are either refused (numeric and token IDs, patterned fields) or sent as one URL-encoded path segment.
 * The cases are generated from the declarations (test/proof/declared.ts), so new endpoints are covered.
 */
import { NodeOperationError } from 'n8n-workflow';
import type { EndpointSpec } from '../../nodes/shared/declarations/types';
import { printSummary } from '../support/proof-report';
import type { ProofSandbox } from '../vendors';
import { VENDORS } from '../vendors';
import { runOperation } from './operation';
import {
	TRAVERSAL_VALUES,
	badValues,
	expectedTraversal,
	validParameters,
	withField,
} from './values';

/** The sweep must not silently shrink: this many bad-value cases at least (2 031 when written). */
const FLOOR = 1800;
const SECRET = 'proof-secret-key';

const badCounts: Record<string, number> = {};
const walkCounts: Record<string, number> = {};
/** Path-walking values that were sent, URL-encoded, because the field takes free-form IDs. */
const encodedCounts: Record<string, number> = {};

const outcome = async (run: () => Promise<unknown>) =>
	await run().then(
		() => undefined,
		(error: unknown) => error as Error,
	);

describe.each(VENDORS.map((vendor) => [vendor.name, vendor] as const))(
	'%s: bad input is refused before any request',
	(name, vendor) => {
		const auth = vendor.auths[0];
		let sandbox: ProofSandbox;
		beforeAll(async () => {
			sandbox = await vendor.start(auth.sandboxOptions(SECRET));
			badCounts[name] = 0;
			walkCounts[name] = 0;
			encodedCounts[name] = 0;
		});
		afterAll(async () => await sandbox.close());
		beforeEach(() => {
			sandbox.reset();
			sandbox.clearFaults();
			sandbox.clearRequests();
		});

		const endpoints = vendor.catalog.endpoints.filter((endpoint) => endpoint.fields.length > 0);

		it.each(endpoints.map((endpoint) => [endpoint.id, endpoint] as const))(
			'%s',
			async (_id, endpoint: EndpointSpec) => {
				const failures: string[] = [];
				for (const field of endpoint.fields) {
					const base = validParameters(vendor, endpoint, field);
					for (const bad of badValues(vendor.id, endpoint.id, vendor.catalog, field)) {
						badCounts[name]++;
						sandbox.clearRequests();
						const error = await outcome(
							async () =>
								await runOperation(
									vendor,
									auth,
									sandbox,
									SECRET,
									endpoint,
									withField(endpoint, base, field, bad.value),
								),
						);
						const what = `${field.name} (${bad.why}, ${JSON.stringify(bad.value).slice(0, 60)})`;
						if (!(error instanceof NodeOperationError))
							failures.push(
								`${what}: ${error ? `${error.constructor.name}: ${error.message}` : 'accepted'}`,
							);
						else if (!error.message.includes(`"${bad.label}"`))
							failures.push(`${what}: message does not name "${bad.label}": ${error.message}`);
						if (sandbox.requests.length > 0)
							failures.push(
								`${what}: sent ${sandbox.requests.map((r) => `${r.method} ${r.path}`).join(', ')}`,
							);
					}
				}

				for (const field of endpoint.fields.filter((candidate) => candidate.in === 'path')) {
					const expected = expectedTraversal(vendor.catalog, field);
					for (const value of TRAVERSAL_VALUES) {
						walkCounts[name]++;
						sandbox.reset();
						sandbox.clearRequests();
						const error = await outcome(
							async () =>
								await runOperation(
									vendor,
									auth,
									sandbox,
									SECRET,
									endpoint,
									withField(endpoint, validParameters(vendor, endpoint, field), field, value),
								),
						);
						const what = `${field.name} = ${JSON.stringify(value)}`;
						const requests = sandbox.requests;
						if (expected === 'rejected') {
							if (
								!(error instanceof NodeOperationError) ||
								!error.message.includes(`"${field.label}"`)
							)
								failures.push(
									`${what}: not refused naming "${field.label}": ${error?.message ?? 'accepted'}`,
								);
							if (requests.length > 0)
								failures.push(`${what}: sent ${requests.map((r) => r.path).join(', ')}`);
							continue;
						}
						encodedCounts[name]++;
						if (error instanceof NodeOperationError && error.message.includes(`"${field.label}"`))
							failures.push(
								`${what}: refused, but a free-form ID must be sent encoded: ${error.message}`,
							);
						const encoded = encodeURIComponent(value);
						const raw = value.split('?')[0];
						if (!requests.some((r) => r.path.includes(encoded)))
							failures.push(
								`${what}: no request carried ${encoded} (${requests.map((r) => r.path).join(', ') || 'none sent'})`,
							);
						const walked = requests.filter((r) =>
							(r as unknown as { url: string }).url.includes(raw),
						);
						if (walked.length)
							failures.push(`${what}: sent unencoded: ${walked.map((r) => r.path).join(', ')}`);
					}
				}
				expect(failures).toEqual([]);
			},
		);
	},
);

describe('bad-input sweep', () => {
	it(`tried at least ${FLOOR} bad values across the five vendors`, () => {
		const total = printSummary(
			'Bad-input sweep: bad values tried (each refused before any request)',
			badCounts,
		);
		printSummary(
			'Path-walking IDs tried (refused, or sent URL-encoded where the ID is free-form)',
			walkCounts,
		);
		const encoded = printSummary('  of which sent URL-encoded', encodedCounts);
		expect(encoded).toBeGreaterThan(0);
		expect(Object.keys(badCounts)).toHaveLength(VENDORS.length);
		expect(total).toBeGreaterThan(FLOOR);
	});
});
