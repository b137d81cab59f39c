import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { BuiltRequest } from '../../shared/declarations/types';
import type { OnsightFlowEndpoint } from './client';
import { flag, pick, stringList, text, typedId, when } from './fields';

const scheduled = pick('scheduledJobId', 'scheduled_job_id', 'Scheduled Job', 'scheduledJob');
const state = (example: string) =>
	text('state', 'State', {
		required: true,
		placeholder: `e.g. ${example}`,
		description: 'The new state; the guide shows Scheduled, Paused and Completed',
	});
const updated = when('updated', 'Updated At', 'When the state changed; now when empty');
const assignees = {
	...stringList('assignedUserIds', 'Assigned Users'),
	locator: 'user',
	pickEach: true,
};

/** The state calls carry the time of the change: default it to now rather than send nothing. */
function stampUpdated(this: IExecuteFunctions, request: BuiltRequest): BuiltRequest {
	const body = { ...((request.body as IDataObject | undefined) ?? {}) };
	if (body.updated === undefined) body.updated = new Date().toISOString();
	return { ...request, body };
}

/** Scheduler: workflow tasks scheduled for users. */
export const schedulerEndpoints: OnsightFlowEndpoint[] = [
	{
		id: 'scheduler.getAll',
		resource: 'scheduledJob',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many scheduled jobs',
		description: 'List every scheduled job of the team',
		host: 'gateway',
		policy: 'Schedule_ReadAll',
		method: 'GET',
		path: '/scheduledjobs/v1',
		paginated: true,
		fields: [],
		output: { kind: 'records' },
	},
	{
		id: 'scheduler.getMine',
		resource: 'scheduledJob',
		operation: 'getMine',
		name: 'Get Mine',
		action: 'Get my scheduled jobs',
		description: "List scheduled jobs assigned to the credential's principal",
		host: 'gateway',
		policy: 'Schedule_Read',
		method: 'GET',
		path: '/scheduledjobs/v1/my',
		paginated: true,
		fields: [],
		output: { kind: 'records' },
	},
	{
		id: 'scheduler.get',
		resource: 'scheduledJob',
		operation: 'get',
		name: 'Get',
		action: 'Get a scheduled job',
		description: 'Get one scheduled job with its tasks',
		host: 'gateway',
		policy: 'Schedule_Read',
		method: 'GET',
		path: '/scheduledjobs/v1/{scheduled_job_id}',
		fields: [scheduled],
		output: { kind: 'records' },
	},
	{
		id: 'scheduler.create',
		resource: 'scheduledJob',
		operation: 'create',
		name: 'Create',
		action: 'Schedule workflow tasks',
		description: 'Schedule one or more workflows for users',
		host: 'gateway',
		policy: 'Schedule_Admin',
		method: 'POST',
		path: '/scheduledjobs/v1',
		fields: [
			text('name', 'Name', { required: true }),
			{
				...stringList('tasks', 'Workflows', { required: true }),
				locator: 'workflow',
				pickEach: true,
				description: 'The workflows to run, one task each',
				toWire: (ids) =>
					(ids as string[]).map((artifactId) => ({ taskType: 'workflow', artifactId })),
			},
			assignees,
			text('description', 'Description'),
			when('dueByDate', 'Due By', 'When the tasks are due'),
			flag('priority', 'Priority', 'Whether the job is flagged as priority'),
		],
		output: { kind: 'object' },
	},
	{
		id: 'scheduler.updateStatus',
		resource: 'scheduledJob',
		operation: 'updateStatus',
		name: 'Update State',
		action: "Update a scheduled job's state",
		description: "Set a scheduled job's state",
		host: 'gateway',
		policy: 'Schedule_Read',
		method: 'PUT',
		path: '/scheduledjobs/v1/{scheduled_job_id}/status',
		fields: [scheduled, state('Completed'), updated],
		output: { kind: 'object' },
		prepare: stampUpdated,
	},
	{
		id: 'scheduler.updateTaskStatus',
		resource: 'scheduledJob',
		operation: 'updateTaskStatus',
		name: 'Update Task State',
		action: "Update a scheduled task's state",
		description: "Set a task's state and link it to the job that runs it",
		host: 'gateway',
		policy: 'Schedule_Read',
		method: 'PUT',
		path: '/scheduledjobs/v1/{scheduled_job_id}/tasks/{task_id}/status',
		fields: [
			scheduled,
			typedId(
				'taskId',
				'task_id',
				'Task ID',
				'path',
				"The task's ID (a UUID) from the scheduled job's tasks",
			),
			state('Paused'),
			{
				name: 'clientJobId',
				label: 'Job',
				in: 'body',
				type: 'id',
				locator: 'job',
				description: 'The job that executes the task, picked from the list or by client job ID',
			},
			updated,
		],
		output: { kind: 'object' },
		prepare: stampUpdated,
	},
	{
		id: 'scheduler.updateAssignedUsers',
		resource: 'scheduledJob',
		operation: 'updateAssignees',
		name: 'Set Assignees',
		action: "Set a scheduled job's assignees",
		description: 'Replace the users a scheduled job is assigned to',
		host: 'gateway',
		policy: 'Schedule_Admin',
		method: 'PUT',
		path: '/scheduledjobs/v1/{scheduled_job_id}/assignedUsers',
		fields: [scheduled, { ...assignees, required: true }],
		output: { kind: 'object' },
	},
	{
		id: 'scheduler.delete',
		resource: 'scheduledJob',
		operation: 'delete',
		name: 'Delete',
		action: 'Delete a scheduled job',
		description: 'Delete a scheduled job',
		host: 'gateway',
		policy: 'Schedule_Admin',
		method: 'DELETE',
		path: '/scheduledjobs/v1/{scheduled_job_id}',
		fields: [scheduled],
		output: { kind: 'deleted' },
	},
];
