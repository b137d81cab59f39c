import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { OnsightFlow } from '../../../nodes/OnsightFlow/OnsightFlow.node';
import { OnsightFlowTrigger } from '../../../nodes/OnsightFlow/OnsightFlowTrigger.node';
import { OnsightFlowOAuth2Api } from '../../../credentials/OnsightFlowOAuth2Api.credentials';
import { OnsightFlowQueryKeyApi } from '../../../credentials/OnsightFlowQueryKeyApi.credentials';
import { pollContext, runNode } from '../../support/context';
import type { OnsightSandbox } from '../../support/sandbox';
import { startOnsightSandbox } from '../../sandboxes/onsight';

export const node = new OnsightFlow();
export const trigger = new OnsightFlowTrigger();
const oauth2 = new OnsightFlowOAuth2Api();
const queryKey = new OnsightFlowQueryKeyApi();

/** A fresh OAuth2 credential (no token yet, so the first call fetches one); `client` picks the sandbox's client. */
export const oauth2For = (sandbox: OnsightSandbox, client: 'full' | 'readOnly' = 'full'): IDataObject => ({
	clientId: sandbox.clients[client].clientId,
	clientSecret: sandbox.clients[client].clientSecret,
	scope: '',
	accountsUrl: sandbox.accountsUrl,
	gatewayUrl: sandbox.gatewayUrl,
	accessToken: '',
});
export const queryKeyFor = (sandbox: OnsightSandbox, key = sandbox.credentials.queryKey): IDataObject => ({ apiKey: key, gatewayUrl: sandbox.gatewayUrl });

export interface RunOptions {
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
	credentials?: IDataObject;
	/** Run with the Query key credential (Authentication = Query Key). */
	withQueryKey?: boolean;
}

/** As n8n does, parameters the test leaves out take the defaults of the operation's top-level fields. */
function withDefaults(resource: string, operation: string, parameters: Record<string, unknown>) {
	const given: Record<string, unknown> = { resource, operation, ...parameters };
	const defaults: Record<string, unknown> = {};
	for (const property of node.description.properties) {
		const show = property.displayOptions?.show;
		if (!show?.resource?.includes(resource) || !show?.operation?.includes(operation) || property.type === 'notice') continue;
		// Hidden by another parameter's value: n8n leaves it out altogether.
		const shown = Object.entries(show).every(([key, values]) => ['resource', 'operation'].includes(key) || (values as unknown[]).includes(given[key] ?? defaults[key]));
		if (shown && !(property.name in defaults)) defaults[property.name] = property.default;
	}
	return { ...defaults, ...parameters };
}

/** Runs one operation of the action node against the sandbox over real HTTP. */
export async function run(sandbox: OnsightSandbox, resource: string, operation: string, parameters: Record<string, unknown> = {}, options: RunOptions = {}) {
	const credentials = options.credentials ?? (options.withQueryKey ? queryKeyFor(sandbox) : oauth2For(sandbox));
	return await runNode({
		nodeType: node,
		parameters: { authentication: options.withQueryKey ? 'queryKey' : 'oAuth2', resource, operation, ...withDefaults(resource, operation, parameters) },
		credentialType: (options.withQueryKey ? queryKey : oauth2) as never,
		credentials: credentials as never,
		items: options.items,
		continueOnFail: options.continueOnFail,
	});
}

/** The sandbox log as "ACC|GW METHOD /path?query" in arrival order; token requests included. */
export function calls(sandbox: OnsightSandbox): string[] {
	return sandbox.requests.map((r) => {
		const query = new URLSearchParams(r.query as Record<string, string>).toString();
		return `${r.host === 'accounts' ? 'ACC' : 'GW'} ${r.method} ${r.pathname}${query ? `?${query}` : ''}`;
	});
}

/** Calls other than token requests. */
export const apiCalls = (sandbox: OnsightSandbox) => calls(sandbox).filter((call) => !call.includes('/connect/token'));

export function triggerContext(sandbox: OnsightSandbox, parameters: Record<string, unknown>, staticData: IDataObject, mode: 'trigger' | 'manual' = 'trigger', credentials = oauth2For(sandbox)) {
	return pollContext({ nodeType: trigger, parameters: { authentication: 'oAuth2', event: 'jobCompleted', options: {}, ...parameters }, credentialType: oauth2 as never, credentials: credentials as never, staticData, mode });
}

/** One sandbox per test file, reseeded with no faults and an empty log before each test. */
export function useSandbox(bind: (sandbox: OnsightSandbox) => void, options: IDataObject = {}): void {
	let sandbox: OnsightSandbox;
	beforeAll(async () => {
		sandbox = (await startOnsightSandbox({ port: 0, ...options })) as OnsightSandbox;
		bind(sandbox);
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => {
		sandbox.reset();
		sandbox.clearFaults();
		sandbox.clearRequests();
	});
}

export const json = (items: INodeExecutionData[]) => items.map((item) => item.json);
