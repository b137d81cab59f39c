import { resource } from '../schema';

/** TagLinks:  */
export const taglinks = resource({
	name: 'TagLinks',
	slug: 'taglinks',
	singular: 'tag link',
	idParam: 'taglink_id',
	crud: ['list', 'get'],
	// name, type, access, visibility, details
	fields: [
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['ID', 'text', 'readonly', 'always', { filter: 'reference' }],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['Owner', 'text', 'readonly', 'default', { filter: 'reference', expandable: true }],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Tagged', 'text', 'readonly', 'default', { filter: 'reference', expandable: true }],
		['Type', 'text', 'readonly', 'default'],
	],
	calls: [],
});
