import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import { filterField, idField, selectionFields, streamField } from '../fields';

/** Properties returned by default or on request (the ID always is), and those that expand. */
const executionSessionTeacherSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['Deleted', 'ExecutionSession', 'Person', 'Tag', 'Type'],
		onRequest: ['ClassID', 'ClassName', 'CreateDate', 'ModifiedDate'],
		expandable: ['ExecutionSession', 'Person'],
	});

/** ExecutionSessionTeachers */
export const executionSessionTeachersEndpoints: EndpointSpec[] = [
	{
		id: 'executionsessionteachers.list',
		resource: 'executionsessionteachers',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many execution session teachers',
		description: 'List execution session teachers',
		method: 'GET',
		path: '/executionsessionteachers',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...executionSessionTeacherSelection(),
			filterField({
				ClassID: 'reference',
				ClassName: 'reference',
				CreateDate: 'auditDates',
				Deleted: 'reference',
				ExecutionSession: 'reference',
				ID: 'reference',
				ModifiedDate: 'auditDates',
				Person: 'reference',
				Tag: 'text',
			}),
			streamField('execution session teachers'),
		],
	},
	{
		id: 'executionsessionteachers.get',
		resource: 'executionsessionteachers',
		operation: 'get',
		name: 'Get',
		action: 'Get an execution session teacher',
		description: 'Get one execution session teacher by ID',
		method: 'GET',
		path: '/executionsessionteachers/{executionsessionteacher_id}',
		output: { kind: 'object' },
		fields: [
			idField({
				apiName: 'executionsessionteacher_id',
				label: 'Execution Session Teacher',
				locator: 'executionsessionteachers',
			}),
			...executionSessionTeacherSelection(),
		],
	},
];
