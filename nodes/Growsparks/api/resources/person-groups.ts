import { resource } from '../schema';
import { activityRecordsCall, groupProgressCall, reportCall } from '../calls';

/** PersonGroups: Use PersonGroups to group Authorizables like Persons and other PersonGroups */
export const persongroups = resource({
	name: 'PersonGroups',
	slug: 'persongroups',
	singular: 'person group',
	idParam: 'persongroup_id',
	crud: ['create', 'list', 'get', 'update'],
	// name, type, access, visibility, details
	fields: [
		['Authorizations', 'ids', 'readonly', 'request', { expandable: true, refersTo: 'Entity' }],
		['ChildMemberships', 'ids', 'readonly', 'request', { expandable: true, refersTo: 'Entity' }],
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['ExtraData', 'mapping', 'readwrite', 'request'],
		['GroupName', 'text', 'readwrite', 'default', { max: 255, filter: 'text' }],
		['ID', 'text', 'readonly', 'always', { filter: 'hierarchy' }],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['ParentMemberships', 'ids', 'readonly', 'request', { expandable: true, refersTo: 'Entity' }],
		['PreferredLanguage', 'text', 'readwrite', 'request', { format: 'language' }],
		['ProfileImage', 'asset', 'readwrite', 'request'],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
	],
	calls: [activityRecordsCall(), groupProgressCall(), reportCall('authorizable')],
});
