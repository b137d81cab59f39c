import { resource } from '../schema';

/** SubLocations:  */
export const sublocations = resource({
	name: 'SubLocations',
	slug: 'sublocations',
	singular: 'sub location',
	idParam: 'sublocation_id',
	crud: ['list', 'get'],
	// name, type, access, visibility, details
	fields: [
		['Available', 'boolean', 'readonly', 'default', { filter: 'boolean' }],
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['Description', 'text', 'readonly', 'default', { format: 'rich' }],
		['ID', 'text', 'readonly', 'always', { filter: 'reference' }],
		['MaxPlaces', 'integer', 'readonly', 'default'],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
	],
	calls: [],
});
