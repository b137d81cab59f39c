import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INode, INodeExecutionData } from 'n8n-workflow';
import type { BuiltRequest, EndpointSpec, RestEndpoint, VendorCatalog } from './types';
import { isRest } from './types';
import { withAdviceForModel } from './agent-errors';
import type { ApiRequest, ApiResponse } from '../transport/types';
import { buildRequest } from './request-builder';
import { apiRequest } from '../transport/request';
import { PagingError, paginate } from '../transport/pagination';
import { deadlineOf, optionalFields, optionalGroup } from './groups';
import { LIMITS } from '../transport/limits';
import { expandPath } from '../transport/paths';
import { toBinaryData } from '../transport/binary';
import { streamRecords } from '../transport/stream-records';

function pick(record: IDataObject, keys: string[]): IDataObject {
	const out: IDataObject = {};
	for (const key of keys) if (key in record) out[key] = record[key];
	return out;
}

const asRecord = (entry: unknown): IDataObject =>
	entry && typeof entry === 'object'
		? (entry as IDataObject)
		: { value: entry as IDataObject[string] };

function asRecords(body: unknown, path?: string): IDataObject[] {
	let found: unknown = body;
	if (path && body && typeof body === 'object' && !Array.isArray(body))
		found = (body as IDataObject)[path];
	if (Array.isArray(found)) {
		// A list of records is used as it is (no copy of a large list); one of plain values gets each
		// wrapped as `{ value }`.
		for (let i = 0; i < found.length; i++) {
			const entry: unknown = found[i];
			if (!entry || typeof entry !== 'object') return found.map(asRecord);
		}
		return found as IDataObject[];
	}
	if (found === undefined || found === null) return [];
	return [
		typeof found === 'object' ? (found as IDataObject) : { value: found as IDataObject[string] },
	];
}

/**
 * One record, also when the API answers a single-record call as a one-element array; `{}` when
 * there is none.
 */
export function singleRecord(body: unknown): IDataObject {
	const found = Array.isArray(body) ? (body[0] as unknown) : body;
	return found && typeof found === 'object' ? (found as IDataObject) : {};
}

function asObject(body: unknown): IDataObject {
	if (body === undefined || body === null || body === '') return { success: true };
	if (Array.isArray(body)) return { results: body as IDataObject[] };
	if (typeof body === 'object') return body as IDataObject;
	return { result: body as string };
}

/** Whether transport may repeat the call: a destructive call never, a declared one as declared. */
const idempotentOf = (endpoint: EndpointSpec) =>
	endpoint.destructive ? false : endpoint.idempotent;

/** What a 2xx answer of `endpoint` must hold (see ApiRequest.expect). */
function expectOf(endpoint: RestEndpoint) {
	if (endpoint.textAnswer) return 'text' as const;
	return endpoint.output.kind === 'records' && !endpoint.transform
		? ('records' as const)
		: ('json' as const);
}

/** The transport request of one REST call; a paged list reuses it with each page's query. */
function callOf(endpoint: RestEndpoint, request: BuiltRequest, itemIndex: number): ApiRequest {
	return {
		method: request.method,
		path: request.path,
		qs: request.qs,
		body: request.body,
		idempotent: idempotentOf(endpoint),
		responseType: endpoint.output.kind === 'binary' ? 'binary' : 'json',
		itemIndex,
		advice: endpoint.advice,
		expect: expectOf(endpoint),
		deadlineMs: deadlineOf(endpoint, request.params),
	};
}

async function send(
	ctx: IExecuteFunctions,
	catalog: VendorCatalog,
	endpoint: RestEndpoint,
	request: BuiltRequest,
	itemIndex: number,
) {
	return await apiRequest.call(
		ctx,
		endpoint.api ?? catalog.api,
		callOf(endpoint, request, itemIndex),
	);
}

