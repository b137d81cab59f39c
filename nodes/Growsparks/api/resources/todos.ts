import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import {
	date,
	filterField,
	flag,
	idField,
	jsonBody,
	properties,
	reference,
	selectionFields,
	streamField,
	text,
} from '../fields';
import { includeMessagesField, reportDescription, reportFields, reportLines } from '../call-fields';

const todoId = (): FieldSpec => idField({ apiName: 'todo_id', label: 'Todo', locator: 'todos' });

/** Properties returned by default or on request (the ID always is), and those that expand. */
const todoSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['EndDate', 'Of', 'On', 'StartDate', 'Tag', 'Type'],
		onRequest: [
			'AddPortfolio',
			'ClassID',
			'ClassName',
			'CreateDate',
			'Mandatory',
			'ModifiedDate',
			'Recommended',
		],
		expandable: ['Of', 'On'],
	});

/**
 * TODOS: Authorizables can have TODOS on ActivityStructures, this means that all persons that are
 * direct or indirect member of the Authorizable have access to the ActivityStructure
 */
export const todosEndpoints: EndpointSpec[] = [
	{
		id: 'todos.create',
		resource: 'todos',
		operation: 'create',
		name: 'Create',
		action: 'Create a todo',
		description: 'Create a todo; returns the full object',
		method: 'POST',
		path: '/todos',
		output: { kind: 'object' },
		fields: properties([
			flag('AddPortfolio'),
			date('EndDate'),
			flag('Mandatory', { description: 'Whether the todo is mandatory' }),
			reference('Of', {
				required: true,
				locator: 'authorizables',
				description: 'ID of the person or person group the todo is for',
			}),
			reference('On', {
				required: true,
				locator: 'activitystructures',
				description: 'ID of the activity or program (activity structure) to do',
			}),
			flag('Recommended', { description: 'Whether the todo is recommended' }),
			date('StartDate'),
			text('Tag', { max: 100 }),
		]),
	},
	{
		id: 'todos.list',
		resource: 'todos',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many todos',
		description: 'List todos',
		method: 'GET',
		path: '/todos',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...todoSelection(),
			filterField({
				ClassID: 'reference',
				ClassName: 'reference',
				CreateDate: 'auditDates',
				ID: 'reference',
				Mandatory: 'boolean',
				ModifiedDate: 'auditDates',
				Of: 'reference',
				On: 'reference',
				Recommended: 'boolean',
				Tag: 'text',
			}),
			streamField('todos'),
		],
	},
	{
		id: 'todos.get',
		resource: 'todos',
		operation: 'get',
		name: 'Get',
		action: 'Get a todo',
		description: 'Get one todo by ID',
		method: 'GET',
		path: '/todos/{todo_id}',
		output: { kind: 'object' },
		fields: [todoId(), ...todoSelection()],
	},
	{
		id: 'todos.update',
		resource: 'todos',
		operation: 'update',
		name: 'Update',
		action: 'Update a todo',
		description: 'Change a todo; only the fields you set are sent',
		method: 'PUT',
		path: '/todos/{todo_id}',
		idempotent: true,
		output: { kind: 'object' },
		fields: [
			todoId(),
			...properties([
				flag('AddPortfolio'),
				date('EndDate'),
				flag('Mandatory', { description: 'Whether the todo is mandatory' }),
				flag('Recommended', { description: 'Whether the todo is recommended' }),
				date('StartDate'),
				text('Tag', { max: 100 }),
			]),
		],
	},
	{
		id: 'todos.delete',
		resource: 'todos',
		operation: 'delete',
		name: 'Delete',
		action: 'Delete a todo',
		description: 'Delete a todo',
		method: 'DELETE',
		path: '/todos/{todo_id}',
		output: { kind: 'deleted' },
		fields: [todoId()],
	},
	{
		id: 'todos.report',
		resource: 'todos',
		operation: 'report',
		name: 'Report',
		action: 'Get a report on a todo',
		description: reportDescription('on the persons and activities a todo covers'),
		method: 'POST',
		path: '/todos/{todo_id}/.report',
		streamable: true,
		idempotent: true,
		output: { kind: 'records' },
		prepare: jsonBody,
		transform: (body, request) => reportLines(body, request.params.includeMessages === true),
		fields: [
			todoId(),
			...reportFields('both'),
			streamField('results', { paged: false }),
			includeMessagesField(),
		],
	},
];
