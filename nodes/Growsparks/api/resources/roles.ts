import { resource } from '../schema';
import { reportCall } from '../calls';

/** Roles: Roles can be assigned to PersonGroupMemberships. Roles give extra authorizations on the group of the membership. */
export const roles = resource({
	name: 'Roles',
	slug: 'roles',
	singular: 'role',
	idParam: 'role_id',
	crud: ['create', 'list', 'get'],
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
		['RoleName', 'text', 'readwrite', 'default', { max: 255, filter: 'text' }],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
	],
	calls: [reportCall('authorizable')],
});
