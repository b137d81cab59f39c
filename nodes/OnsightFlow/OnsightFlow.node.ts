import { authenticationProperty, onsightCredentials } from './api/authentication';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { catalogProperties } from '../shared/declarations/properties';
import { executeCatalog } from '../shared/declarations/execute';
import { onsightFlowCatalog } from './api/catalog';
import {
	searchCollections,
	searchGroups,
	searchJobs,
	searchReportTemplates,
	searchScheduledJobs,
	searchServerJobs,
	searchTriggers,
	searchUsers,
	searchWorkflows,
} from './methods/list-search';

export class OnsightFlow implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Onsight Flow',
		name: 'onsightFlow',
		icon: {
			light: 'file:../../icons/onsight-flow.svg',
			dark: 'file:../../icons/onsight-flow.dark.svg',
		},
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Query completed jobs and manage workflows, jobs, users and reports in Onsight Flow (Librestream)',
		defaults: { name: 'Onsight Flow' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: onsightCredentials,
		properties: [
			authenticationProperty(
				'M2M client: every resource',
				"The team's Query API key: the Query resource only",
			),
			...catalogProperties(onsightFlowCatalog, 'Onsight Flow'),
		],
	};

	methods = {
		listSearch: {
			searchWorkflows,
			searchJobs,
			searchServerJobs,
			searchUsers,
			searchGroups,
			searchCollections,
			searchReportTemplates,
			searchScheduledJobs,
			searchTriggers,
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const resource = this.getNodeParameter('resource', 0) as string;
		if (this.getNodeParameter('authentication', 0) === 'queryKey' && resource !== 'query') {
			throw new NodeOperationError(
				this.getNode(),
				'Parameter "Authentication" is Query Key, which reaches only the Query resource',
				{
					description:
						'Choose OAuth2 Client Credentials for this resource, or pick the Query resource. No request was sent.',
				},
			);
		}
		return await executeCatalog.call(this, onsightFlowCatalog);
	}
}
