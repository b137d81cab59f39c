import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { DamstraLearning } from '../../../nodes/DamstraLearning/DamstraLearning.node';
import { DamstraLearningApi } from '../../../credentials/DamstraLearningApi.credentials';
import { loadOptionsContext, runNode } from '../../support/context';
import type { VelpicSandbox } from '../../support/sandbox';
import { startVelpicSandbox } from '../../sandboxes/velpic';

export const node = new DamstraLearning();
export const credentialType = new DamstraLearningApi();

export async function startSandbox(options: IDataObject = {}): Promise<VelpicSandbox> {
	return (await startVelpicSandbox({ port: 0, ...options })) as VelpicSandbox;
}

export function credentialsFor(sandbox: VelpicSandbox) {
	return { apiKey: sandbox.accessKey, baseUrl: sandbox.url };
}

/** Runs one operation of the action node against the sandbox, over real HTTP. */
export async function run(
	sandbox: VelpicSandbox,
	resource: string,
	operation: string,
	parameters: Record<string, unknown> = {},
	options: { items?: INodeExecutionData[]; continueOnFail?: boolean; credentials?: IDataObject } = {},
): Promise<INodeExecutionData[]> {
	return await runNode({
		nodeType: node,
		parameters: { resource, operation, ...parameters },
		credentialType,
		credentials: (options.credentials ?? credentialsFor(sandbox)) as never,
		items: options.items,
		continueOnFail: options.continueOnFail,
	});
}

export const json = (items: INodeExecutionData[]) => items.map((item) => item.json);

export function listSearchContext(sandbox: VelpicSandbox, parameters: Record<string, unknown> = {}) {
	return loadOptionsContext({ nodeType: node, parameters, credentialType, credentials: credentialsFor(sandbox) as never });
}

/** The sandbox's request log as "METHOD /path?query", below the API base path, in arrival order. */
export function calls(sandbox: VelpicSandbox): string[] {
	return sandbox.requests.map((r) => {
		const query = new URLSearchParams(r.query).toString();
		return `${r.method} ${r.pathname.replace(/^\/api\/v2/, '')}${query ? `?${query}` : ''}`;
	});
}

/**
 * One sandbox per test file, reseeded with no faults and an empty log before each test, so tests never
 * see each other's changes. `bind` receives the started sandbox.
 */
export function useSandbox(bind: (sandbox: VelpicSandbox) => void, options: IDataObject = {}): void {
	let sandbox: VelpicSandbox;
	beforeAll(async () => {
		sandbox = await startSandbox(options);
		bind(sandbox);
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => {
		sandbox.reset();
		sandbox.clearFaults();
		sandbox.clearRequests();
	});
}
