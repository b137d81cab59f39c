import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { OnsightFlow } from '../../../nodes/OnsightFlow/OnsightFlow.node';
import { OnsightFlowTrigger } from '../../../nodes/OnsightFlow/OnsightFlowTrigger.node';
import { OnsightFlowOAuth2Api } from '../../../credentials/OnsightFlowOAuth2Api.credentials';
import { OnsightFlowQueryKeyApi } from '../../../credentials/OnsightFlowQueryKeyApi.credentials';
import { pollContext, runNode } from '../../support/context';
import { withDefaults } from '../../support/node-defaults';
import type { OnsightFlowSandbox } from '../../support/sandbox';
import { startOnsightFlowSandbox } from '../../sandboxes/onsight-flow';
import { vendorHarness } from '../vendor-harness';

export const node = new OnsightFlow();
export const trigger = new OnsightFlowTrigger();
const oauth2 = new OnsightFlowOAuth2Api();
const queryKey = new OnsightFlowQueryKeyApi();

/** A fresh OAuth2 credential (no token yet, so the first call fetches one); `client` picks the sandbox's client. */
export const oauth2For = (
	sandbox: OnsightFlowSandbox,
	client: 'full' | 'readOnly' = 'full',
): IDataObject => ({
	clientId: sandbox.clients[client].clientId,
	clientSecret: sandbox.clients[client].clientSecret,
	scope: '',
	accountsUrl: sandbox.accountsUrl,
	gatewayUrl: sandbox.gatewayUrl,
	accessToken: '',
});
export const queryKeyFor = (
	sandbox: OnsightFlowSandbox,
	key = sandbox.credentials.queryKey,
): IDataObject => ({ apiKey: key, gatewayUrl: sandbox.gatewayUrl });

export interface RunOptions {
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
	credentials?: IDataObject;
	/** Run with the Query key credential (Authentication = Query Key). */
	withQueryKey?: boolean;
}

/** Runs one operation of the action node against the sandbox over real HTTP. */
export async function run(
	sandbox: OnsightFlowSandbox,
	resource: string,
	operation: string,
	parameters: Record<string, unknown> = {},
	options: RunOptions = {},
) {
	const credentials =
		options.credentials ?? (options.withQueryKey ? queryKeyFor(sandbox) : oauth2For(sandbox));
	return await runNode({
		nodeType: node,
		parameters: withDefaults(node, {
			authentication: options.withQueryKey ? 'queryKey' : 'oAuth2',
			resource,
			operation,
			...parameters,
		}),
		credentialType: (options.withQueryKey ? queryKey : oauth2) as never,
		credentials: credentials as never,
		items: options.items,
		continueOnFail: options.continueOnFail,
	});
}

/** The sandbox log as "ACC|GW METHOD /path?query" in arrival order; token requests included. */
export function calls(sandbox: OnsightFlowSandbox): string[] {
	return sandbox.requests.map((r) => {
		const query = new URLSearchParams(r.query as Record<string, string>).toString();
		return `${r.host === 'accounts' ? 'ACC' : 'GW'} ${r.method} ${r.pathname}${query ? `?${query}` : ''}`;
	});
}

/** Calls other than token requests. */
export const apiCalls = (sandbox: OnsightFlowSandbox) =>
	calls(sandbox).filter((call) => !call.includes('/connect/token'));

export function triggerContext(
	sandbox: OnsightFlowSandbox,
	parameters: Record<string, unknown>,
	staticData: IDataObject,
	mode: 'trigger' | 'manual' = 'trigger',
	credentials = oauth2For(sandbox),
) {
	return pollContext({
		nodeType: trigger,
		parameters: { authentication: 'oAuth2', event: 'jobCompleted', options: {}, ...parameters },
		credentialType: oauth2 as never,
		credentials: credentials as never,
		staticData,
		mode,
	});
}

/** One sandbox per test file, reseeded with no faults and an empty log before each test (the shared lifecycle). */
export const { useSandbox } = vendorHarness<OnsightFlowSandbox>({
	node,
	credentialType: oauth2,
	start: startOnsightFlowSandbox,
	credentials: oauth2For,
	basePath: '',
});
export { json } from '../vendor-harness';
