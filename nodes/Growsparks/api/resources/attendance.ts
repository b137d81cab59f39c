import { resource } from '../schema';

/** Attendance:  */
export const attendance = resource({
	name: 'Attendance',
	slug: 'attendance',
	singular: 'attendance',
	idParam: 'attendance_id',
	crud: ['list', 'get'],
	// name, type, access, visibility, details
	fields: [
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		[
			'ExecutionSession',
			'text',
			'readonly',
			'default',
			{ filter: 'reference', expandable: true, refersTo: 'ExecutionSession' },
		],
		['ID', 'text', 'readonly', 'always', { filter: 'reference' }],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['Note', 'text', 'readonly', 'request'],
		['Present', 'boolean', 'readonly', 'default', { filter: 'boolean' }],
		[
			'Subscription',
			'text',
			'readonly',
			'default',
			{ filter: 'reference', expandable: true, refersTo: 'Subscription' },
		],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
	],
	calls: [],
});
