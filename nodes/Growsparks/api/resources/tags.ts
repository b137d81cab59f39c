import { resource } from '../schema';

/** Tags:  */
export const tags = resource({
	name: 'Tags',
	slug: 'tags',
	singular: 'tag',
	idParam: 'tag_id',
	crud: ['list', 'get'],
	// name, type, access, visibility, details
	fields: [
		['Category', 'text', 'readwrite', 'default', { filter: 'hierarchy', expandable: true }],
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['ID', 'text', 'readonly', 'always', { filter: 'reference' }],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['Name', 'text', 'readwrite', 'default', { max: 255 }],
		['Owner', 'text', 'readonly', 'default', { filter: 'reference', expandable: true }],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
	],
	calls: [],
});
