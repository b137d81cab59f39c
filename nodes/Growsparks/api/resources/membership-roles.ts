import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import {
	filterField,
	idField,
	properties,
	reference,
	selectionFields,
	streamField,
	text,
} from '../fields';

const membershipRoleId = (): FieldSpec =>
	idField({ apiName: 'membershiprole_id', label: 'Membership Role', locator: 'membershiproles' });

/** Properties returned by default or on request (the ID always is), and those that expand. */
const membershipRoleSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['Membership', 'Role', 'Tag', 'Type'],
		onRequest: ['ClassID', 'ClassName', 'CreateDate', 'ModifiedDate'],
		expandable: ['Role'],
	});

/** MembershipRoles: Assignment of a role on a membership. */
export const membershipRolesEndpoints: EndpointSpec[] = [
	{
		id: 'membershiproles.create',
		resource: 'membershiproles',
		operation: 'create',
		name: 'Create',
		action: 'Create a membership role',
		description: 'Create a membership role; returns the full object',
		method: 'POST',
		path: '/membershiproles',
		output: { kind: 'object' },
		fields: properties([
			reference('Membership', {
				required: true,
				locator: 'persongroupmemberships',
				description: 'ID of the person group membership that gets the role',
			}),
			reference('Role', { required: true, locator: 'roles', description: 'ID of the role' }),
			text('Tag', { max: 100 }),
		]),
	},
	{
		id: 'membershiproles.list',
		resource: 'membershiproles',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many membership roles',
		description: 'List membership roles',
		method: 'GET',
		path: '/membershiproles',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...membershipRoleSelection(),
			filterField({
				ClassID: 'reference',
				ClassName: 'reference',
				CreateDate: 'auditDates',
				ID: 'reference',
				Membership: 'reference',
				ModifiedDate: 'auditDates',
				Role: 'reference',
				Tag: 'text',
			}),
			streamField('membership roles'),
		],
	},
	{
		id: 'membershiproles.get',
		resource: 'membershiproles',
		operation: 'get',
		name: 'Get',
		action: 'Get a membership role',
		description: 'Get one membership role by ID',
		method: 'GET',
		path: '/membershiproles/{membershiprole_id}',
		output: { kind: 'object' },
		fields: [membershipRoleId(), ...membershipRoleSelection()],
	},
	{
		id: 'membershiproles.update',
		resource: 'membershiproles',
		operation: 'update',
		name: 'Update',
		action: 'Update a membership role',
		description: 'Change a membership role; only the fields you set are sent',
		method: 'PUT',
		path: '/membershiproles/{membershiprole_id}',
		idempotent: true,
		output: { kind: 'object' },
		fields: [membershipRoleId(), ...properties([text('Tag', { max: 100 })])],
	},
];
