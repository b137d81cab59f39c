import type { OnsightFlowEndpoint } from './client';
import { acc } from './client';
import { flag, pick, text } from './fields';

const user = pick('userId', 'user_id', 'User', 'user');
const simplify = ['userId', 'username', 'emailAddress', 'name', 'locked', 'created'];

/**
 * Users, on the accounts host. The guide prints Trigger_Admin for the writes (almost certainly meant
 * Team_Admin); the 403 advice names what the guide prints.
 */
const declared: OnsightFlowEndpoint[] = [
	acc('Any_Valid_Token', {
		id: 'users.getAll',
		resource: 'user',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many users',
		description: "List the team's users",
		method: 'GET',
		path: '/api/team/user',
		paginated: true,
		fields: [],
		output: { kind: 'records' },
		simplify,
	}),
	acc('Any_Valid_Token', {
		id: 'users.get',
		resource: 'user',
		operation: 'get',
		name: 'Get',
		action: 'Get a user',
		description: 'Get one user',
		method: 'GET',
		path: '/api/team/user/{user_id}',
		fields: [user],
		output: { kind: 'records' },
	}),
	acc('Trigger_Admin', {
		id: 'users.create',
		resource: 'user',
		operation: 'create',
		name: 'Create',
		action: 'Create a user',
		description: 'Create a user; the answer holds a generated password',
		notice: "The output holds the new user's generated password: pass it on securely",
		method: 'POST',
		path: '/api/team/user',
		fields: [
			text('username', 'User Name', { required: true, placeholder: 'e.g. jane.doe@example.com' }),
			{ name: 'emailAddress', label: 'Email', in: 'body', type: 'email', required: true },
			text('name', 'Name', { required: true }),
		],
		output: { kind: 'object' },
	}),
	acc('Trigger_Admin', {
		id: 'users.updateDetails',
		resource: 'user',
		operation: 'update',
		name: 'Update',
		action: 'Update a user',
		description: "Change a user's display name",
		method: 'PUT',
		path: '/api/team/user/{user_id}',
		fields: [user, text('name', 'Name', { apiName: 'Name', required: true })],
		output: { kind: 'object' },
	}),
	acc('Trigger_Admin', {
		id: 'users.getPermissions',
		resource: 'user',
		operation: 'getPermissions',
		name: 'Get Permissions',
		action: "Get a user's permissions",
		description: "Read a user's permission flags",
		method: 'GET',
		path: '/api/team/user/{user_id}/permissions',
		fields: [user],
		output: { kind: 'object' },
	}),
	acc('Trigger_Admin', {
		id: 'users.updatePermissions',
		resource: 'user',
		operation: 'updatePermissions',
		name: 'Update Permissions',
		action: "Update a user's permissions",
		description: "Set a user's permission flags; flags left out keep their current value",
		method: 'PUT',
		path: '/api/team/user/{userId}/permissions',
		fields: [
			pick('userId', 'userId', 'User', 'user'),
			flag('admin', 'Admin', 'Whether the user is a team admin'),
			flag('dataViewer', 'Data Viewer', 'Whether the user may view job data'),
			flag('executor', 'Executor', 'Whether the user may run workflows'),
			flag('editor', 'Editor', 'Whether the user may edit workflows'),
			flag('modifier', 'Modifier', 'Whether the user may modify job data'),
			flag('approver', 'Approver', 'Whether the user may approve'),
		],
		fullObjectUpdate: { readPath: '/api/team/user/{userId}/permissions' },
		output: { kind: 'object' },
	}),
	acc('Trigger_Admin', {
		id: 'users.lock',
		resource: 'user',
		operation: 'lock',
		name: 'Lock',
		action: 'Lock a user',
		description: 'Lock a user account',
		method: 'POST',
		path: '/api/team/{user_id}/lock',
		idempotent: true,
		fields: [user],
		output: { kind: 'object' },
	}),
	acc('Trigger_Admin', {
		id: 'users.unlock',
		resource: 'user',
		operation: 'unlock',
		name: 'Unlock',
		action: 'Unlock a user',
		description: 'Unlock a user account',
		method: 'POST',
		path: '/api/team/{user_id}/unlock',
		idempotent: true,
		fields: [user],
		output: { kind: 'object' },
	}),
	acc('Trigger_Admin', {
		id: 'users.resetPassword',
		resource: 'user',
		operation: 'resetPassword',
		name: 'Reset Password',
		action: "Reset a user's password",
		description: "Reset a user's password; the answer holds the new one",
		notice: 'The output holds the new password: pass it on securely',
		method: 'POST',
		path: '/api/team/{user_id}/resetpassword',
		fields: [user],
		output: { kind: 'object' },
	}),
	acc('Trigger_Admin', {
		id: 'users.delete',
		resource: 'user',
		operation: 'delete',
		name: 'Delete',
		action: 'Delete a user',
		description: 'Delete a user',
		method: 'DELETE',
		path: '/api/team/user/{user_id}',
		fields: [user],
		output: { kind: 'object' },
	}),
];

const TEAM_ADMIN_TOO =
	"The token has none of the scopes this call needs. The guide names auth/trigger.admin for user management, which is probably meant to be auth/team.admin: grant both to the M2M client (with the OWNER or ADMIN permission), and add them to the credential's Scope field if it is set.";

export const userEndpoints: OnsightFlowEndpoint[] = declared.map((endpoint) =>
	endpoint.policy === 'Trigger_Admin' ? { ...endpoint, advice: { 403: TEAM_ADMIN_TOO } } : endpoint,
);
