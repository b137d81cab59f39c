import { resource } from '../schema';
import { reportCall } from '../calls';

/** Authorizables: Authorizables is the union of all PersonGroups and Persons */
export const authorizables = resource({
	name: 'Authorizables',
	slug: 'authorizables',
	singular: 'authorizable',
	idParam: 'authorizable_id',
	crud: ['list', 'get'],
	// name, type, access, visibility, details
	fields: [
		['Authorizations', 'ids', 'readonly', 'request', { expandable: true, refersTo: 'Entity' }],
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['ExtraData', 'mapping', 'readwrite', 'request'],
		['ID', 'text', 'readonly', 'always', { filter: 'hierarchy' }],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['ParentMemberships', 'ids', 'readonly', 'request', { expandable: true, refersTo: 'Entity' }],
		['PreferredLanguage', 'text', 'readwrite', 'request', { format: 'language' }],
		['ProfileImage', 'asset', 'readwrite', 'request'],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
	],
	calls: [reportCall('authorizable')],
});
