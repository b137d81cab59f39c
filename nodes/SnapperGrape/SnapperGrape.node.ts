import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { catalogProperties } from '../shared/declarations/properties';
import { executeCatalog } from '../shared/declarations/execute';
import { snapperGrapeCatalog } from './api/catalog';
import {
	searchCategories,
	searchCompetences,
	searchEvents,
	searchOrganisations,
	searchPersons,
	searchRoles,
} from './methods/list-search';

export class SnapperGrape implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Snapper Grape',
		name: 'snapperGrape',
		icon: {
			light: 'file:../../icons/snapper-grape.svg',
			dark: 'file:../../icons/snapper-grape.dark.svg',
		},
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage persons, organisations, competences and course events in Snapper Grape',
		defaults: { name: 'Snapper Grape' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'snapperGrapeApi', required: true }],
		properties: catalogProperties(snapperGrapeCatalog, 'Snapper Grape'),
	};

	methods = {
		listSearch: {
			searchPersons,
			searchOrganisations,
			searchCompetences,
			searchEvents,
			searchCategories,
			searchRoles,
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeCatalog.call(this, snapperGrapeCatalog);
	}
}
