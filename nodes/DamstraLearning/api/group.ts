import type { EndpointSpec, FieldSpec } from '../../shared/declarations/types';
import { USER_SIMPLE_KEYS, groupLocator, textField, userIdsField } from './fields';

const parentId: FieldSpec = {
	name: 'parentId',
	label: 'Parent Group ID',
	in: 'body',
	type: 'number',
	min: 1,
	description: 'Numeric ID of the parent group',
};

function membership(id: string, operation: string, name: string, action: string, path: string, description: string): EndpointSpec {
	return {
		id,
		resource: 'group',
		operation,
		name,
		action,
		description,
		method: 'POST',
		path,
		// Adding or removing the same users twice leaves the same membership, so a lost response may be retried.
		idempotent: true,
		output: { kind: 'object' },
		fields: [groupLocator(), userIdsField(description)],
	};
}

function userList(id: string, operation: string, name: string, action: string, path: string, description: string): EndpointSpec {
	return {
		id,
		resource: 'group',
		operation,
		name,
		action,
		description,
		method: 'GET',
		path,
		paginated: true,
		output: { kind: 'records', path: 'results' },
		simplify: USER_SIMPLE_KEYS,
		fields: [groupLocator()],
	};
}

export const groupEndpoints: EndpointSpec[] = [
	{
		id: 'group.list',
		resource: 'group',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many groups',
		description: 'List groups or search them by name',
		method: 'GET',
		path: '/group',
		paginated: true,
		output: { kind: 'records', path: 'results' },
		fields: [textField('q', 'Search', 'query', { description: 'Matches the group name' })],
	},
	{
		id: 'group.get',
		resource: 'group',
		operation: 'get',
		name: 'Get',
		action: 'Get a group',
		description: 'Get one group by ID',
		method: 'GET',
		path: '/group/{groupId}',
		output: { kind: 'object' },
		fields: [groupLocator()],
	},
	{
		id: 'group.create',
		resource: 'group',
		operation: 'create',
		name: 'Create',
		action: 'Create a group',
		description: 'Create a group',
		method: 'POST',
		path: '/group',
		output: { kind: 'object' },
		fields: [
			textField('name', 'Name', 'body', { required: true, maxLength: 255 }),
			{ ...textField('description', 'Description', 'body', { required: true }), type: 'text' },
			parentId,
		],
	},
	{
		id: 'group.update',
		resource: 'group',
		operation: 'update',
		name: 'Update',
		action: 'Update a group',
		description: 'Change a group; only the fields you set change',
		notice: 'Damstra Learning needs the name and description on every update, so the node reads the group first and sends them back with your changes.',
		method: 'POST',
		path: '/group/{groupId}',
		fullObjectUpdate: { readPath: '/group/{groupId}', keep: ['name', 'description', 'parentId'] },
		output: { kind: 'object' },
		fields: [
			groupLocator(),
			textField('name', 'Name', 'body', { maxLength: 255 }),
			{ ...textField('description', 'Description', 'body'), type: 'text' },
			parentId,
		],
	},
	userList('group.listMembers', 'getMembers', 'Get Members', 'Get members of a group', '/group/{groupId}/member', 'List the users who are members of a group'),
	membership('group.addMembers', 'addMembers', 'Add Members', 'Add members to a group', '/group/{groupId}/add_members', 'Users to add as members of the group'),
	membership('group.removeMembers', 'removeMembers', 'Remove Members', 'Remove members from a group', '/group/{groupId}/remove_members', 'Users to remove from the group\'s members'),
	userList('group.listSupervisors', 'getSupervisors', 'Get Supervisors', 'Get supervisors of a group', '/group/{groupId}/supervisor', 'List the users who supervise a group'),
	membership('group.addSupervisors', 'addSupervisors', 'Add Supervisors', 'Add supervisors to a group', '/group/{groupId}/add_supervisors', 'Users to add as supervisors of the group'),
	membership('group.removeSupervisors', 'removeSupervisors', 'Remove Supervisors', 'Remove supervisors from a group', '/group/{groupId}/remove_supervisors', 'Users to remove from the group\'s supervisors'),
	{
		id: 'group.inactivate',
		resource: 'group',
		operation: 'inactivate',
		name: 'Inactivate',
		action: 'Inactivate a group',
		description: 'Make a group inactive',
		method: 'POST',
		path: '/group/{groupId}/inactivate',
		idempotent: true,
		output: { kind: 'object' },
		fields: [groupLocator()],
	},
];
