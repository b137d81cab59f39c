import { resource } from '../schema';
import { activityRecordsCall, groupProgressCall, reportCall } from '../calls';

/** EventPersonGroups: Special case PersonGroup for self registration of Persons. */
export const eventpersongroups = resource({
	name: 'EventPersonGroups',
	slug: 'eventpersongroups',
	singular: 'event person group',
	idParam: 'eventpersongroup_id',
	crud: ['create', 'list', 'get', 'update'],
	// name, type, access, visibility, details
	fields: [
		['Authorizations', 'ids', 'readonly', 'request', { expandable: true, refersTo: 'Entity' }],
		['ChildMemberships', 'ids', 'readonly', 'request', { expandable: true, refersTo: 'Entity' }],
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['Code', 'text', 'readwrite', 'default', { max: 255, filter: 'text' }],
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
