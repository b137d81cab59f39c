/**
 * The hostile-server proofs run each vendor's nodes against its sandbox through a proxy that a test can
 * turn hostile for any request (test/hostile/servers.js), with a bait server standing for "another
 * origin". Logins and tokens stay real, so every credential type is exercised as in production.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import type { EndpointSpec } from '../../../nodes/shared/declarations/types';
import { startBait, startProxy } from '../../hostile/servers';
import type { Bait, Proxy } from '../../hostile/servers';
import type { Auth, ProofSandbox, Vendor, VendorId } from '../../vendors';
import { VENDORS, vendorById } from '../../vendors';
import { runOperation } from '../operation';
import { validParameters } from '../values';
import { measure } from '../../support/measure';

export { printRows } from '../../support/measure';
export type { ReliabilityRow } from '../../support/measure';

export { VENDORS, vendorById };
export type { Auth, Vendor, VendorId };

export interface Outcome {
	output?: INodeExecutionData[];
	error?: Error & { description?: string | null };
	ms: number;
	/** Largest growth of this process's RSS while the run went on, in MB (sampled every 20 ms). */
	rssGrowthMb: number;
}

export interface Hostile {
	vendor: Vendor;
	auth: Auth;
	secret: string;
	sandbox: ProofSandbox;
	/** The proxy in front of each sandbox host, by the credential field that names it. */
	proxies: Proxy[];
	/** The proxy of the host API calls go to (Onsight: the gateway). */
	api: Proxy;
	/** Onsight: the accounts host (tokens). */
	accounts?: Proxy;
	bait: Bait;
	endpoint(id: string): EndpointSpec;
	run(endpointId: string, parameters?: IDataObject, continueOnFail?: boolean): Promise<Outcome>;
	/** Requests that reached the sandbox hosts through the proxies. */
	sent(): number;
	reset(): void;
	close(): Promise<void>;
}

function swapOrigin(url: string, origin: string): string {
	const parsed = new URL(url);
	return `${origin}${parsed.pathname === '/' ? '' : parsed.pathname.replace(/\/$/, '')}`;
}

export async function hostile(
	vendor: Vendor,
	auth: Auth,
	secret = `hostile-${vendor.id}-secret-7f3a`,
): Promise<Hostile> {
	const sandbox = await vendor.start(auth.sandboxOptions(secret));
	const hosts: Record<string, string> = { url: sandbox.url };
	if (sandbox.accountsUrl) hosts.accountsUrl = String(sandbox.accountsUrl);
	if (sandbox.gatewayUrl) hosts.gatewayUrl = String(sandbox.gatewayUrl);
	const byOrigin = new Map<string, Proxy>();
	for (const url of Object.values(hosts)) {
		const origin = new URL(url).origin;
		if (!byOrigin.has(origin)) byOrigin.set(origin, await startProxy(origin));
	}
	const proxyOf = (url: string) => byOrigin.get(new URL(url).origin) as Proxy;
	const proxied = {
		...sandbox,
		...Object.fromEntries(
			Object.entries(hosts).map(([key, url]) => [key, swapOrigin(url, proxyOf(url).origin)]),
		),
	} as ProofSandbox;
	const bait = await startBait();
	const api = proxyOf(hosts.gatewayUrl ?? hosts.url);
	const accounts = hosts.accountsUrl ? proxyOf(hosts.accountsUrl) : undefined;
	const endpoint = (id: string) => {
		const found = vendor.catalog.endpoints.find((candidate) => candidate.id === id);
		if (!found) throw new Error(`${vendor.id} has no endpoint ${id}`);
		return found;
	};
	return {
		vendor,
		auth,
		secret,
		sandbox,
		proxies: [...byOrigin.values()],
		api,
		accounts,
		bait,
		endpoint,
		async run(endpointId, parameters = {}, continueOnFail = false) {
			const spec = endpoint(endpointId);
			const measured = await measure(
				async () =>
					await runOperation(
						vendor,
						auth,
						proxied,
						secret,
						spec,
						{ ...validParameters(vendor, spec), ...parameters },
						continueOnFail,
					),
			);
			return {
				output: measured.value,
				error: measured.error as Outcome['error'],
				ms: measured.ms,
				rssGrowthMb: measured.rssGrowthMb,
			};
		},
		sent: () => [...byOrigin.values()].reduce((sum, proxy) => sum + proxy.requests.length, 0),
		reset() {
			for (const proxy of byOrigin.values()) {
				proxy.requests.length = 0;
				proxy.intercept = undefined;
			}
			bait.requests.length = 0;
		},
		async close() {
			for (const proxy of byOrigin.values()) await proxy.close();
			await bait.close();
			await sandbox.close();
		},
	};
}

/**
 * Registers the hooks of a describe block that runs against one hostile set-up: started before its
 * tests, reset before each (proxies clean, no faults), closed after them. The returned object stands for
 * the started set-up inside the tests.
 */
export function useHostile(vendor: Vendor, auth: Auth = vendor.auths[0], secret?: string): Hostile {
	let started: Hostile | undefined;
	beforeAll(async () => {
		started = await hostile(vendor, auth, secret);
	});
	beforeEach(() => started?.reset());
	afterAll(async () => await started?.close());
	return new Proxy({} as Hostile, {
		get(_target, key) {
			if (!started) throw new Error('the hostile set-up is used outside a test');
			return Reflect.get(started, key) as unknown;
		},
		set(_target, key, value) {
			if (!started) throw new Error('the hostile set-up is used outside a test');
			return Reflect.set(started, key, value);
		},
	});
}