/** Return All's ceiling: the node's Max Records, or the default. */
export function ceilingOf(ctx: IExecuteFunctions, itemIndex: number): number {
	const value = ctx.getNodeParameter('maxRecords', itemIndex, LIMITS.returnAllMaxRecords) as number;
	return typeof value === 'number' && value >= 1 ? value : LIMITS.returnAllMaxRecords;
}

/** A paging loop the server led astray, as an error that says what happened and what to do. */
export function pagingFailure(
	ctx: { getNode(): INode },
	displayName: string,
	error: unknown,
	itemIndex?: number,
): unknown {
	if (!(error instanceof PagingError)) return error;
	const advice =
		error.reason === 'ceiling'
			? 'Raise Max Records on the node if the account really holds more, or narrow the list with a filter. Nothing was output.'
			: 'The service does not advance through its pages, so Return All would never end. Try again later or use a Limit; if it persists, contact the vendor. Nothing was output.';
	return new NodeOperationError(
		ctx.getNode(),
		`${displayName}: Return All stopped because ${error.message}`,
		{ description: advice, itemIndex },
	);
}

/**
 * Reads the current record and lays the user's changes over it, for APIs that only accept whole
 * records.
 */
async function mergeWithCurrent(
	ctx: IExecuteFunctions,
	catalog: VendorCatalog,
	endpoint: RestEndpoint,
	request: BuiltRequest,
	itemIndex: number,
): Promise<BuiltRequest> {
	const spec = endpoint.fullObjectUpdate;
	if (!spec) return request;
	const current = await apiRequest.call(ctx, endpoint.api ?? catalog.api, {
		method: 'GET',
		path: expandPath(spec.readPath, request.pathValues),
		itemIndex,
		advice: endpoint.advice,
	});
	const base = singleRecord(current.body);
	const kept = spec.keep ? pick(base, spec.keep) : base;
	return { ...request, body: { ...kept, ...((request.body as IDataObject | undefined) ?? {}) } };
}

function limitOf(ctx: IExecuteFunctions, endpoint: EndpointSpec, itemIndex: number): number {
	if (!endpoint.paginated || (ctx.getNodeParameter('returnAll', itemIndex, false) as boolean))
		return Infinity;
	return ctx.getNodeParameter('limit', itemIndex, 50) as number;
}

async function fileItem(
	ctx: IExecuteFunctions,
	endpoint: EndpointSpec,
	response: ApiResponse,
	request: BuiltRequest,
	itemIndex: number,
): Promise<INodeExecutionData> {
	const output = endpoint.output as Extract<EndpointSpec['output'], { kind: 'binary' }>;
	const property = ctx.getNodeParameter('binaryPropertyName', itemIndex, 'data') as string;
	const body = response.body as Buffer;
	const file = await toBinaryData(
		ctx,
		body,
		response.headers,
		output.fileName(request.params),
		output.mimeType,
	);
	return {
		json: {
			...request.params,
			fileName: file.fileName,
			mimeType: file.mimeType,
			fileSize: file.fileSize ?? body.length,
		},
		binary: { [property]: file },
		pairedItem: { item: itemIndex },
	};
}

function recordsOf(endpoint: RestEndpoint, body: unknown, request: BuiltRequest): IDataObject[] {
	if (endpoint.transform) return endpoint.transform(body, request);
	if (endpoint.output.kind === 'records') return asRecords(body, endpoint.output.path);
	if (endpoint.output.kind === 'deleted') return [deletedItem(request)];
	return [asObject(body)];
}

/** What a delete returns: which record is gone, not the vendor's answer to the call. */
function deletedItem(request: BuiltRequest): IDataObject {
	const values = Object.entries(request.pathValues);
	const [, id] = values.at(-1) ?? [];
	return { deleted: true, ...Object.fromEntries(values.slice(0, -1)), id };
}

/**
 * Record keys the user asked for by name (`keptBySimplify` fields such as Include Properties):
 * Simplify keeps them, since asking for a property and losing it would make no sense.
 */
