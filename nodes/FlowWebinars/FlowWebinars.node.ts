import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { catalogProperties } from '../shared/declarations/properties';
import { executeCatalog } from '../shared/declarations/execute';
import { flowWebinarsCatalog } from './api/catalog';
import {
	searchAccounts,
	searchOperators,
	searchRooms,
	searchSessions,
	searchSurveys,
} from './methods/list-search';
import { getTimeZones } from '../shared/declarations/time-zones';

export class FlowWebinars implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Flow Webinars',
		name: 'flowWebinars',
		icon: {
			light: 'file:../../icons/flow-webinars.svg',
			dark: 'file:../../icons/flow-webinars.dark.svg',
		},
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Create webinar events, register attendees and download reports in Flow (flowapp.com)',
		defaults: { name: 'Flow Webinars' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'flowWebinarsApi', required: true }],
		properties: catalogProperties(flowWebinarsCatalog, 'Flow Webinars'),
	};

	methods = {
		listSearch: { searchSessions, searchOperators, searchAccounts, searchSurveys, searchRooms },
		loadOptions: { getTimeZones },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeCatalog.call(this, flowWebinarsCatalog);
	}
}
