import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { catalogProperties } from '../shared/declarations/properties';
import { executeCatalog } from '../shared/declarations/execute';
import { growsparksCatalog } from './api/catalog';
import { listSearch } from './methods/list-search';

export class Growsparks implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Growsparks',
		name: 'growsparks',
		icon: {
			light: 'file:../../icons/growsparks.svg',
			dark: 'file:../../icons/growsparks.dark.svg',
		},
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Work with persons, groups, activities, results and reports in Growsparks (Flowsparks)',
		defaults: { name: 'Growsparks' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'growsparksApi', required: true }],
		properties: catalogProperties(growsparksCatalog, 'Growsparks'),
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeCatalog.call(this, growsparksCatalog);
	}
}
