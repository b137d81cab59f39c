import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import {
	filterField,
	flag,
	idField,
	number,
	properties,
	reference,
	selectionFields,
	streamField,
	text,
} from '../fields';

const activityGroupMembershipId = (): FieldSpec =>
	idField({
		apiName: 'activitygroupmembership_id',
		label: 'Activity Group Membership',
		locator: 'activitygroupmemberships',
	});

/** Properties returned by default or on request (the ID always is), and those that expand. */
const activityGroupMembershipSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['Deleted', 'Member', 'MemberOf', 'SortOrder', 'Tag', 'Type'],
		onRequest: ['ClassID', 'ClassName', 'CreateDate', 'ModifiedDate'],
		expandable: ['Member', 'MemberOf'],
	});

/**
 * ActivityGroupMemberships: ActivityStructures can be member of ActivityGroups. This membership is
 * expressed by ActivityGroupMemberships
 */
export const activityGroupMembershipsEndpoints: EndpointSpec[] = [
	{
		id: 'activitygroupmemberships.create',
		resource: 'activitygroupmemberships',
		operation: 'create',
		name: 'Create',
		action: 'Create an activity group membership',
		description: 'Create an activity group membership; returns the full object',
		method: 'POST',
		path: '/activitygroupmemberships',
		output: { kind: 'object' },
		fields: properties([
			flag('Deleted', { description: 'Whether the membership is marked as deleted' }),
			reference('Member', {
				required: true,
				locator: 'activitystructures',
				description:
					'ID of the activity or activity group (activity structure) that becomes a member',
			}),
			reference('MemberOf', {
				required: true,
				locator: 'activitygroups',
				description: 'ID of the program (activity group) it belongs to',
			}),
			number('SortOrder', { description: 'Position of the member in the program' }),
			text('Tag', { max: 100 }),
		]),
	},
	{
		id: 'activitygroupmemberships.list',
		resource: 'activitygroupmemberships',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many activity group memberships',
		description: 'List activity group memberships',
		method: 'GET',
		path: '/activitygroupmemberships',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...activityGroupMembershipSelection(),
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
			streamField('activity group memberships'),
		],
	},
	{
		id: 'activitygroupmemberships.get',
		resource: 'activitygroupmemberships',
		operation: 'get',
		name: 'Get',
		action: 'Get an activity group membership',
		description: 'Get one activity group membership by ID',
		method: 'GET',
		path: '/activitygroupmemberships/{activitygroupmembership_id}',
		output: { kind: 'object' },
		fields: [activityGroupMembershipId(), ...activityGroupMembershipSelection()],
	},
	{
		id: 'activitygroupmemberships.update',
		resource: 'activitygroupmemberships',
		operation: 'update',
		name: 'Update',
		action: 'Update an activity group membership',
		description: 'Change an activity group membership; only the fields you set are sent',
		method: 'PUT',
		path: '/activitygroupmemberships/{activitygroupmembership_id}',
		idempotent: true,
		output: { kind: 'object' },
		fields: [
			activityGroupMembershipId(),
			...properties([
				flag('Deleted', { description: 'Whether the membership is marked as deleted' }),
				reference('MemberOf', {
					required: true,
					locator: 'activitygroups',
					description: 'ID of the program (activity group) it belongs to',
				}),
				number('SortOrder', { description: 'Position of the member in the program' }),
				text('Tag', { max: 100 }),
			]),
		],
	},
	{
		id: 'activitygroupmemberships.delete',
		resource: 'activitygroupmemberships',
		operation: 'delete',
		name: 'Delete',
		action: 'Delete an activity group membership',
		description: 'Delete an activity group membership',
		method: 'DELETE',
		path: '/activitygroupmemberships/{activitygroupmembership_id}',
		output: { kind: 'deleted' },
		fields: [activityGroupMembershipId()],
	},
];
