import { resource } from '../schema';

/** Ratings:  */
export const ratings = resource({
	name: 'Ratings',
	slug: 'ratings',
	singular: 'rating',
	idParam: 'rating_id',
	crud: ['list', 'get', 'update'],
	// name, type, access, visibility, details
	fields: [
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['ID', 'text', 'readonly', 'always', { filter: 'reference' }],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		[
			'Of',
			'text',
			'immutable',
			'default',
			{ filter: 'reference', expandable: true, refersTo: 'Person' },
		],
		[
			'On',
			'text',
			'immutable',
			'default',
			{ filter: 'reference', expandable: true, refersTo: 'Entity' },
		],
		['Rating', 'integer', 'readwrite', 'default', { filter: 'orderable' }],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
	],
	calls: [],
});
