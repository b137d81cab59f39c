import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	INodeType,
	IPollFunctions,
} from 'n8n-workflow';

export interface ContextOptions {
	nodeType: INodeType;
	/** Parameter values; a function of the item index stands in for an n8n expression. */
	parameters: Record<string, unknown>;
	credentialType: ICredentialType;
	credentials: ICredentialDataDecryptedObject;
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
	/** Caps every request's timeout (ms), so fault tests can provoke timeouts quickly. */
	timeoutCapMs?: number;
}

export declare function locator(
	value: string | number,
	mode?: 'id' | 'list',
): { __rl: true; mode: string; value: string | number };
export declare function executeContext(options: ContextOptions): IExecuteFunctions;
export declare function loadOptionsContext(options: ContextOptions): ILoadOptionsFunctions;
export declare function runNode(options: ContextOptions): Promise<INodeExecutionData[]>;
export declare function pollContext(
	options: ContextOptions & { staticData: IDataObject; mode?: 'trigger' | 'manual' },
): IPollFunctions;

/** Every line the nodes logged through n8n's logger (message and metadata), newest last. */
export declare const loggedLines: string[];
