import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import {
	date,
	filterField,
	flag,
	idField,
	properties,
	reference,
	selectionFields,
	streamField,
	text,
} from '../fields';

const personGroupMembershipId = (): FieldSpec =>
	idField({
		apiName: 'persongroupmembership_id',
		label: 'Person Group Membership',
		locator: 'persongroupmemberships',
	});

/** Properties returned by default or on request (the ID always is), and those that expand. */
const personGroupMembershipSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['Deleted', 'EndDate', 'Member', 'MemberOf', 'StartDate', 'Tag', 'Type'],
		onRequest: ['ClassID', 'ClassName', 'CreateDate', 'ModifiedDate'],
		expandable: ['Member', 'MemberOf'],
	});

/**
 * PersonGroupMemberships: Authorizables can be member of PersonGroups. This membership is expressed
 * by PersonGroupMemberships
 */
export const personGroupMembershipsEndpoints: EndpointSpec[] = [
	{
		id: 'persongroupmemberships.create',
		resource: 'persongroupmemberships',
		operation: 'create',
		name: 'Create',
		action: 'Create a person group membership',
		description: 'Create a person group membership; returns the full object',
		method: 'POST',
		path: '/persongroupmemberships',
		output: { kind: 'object' },
		fields: properties([
			flag('Deleted', { description: 'Whether the membership is marked as deleted' }),
			date('EndDate', { description: 'When the membership ends' }),
			reference('Member', {
				required: true,
				locator: 'authorizables',
				description: 'ID of the person or person group that becomes a member',
			}),
			reference('MemberOf', {
				required: true,
				locator: 'persongroups',
				description: 'ID of the person group to be a member of',
			}),
			date('StartDate', { description: 'When the membership starts' }),
			text('Tag', { max: 100 }),
		]),
	},
	{
		id: 'persongroupmemberships.list',
		resource: 'persongroupmemberships',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many person group memberships',
		description: 'List person group memberships',
		method: 'GET',
		path: '/persongroupmemberships',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...personGroupMembershipSelection(),
			filterField({
				ClassID: 'reference',
				ClassName: 'reference',
				CreateDate: 'auditDates',
				Deleted: 'reference',
				ID: 'reference',
				Member: 'reference',
				MemberOf: 'reference',
				ModifiedDate: 'auditDates',
				Tag: 'text',
			}),
			streamField('person group memberships'),
		],
	},
	{
		id: 'persongroupmemberships.get',
		resource: 'persongroupmemberships',
		operation: 'get',
		name: 'Get',
		action: 'Get a person group membership',
		description: 'Get one person group membership by ID',
		method: 'GET',
		path: '/persongroupmemberships/{persongroupmembership_id}',
		output: { kind: 'object' },
		fields: [personGroupMembershipId(), ...personGroupMembershipSelection()],
	},
	{
		id: 'persongroupmemberships.update',
		resource: 'persongroupmemberships',
		operation: 'update',
		name: 'Update',
		action: 'Update a person group membership',
		description: 'Change a person group membership; only the fields you set are sent',
		method: 'PUT',
		path: '/persongroupmemberships/{persongroupmembership_id}',
		idempotent: true,
		output: { kind: 'object' },
		fields: [
			personGroupMembershipId(),
			...properties([
				flag('Deleted', { description: 'Whether the membership is marked as deleted' }),
				date('EndDate', { description: 'When the membership ends' }),
				reference('MemberOf', {
					required: true,
					locator: 'persongroups',
					description: 'ID of the person group to be a member of',
				}),
				date('StartDate', { description: 'When the membership starts' }),
				text('Tag', { max: 100 }),
			]),
		],
	},
	{
		id: 'persongroupmemberships.delete',
		resource: 'persongroupmemberships',
		operation: 'delete',
		name: 'Delete',
		action: 'Delete a person group membership',
		description: 'Delete a person group membership',
		method: 'DELETE',
		path: '/persongroupmemberships/{persongroupmembership_id}',
		output: { kind: 'deleted' },
		fields: [personGroupMembershipId()],
	},
];
