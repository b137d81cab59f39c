import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, JsonObject } from 'n8n-workflow';
import type { ApiResponse, RequestContext, VendorApi } from './types';
import { apiRequest } from './request';

export interface GraphQlCall {
	/** Path of the GraphQL endpoint below the API's base URL. */
	path: string;
	query: string;
	variables?: IDataObject;
	/** Extra query-string parameters (e.g. an output-format switch). */
	qs?: IDataObject;
	/** Keep the body as bytes (a non-JSON output format such as CSV). */
	raw?: boolean;
	itemIndex?: number;
	advice?: Partial<Record<number, string>>;
}

/**
 * A GraphQL answer's `errors`, which arrive with HTTP 200: the first message leads, the count
 * follows.
 */
export function graphQlErrorMessage(errors: unknown[]): string {
	const first = errors[0] as { message?: unknown; path?: unknown } | string;
	const text = typeof first === 'string' ? first : String(first?.message ?? JSON.stringify(first));
	const where =
		typeof first === 'object' && Array.isArray(first?.path) ? ` (at ${first.path.join('.')})` : '';
	return `${text}${where}${errors.length > 1 ? ` (+${errors.length - 1} more)` : ''}`;
}

/**
 * POSTs `{ query, variables }`. Queries only read, so they are retried like GETs. An `errors` array
 * is an error even when the status is 200 and part of `data` came back.
 */
export async function graphQlRequest(
	this: RequestContext,
	api: VendorApi,
	call: GraphQlCall,
): Promise<ApiResponse> {
	const response = await apiRequest.call(this, api, {
		method: 'POST',
		path: call.path,
		qs: call.qs,
		body: { query: call.query, ...(call.variables ? { variables: call.variables } : {}) },
		idempotent: true,
		responseType: call.raw ? 'binary' : 'json',
		itemIndex: call.itemIndex,
		advice: call.advice,
	});
	if (call.raw) return response;
	const body = response.body as { errors?: unknown[] } | undefined;
	if (Array.isArray(body?.errors) && body.errors.length > 0) {
		throw new NodeApiError(this.getNode(), { errors: body.errors } as unknown as JsonObject, {
			message: `${api.displayName} rejected the query: ${graphQlErrorMessage(body.errors)}`,
			description:
				'Check the query, its field names and the filter values. The service answered HTTP 200 with GraphQL errors, so nothing was returned.',
			itemIndex: call.itemIndex,
		});
	}
	return response;
}
