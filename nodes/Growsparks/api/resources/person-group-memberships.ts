import { resource } from '../schema';

/** PersonGroupMemberships: Authorizables can be member of PersonGroups. This membership is expressed by PersonGroupMemberships */
export const persongroupmemberships = resource({
	name: 'PersonGroupMemberships',
	slug: 'persongroupmemberships',
	singular: 'person group membership',
	idParam: 'persongroupmembership_id',
	crud: ['create', 'list', 'get', 'update', 'delete'],
	createRequires: ['Member', 'MemberOf'],
	updateRequires: ['MemberOf'],
	// name, type, access, visibility, details
	fields: [
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['Deleted', 'boolean', 'readwrite', 'default', { filter: 'reference' }],
		['EndDate', 'date', 'readwrite', 'default'],
		['ID', 'text', 'readonly', 'always', { filter: 'reference' }],
		[
			'Member',
			'text',
			'immutable',
			'default',
			{ filter: 'reference', expandable: true, refersTo: 'Authorizable' },
		],
		[
			'MemberOf',
			'text',
			'readwrite',
			'default',
			{ filter: 'reference', expandable: true, refersTo: 'PersonGroup' },
		],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['StartDate', 'date', 'readwrite', 'default'],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
	],
	calls: [],
});
