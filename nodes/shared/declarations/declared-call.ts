import type { IHttpRequestMethods } from 'n8n-workflow';
import { expandPath } from '../transport/paths';
import type { VendorApi } from '../transport/types';
import type { VendorCatalog } from './types';

/** One declared endpoint as a request: its host's API, method, filled path and retry policy. */
export interface DeclaredCall {
	api: VendorApi;
	request: { method: IHttpRequestMethods; path: string; idempotent?: boolean };
}

/**
 * The request to an endpoint the action node declares, by the endpoint's inventory id: triggers
 * send what the catalog says (method, path with its placeholders filled and encoded, host, whether
 * it may be repeated) rather than writing paths of their own.
 */
export function declaredCall(
	catalog: VendorCatalog,
	id: string,
	pathValues: Record<string, string | number> = {},
): DeclaredCall {
	const endpoint = catalog.endpoints.find((candidate) => candidate.id === id);
	// A trigger naming an endpoint its catalog lacks is a packaging mistake, caught by the tests.
	if (!endpoint) throw new Error(`No endpoint "${id}" is declared for ${catalog.api.displayName}`);
	return {
		api: endpoint.api ?? catalog.api,
		request: {
			method: endpoint.method,
			path: expandPath(endpoint.path, pathValues),
			idempotent: endpoint.idempotent,
		},
	};
}
