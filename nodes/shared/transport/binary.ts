import { NodeOperationError } from 'n8n-workflow';
import type { IBinaryData, IExecuteFunctions } from 'n8n-workflow';
import { InputError } from '../validation';
import { BodyLimitError, closeStream, readBody } from './body';
import { Deadline, untilDeadline } from './deadline';
import { LIMITS } from './limits';
import { lowerCaseHeaders } from './headers';

/** File name from Content-Disposition, preferring the RFC 5987 `filename*` form. */
export function fileNameFromDisposition(disposition: string | undefined): string | undefined {
	if (!disposition) return undefined;
	const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)?''([^;]+)/.exec(disposition);
	if (extended) {
		try {
			return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
		} catch {
			return extended[1].trim();
		}
	}
	const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(disposition);
	if (!plain) return undefined;
	return (plain[2] ?? plain[1]).trim();
}

export async function toBinaryData(
	ctx: IExecuteFunctions,
	body: Buffer,
	headers: Record<string, string>,
	fallbackFileName: string,
	fallbackMimeType = 'application/octet-stream',
): Promise<IBinaryData> {
	const fileName = fileNameFromDisposition(headers['content-disposition']) ?? fallbackFileName;
	const mimeType =
		(headers['content-type'] ?? fallbackMimeType).split(';')[0].trim() || fallbackMimeType;
	return await ctx.helpers.prepareBinaryData(body, fileName, mimeType);
}

export interface BinaryInput {
	buffer: Buffer;
	fileName: string;
	mimeType: string;
}

/**
 * The file in one input item's binary field. A missing field fails before any request, naming the
 * parameter and the fields the item does have.
 */
export async function readBinaryInput(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: string,
	parameter: string,
): Promise<BinaryInput> {
	const binary = ctx.getInputData()[itemIndex]?.binary ?? {};
	const file = binary[property];
	if (!property || !file) {
		const present = Object.keys(binary);
		throw new InputError(
			ctx.getNode(),
			`Parameter "${parameter}" names the binary field "${property}", which input item ${itemIndex + 1} does not have`,
			{
				itemIndex,
				description: present.length
					? `The item has these binary fields: ${present.join(', ')}. No request was sent.`
					: 'The item has no binary data: read or download the file in an earlier node (e.g. Read/Write Files from Disk). No request was sent.',
			},
		);
	}
	const buffer = await ctx.helpers.getBinaryDataBuffer(itemIndex, property);
	return {
		buffer,
		fileName: file.fileName ?? property,
		mimeType: file.mimeType || 'application/octet-stream',
	};
}

/**
 * Downloads a pre-signed link (e.g. a cloud-storage SAS URL). It carries its own signature, so it
 * is fetched without credentials: an Authorization header would make the storage service refuse it.
 * The download has the same deadline and size ceiling as any other: a link that trickles or never
 * ends fails in bounded time instead of holding the execution.
 */
export async function fetchLink(
	ctx: IExecuteFunctions,
	url: string,
	fallbackFileName: string,
	fallbackMimeType?: string,
	deadlineMs: number = LIMITS.downloadDeadlineMs,
): Promise<IBinaryData> {
	// The signature is the link's secret: the link is only ever reported without its query string.
	const shown = url.split('?')[0];
	const deadline = new Deadline(deadlineMs);
	const late = `the download of ${fallbackFileName} did not finish within ${Math.round(deadlineMs / 1000)} s`;
	const fail = (what: string, advice: string) =>
		new NodeOperationError(
			ctx.getNode(),
			`Could not download ${fallbackFileName} from ${shown}: ${what}`,
			{ description: advice },
		);
	let response: { body: unknown; headers: Record<string, unknown>; statusCode: number };
	try {
		response = (await untilDeadline(
			ctx.helpers.httpRequest({
				url,
				method: 'GET',
				encoding: 'stream',
				returnFullResponse: true,
				json: false,
				ignoreHttpStatusErrors: true,
				abortSignal: deadline.signal,
				timeout: 60_000,
			}),
			deadline,
			late,
		)) as typeof response;
	} catch (error) {
		throw fail(
			error instanceof BodyLimitError ? late : 'the connection failed',
			'Pre-signed links expire (often after an hour): run the node again to get a fresh link.',
		);
	}
	const headers = lowerCaseHeaders(response.headers);
	if (response.statusCode < 200 || response.statusCode >= 300) {
		closeStream(response.body);
		throw fail(
			`HTTP ${response.statusCode}`,
			'Pre-signed links expire (often after an hour): run the node again to get a fresh link.',
		);
	}
	let body: Buffer;
	try {
		body = await readBody(response.body, {
			maxBytes: LIMITS.maxFileBytes,
			deadline: deadline.signal,
			deadlineMessage: late,
			sizeMessage: `the file is larger than ${LIMITS.maxFileBytes / 1024 / 1024} MB`,
			contentLength: Number(headers['content-length']) || undefined,
		});
	} catch (error) {
		throw fail(
			error instanceof Error ? error.message : 'the connection broke',
			'Raise the Timeout option for a large file, or try again later.',
		);
	}
	return await toBinaryData(ctx, body, headers, fallbackFileName, fallbackMimeType);
}
