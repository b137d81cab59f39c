import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { BuiltRequest } from '../../shared/declarations/types';
import { apiRequest } from '../../shared/transport/request';
import { singleRecord } from '../../shared/declarations/execute';
import { expandPath } from '../../shared/transport/paths';
import type { OnsightFlowEndpoint } from './client';
import { gatewayApi } from './client';
import { flag, pick, stringList, text } from './fields';

const group = pick('groupId', 'group_id', 'Group', 'group');
const userIds = {
	...stringList('userIds', 'User IDs', { required: true, asBody: true }),
	locator: 'user',
	pickEach: true,
};

const permissionFlags = [
	flag('dataViewer', 'Data Viewer', 'Whether members may view job data'),
	flag('editor', 'Editor', 'Whether members may edit workflows'),
	flag('modifier', 'Modifier', 'Whether members may modify job data'),
	flag('executor', 'Executor', 'Whether members may run workflows'),
	flag('approver', 'Approver', 'Whether members may approve'),
];

/** The API takes the whole flag set: flags the user leaves out keep their current value. */
async function mergeGroupPermissions(
	this: IExecuteFunctions,
	request: BuiltRequest,
	itemIndex: number,
): Promise<BuiltRequest> {
	const current = await apiRequest.call(this, gatewayApi, {
		method: 'GET',
		path: expandPath('/group/{group_id}', request.pathValues),
		itemIndex,
	});
	const flags = (singleRecord(current.body).permissions as IDataObject | undefined) ?? {};
	return { ...request, body: { ...flags, ...((request.body as IDataObject | undefined) ?? {}) } };
}

/**
 * Groups; their calls are split over three path families on two hosts, used exactly as the guide
 * prints them.
 */
export const groupEndpoints: OnsightFlowEndpoint[] = [
	{
		id: 'groups.getAll',
		resource: 'group',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many groups',
		description: 'List groups (ID and name)',
		host: 'accounts',
		policy: 'Any_Valid_Token',
		method: 'GET',
		path: '/api/group',
		paginated: true,
		fields: [],
		output: { kind: 'records' },
	},
	{
		id: 'groups.get',
		resource: 'group',
		operation: 'get',
		name: 'Get',
		action: 'Get a group',
		description: 'Get a group with its members and permission flags',
		host: 'gateway',
		policy: 'Any_Valid_Token',
		method: 'GET',
		path: '/group/{group_id}',
		fields: [group],
		output: { kind: 'records' },
	},
	{
		id: 'groups.create',
		resource: 'group',
		operation: 'create',
		name: 'Create',
		action: 'Create a group',
		description: 'Create a group',
		host: 'gateway',
		policy: 'Team_Admin',
		method: 'POST',
		path: '/group',
		fields: [text('name', 'Name', { required: true })],
		output: { kind: 'object' },
	},
	{
		id: 'groups.updateName',
		resource: 'group',
		operation: 'rename',
		name: 'Rename',
		action: 'Rename a group',
		description: "Change a group's name",
		host: 'gateway',
		policy: 'Any_Valid_Token',
		method: 'PUT',
		path: '/api/group/{group_id}',
		fields: [group, text('name', 'New Name', { required: true })],
		output: { kind: 'object' },
	},
	{
		id: 'groups.updatePermissions',
		resource: 'group',
		operation: 'updatePermissions',
		name: 'Update Permissions',
		action: "Update a group's permissions",
		description: "Set a group's permission flags; flags left out keep their current value",
		host: 'gateway',
		policy: 'Team_Admin',
		method: 'PUT',
		path: '/api/group/{group_id}/permissions',
		fields: [group, ...permissionFlags],
		output: { kind: 'object' },
		prepare: mergeGroupPermissions,
	},
	{
		id: 'groups.addUsers',
		resource: 'group',
		operation: 'addUsers',
		name: 'Add Users',
		action: 'Add users to a group',
		description: 'Add users to a group by user ID',
		host: 'gateway',
		policy: 'Team_Admin',
		method: 'PUT',
		path: '/api/group/{group_id}/users',
		fields: [group, userIds],
		output: { kind: 'object' },
	},
	{
		id: 'groups.removeUsers',
		resource: 'group',
		operation: 'removeUsers',
		name: 'Remove Users',
		action: 'Remove users from a group',
		description: 'Remove users from a group by user ID',
		host: 'gateway',
		policy: 'Team_Admin',
		method: 'DELETE',
		path: '/api/group/{group_id}/users',
		fields: [group, userIds],
		output: { kind: 'object' },
	},
	{
		id: 'groups.delete',
		resource: 'group',
		operation: 'delete',
		name: 'Delete',
		action: 'Delete a group',
		description: 'Delete a group',
		host: 'accounts',
		policy: 'Team_Admin',
		method: 'DELETE',
		path: '/api/group/{group_id}',
		fields: [group],
		output: { kind: 'deleted' },
	},
];
