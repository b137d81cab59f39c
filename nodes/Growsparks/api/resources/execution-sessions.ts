import { resource } from '../schema';

/** ExecutionSessions:  */
export const executionsessions = resource({
	name: 'ExecutionSessions',
	slug: 'executionsessions',
	singular: 'execution session',
	idParam: 'executionsession_id',
	crud: ['list', 'get'],
	// name, type, access, visibility, details
	fields: [
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['EndTime', 'date', 'readonly', 'default', { filter: 'orderable' }],
		['Execution', 'text', 'readonly', 'default', { filter: 'reference', expandable: true }],
		['ID', 'text', 'readonly', 'always', { filter: 'reference' }],
		['Location', 'text', 'readonly', 'default', { filter: 'hierarchy', expandable: true }],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['StartTime', 'date', 'readonly', 'default', { filter: 'orderable' }],
		['SubLocation', 'text', 'readonly', 'default', { filter: 'hierarchy', expandable: true }],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Teachers', 'ids', 'readonly', 'request', { expandable: true, refersTo: 'Entity' }],
		['Type', 'text', 'readonly', 'default'],
	],
	calls: [],
});
