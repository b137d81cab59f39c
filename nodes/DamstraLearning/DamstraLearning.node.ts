import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { catalogProperties } from '../shared/declarations/properties';
import { executeCatalog } from '../shared/declarations/execute';
import { damstraLearningCatalog } from './api/catalog';
import {
	searchGroups,
	searchIltAttendees,
	searchIltSessions,
	searchLessonSchedules,
	searchLessons,
	searchUsers,
} from './methods/list-search';
import { getTimeZones } from '../shared/declarations/time-zones';

export class DamstraLearning implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Damstra Learning',
		name: 'damstraLearning',
		icon: {
			light: 'file:../../icons/damstra-learning.svg',
			dark: 'file:../../icons/damstra-learning.dark.svg',
		},
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Manage users, groups, lessons, schedules and instructor-led training in Damstra Learning (formerly Velpic)',
		defaults: { name: 'Damstra Learning' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'damstraLearningApi', required: true }],
		properties: catalogProperties(damstraLearningCatalog, 'Damstra Learning'),
	};

	methods = {
		listSearch: {
			searchUsers,
			searchGroups,
			searchLessons,
			searchLessonSchedules,
			searchIltSessions,
			searchIltAttendees,
		},
		loadOptions: { getTimeZones },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeCatalog.call(this, damstraLearningCatalog);
	}
}
