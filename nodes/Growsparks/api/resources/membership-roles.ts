import { resource } from '../schema';

/** MembershipRoles: Assignment of a role on a membership. */
export const membershiproles = resource({
	name: 'MembershipRoles',
	slug: 'membershiproles',
	singular: 'membership role',
	idParam: 'membershiprole_id',
	crud: ['create', 'list', 'get', 'update'],
	createRequires: ['Membership', 'Role'],
	// name, type, access, visibility, details
	fields: [
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['ID', 'text', 'readonly', 'always', { filter: 'reference' }],
		[
			'Membership',
			'text',
			'immutable',
			'default',
			{ filter: 'reference', refersTo: 'PersonGroupMembership' },
		],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		[
			'Role',
			'text',
			'immutable',
			'default',
			{ filter: 'reference', expandable: true, refersTo: 'Role' },
		],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
	],
	calls: [],
});
