import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { BuiltRequest } from '../../shared/declarations/types';
import { offsetPaging } from '../../shared/transport/pagination';
import { InputError } from '../../shared/validation';
import type { OnsightFlowEndpoint } from './client';
import { jsonBody, keyValues, pick } from './fields';

const job = pick(
	'clientJobId',
	'client_job_id',
	'Job',
	'job',
	'path',
	"The job's client job ID (a UUID)",
);

/**
 * skip/limit; the ceiling of `limit` is not documented, so a page shorter than asked does not end
 * the list: only an empty page does.
 */
export const jobPages = offsetPaging({
	offsetParam: 'skip',
	limitParam: 'limit',
	pageSize: 100,
	shortPageEnds: false,
});

const jobDocumentHint =
	'A job document as the guide shows it: { "metadata": { "clientJobId", "workflowId", "workflowVersionId", "jobTitle", "status", "userId", … }, "completedSteps": [ … ] }';

/** Create, update and Basic Sync are keyed on metadata.clientJobId: check it before sending. */
function requireClientJobId(
	this: IExecuteFunctions,
	request: BuiltRequest,
	itemIndex: number,
): BuiltRequest {
	const metadata = (request.body as IDataObject | undefined)?.metadata as IDataObject | undefined;
	if (
		!metadata ||
		typeof metadata !== 'object' ||
		typeof metadata.clientJobId !== 'string' ||
		metadata.clientJobId.trim() === ''
	) {
		throw new InputError(
			this.getNode(),
			'Parameter "Job (JSON)" must hold metadata.clientJobId (the job\'s UUID)',
			{
				itemIndex,
				description: `${jobDocumentHint}. No request was sent.`,
			},
		);
	}
	return request;
}

/**
 * Jobs: each run of a workflow, keyed by the client's clientJobId (a UUID) except Get by Job ID.
 */
