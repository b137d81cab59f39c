import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import { filterField, idField, selectionFields, streamField } from '../fields';

/** Properties returned by default or on request (the ID always is), and those that expand. */
const executionSessionSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['EndTime', 'Execution', 'Location', 'StartTime', 'SubLocation', 'Tag', 'Type'],
		onRequest: ['ClassID', 'ClassName', 'CreateDate', 'ModifiedDate', 'Teachers'],
		expandable: ['Execution', 'Location', 'SubLocation', 'Teachers'],
	});

/** ExecutionSessions */
export const executionSessionsEndpoints: EndpointSpec[] = [
	{
		id: 'executionsessions.list',
		resource: 'executionsessions',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many execution sessions',
		description: 'List execution sessions',
		method: 'GET',
		path: '/executionsessions',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...executionSessionSelection(),
			filterField({
				ClassID: 'reference',
				ClassName: 'reference',
				CreateDate: 'auditDates',
				EndTime: 'orderable',
				Execution: 'reference',
				ID: 'reference',
				Location: 'hierarchy',
				ModifiedDate: 'auditDates',
				StartTime: 'orderable',
				SubLocation: 'hierarchy',
				Tag: 'text',
			}),
			streamField('execution sessions'),
		],
	},
	{
		id: 'executionsessions.get',
		resource: 'executionsessions',
		operation: 'get',
		name: 'Get',
		action: 'Get an execution session',
		description: 'Get one execution session by ID',
		method: 'GET',
		path: '/executionsessions/{executionsession_id}',
		output: { kind: 'object' },
		fields: [
			idField({
				apiName: 'executionsession_id',
				label: 'Execution Session',
				locator: 'executionsessions',
			}),
			...executionSessionSelection(),
		],
	},
];
