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
	IPollFunctions,
} from 'n8n-workflow';
import { httpRequest as sendRequest } from './http-client';
import { applyAuthentication, expirableField } from './credentials';

/**
 * What n8n hands a node's execute(), listSearch and poll() methods, reduced to what our nodes use, with
 * real HTTP (http-client.js, which follows n8n 2.41's request semantics) and the credential's own
 * `authenticate` and `preAuthentication`. Used by the integration tests, the proofs, the fault suite and
 * the benchmark; the real-n8n e2e suites cover n8n's own implementation.
 */

export interface ContextOptions {
	nodeType: INodeType;
	/** Parameter values; a function of the item index stands in for an n8n expression. */
	parameters: Record<string, unknown>;
	credentialType: ICredentialType;
	credentials: ICredentialDataDecryptedObject;
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
	/** Caps every request's idle timeout (ms), so fault tests can provoke timeouts quickly. */
	timeoutCapMs?: number;
	/** The node's version in the workflow (1 unless given). */
	typeVersion?: number;
	/** Further credentials the node reads by type name, beside `credentials`. */
	otherCredentials?: Record<string, ICredentialDataDecryptedObject>;
}

export interface PollOptions extends ContextOptions {
	/** The workflow's node-scoped static data: pass the same object to successive polls, as n8n does. */
	staticData: IDataObject;
	mode?: 'trigger' | 'manual';
}

/** `{ __rl: true, mode, value }`, as n8n stores a resource-locator parameter. */
export function locator(value: string | number, mode: 'id' | 'list' = 'id') {
	return { __rl: true as const, mode, value };
}

function makeNode(
	nodeType: INodeType,
	parameters: Record<string, unknown>,
	typeVersion = 1,
): INode {
	return {
		id: 'test-node',
		name: String(nodeType.description.defaults.name ?? nodeType.description.displayName),
		type: `n8n-nodes-workforce-learning.${nodeType.description.name}`,
		typeVersion,
		position: [0, 0],
		parameters: parameters as INode['parameters'],
	};
}

type Send = (options: IHttpRequestOptions) => Promise<unknown>;

function helpers(options: ContextOptions) {
	const httpRequest: Send = options.timeoutCapMs
		? async (request) =>
				await sendRequest({
					...request,
					timeout: Math.min(request.timeout ?? Infinity, options.timeoutCapMs as number),
				})
		: sendRequest;
	const type = options.credentialType;
	const field = expirableField(type);
	const refresh = async () => {
		const fresh = await type.preAuthentication?.call({ helpers: { httpRequest } } as never, {
			...options.credentials,
		});
		Object.assign(options.credentials, fresh);
	};
	return {
		// As n8n-core does: fill an empty expirable field through preAuthentication, and on a thrown 401
		// run preAuthentication again and repeat the request once.
		async httpRequestWithAuthentication(credentialTypeName: string, request: IHttpRequestOptions) {
			if (credentialTypeName !== type.name)
				throw new Error(`Unexpected credential type ${credentialTypeName}`);
			if (type.preAuthentication && field && !options.credentials[field]) await refresh();
			const first = await httpRequest(
				await applyAuthentication(type, options.credentials, request),
			).then(
				(value) => ({ value }),
				(error: unknown) => ({ error }),
			);
			if ('value' in first) return first.value;
			const status = (first.error as { response?: { status?: number } }).response?.status;
			if (!(type.preAuthentication && field && status === 401)) throw first.error;
			await refresh();
			return await httpRequest(await applyAuthentication(type, options.credentials, request));
		},
		async httpRequest(request: IHttpRequestOptions) {
			return await httpRequest(request);
		},
		// n8n's default binary mode keeps the file in memory as base64.
		async prepareBinaryData(data: Buffer, fileName?: string, mimeType?: string) {
			return {
				data: data.toString('base64'),
				fileName,
				mimeType: mimeType || 'application/octet-stream',
				fileSize: String(data.length),
			};
		},
		// Default binary mode: the input item holds the file as base64.
		async getBinaryDataBuffer(itemIndex: number, property: string) {
			const file = (options.items ?? [])[itemIndex]?.binary?.[property];
			if (!file) throw new Error(`No binary property "${property}" on item ${itemIndex}`);
			return Buffer.from(file.data, 'base64');
		},
		returnJsonArray(data: IDataObject | IDataObject[]) {
			return (Array.isArray(data) ? data : [data]).map((json) => ({ json }));
		},
	};
}

