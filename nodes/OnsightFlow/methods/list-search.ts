import type { IDataObject } from 'n8n-workflow';
import { searchList } from '../../shared/declarations/list-search';
import type { SearchListSpec } from '../../shared/declarations/list-search';
import { unpaged } from '../../shared/transport/pagination';
import type { PagingStrategy } from '../../shared/transport/pagination';
import type { VendorApi } from '../../shared/transport/types';
import { onsightFlowCatalog } from '../api/catalog';
import { accountsApi, gatewayApi } from '../api/client';
import { jobPages } from '../api/jobs';

/** Onsight lists come whole, without search: filtered by label here. Only jobs are paged. */
const search = (api: VendorApi, spec: SearchListSpec, paging: PagingStrategy = unpaged()) =>
	searchList({ ...onsightFlowCatalog, api, paging }, { pageSize: 100, ...spec });

/** The first of `keys` the record has as non-empty text. */
const text = (record: IDataObject, ...keys: string[]) =>
	String(
		keys.map((key) => record[key]).find((value) => typeof value === 'string' && value !== '') ?? '',
	);

export const searchWorkflows = search(gatewayApi, {
	locator: 'workflow',
	path: '/workflows/v2',
	value: (w) => text(w, 'workflowId'),
});
export const searchUsers = search(accountsApi, {
	locator: 'user',
	path: '/api/team/user',
	value: (u) => text(u, 'userId'),
});
export const searchGroups = search(accountsApi, {
	locator: 'group',
	path: '/api/group',
	value: (g) => text(g, 'id', 'groupId'),
});
export const searchCollections = search(
	gatewayApi,
	{
		locator: 'collection',
		path: '/collections/v1/collection',
		value: (c) => text(c, 'collectionId'),
	},
	unpaged('collections'),
);
export const searchReportTemplates = search(gatewayApi, {
	locator: 'reportTemplate',
	path: '/reporttemplates/v1/names',
	value: (t) => text(t, 'reportTemplateId'),
});
export const searchScheduledJobs = search(gatewayApi, {
	locator: 'scheduledJob',
	path: '/scheduledjobs/v1',
	value: (s) => text(s, 'jobId'),
});
export const searchTriggers = search(gatewayApi, {
	locator: 'trigger',
	path: '/trigger/v2',
	value: (t) => text(t, 'triggerId'),
});
/** The same jobs as searchJobs, valued by the server's job ID. */
export const searchServerJobs = search(
	gatewayApi,
	{ locator: 'serverJob', path: '/jobs/v1/', value: (job) => text(job, 'jobId') },
	jobPages,
);
export const searchJobs = search(
	gatewayApi,
	{
		locator: 'job',
		path: '/jobs/v1/',
		value: (job) => text((job.metadata ?? {}) as IDataObject, 'clientJobId'),
	},
	jobPages,
);
