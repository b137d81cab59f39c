import { resource } from '../schema';

/** Authorizations:  */
export const authorizations = resource({
	name: 'Authorizations',
	slug: 'authorizations',
	singular: 'authorization',
	idParam: 'authorization_id',
	crud: ['list', 'get', 'update'],
	// name, type, access, visibility, details
	fields: [
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['EndDate', 'date', 'readwrite', 'default'],
		['ID', 'text', 'readonly', 'always', { filter: 'reference' }],
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
		['StartDate', 'date', 'readwrite', 'default'],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
	],
	calls: [],
});
