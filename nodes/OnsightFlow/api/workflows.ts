import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import type { BuiltRequest } from '../../shared/declarations/types';
import { apiRequest } from '../../shared/transport/request';
import { singleRecord } from '../../shared/declarations/execute';
import type { OnsightFlowEndpoint } from './client';
import { gatewayApi, scopeAdvice } from './client';
import { binaryInput, blockSize, pick, stringList, text, typedId } from './fields';
import { uploadOneBlock, uploadWhole, workflowTarget } from './uploads';

const workflow = pick('workflowId', 'workflowId', 'Workflow', 'workflow');
const versionId = typedId(
	'workflowVersionId',
	'workflowVersionId',
	'Version ID',
	'path',
	"The workflow version's ID (a UUID), from the workflow's versions",
);
const simplify = [
	'workflowId',
	'name',
	'description',
	'activeVersionId',
	'lastUpdated',
	'isArchived',
];
const readAdvice = { 403: scopeAdvice('Workflow_Read') as string };

/**
 * The guide prints Get Workflow as POST, which is probably a typo for GET: ask with GET and fall
 * back to the printed POST when the server says the method or path is wrong.
 */
async function getWorkflow(
	this: IExecuteFunctions,
	request: BuiltRequest,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const wrongMethod = (error: unknown) =>
		error instanceof NodeApiError && ['404', '405'].includes(String(error.httpCode));
	const viaGet = await apiRequest
		.call(this, gatewayApi, { method: 'GET', path: request.path, itemIndex, advice: readAdvice })
		.then(
			(response) => ({ body: response.body }),
			async (error: unknown) => (wrongMethod(error) ? undefined : await Promise.reject(error)),
		);
	const body = viaGet
		? viaGet.body
		: (
				await apiRequest.call(this, gatewayApi, {
					method: 'POST',
					path: request.path,
					idempotent: true,
					itemIndex,
					advice: readAdvice,
				})
			).body;
	const record = singleRecord(body);
	const keep = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return [
		{
			json: keep
				? Object.fromEntries(
						simplify.filter((key) => key in record).map((key) => [key, record[key]]),
					)
				: record,
			pairedItem: { item: itemIndex },
		},
	];
}

const finishFields = [
	text('description', 'Description'),
	stringList('tags', 'Tags'),
	text('versionNotes', 'Version Notes'),
];

