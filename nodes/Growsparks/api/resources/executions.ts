import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import { filterField, idField, jsonBody, reference, selectionFields, streamField } from '../fields';

const executionId = (): FieldSpec =>
	idField({ apiName: 'execution_id', label: 'Execution', locator: 'executions' });

/** Properties returned by default or on request (the ID always is), and those that expand. */
const executionSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['ClassroomTraining', 'Description', 'ExecutionStatus', 'Language', 'Tag', 'Type'],
		onRequest: ['ClassID', 'ClassName', 'CreateDate', 'ModifiedDate', 'Sessions'],
		expandable: ['ClassroomTraining', 'Sessions'],
	});

/** Executions */
export const executionsEndpoints: EndpointSpec[] = [
	{
		id: 'executions.list',
		resource: 'executions',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many executions',
		description: 'List executions',
		method: 'GET',
		path: '/executions',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...executionSelection(),
			filterField({
				ClassID: 'reference',
				ClassName: 'reference',
				ClassroomTraining: 'hierarchy',
				CreateDate: 'auditDates',
				ExecutionStatus: 'orderable',
				ID: 'reference',
				ModifiedDate: 'auditDates',
				Tag: 'text',
			}),
			streamField('executions'),
		],
	},
	{
		id: 'executions.get',
		resource: 'executions',
		operation: 'get',
		name: 'Get',
		action: 'Get an execution',
		description: 'Get one execution by ID',
		method: 'GET',
		path: '/executions/{execution_id}',
		output: { kind: 'object' },
		fields: [executionId(), ...executionSelection()],
	},
	{
		id: 'executions.subscribe',
		resource: 'executions',
		operation: 'subscribe',
		name: 'Subscribe',
		action: 'Subscribe a person to an execution',
		description:
			'Sign a person up for an execution (one run of a classroom training); ' +
			"returns Growsparks' answer as text",
		method: 'POST',
		path: '/executions/{execution_id}/.subscribe',
		output: { kind: 'object' },
		prepare: jsonBody,
		transform: (body) => [{ result: body as string }],
		fields: [
			executionId(),
			reference('Person', {
				required: true,
				locator: 'persons',
				description: 'ID of the person to sign up',
			}),
		],
	},
];
