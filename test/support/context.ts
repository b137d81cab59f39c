import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	INodeExecutionData,
	INodeType,
} from 'n8n-workflow';
import { httpRequest } from './http-client';
import { applyAuthentication } from './credentials';

/** A parameter value, or a function of the item index standing in for an n8n expression. */
export type ParamValue = unknown | ((itemIndex: number) => unknown);

export interface ContextOptions {
	nodeType: INodeType;
	parameters: Record<string, ParamValue>;
	credentialType: ICredentialType;
	credentials: ICredentialDataDecryptedObject;
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
}

function isLocator(value: unknown): value is { __rl: true; value: unknown } {
	return typeof value === 'object' && value !== null && (value as IDataObject).__rl === true;
}

/** `{ __rl: true, mode, value }`, as n8n stores a resource-locator parameter. */
export function locator(value: string | number, mode: 'id' | 'list' = 'id') {
	return { __rl: true, mode, value };
}

function makeNode(nodeType: INodeType, parameters: Record<string, ParamValue>): INode {
	return {
		id: 'test-node',
		name: nodeType.description.defaults.name ?? nodeType.description.displayName,
		type: `n8n-nodes-workforce-learning.${nodeType.description.name}`,
		typeVersion: 1,
		position: [0, 0],
		parameters: parameters as INode['parameters'],
	};
}

function helpers(options: ContextOptions) {
	return {
		async httpRequestWithAuthentication(credentialTypeName: string, request: IHttpRequestOptions) {
			if (credentialTypeName !== options.credentialType.name) throw new Error(`Unexpected credential type ${credentialTypeName}`);
			return await httpRequest(applyAuthentication(options.credentialType, options.credentials, request));
		},
		async httpRequest(request: IHttpRequestOptions) {
			return await httpRequest(request);
		},
		// n8n's default binary mode keeps the file in memory as base64.
		async prepareBinaryData(data: Buffer, fileName?: string, mimeType?: string) {
			return { data: data.toString('base64'), fileName, mimeType: mimeType ?? 'application/octet-stream', fileSize: String(data.length) };
		},
		returnJsonArray(data: IDataObject | IDataObject[]) {
			return (Array.isArray(data) ? data : [data]).map((json) => ({ json }));
		},
	};
}

function parameterReader(parameters: Record<string, ParamValue>) {
	return (name: string, itemIndex: number, fallback?: unknown, opts?: { extractValue?: boolean }) => {
		const path = name.split('.');
		let value: unknown = parameters[path[0]];
		if (typeof value === 'function') value = (value as (i: number) => unknown)(itemIndex);
		for (const key of path.slice(1)) value = value && typeof value === 'object' ? (value as IDataObject)[key] : undefined;
		if (value === undefined) return fallback;
		if (opts?.extractValue && isLocator(value)) return value.value;
		return value;
	};
}

const logger = { debug() {}, info() {}, warn() {}, error() {} };

/** An IExecuteFunctions with real HTTP: what n8n hands a node's execute(), reduced to what our nodes use. */
export function executeContext(options: ContextOptions): IExecuteFunctions {
	const node = makeNode(options.nodeType, options.parameters);
	const items = options.items ?? [{ json: {} }];
	const read = parameterReader(options.parameters);
	const context = {
		getNode: () => node,
		getInputData: () => items,
		getNodeParameter: (name: string, itemIndex: number, fallback?: unknown, opts?: { extractValue?: boolean }) =>
			read(name, itemIndex, fallback, opts),
		getCredentials: async () => options.credentials,
		continueOnFail: () => options.continueOnFail ?? false,
		getMode: () => 'manual',
		logger,
		helpers: helpers(options),
	};
	return context as unknown as IExecuteFunctions;
}

export function loadOptionsContext(options: ContextOptions): ILoadOptionsFunctions {
	const node = makeNode(options.nodeType, options.parameters);
	const read = parameterReader(options.parameters);
	return {
		getNode: () => node,
		getNodeParameter: (name: string, fallback?: unknown) => read(name, 0, fallback),
		getCurrentNodeParameter: (name: string) => read(name, 0, undefined),
		getCredentials: async () => options.credentials,
		logger,
		helpers: helpers(options),
	} as unknown as ILoadOptionsFunctions;
}

/** Runs a node's execute() as n8n would for one run and returns its first output. */
export async function runNode(options: ContextOptions): Promise<INodeExecutionData[]> {
	const execute = options.nodeType.execute as (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>;
	const output = await execute.call(executeContext(options));
	return output[0];
}
