import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import type { VendorCatalog } from './types';
import { apiRequest } from '../transport/request';

export interface SearchListSpec {
	path: string;
	/** Query parameter the API filters on; without one the filter is applied to the names here. */
	searchParam?: string;
	query?: IDataObject;
	name: (record: IDataObject) => string;
	value: (record: IDataObject) => string | number;
	url?: (record: IDataObject) => string | undefined;
	pageSize?: number;
}

/**
 * A resource-locator list method over one of the vendor's list endpoints, paged with the vendor's
 * own strategy.
 */
export function searchList(catalog: VendorCatalog, spec: SearchListSpec) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const paging = catalog.paging;
		if (!paging) throw new Error('searchList needs a paging strategy');
		const pageSize = spec.pageSize ?? 50;
		const page = paginationToken
			? (JSON.parse(paginationToken) as IDataObject)
			: paging.first(pageSize);
		const qs: IDataObject = { ...spec.query, ...page };
		if (filter && spec.searchParam) qs[spec.searchParam] = filter;
		const response = await apiRequest.call(this, catalog.api, {
			method: 'GET',
			path: spec.path,
			qs,
		});
		const records = paging.records(response.body) as IDataObject[];
		const next = paging.next(
			{ query: page, body: response.body, records, received: records.length },
			pageSize,
		);
		const needle = !spec.searchParam && filter ? filter.toLowerCase() : undefined;
		const results = records
			.map((record) => ({
				name: spec.name(record),
				value: spec.value(record),
				url: spec.url?.(record),
			}))
			// A record without an ID cannot be picked.
			.filter(
				(result) => result.value !== '' && (!needle || result.name.toLowerCase().includes(needle)),
			);
		return { results, paginationToken: next ? JSON.stringify(next) : undefined };
	};
}
