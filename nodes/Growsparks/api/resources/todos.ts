import { resource } from '../schema';
import { reportCall } from '../calls';

/** TODOS: Authorizables can have TODOS on ActivityStructures, this means that all persons that are direct or indirect member of the Authorizable have access to the ActivityStructure */
export const todos = resource({
	name: 'TODOS',
	slug: 'todos',
	singular: 'todo',
	idParam: 'todo_id',
	crud: ['create', 'list', 'get', 'update', 'delete'],
	createRequires: ['Of', 'On'],
	// name, type, access, visibility, details
	fields: [
		['AddPortfolio', 'boolean', 'readwrite', 'request'],
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['EndDate', 'date', 'readwrite', 'default'],
		['ID', 'text', 'readonly', 'always', { filter: 'reference' }],
		['Mandatory', 'boolean', 'readwrite', 'request', { filter: 'boolean' }],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		[
			'Of',
			'text',
			'immutable',
			'default',
			{ filter: 'reference', expandable: true, refersTo: 'Authorizable' },
		],
		[
			'On',
			'text',
			'immutable',
			'default',
			{ filter: 'reference', expandable: true, refersTo: 'Entity' },
		],
		['Recommended', 'boolean', 'readwrite', 'request', { filter: 'boolean' }],
		['StartDate', 'date', 'readwrite', 'default'],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
	],
	calls: [reportCall('both')],
});
