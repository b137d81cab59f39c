import { sleep } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';
import type { ApiRequest, RequestContext, VendorApi } from './types';
import { apiRequest } from './request';
import { readSse } from './sse';
import { mayRetry } from './retry';
import { invalidResponseError } from './errors';

type StreamOutcome = { records: IDataObject[] } | { broke: string };

function parseEvent(data: string): unknown[] | string {
	try {
		const parsed: unknown = JSON.parse(data);
		return Array.isArray(parsed) ? parsed : [parsed];
	} catch {
		return `an event is not JSON: ${data.slice(0, 80)}`;
	}
}

/** A server that ignores `stream=true` answers with plain JSON: an array, or an envelope with `Items`. */
async function readJson(body: AsyncIterable<Uint8Array | string>, limit: number): Promise<StreamOutcome> {
	const chunks: Buffer[] = [];
	for await (const chunk of body) chunks.push(Buffer.from(chunk));
	const parsed = parseEvent(Buffer.concat(chunks).toString('utf8'));
	if (typeof parsed === 'string') return { broke: parsed };
	const first = parsed[0] as IDataObject | undefined;
	const records = parsed.length === 1 && first && Array.isArray(first.Items) ? (first.Items as IDataObject[]) : (parsed as IDataObject[]);
	return { records: records.slice(0, limit) };
}

async function readOnce(ctx: RequestContext, api: VendorApi, request: ApiRequest, limit: number): Promise<StreamOutcome> {
	const response = await apiRequest.call(ctx, api, {
		...request,
		headers: { ...request.headers, Accept: 'text/event-stream' },
		responseType: 'stream',
	});
	const body = response.body as AsyncIterable<Uint8Array>;
	if (/json/i.test(response.headers['content-type'] ?? '')) {
		try {
			return await readJson(body, limit);
		} catch (error) {
			return { broke: (error as Error).message };
		}
	}
	const records: IDataObject[] = [];
	try {
		for await (const event of readSse(body)) {
			if (event.data.trim() === '') continue;
			const parsed = parseEvent(event.data);
			if (typeof parsed === 'string') return { broke: parsed };
			for (const record of parsed) {
				records.push(record as IDataObject);
				// Leaving the loop closes the stream, so a Limit never downloads the rest.
				if (records.length >= limit) return { records };
			}
		}
	} catch (error) {
		return { broke: (error as Error).message };
	}
	return { records };
}

/**
 * Reads a Server-Sent-Events answer record by record as it arrives (one JSON record, or an array of
 * them, per event). Records are handed over only when the stream completed, so a stream that breaks
 * off emits nothing; a read-only request is then read again from the start.
 */
export async function streamRecords(
	this: RequestContext,
	api: VendorApi,
	request: ApiRequest,
	limit = Infinity,
	attempts = 3,
): Promise<IDataObject[]> {
	const retryable = mayRetry(request.method, request.idempotent);
	for (let attempt = 1; ; attempt++) {
		const outcome = await readOnce(this, api, request, limit);
		if ('records' in outcome) return outcome.records;
		if (!retryable || attempt >= attempts) {
			throw invalidResponseError(this.getNode(), api, `the event stream broke off (${outcome.broke}); nothing was output`, request.itemIndex);
		}
		await sleep(250 * attempt);
	}
}
