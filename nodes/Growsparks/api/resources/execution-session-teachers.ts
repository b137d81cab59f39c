import { resource } from '../schema';

/** ExecutionSessionTeachers:  */
export const executionsessionteachers = resource({
	name: 'ExecutionSessionTeachers',
	slug: 'executionsessionteachers',
	singular: 'execution session teacher',
	idParam: 'executionsessionteacher_id',
	crud: ['list', 'get'],
	// name, type, access, visibility, details
	fields: [
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['Deleted', 'boolean', 'readwrite', 'default', { filter: 'reference' }],
		[
			'ExecutionSession',
			'text',
			'readonly',
			'default',
			{ filter: 'reference', expandable: true, refersTo: 'ExecutionSession' },
		],
		['ID', 'text', 'readonly', 'always', { filter: 'reference' }],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		[
			'Person',
			'text',
			'readonly',
			'default',
			{ filter: 'reference', expandable: true, refersTo: 'Person' },
		],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
	],
	calls: [],
});
