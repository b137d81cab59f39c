import { resource, call } from '../schema';

/** Scriptlets:  */
export const scriptlets = resource({
	name: 'Scriptlets',
	slug: 'scriptlets',
	singular: 'scriptlet',
	idParam: 'scriptlet_id',
	crud: ['list', 'get'],
	// name, type, access, visibility, details
	fields: [
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['Description', 'text', 'readwrite', 'default'],
		['ID', 'text', 'readonly', 'always', { filter: 'reference' }],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['Owner', 'text', 'readonly', 'default', { filter: 'reference', expandable: true }],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
	],
	calls: [
		call('execute', {
			title: 'Execute',
			returns: 'object',
			body: [['Parameters', 'object', { required: true }]],
		}),
	],
});
