import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import type { BuiltRequest } from '../../shared/declarations/types';
import { readBinaryInput } from '../../shared/transport/binary';
import { contentRange, uploadBlocks } from '../../shared/transport/block-upload';
import { apiRequest } from '../../shared/transport/request';
import { expandPath } from '../../shared/transport/paths';
import { InputError } from '../../shared/validation';
import { gatewayApi, scopeAdvice } from './client';

const MAX_BLOCK = 102400;
const advice = { 403: scopeAdvice('Workflow_Create') as string };

export interface UploadTarget {
	/** Opens the session: `/collections/v1/upload` or `/workflows/v2/upload`. */
	sessionPath: string;
	/** Largest file the service takes. */
	maxBytes: number;
	/** Content type of each block. */
	contentType: (mimeType: string) => string;
	/** Extra fields of the session request (e.g. the collection). */
	sessionFields?: IDataObject;
}

/**
 * The declared field has checked the range already; absent means the largest block the service
 * takes.
 */
const blockSizeOf = (request: BuiltRequest) => Number(request.params.blockSize ?? MAX_BLOCK);

async function fileOf(
	ctx: IExecuteFunctions,
	request: BuiltRequest,
	itemIndex: number,
	maxBytes: number,
) {
	const file = await readBinaryInput(
		ctx,
		itemIndex,
		String(request.params.binaryPropertyName ?? ''),
		'Input Binary Field',
	);
	if (file.buffer.length === 0) {
		throw new InputError(
			ctx.getNode(),
			`The file in binary field "${String(request.params.binaryPropertyName)}" is empty`,
			{ itemIndex, description: 'Onsight Flow cannot take an empty upload. No request was sent.' },
		);
	}
	if (file.buffer.length > maxBytes) {
		throw new InputError(
			ctx.getNode(),
			`The file is ${file.buffer.length} bytes; Onsight Flow takes at most ${maxBytes} bytes here`,
			{ itemIndex, description: 'No request was sent.' },
		);
	}
	return file;
}

/**
 * The whole documented protocol in one operation: open a session with the file's size, then POST
 * each block with its inclusive Content-Range (202 while blocks are missing, 204 after the last
 * one).
 */
export async function uploadWhole(
	ctx: IExecuteFunctions,
	target: UploadTarget,
	request: BuiltRequest,
	itemIndex: number,
) {
	const blockSize = blockSizeOf(request);
	const file = await fileOf(ctx, request, itemIndex, target.maxBytes);
	const fileName = String(request.params.fileName ?? '') || file.fileName;
	const session = await apiRequest.call(ctx, gatewayApi, {
		method: 'POST',
		path: target.sessionPath,
		body: {
			blockSize,
			fileSize: file.buffer.length,
			friendlyFileName: fileName,
			...target.sessionFields,
		},
		itemIndex,
		advice,
	});
	const uploadId = String((session.body as IDataObject | undefined)?.id ?? '');
	if (!uploadId)
		throw new InputError(
			ctx.getNode(),
			'Onsight Flow opened no upload session (no id in its answer)',
			{ itemIndex },
		);
	const sent = await uploadBlocks.call(ctx, gatewayApi, {
		path: expandPath(`${target.sessionPath}/{id}`, { id: uploadId }),
		data: file.buffer,
		blockSize,
		contentType: target.contentType(file.mimeType),
		itemIndex,
		advice,
	});
	return {
		uploadId,
		fileName,
		fileSize: file.buffer.length,
		blockSize,
		blocks: sent.blocks,
		complete: sent.statuses.includes(204),
	};
}

/** One block of an upload session the user opened themselves (e.g. to resume a failed upload). */
export async function uploadOneBlock(
	ctx: IExecuteFunctions,
	target: UploadTarget,
	request: BuiltRequest,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const blockSize = blockSizeOf(request);
	const file = await fileOf(ctx, request, itemIndex, target.maxBytes);
	const index = Number(request.params.blockIndex ?? 0);
	const blocks = Math.ceil(file.buffer.length / blockSize);
	if (!Number.isInteger(index) || index < 0 || index >= blocks) {
		throw new InputError(
			ctx.getNode(),
			`Parameter "Block Index" must be from 0 to ${blocks - 1} for this file (${file.buffer.length} bytes in blocks of ${blockSize}); got ${JSON.stringify(request.params.blockIndex)}`,
			{ itemIndex },
		);
	}
	const sent = await uploadBlocks.call(ctx, gatewayApi, {
		path: request.path,
		data: file.buffer,
		blockSize,
		contentType: target.contentType(file.mimeType),
		only: [index],
		itemIndex,
		advice,
	});
	const status = sent.statuses[index];
	return [
		{
			json: {
				uploadId: request.pathValues[Object.keys(request.pathValues)[0]],
				blockIndex: index,
				blocks,
				contentRange: contentRange(index, blockSize, file.buffer.length).header,
				status,
				complete: status === 204,
			},
			pairedItem: { item: itemIndex },
		},
	];
}

export const collectionTarget = (collectionId: string): UploadTarget => ({
	sessionPath: '/collections/v1/upload',
	maxBytes: 50 * 1024 * 1024,
	contentType: () => 'text/csv',
	sessionFields: { collectionId },
});

export const workflowTarget: UploadTarget = {
	sessionPath: '/workflows/v2/upload',
	maxBytes: 200 * 1024 * 1024,
	// The guide names no content type for workflow packages.
	contentType: () => 'application/octet-stream',
};