function askedFor(ctx: IExecuteFunctions, endpoint: EndpointSpec, itemIndex: number): string[] {
	const fields = optionalFields(endpoint).filter((field) => field.keptBySimplify);
	if (!fields.length) return [];
	const group = ctx.getNodeParameter(optionalGroup(endpoint).name, itemIndex, {}) as IDataObject;
	return fields.flatMap((field) => {
		const value = group?.[field.name];
		return Array.isArray(value) ? value.map(String) : [];
	});
}

/** Limit for lists the API returns in one piece, Simplify, and pairedItem. */
function finish(
	ctx: IExecuteFunctions,
	catalog: VendorCatalog,
	endpoint: EndpointSpec,
	found: IDataObject[],
	limit: number,
	itemIndex: number,
): INodeExecutionData[] {
	const paging = isRest(endpoint) ? (endpoint.paging ?? catalog.paging) : undefined;
	const wholeList = endpoint.paginated && !paging;
	// A list the API returns whole meets Max Records here, as a paged one does while paging.
	if (wholeList && limit === Infinity && found.length > ceilingOf(ctx, itemIndex)) {
		throw pagingFailure(
			ctx,
			(endpoint.api ?? catalog.api).displayName,
			new PagingError(
				'ceiling',
				`the list holds ${found.length} records, more than Max Records (${ceilingOf(ctx, itemIndex)})`,
			),
			itemIndex,
		);
	}
	const records = wholeList && found.length > limit ? found.slice(0, limit) : found;
	return records.map(itemShape(ctx, endpoint, itemIndex));
}

/**
 * What turns one record into the node's output item: Simplify, and one pairedItem object shared by
 * every record of the input item (large lists allocate nothing per record for it).
 */
function itemShape(
	ctx: IExecuteFunctions,
	endpoint: EndpointSpec,
	itemIndex: number,
): (record: IDataObject) => INodeExecutionData {
	const pairedItem = { item: itemIndex };
	if (endpoint.simplify && (ctx.getNodeParameter('simplify', itemIndex, true) as boolean)) {
		const keys = [...endpoint.simplify, ...askedFor(ctx, endpoint, itemIndex)];
		return (record) => ({ json: pick(record, keys), pairedItem });
	}
	return (json) => ({ json, pairedItem });
}

/**
 * The execute pipeline of one input item, in this order (the one place it is written down):
 * 1. `buildRequest` reads and checks every declared parameter: a mistake is an InputError, nothing
 *    is sent.
 * 2. `prepare` has the endpoint's last say on the request.
 * 3. By kind: a `run` endpoint does the whole operation itself (uploads, query cursors, reports) and
 *    returns its items; an `offline` one answers without calling the API; a REST endpoint goes on:
 * 4. `fullObjectUpdate` reads the current record and lays the user's changes over it.
 * 5. A `streamable` endpoint with Stream Results on reads Server-Sent Events, record by record.
 * 6. A `paginated` endpoint with a paging strategy pages up to Limit, or Max Records for Return All.
 * 7. Anything else is one request; its answer becomes items through `respond`, the binary `output`,
 *    or `transform` / `output.path`.
 * Offline answers and steps 5 and 7 end in `finish`: Limit for lists returned whole, Max Records,
 * then `itemShape` (Simplify, pairedItem), which step 6 applies to each record as its page arrives.
 */
async function runEndpoint(
	ctx: IExecuteFunctions,
	catalog: VendorCatalog,
	endpoint: EndpointSpec,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	let request = buildRequest(ctx, catalog, endpoint, itemIndex);
	if (endpoint.prepare) request = await endpoint.prepare.call(ctx, request, itemIndex);
	const limit = limitOf(ctx, endpoint, itemIndex);
	switch (endpoint.kind) {
		case 'run':
			return await endpoint.run.call(ctx, request, itemIndex, limit);
		case 'offline': {
			const answer = await endpoint.answer.call(ctx, request, itemIndex);
			return finish(ctx, catalog, endpoint, answer, limit, itemIndex);
		}
		default:
			return await runRest(ctx, catalog, endpoint, request, itemIndex, limit);
	}
}

