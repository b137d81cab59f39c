import { resource } from '../schema';

/** ActivityGroupMemberships: ActivityStructures can be member of ActivityGroups. This membership is expressed by ActivityGroupMemberships */
export const activitygroupmemberships = resource({
	name: 'ActivityGroupMemberships',
	slug: 'activitygroupmemberships',
	singular: 'activity group membership',
	idParam: 'activitygroupmembership_id',
	crud: ['create', 'list', 'get', 'update', 'delete'],
	createRequires: ['Member', 'MemberOf'],
	updateRequires: ['MemberOf'],
	// name, type, access, visibility, details
	fields: [
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['Deleted', 'boolean', 'readwrite', 'default', { filter: 'reference' }],
		['ID', 'text', 'readonly', 'always', { filter: 'reference' }],
		[
			'Member',
			'text',
			'immutable',
			'default',
			{ filter: 'reference', expandable: true, refersTo: 'ActivityStructure' },
		],
		[
			'MemberOf',
			'text',
			'readwrite',
			'default',
			{ filter: 'reference', expandable: true, refersTo: 'Program' },
		],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['SortOrder', 'integer', 'readwrite', 'default'],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
	],
	calls: [],
});
