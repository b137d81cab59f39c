import { resource } from '../schema';

/** Locations:  */
export const locations = resource({
	name: 'Locations',
	slug: 'locations',
	singular: 'location',
	idParam: 'location_id',
	crud: ['list', 'get'],
	// name, type, access, visibility, details
	fields: [
		['Address', 'text', 'readonly', 'default', { max: 255, filter: 'text' }],
		['Available', 'boolean', 'readonly', 'default', { filter: 'boolean' }],
		['City', 'text', 'readonly', 'default', { max: 255, filter: 'text' }],
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['Country', 'text', 'readonly', 'default', { max: 255, filter: 'text' }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['Description', 'text', 'readonly', 'default', { format: 'rich' }],
		['ID', 'text', 'readonly', 'always', { filter: 'reference' }],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['Name', 'text', 'readonly', 'default', { max: 255, filter: 'text' }],
		['Phone', 'text', 'readonly', 'default', { max: 255, filter: 'text' }],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
		['ZipCode', 'text', 'readonly', 'default', { format: 'rich' }],
	],
	calls: [],
});
