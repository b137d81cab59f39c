import type { IDataObject } from 'n8n-workflow';
import type { OnsightFlowEndpoint } from './client';
import { binaryInput, blockSize, pick, text, typedId } from './fields';
import { collectionTarget, uploadOneBlock, uploadWhole } from './uploads';

const collection = pick('collectionId', 'collection_id', 'Collection', 'collection');
/**
 * Collections answer as { collections: [...] }, even for one; a bare record or array is taken as
 * well.
 */
function collectionsOf(body: unknown): IDataObject[] {
	const found =
		body && typeof body === 'object' && !Array.isArray(body) && 'collections' in body
			? (body as IDataObject).collections
			: body;
	if (Array.isArray(found)) return found as IDataObject[];
	return found && typeof found === 'object' ? [found as IDataObject] : [];
}

const simplify = [
	'collectionId',
	'name',
	'recordCount',
	'headerNames',
	'csvFileName',
	'lastUpdated',
];

/** Collections: lookup tables backed by a CSV file (guide §5). */
export const collectionEndpoints: OnsightFlowEndpoint[] = [
	{
		id: 'collections.getAll',
		resource: 'collection',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many collections',
		description: "List the team's collections",
		host: 'gateway',
		policy: 'Any_Valid_Token',
		method: 'GET',
		path: '/collections/v1/collection',
		paginated: true,
		fields: [],
		output: { kind: 'records' },
		transform: collectionsOf,
		simplify,
	},
	{
		id: 'collections.get',
		resource: 'collection',
		operation: 'get',
		name: 'Get',
		action: 'Get a collection',
		description: 'Get one collection, with a temporary link to its CSV',
		host: 'gateway',
		policy: 'Any_Valid_Token',
		method: 'GET',
		path: '/collections/v1/collection/{collection_id}',
		fields: [collection],
		output: { kind: 'records' },
		transform: collectionsOf,
		simplify,
	},
	{
		id: 'collections.create',
		resource: 'collection',
		operation: 'create',
		name: 'Create',
		action: 'Create a collection',
		description: 'Create an empty collection; upload its CSV next',
		host: 'gateway',
		policy: 'Any_Valid_Token',
		method: 'POST',
		path: '/collections/v1/collection',
		fields: [text('name', 'Name', { required: true })],
		output: { kind: 'object' },
	},
	{
		id: 'collections.updateName',
		resource: 'collection',
		operation: 'rename',
		name: 'Rename',
		action: 'Rename a collection',
		description: "Change a collection's name",
		host: 'gateway',
		policy: 'Any_Valid_Token',
		method: 'PUT',
		path: '/collections/v1/collection/{collection_id}',
		fields: [collection, text('name', 'New Name', { apiName: 'name', required: true })],
		output: { kind: 'object' },
	},
	{
		id: 'collections.delete',
		resource: 'collection',
		operation: 'delete',
		name: 'Delete',
		action: 'Delete a collection',
		description: 'Delete a collection',
		host: 'gateway',
		policy: 'Any_Valid_Token',
		method: 'DELETE',
		path: '/collections/v1/collection/{collection_id}',
		fields: [collection],
		output: { kind: 'deleted' },
	},
	{
		id: 'collections.upload',
		family: 'upload',
		resource: 'collection',
		operation: 'uploadCsv',
		name: 'Upload CSV',
		action: 'Upload a CSV to a collection',
		description:
			"Replace a collection's data with a CSV file from the input (the whole chunked upload in one step)",
		host: 'gateway',
		policy: 'Workflow_Create',
		method: 'POST',
		path: '/collections/v1/upload',
		fields: [
			pick('collectionId', 'collectionId', 'Collection', 'collection', 'control'),
			binaryInput('CSV file, up to 50 MB'),
			blockSize,
			{
				name: 'fileName',
				label: 'File Name',
				in: 'control',
				type: 'string',
				description: "Name Onsight Flow shows for the file; the input file's name when empty",
			},
		],
		output: { kind: 'object' },
		kind: 'run',
		async run(request, itemIndex) {
			const result = await uploadWhole(
				this,
				collectionTarget(String(request.params.collectionId)),
				request,
				itemIndex,
			);
			return [
				{
					json: { collectionId: request.params.collectionId, ...result },
					pairedItem: { item: itemIndex },
				},
			];
		},
	},
	{
		id: 'collections.createUploadSession',
		resource: 'collection',
		operation: 'startUpload',
		name: 'Start Upload Session',
		action: 'Start a collection upload session',
		description: 'Open a chunked CSV upload (step 1 of 2; Upload CSV does both steps)',
		host: 'gateway',
		policy: 'Workflow_Create',
		method: 'POST',
		path: '/collections/v1/upload',
		fields: [
			pick('collectionId', 'collectionId', 'Collection', 'collection', 'body'),
			{
				name: 'fileSize',
				label: 'File Size (Bytes)',
				in: 'body',
				type: 'number',
				required: true,
				min: 1,
				max: 50 * 1024 * 1024,
			},
			text('friendlyFileName', 'File Name', { required: true, placeholder: 'e.g. Parts.csv' }),
			{ ...blockSize, in: 'body', required: true },
		],
		output: { kind: 'object' },
	},
	{
		id: 'collections.uploadBlock',
		resource: 'collection',
		operation: 'uploadBlock',
		name: 'Upload Block',
		action: 'Upload one block of a collection CSV',
		description: 'Send one block of the file to an open session (step 2 of 2, once per block)',
		host: 'gateway',
		policy: 'Workflow_Create',
		method: 'POST',
		path: '/collections/v1/upload/{upload_id}',
		fields: [
			typedId('uploadId', 'upload_id', 'Upload ID', 'path', 'The ID Start Upload Session returned'),
			binaryInput('The whole CSV file; the node cuts the block out of it'),
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
			return await uploadOneBlock(this, collectionTarget(''), request, itemIndex);
		},
	},
];
