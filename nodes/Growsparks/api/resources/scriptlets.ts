import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import { filterField, idField, json, jsonBody, selectionFields, streamField } from '../fields';

const scriptletId = (): FieldSpec =>
	idField({ apiName: 'scriptlet_id', label: 'Scriptlet', locator: 'scriptlets' });

/** Properties returned by default or on request (the ID always is), and those that expand. */
const scriptletSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['Description', 'Owner', 'Tag', 'Type'],
		onRequest: ['ClassID', 'ClassName', 'CreateDate', 'ModifiedDate'],
		expandable: ['Owner'],
	});

/** Scriptlets */
export const scriptletsEndpoints: EndpointSpec[] = [
	{
		id: 'scriptlets.list',
		resource: 'scriptlets',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many scriptlets',
		description: 'List scriptlets',
		method: 'GET',
		path: '/scriptlets',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...scriptletSelection(),
			filterField({
				ClassID: 'reference',
				ClassName: 'reference',
				CreateDate: 'auditDates',
				ID: 'reference',
				ModifiedDate: 'auditDates',
				Owner: 'reference',
				Tag: 'text',
			}),
			streamField('scriptlets'),
		],
	},
	{
		id: 'scriptlets.get',
		resource: 'scriptlets',
		operation: 'get',
		name: 'Get',
		action: 'Get a scriptlet',
		description: 'Get one scriptlet by ID',
		method: 'GET',
		path: '/scriptlets/{scriptlet_id}',
		output: { kind: 'object' },
		fields: [scriptletId(), ...scriptletSelection()],
	},
	{
		id: 'scriptlets.execute',
		resource: 'scriptlets',
		operation: 'execute',
		name: 'Execute',
		action: 'Run a scriptlet',
		description: "Run a scriptlet with the parameters you give; returns the scriptlet's answer",
		method: 'POST',
		path: '/scriptlets/{scriptlet_id}/.execute',
		output: { kind: 'object' },
		prepare: jsonBody,
		fields: [
			scriptletId(),
			json('Parameters', {
				required: true,
				description:
					"The scriptlet's parameters as JSON " +
					'(shape not documented by the vendor: passed through as written)',
			}),
		],
	},
];
