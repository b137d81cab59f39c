import type { ICredentialType, IDataObject, INodeExecutionData, INodeType } from 'n8n-workflow';
import { loadOptionsContext, pollContext, runNode } from '../support/context';
import type { Sandbox } from '../support/sandbox';

/** Everything the integration tests of one vendor share: start its sandbox, run its node against it. */
export function vendorHarness<S extends Sandbox>(vendor: {
	node: INodeType;
	credentialType: ICredentialType;
	start: (options: IDataObject) => Promise<unknown>;
	credentials: (sandbox: S) => IDataObject;
	/** The API's base path, stripped from logged paths by `calls`. */
	basePath: string;
}) {
	const startSandbox = async (options: IDataObject = {}) =>
		(await vendor.start({ port: 0, ...options })) as S;

	/** Runs one operation of the action node against the sandbox, over real HTTP. */
	async function run(
		sandbox: S,
		resource: string,
		operation: string,
		parameters: Record<string, unknown> = {},
		options: {
			items?: INodeExecutionData[];
			continueOnFail?: boolean;
			credentials?: IDataObject;
		} = {},
	): Promise<INodeExecutionData[]> {
		return await runNode({
			nodeType: vendor.node,
			parameters: { resource, operation, ...parameters },
			credentialType: vendor.credentialType,
			credentials: (options.credentials ?? vendor.credentials(sandbox)) as never,
			items: options.items,
			continueOnFail: options.continueOnFail,
		});
	}

	/** The sandbox's request log as "METHOD /path?query", below the API base path, in arrival order. */
	function calls(sandbox: S): string[] {
		return sandbox.requests.map((r) => {
			const query = new URLSearchParams(r.query).toString();
			return `${r.method} ${r.pathname.slice(vendor.basePath.length)}${query ? `?${query}` : ''}`;
		});
	}

	/**
	 * One sandbox per test file, reseeded with no faults and an empty log before each test, so tests never
	 * see each other's changes. `bind` receives the started sandbox.
	 */
	function useSandbox(bind: (sandbox: S) => void, options: IDataObject = {}): void {
		let sandbox: S;
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

	const listSearchContext = (sandbox: S, parameters: Record<string, unknown> = {}) =>
		loadOptionsContext({
			nodeType: vendor.node,
			parameters,
			credentialType: vendor.credentialType,
			credentials: vendor.credentials(sandbox) as never,
		});

	const triggerContext = (
		sandbox: S,
		parameters: Record<string, unknown>,
		staticData: IDataObject,
		mode: 'trigger' | 'manual' = 'trigger',
	) =>
		pollContext({
			nodeType: vendor.node,
			parameters,
			credentialType: vendor.credentialType,
			credentials: vendor.credentials(sandbox) as never,
			staticData,
			mode,
		});

	return { startSandbox, run, calls, useSandbox, listSearchContext, triggerContext };
}

export const json = (items: INodeExecutionData[]) => items.map((item) => item.json);