type Reader = (
	name: string,
	itemIndex: number,
	fallback?: unknown,
	opts?: { extractValue?: boolean },
) => unknown;

/** Parameters may be functions of the item index, standing in for n8n expressions. */
function parameterReader(parameters: Record<string, unknown>): Reader {
	return (name, itemIndex, fallback, opts) => {
		const path = name.split('.');
		let value: unknown = parameters[path[0]];
		if (typeof value === 'function') value = (value as (index: number) => unknown)(itemIndex);
		for (const key of path.slice(1))
			value = value && typeof value === 'object' ? (value as IDataObject)[key] : undefined;
		if (value === undefined) {
			// As n8n: a parameter that is not set (or hidden) and has no fallback is an error.
			if (fallback === undefined) throw new Error(`Could not get parameter "${name}"`);
			return fallback;
		}
		if (
			opts?.extractValue &&
			value &&
			typeof value === 'object' &&
			(value as IDataObject).__rl === true
		)
			return (value as IDataObject).value;
		return value;
	};
}

/** Every line the nodes log through n8n's logger (message and metadata), newest last. */
export const loggedLines: string[] = [];

function describeMeta(meta: unknown): string {
	if (meta === undefined) return '';
	try {
		const errors = (_key: string, value: unknown) =>
			value instanceof Error
				? Object.fromEntries(
						Object.getOwnPropertyNames(value).map((name) => [
							name,
							(value as unknown as IDataObject)[name],
						]),
					)
				: value;
		return ` ${JSON.stringify(meta, errors)}`;
	} catch {
		return ` ${String(meta)}`;
	}
}

const logAt = (level: string) => (message: unknown, meta?: unknown) => {
	loggedLines.push(`${level} ${String(message)}${describeMeta(meta)}`);
	if (loggedLines.length > 5000) loggedLines.shift();
};
const logger = {
	debug: logAt('debug'),
	info: logAt('info'),
	warn: logAt('warn'),
	error: logAt('error'),
};

export function executeContext(options: ContextOptions): IExecuteFunctions {
	const node = makeNode(options.nodeType, options.parameters, options.typeVersion);
	const items = options.items ?? [{ json: {} }];
	const read = parameterReader(options.parameters);
	return {
		getNode: () => node,
		getInputData: () => items,
		getNodeParameter: read,
		getCredentials: async (type?: string) =>
			(type && options.otherCredentials?.[type]) || options.credentials,
		continueOnFail: () => Boolean(options.continueOnFail),
		getMode: () => 'manual',
		logger,
		helpers: helpers(options),
	} as unknown as IExecuteFunctions;
}

export function loadOptionsContext(options: ContextOptions): ILoadOptionsFunctions {
	const node = makeNode(options.nodeType, options.parameters, options.typeVersion);
	const read = parameterReader(options.parameters);
	return {
		getNode: () => node,
		getNodeParameter: (name: string, fallback?: unknown) => read(name, 0, fallback),
		getCurrentNodeParameter: (name: string) => read(name, 0, undefined),
		getCredentials: async (type?: string) =>
			(type && options.otherCredentials?.[type]) || options.credentials,
		logger,
		helpers: helpers(options),
	} as unknown as ILoadOptionsFunctions;
}

/** What n8n hands a polling trigger's poll(); carry `staticData` between polls as n8n does. */
export function pollContext(options: PollOptions): IPollFunctions {
	const node = makeNode(options.nodeType, options.parameters, options.typeVersion);
	const read = parameterReader(options.parameters);
	return {
		getNode: () => node,
		getNodeParameter: (name: string, fallback?: unknown, opts?: { extractValue?: boolean }) =>
			read(name, 0, fallback, opts),
		getCredentials: async (type?: string) =>
			(type && options.otherCredentials?.[type]) || options.credentials,
		getMode: () => options.mode ?? 'trigger',
		getWorkflowStaticData: () => options.staticData,
		getTimezone: () => 'UTC',
		logger,
		helpers: helpers(options),
	} as unknown as IPollFunctions;
}

/** Runs a node's execute() as n8n would for one run and returns its first output. */
export async function runNode(options: ContextOptions): Promise<INodeExecutionData[]> {
	const execute = options.nodeType.execute as (
		this: IExecuteFunctions,
	) => Promise<INodeExecutionData[][]>;
	const output = await execute.call(executeContext(options));
	return output[0];
}