/** Workflows: the forms users run on devices, uploaded as packages in blocks. */
export const workflowEndpoints: OnsightFlowEndpoint[] = [
	{
		id: 'workflows.getAll',
		resource: 'workflow',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many workflows',
		description: 'List workflows with their versions',
		host: 'gateway',
		policy: 'Workflow_Read',
		method: 'GET',
		path: '/workflows/v2',
		paginated: true,
		fields: [],
		output: { kind: 'records' },
		simplify,
	},
	{
		id: 'workflows.get',
		resource: 'workflow',
		operation: 'get',
		name: 'Get',
		action: 'Get a workflow',
		description: 'Get one workflow with its versions',
		host: 'gateway',
		policy: 'Workflow_Read',
		method: 'POST',
		path: '/workflows/v2/{workflowId}',
		fields: [workflow],
		output: { kind: 'records' },
		simplify,
		kind: 'run',
		run: getWorkflow,
	},
	{
		id: 'workflows.updateMetadata',
		resource: 'workflow',
		operation: 'update',
		name: 'Update',
		action: 'Update a workflow',
		description:
			'Rename, describe or tag a workflow, or restrict who may run it; fields left out are not sent',
		host: 'gateway',
		policy: 'Workflow_Modify',
		method: 'PUT',
		path: '/workflows/v2/{workflowId}',
		fields: [
			workflow,
			text('name', 'Name'),
			text('description', 'Description'),
			stringList('tags', 'Tags'),
			stringList('liveObjectIds', 'Restrict to User or Group IDs', {
				description:
					'Only these users/groups may run it; send an empty list through an expression to allow everyone',
			}),
		],
		output: { kind: 'object' },
	},
	{
		id: 'workflows.upload',
		family: 'upload',
		resource: 'workflow',
		operation: 'upload',
		name: 'Upload',
		action: 'Upload a workflow',
		description:
			'Create a workflow from a package file in the input (open session, upload blocks, finish) in one step',
		host: 'gateway',
		policy: 'Workflow_Create',
		method: 'POST',
		path: '/workflows/v2',
		fields: [
			text('name', 'Name', { required: true }),
			binaryInput('Workflow package (.zip), up to 200 MB'),
			blockSize,
			{
				name: 'fileName',
				label: 'File Name',
				in: 'control',
				type: 'string',
				description: "Name Onsight Flow records for the file; the input file's name when empty",
			},
			...finishFields,
		],
		output: { kind: 'object' },
		kind: 'run',
		async run(request, itemIndex) {
			const upload = await uploadWhole(this, workflowTarget, request, itemIndex);
			const finished = await apiRequest.call(this, gatewayApi, {
				method: 'POST',
				path: '/workflows/v2',
				body: { ...(request.body as IDataObject), uploadId: upload.uploadId },
				itemIndex,
				advice: { 403: scopeAdvice('Workflow_Create') as string },
			});
			return [
				{
					json: { ...((finished.body as IDataObject | undefined) ?? {}), upload },
					pairedItem: { item: itemIndex },
				},
			];
		},
	},
	{
		id: 'workflows.createUploadSession',
		resource: 'workflow',
		operation: 'startUpload',
		name: 'Start Upload Session',
		action: 'Start a workflow upload session',
		description: 'Open a chunked upload (step 1 of 3; Upload does all three)',
		host: 'gateway',
		policy: 'Workflow_Create',
		method: 'POST',
		path: '/workflows/v2/upload',
		fields: [
			{
				name: 'fileSize',
				label: 'File Size (Bytes)',
				in: 'body',
				type: 'number',
				required: true,
				min: 1,
				max: 200 * 1024 * 1024,
			},
			text('friendlyFileName', 'File Name', { required: true, placeholder: 'e.g. Workflow1.zip' }),
			{ ...blockSize, in: 'body', required: true },
		],
		output: { kind: 'object' },
	},
	{
		id: 'workflows.uploadBlock',
		resource: 'workflow',
		operation: 'uploadBlock',
		name: 'Upload Block',
		action: 'Upload one block of a workflow package',
		description: 'Send one block of the file to an open session (step 2 of 3, once per block)',
		host: 'gateway',
		policy: 'Workflow_Create',
		method: 'POST',
		path: '/workflows/v2/upload/{uploadId}',
		fields: [
			typedId('uploadId', 'uploadId', 'Upload ID', 'path', 'The ID Start Upload Session returned'),
			binaryInput('The whole package file; the node cuts the block out of it'),
			{
				name: 'blockIndex',
				label: 'Block Index',
				in: 'control',
				type: 'number',
				required: true,
				min: 0,
				default: 0,
				description: 'Which block to send, from 0',
			},
			blockSize,
		],
		output: { kind: 'object' },
		kind: 'run',
		async run(request, itemIndex) {
			return await uploadOneBlock(this, workflowTarget, request, itemIndex);
		},
	},
	{
		id: 'workflows.finalizeUpload',
		resource: 'workflow',
		operation: 'finishUpload',
		name: 'Finish Upload',
		action: 'Finish a workflow upload',
		description: 'Create the workflow from a completed upload (step 3 of 3)',
		host: 'gateway',
		policy: 'Workflow_Create',
		method: 'POST',
		path: '/workflows/v2',
		fields: [
			typedId('uploadId', 'uploadId', 'Upload ID', 'body'),
			text('name', 'Name', { required: true }),
			...finishFields,
		],
		output: { kind: 'object' },
	},
	{
		id: 'workflows.setActiveVersion',
		resource: 'workflow',
		operation: 'activateVersion',
		name: 'Activate Version',
		action: 'Activate a workflow version',
		description: 'Make a workflow version the one users run',
		host: 'gateway',
		policy: 'Workflow_Modify',
		method: 'POST',
		path: '/workflows/v2/{workflowVersionId}/activate',
		idempotent: true,
		fields: [versionId],
		output: { kind: 'object' },
	},
	{
		id: 'workflows.deleteVersion',
		resource: 'workflow',
		operation: 'deleteVersion',
		name: 'Delete Version',
		action: 'Delete a workflow version',
		description: 'Delete one version of a workflow',
		host: 'gateway',
		policy: 'Workflow_Delete',
		method: 'DELETE',
		path: '/workflows/v2/{workflowId}/{workflowVersionId}',
		fields: [workflow, versionId],
		output: { kind: 'deleted' },
	},
	{
		id: 'workflows.delete',
		resource: 'workflow',
		operation: 'delete',
		name: 'Delete',
		action: 'Delete a workflow',
		description: 'Delete a workflow with all its versions',
		host: 'gateway',
		policy: 'Workflow_Delete',
		method: 'DELETE',
		path: '/workflows/v2/{workflowId}',
		fields: [workflow],
		output: { kind: 'deleted' },
	},
];
