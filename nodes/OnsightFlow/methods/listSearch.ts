import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { apiRequest } from '../../shared/transport/request';
import type { VendorApi } from '../../shared/transport/types';
import { accountsApi, gatewayApi } from '../api/client';

interface ListSpec {
	api: VendorApi;
	path: string;
	/** Where the records are when the list is wrapped (`collections`). */
	key?: string;
	name: (record: IDataObject) => string;
	value: (record: IDataObject) => string;
}

/** Onsight lists come whole (no paging, no search): filter by name here. */
const wholeList = (spec: ListSpec) =>
	async function (this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const response = await apiRequest.call(this, spec.api, { method: 'GET', path: spec.path });
		const body = response.body as IDataObject | IDataObject[];
		const records = (Array.isArray(body) ? body : spec.key && Array.isArray(body?.[spec.key]) ? body[spec.key] : []) as IDataObject[];
		const needle = filter?.toLowerCase();
		const results = records
			.map((record) => ({ name: spec.name(record), value: spec.value(record) }))
			.filter((result) => result.value && (!needle || result.name.toLowerCase().includes(needle)));
		return { results };
	};

const label = (record: IDataObject, ...keys: string[]) => String(keys.map((key) => record[key]).find((value) => typeof value === 'string' && value !== '') ?? '');

export const searchWorkflows = wholeList({ api: gatewayApi, path: '/workflows/v2', name: (w) => label(w, 'name', 'workflowId'), value: (w) => label(w, 'workflowId') });
export const searchUsers = wholeList({ api: accountsApi, path: '/api/team/user', name: (u) => `${label(u, 'name', 'username')} (${label(u, 'emailAddress', 'username')})`, value: (u) => label(u, 'userId') });
export const searchGroups = wholeList({ api: accountsApi, path: '/api/group', name: (g) => label(g, 'name', 'id'), value: (g) => label(g, 'id', 'groupId') });
export const searchCollections = wholeList({ api: gatewayApi, path: '/collections/v1/collection', key: 'collections', name: (c) => label(c, 'name', 'collectionId'), value: (c) => label(c, 'collectionId') });
export const searchReportTemplates = wholeList({ api: gatewayApi, path: '/reporttemplates/v1/names', name: (t) => label(t, 'name', 'reportTemplateId'), value: (t) => label(t, 'reportTemplateId') });
export const searchScheduledJobs = wholeList({ api: gatewayApi, path: '/scheduledjobs/v1', name: (s) => label(s, 'name', 'jobId'), value: (s) => label(s, 'jobId') });
export const searchTriggers = wholeList({ api: gatewayApi, path: '/trigger/v2', name: (t) => label(t, 'name', 'triggerId'), value: (t) => label(t, 'triggerId') });

const JOB_PAGE = 100;

/** Jobs page with skip/limit, newest pages last; titles are filtered here, page by page. */
export async function searchJobs(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const skip = Number(paginationToken ?? 0);
	const response = await apiRequest.call(this, gatewayApi, { method: 'GET', path: '/jobs/v1/', qs: { skip, limit: JOB_PAGE } });
	const jobs = (Array.isArray(response.body) ? response.body : []) as IDataObject[];
	const needle = filter?.toLowerCase();
	const results = jobs
		.map((job) => {
			const metadata = (job.metadata ?? {}) as IDataObject;
			return { name: `${label(metadata, 'jobTitle', 'clientJobId')} (${label(metadata, 'status')})`, value: label(metadata, 'clientJobId') };
		})
		.filter((result) => result.value && (!needle || result.name.toLowerCase().includes(needle)));
	return { results, paginationToken: jobs.length === 0 ? undefined : String(skip + jobs.length) };
}
