import type { ApiResponse, RequestContext, VendorApi } from './types';
import { apiRequest } from './request';

export interface BlockUpload {
	/** Path of the upload session, already URL-encoded. */
	path: string;
	data: Buffer;
	blockSize: number;
	contentType: string;
	/** Blocks in flight at once; the order of arrival does not matter to block-upload APIs. */
	concurrency?: number;
	/** Only these block indices (e.g. one block of a resumed upload); all blocks when absent. */
	only?: number[];
	itemIndex?: number;
	advice?: Partial<Record<number, string>>;
}

/** `bytes start-end/total` with an inclusive end, as RFC 9110 writes it. */
export function contentRange(
	index: number,
	blockSize: number,
	total: number,
): { start: number; end: number; header: string } {
	const start = index * blockSize;
	const end = Math.min(start + blockSize, total) - 1;
	return { start, end, header: `bytes ${start}-${end}/${total}` };
}

/**
 * Sends a file as numbered blocks, each POSTed with its Content-Range. A block can be repeated on
 * its own without harm, so each one is retried like an idempotent request.
 */
export async function uploadBlocks(
	this: RequestContext,
	api: VendorApi,
	upload: BlockUpload,
): Promise<{ blocks: number; statuses: number[] }> {
	const total = upload.data.length;
	const count = Math.max(1, Math.ceil(total / upload.blockSize));
	const queue = upload.only ?? Array.from({ length: count }, (_, index) => index);
	const statuses: number[] = new Array(count);
	let next = 0;
	const worker = async () => {
		while (next < queue.length) {
			const index = queue[next++];
			const range = contentRange(index, upload.blockSize, total);
			const block = upload.data.subarray(range.start, range.end + 1);
			const response: ApiResponse = await apiRequest.call(this, api, {
				method: 'POST',
				path: upload.path,
				body: block,
				headers: {
					'Content-Type': upload.contentType,
					'Content-Range': range.header,
					'Content-Length': String(block.length),
				},
				idempotent: true,
				itemIndex: upload.itemIndex,
				advice: upload.advice,
			});
			statuses[index] = response.status;
		}
	};
	await Promise.all(
		Array.from({ length: Math.min(upload.concurrency ?? 3, queue.length) }, worker),
	);
	return { blocks: count, statuses };
}