export const jobEndpoints: OnsightFlowEndpoint[] = [
	{
		id: 'jobs.getAll',
		resource: 'job',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many jobs',
		description: 'List every job of the team, in progress or completed',
		host: 'gateway',
		policy: 'Job_ReadAll',
		method: 'GET',
		path: '/jobs/v1/',
		paginated: true,
		paging: jobPages,
		fields: [],
		output: { kind: 'records' },
	},
	{
		id: 'jobs.getMine',
		resource: 'job',
		operation: 'getMine',
		name: 'Get Mine',
		action: 'Get my jobs',
		description: "List the jobs of the credential's own principal",
		host: 'gateway',
		policy: 'Job_Read',
		method: 'GET',
		path: '/jobs/v1/my/',
		paginated: true,
		paging: jobPages,
		fields: [],
		output: { kind: 'records' },
	},
	{
		id: 'jobs.getByWorkflowId',
		resource: 'job',
		operation: 'getByWorkflow',
		name: 'Get Many by Workflow',
		action: 'Get jobs of a workflow',
		description: 'List the jobs run against one workflow',
		host: 'gateway',
		policy: 'Job_ReadAll',
		method: 'GET',
		path: '/jobs/v1/workflow/{workflow_id}',
		paginated: true,
		fields: [pick('workflowId', 'workflow_id', 'Workflow', 'workflow')],
		output: { kind: 'records' },
	},
	{
		id: 'jobs.getByClientJobId',
		resource: 'job',
		operation: 'get',
		name: 'Get',
		action: 'Get a job',
		description: 'Get a job by its client job ID',
		host: 'gateway',
		policy: 'Job_Read',
		method: 'GET',
		path: '/jobs/v1/{client_job_id}',
		fields: [job],
		output: { kind: 'records' },
	},
	{
		id: 'jobs.getByJobId',
		resource: 'job',
		operation: 'getByJobId',
		name: 'Get by Job ID',
		action: 'Get a job by its server job ID',
		description: "Get a job by the server's 24-character job ID",
		host: 'gateway',
		policy: 'Job_Read',
		method: 'GET',
		path: '/jobs/v1/bson/{job_id}',
		fields: [
			pick(
				'jobId',
				'job_id',
				'Job',
				'serverJob',
				'path',
				'The job, picked from the list or by its server job ID (jobId), not the client job ID',
			),
		],
		output: { kind: 'records' },
	},
	{
		id: 'jobs.getSnapshots',
		resource: 'job',
		operation: 'getSnapshots',
		name: 'Get Snapshots',
		action: "Get a job's snapshots",
		description: 'Get the stored history of a job',
		host: 'gateway',
		policy: 'Job_ReadAll',
		method: 'GET',
		path: '/jobs/v1/snapshots/{client_job_id}',
		fields: [job],
		output: { kind: 'records' },
	},
	{
		id: 'jobs.create',
		resource: 'job',
		operation: 'create',
		name: 'Create',
		action: 'Create a job',
		description: 'Upload a job record',
		host: 'gateway',
		policy: 'Workflow_Execute',
		method: 'POST',
		path: '/jobs/v1',
		fields: [
			jsonBody(
				'job',
				'Job (JSON)',
				jobDocumentHint,
				'{ "metadata": { "clientJobId": "…", "workflowId": "…", "jobTitle": "…", "status": "Completed" } }',
			),
		],
		output: { kind: 'object' },
		prepare: requireClientJobId,
	},
	{
		id: 'jobs.update',
		resource: 'job',
		operation: 'update',
		name: 'Update',
		action: 'Update a job',
		description: "Replace an existing job's document",
		host: 'gateway',
		policy: 'Job_Modify',
		method: 'POST',
		path: '/jobs/v1/{client_job_id}',
		// Sending the same document twice leaves the job as sent once.
		idempotent: true,
		fields: [
			job,
			jsonBody(
				'job',
				'Job (JSON)',
				jobDocumentHint,
				'{ "metadata": { "clientJobId": "…", "jobTitle": "…", "status": "Paused" } }',
			),
		],
		output: { kind: 'object' },
		prepare: requireClientJobId,
	},
	{
		id: 'jobs.basicSync',
		resource: 'job',
		operation: 'basicSync',
		name: 'Create or Update (Basic Sync)',
		action: 'Create or update a job',
		description:
			'Create the job, update it, or abort it when its status is Aborted, keyed on metadata.clientJobId',
		host: 'gateway',
		policy: 'Workflow_Execute',
		method: 'POST',
		path: '/jobs/v1/basicSync',
		// An upsert keyed on the client job ID is safe to repeat.
		idempotent: true,
		fields: [
			jsonBody(
				'job',
				'Job (JSON)',
				jobDocumentHint,
				'{ "metadata": { "clientJobId": "…", "status": "Completed" } }',
			),
		],
		output: { kind: 'object' },
		prepare: requireClientJobId,
	},
	{
		id: 'jobs.exclude',
		resource: 'job',
		operation: 'exclude',
		name: 'Exclude or Include',
		action: 'Exclude a job from reporting',
		description: 'Mark a job as excluded from data and reporting, or include it again',
		host: 'gateway',
		policy: 'Job_ReadAll',
		method: 'PUT',
		path: '/jobs/v1/{client_job_id}',
		fields: [
			job,
			{
				name: 'isExcluded',
				label: 'Excluded',
				in: 'body',
				type: 'boolean',
				required: true,
				default: true,
				description:
					'Whether the job is excluded (sent as a JSON boolean, not the guide\'s "true" string)',
			},
			{ name: 'reason', label: 'Reason', in: 'body', type: 'string' },
			{
				name: 'userId',
				label: 'Excluded By',
				in: 'body',
				type: 'id',
				locator: 'user',
				description: 'The user recorded as excluding the job',
			},
		],
		output: { kind: 'object' },
	},
	{
		id: 'jobs.addMetadata',
		resource: 'job',
		operation: 'addMetadata',
		name: 'Add Metadata',
		action: 'Add metadata to a job',
		description: 'Attach key/value metadata to a job',
		host: 'gateway',
		policy: 'Job_Modify',
		method: 'POST',
		path: '/jobs/v1/{client_job_id}/metadata',
		idempotent: true,
		fields: [
			job,
			keyValues(
				'metadata',
				'Metadata',
				'Key/value pairs to attach; whether they merge with or replace existing ones is not documented',
			),
		],
		output: { kind: 'object' },
	},
	{
		id: 'jobs.assignUser',
		resource: 'job',
		operation: 'assign',
		name: 'Assign',
		action: 'Assign a job to a user',
		description: 'Reassign a job to another user',
		host: 'gateway',
		policy: 'Job_Read',
		method: 'POST',
		path: '/jobs/v1/{client_job_id}/assign/{user_id}',
		idempotent: true,
		fields: [job, pick('userId', 'user_id', 'User', 'user')],
		output: { kind: 'object' },
	},
	{
		id: 'jobs.abort',
		resource: 'job',
		operation: 'abort',
		name: 'Abort',
		action: 'Abort a job',
		description: 'Abort an incomplete job',
		host: 'gateway',
		policy: 'Job_Read',
		method: 'POST',
		path: '/jobs/v1/{client_job_id}/abort',
		idempotent: true,
		fields: [job],
		output: { kind: 'object' },
	},
	{
		id: 'jobs.abortForUser',
		resource: 'job',
		operation: 'abortForUser',
		name: 'Abort All for User',
		action: 'Abort every incomplete job of a user',
		description: 'Abort all incomplete jobs of one user',
		notice:
			'The API aborts every incomplete job of the whole team when no user is given, so the node requires one',
		host: 'gateway',
		policy: 'Job_Modify',
		method: 'PUT',
		path: '/jobs/v1/abort/',
		fields: [pick('userId', 'userId', 'User', 'user', 'query')],
		output: { kind: 'object' },
	},
	{
		id: 'jobs.delete',
		resource: 'job',
		operation: 'delete',
		name: 'Delete',
		action: 'Delete a job',
		description: 'Delete a job',
		host: 'gateway',
		policy: 'Job_Modify',
		method: 'DELETE',
		path: '/jobs/v1/{client_job_id}',
		fields: [job],
		output: { kind: 'deleted' },
	},
];
