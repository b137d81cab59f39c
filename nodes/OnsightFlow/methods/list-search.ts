import type { IDataObject } from 'n8n-workflow';
import { searchList } from '../../shared/declarations/list-search';
import type { SearchListSpec } from '../../shared/declarations/list-search';
import { unpaged } from '../../shared/transport/pagination';
import type { PagingStrategy } from '../../shared/transport/pagination';
import type { VendorApi } from '../../shared/transport/types';
import { onsightFlowCatalog } from '../api/catalog';
import { accountsApi, gatewayApi } from '../api/client';
import { jobPages } from '../api/jobs';

/** Onsight lists come whole, without search: filtered by name here. Only jobs page (skip/limit). */
const search = (api: VendorApi, spec: SearchListSpec, paging: PagingStrategy = unpaged()) =>
	searchList({ ...onsightFlowCatalog, api, paging }, { pageSize: 100, ...spec });

const label = (record: IDataObject, ...keys: string[]) =>
	String(
		keys.map((key) => record[key]).find((value) => typeof value === 'string' && value !== '') ?? '',
	);

export const searchWorkflows = search(gatewayApi, {
	path: '/workflows/v2',
	name: (w) => label(w, 'name', 'workflowId'),
	value: (w) => label(w, 'workflowId'),
});
export const searchUsers = search(accountsApi, {
	path: '/api/team/user',
	name: (u) => `${label(u, 'name', 'username')} (${label(u, 'emailAddress', 'username')})`,
	value: (u) => label(u, 'userId'),
});
export const searchGroups = search(accountsApi, {
	path: '/api/group',
	name: (g) => label(g, 'name', 'id'),
	value: (g) => label(g, 'id', 'groupId'),
});
export const searchCollections = search(
	gatewayApi,
	{
		path: '/collections/v1/collection',
		name: (c) => label(c, 'name', 'collectionId'),
		value: (c) => label(c, 'collectionId'),
	},
	unpaged('collections'),
);
export const searchReportTemplates = search(gatewayApi, {
	path: '/reporttemplates/v1/names',
	name: (t) => label(t, 'name', 'reportTemplateId'),
	value: (t) => label(t, 'reportTemplateId'),
});
export const searchScheduledJobs = search(gatewayApi, {
	path: '/scheduledjobs/v1',
	name: (s) => label(s, 'name', 'jobId'),
	value: (s) => label(s, 'jobId'),
});
export const searchTriggers = search(gatewayApi, {
	path: '/trigger/v2',
	name: (t) => label(t, 'name', 'triggerId'),
	value: (t) => label(t, 'triggerId'),
});
export const searchJobs = search(
	gatewayApi,
	{
		path: '/jobs/v1/',
		name: (job) =>
			`${label((job.metadata ?? {}) as IDataObject, 'jobTitle', 'clientJobId')} (${label((job.metadata ?? {}) as IDataObject, 'status')})`,
		value: (job) => label((job.metadata ?? {}) as IDataObject, 'clientJobId'),
	},
	jobPages,
);