/** Steps 4 to 7 of the pipeline above: one REST call, its pages or its stream. */
async function runRest(
	ctx: IExecuteFunctions,
	catalog: VendorCatalog,
	endpoint: RestEndpoint,
	built: BuiltRequest,
	itemIndex: number,
	limit: number,
): Promise<INodeExecutionData[]> {
	const request = await mergeWithCurrent(ctx, catalog, endpoint, built, itemIndex);
	const api = endpoint.api ?? catalog.api;
	const ceiling = limit === Infinity ? ceilingOf(ctx, itemIndex) : Infinity;
	if (endpoint.streamable && request.qs.stream === true) {
		const streamed = await streamRecords.call(
			ctx,
			api,
			{
				method: request.method,
				path: request.path,
				qs: request.qs,
				body: request.body,
				idempotent: idempotentOf(endpoint),
				itemIndex,
				advice: endpoint.advice,
				deadlineMs: deadlineOf(endpoint, request.params),
			},
			{ limit, ceiling },
		);
		return finish(
			ctx,
			catalog,
			endpoint,
			endpoint.transform ? endpoint.transform(streamed, request) : streamed,
			limit,
			itemIndex,
		);
	}
	const paging = endpoint.paging ?? catalog.paging;
	if (endpoint.paginated && paging) {
		// Everything but the paging parameters is the same for every page: built once.
		// Paging stops at Limit and Max Records itself; each record becomes an item as it arrives.
		const call = callOf(endpoint, request, itemIndex);
		const shape = itemShape(ctx, endpoint, itemIndex) as (record: unknown) => INodeExecutionData;
		try {
			return await paginate(
				paging,
				async (page) =>
					(await apiRequest.call(ctx, api, { ...call, qs: { ...request.qs, ...page } })).body,
				{ limit, ceiling },
				shape,
			);
		} catch (error) {
			throw pagingFailure(ctx, api.displayName, error, itemIndex);
		}
	}
	const response = await send(ctx, catalog, endpoint, request, itemIndex);
	if (endpoint.respond) return await endpoint.respond.call(ctx, response, request, itemIndex);
	if (endpoint.output.kind === 'binary')
		return [await fileItem(ctx, endpoint, response, request, itemIndex)];
	return finish(
		ctx,
		catalog,
		endpoint,
		recordsOf(endpoint, response.body, request),
		limit,
		itemIndex,
	);
}

export function findEndpoint(
	catalog: VendorCatalog,
	resource: string,
	operation: string,
): EndpointSpec | undefined {
	return catalog.endpoints.find(
		(endpoint) => endpoint.resource === resource && endpoint.operation === operation,
	);
}

/**
 * The whole execute() of a declared action node: one endpoint per run, every input item, pairedItem
 * and continueOnFail.
 */
export async function executeCatalog(
	this: IExecuteFunctions,
	catalog: VendorCatalog,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const endpoint = findEndpoint(catalog, resource, operation);
	if (!endpoint) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" is not known for resource "${resource}"`,
		);
	}
	let out: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			// Each result already carries its pairedItem, and every run returns an array of its own:
			// the first becomes the output as it is (Return All of one list is never copied), later
			// ones are pushed one by one (spreading a large array can overflow the stack).
			const results = await runEndpoint(this, catalog, endpoint, itemIndex);
			if (out.length === 0) out = results;
			else for (const result of results) out.push(result);
		} catch (error) {
			if (this.continueOnFail()) {
				out.push({
					json: {
						error: (error as Error).message,
						description: (error as NodeApiError).description ?? undefined,
					},
					pairedItem: { item: itemIndex },
				});
				continue;
			}
			// Errors from the shared core already say what to fix; anything else is wrapped so n8n can
			// show it.
			throw withAdviceForModel(
				this,
				error instanceof NodeApiError || error instanceof NodeOperationError
					? error
					: new NodeOperationError(this.getNode(), error as Error, { itemIndex }),
			);
		}
	}
	return [out];
}
