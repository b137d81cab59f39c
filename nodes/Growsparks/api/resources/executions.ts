import { resource, call } from '../schema';

/** Executions:  */
export const executions = resource({
	name: 'Executions',
	slug: 'executions',
	singular: 'execution',
	idParam: 'execution_id',
	crud: ['list', 'get'],
	// name, type, access, visibility, details
	fields: [
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		[
			'ClassroomTraining',
			'text',
			'readonly',
			'default',
			{ filter: 'hierarchy', expandable: true, refersTo: 'ClassroomTraining' },
		],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['Description', 'text', 'readonly', 'default', { format: 'rich' }],
		[
			'ExecutionStatus',
			'enum',
			'readonly',
			'default',
			{ filter: 'orderable', values: ['Prepare', 'Definite', 'Cancelled', 'Invisible'] },
		],
		['ID', 'text', 'readonly', 'always', { filter: 'reference' }],
		['Language', 'text', 'readonly', 'default', { format: 'language' }],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['Sessions', 'ids', 'readonly', 'request', { expandable: true, refersTo: 'Entity' }],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
	],
	calls: [
		call('subscribe', {
			title: 'Subscribe',
			returns: 'scalar',
			body: [
				['Person', 'text', { required: true, refersTo: 'Person', description: 'ID of a person' }],
			],
		}),
	],
});
