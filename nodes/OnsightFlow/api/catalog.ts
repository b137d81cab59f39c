import type { VendorCatalog } from '../../shared/declarations/types';
import type { OnsightFlowEndpoint } from './client';
import { gatewayApi, onHost } from './client';
import { clientEndpoints } from './m2m-clients';
import { collectionEndpoints } from './collections';
import { groupEndpoints } from './groups';
import { jobEndpoints } from './jobs';
import { queryEndpoints } from './query';
import { reportTemplateEndpoints } from './report-templates';
import { reportEndpoints } from './reports';
import { schedulerEndpoints } from './scheduler';
import { teamSettingEndpoints } from './team-settings';
import { triggerEndpoints } from './triggers';
import { userEndpoints } from './users';
import { workflowEndpoints } from './workflows';

/**
 * Onsight Flow's 80 REST endpoints (plus creating an M2M client), the GraphQL Query API and the two
 * whole-file uploads. `test/unit/onsight-flow-inventory.test.ts` holds the REST part to the
 * inventory.
 */
export const onsightFlowEndpoints: OnsightFlowEndpoint[] = [
	...queryEndpoints,
	...jobEndpoints,
	...workflowEndpoints,
	...collectionEndpoints,
	...groupEndpoints,
	...reportEndpoints,
	...reportTemplateEndpoints,
	...schedulerEndpoints,
	...teamSettingEndpoints,
	...triggerEndpoints,
	...userEndpoints,
	...clientEndpoints,
].map(onHost);

export const onsightFlowCatalog: VendorCatalog = {
	api: gatewayApi,
	defaultIdFormat: 'any',
	resources: [
		{
			name: 'Query',
			value: 'query',
			description: 'GraphQL Query API: completed jobs and users, as items or CSV',
		},
		{ name: 'Job', value: 'job' },
		{ name: 'Workflow', value: 'workflow' },
		{ name: 'Collection', value: 'collection', description: 'Lookup tables backed by CSV files' },
		{ name: 'Group', value: 'group' },
		{ name: 'Report', value: 'report', description: 'Job PDF reports' },
		{ name: 'Report Template', value: 'reportTemplate' },
		{ name: 'Scheduled Job', value: 'scheduledJob' },
		{ name: 'Team Setting', value: 'teamSetting' },
		{
			name: 'Trigger',
			value: 'trigger',
			description: 'E-mail notifications Onsight Flow sends on job completion',
		},
		{ name: 'User', value: 'user' },
		{ name: 'M2M Client', value: 'client' },
	],
	// Onsight IDs are 24-hex or UUIDs, but the guide's own samples break both patterns: no pattern is
	// enforced. Being long, they are left out of the list labels, which show the name and at most a
	// state.
	locators: {
		workflow: {
			searchListMethod: 'searchWorkflows',
			idPlaceholder: 'e.g. a454a699-173f-429e-b6cd-fefd92d0a1e4',
			idFormat: 'any',
			label: { fields: ['name'], details: [] },
		},
		job: {
			searchListMethod: 'searchJobs',
			idPlaceholder: 'e.g. f6ec68ae-a0b9-4725-aef4-9fb224be8e9d (client job ID)',
			idFormat: 'any',
			label: {
				fields: ['metadata.jobTitle', 'metadata.workflowName'],
				details: ['metadata.status'],
			},
		},
		// The same jobs, for the calls that take the server's job ID (jobId) instead.
		serverJob: {
			searchListMethod: 'searchServerJobs',
			idPlaceholder: 'e.g. 5f046ecf7df8a5000110cc54 (server job ID)',
			idFormat: 'any',
			label: {
				fields: ['metadata.jobTitle', 'metadata.workflowName'],
				details: ['metadata.status'],
			},
		},
		user: {
			searchListMethod: 'searchUsers',
			idPlaceholder: 'e.g. 5d8cac54860b8103416b1987',
			idFormat: 'any',
			label: { fields: ['name', 'username'], details: ['emailAddress'] },
		},
		group: {
			searchListMethod: 'searchGroups',
			idPlaceholder: 'e.g. 5e4a95c36abe6e0001f80592',
			idFormat: 'any',
			label: { fields: ['name'], details: [] },
		},
		collection: {
			searchListMethod: 'searchCollections',
			idPlaceholder: 'e.g. 61403c1230e5a30001d4440b',
			idFormat: 'any',
			label: { fields: ['name'], details: [] },
		},
		reportTemplate: {
			searchListMethod: 'searchReportTemplates',
			idPlaceholder: 'e.g. 5ec4f0fde9efaa00011a07bc',
			idFormat: 'any',
			label: { fields: ['name'], details: [] },
		},
		scheduledJob: {
			searchListMethod: 'searchScheduledJobs',
			idPlaceholder: 'e.g. 615d49fd0f3c2b0001a4c3e2',
			idFormat: 'any',
			label: { fields: ['name'], details: ['state'] },
		},
		trigger: {
			searchListMethod: 'searchTriggers',
			idPlaceholder: 'e.g. 6155a1f40f3c2b0001a4c3aa',
			idFormat: 'any',
			label: { fields: ['name'], details: [] },
		},
	},
	endpoints: onsightFlowEndpoints,
};
