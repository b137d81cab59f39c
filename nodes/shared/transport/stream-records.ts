import { sleep } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';
import type { ApiRequest, RequestContext, VendorApi } from './types';
import { apiRequest } from './request';
import { SseLimitError, SseParser } from './sse';
import { mayRetry } from './retry';
import { invalidResponseError, limitError } from './errors';
import { BodyLimitError, closeStream, readBody, watchDeadline } from './body';
import type { ByteStream } from './body';
import { LIMITS } from './limits';

type StreamOutcome = { records: IDataObject[] } | { broke: string };

/** A bound the stream hit: not a broken stream, so it is not read again. */
class StreamLimit extends Error {}

export interface StreamBounds {
	/** Records wanted: the user's Limit, or Infinity for Return All. */
	limit?: number;
	/** Return All stops with an error past this many records. */
	ceiling?: number;
	/**
	 * An event stream with no data event for this long has stalled; keep-alive comments do not count.
	 */
	idleMs?: number;
	/** Bytes of the whole stream. */
	maxBytes?: number;
}

function parseEvent(data: string): unknown[] | string {
	try {
		const parsed: unknown = JSON.parse(data);
		return Array.isArray(parsed) ? parsed : [parsed];
	} catch {
		return `an event is not JSON: ${data.slice(0, 80)}`;
	}
}

/**
 * A server that ignores `stream=true` answers with plain JSON: an array, or an envelope with
 * `Items`.
 */
function recordsOfJson(text: string, limit: number): StreamOutcome {
	const parsed = parseEvent(text);
	if (typeof parsed === 'string') return { broke: parsed };
	const first = parsed[0] as IDataObject | undefined;
	const records =
		parsed.length === 1 && first && Array.isArray(first.Items)
			? (first.Items as IDataObject[])
			: (parsed as IDataObject[]);
	return { records: records.slice(0, limit) };
}

async function readOnce(
	ctx: RequestContext,
	api: VendorApi,
	request: ApiRequest,
	bounds: Required<StreamBounds>,
): Promise<StreamOutcome> {
	const response = await apiRequest.call(ctx, api, {
		...request,
		headers: { ...request.headers, Accept: 'text/event-stream' },
		responseType: 'stream',
	});
	const body = response.body as ByteStream;
	const deadlineMessage = `the event stream did not end within ${Math.round((request.deadlineMs ?? LIMITS.downloadDeadlineMs) / 1000)} s`;
	if (/json/i.test(response.headers['content-type'] ?? '')) {
		const sizeMessage = `the answer is larger than ${Math.round(bounds.maxBytes / 1024 / 1024)} MB`;
		const read = await readBody(body, {
			maxBytes: bounds.maxBytes,
			deadline: response.deadline,
			deadlineMessage,
			sizeMessage,
		}).then(
			(buffer) => ({ buffer }),
			(error: unknown) => ({ error }),
		);
		if ('buffer' in read) return recordsOfJson(read.buffer.toString('utf8'), bounds.limit);
		if (read.error instanceof BodyLimitError) throw new StreamLimit(read.error.message);
		return { broke: (read.error as Error).message };
	}
	const stop = watchDeadline(body, response.deadline, deadlineMessage);
	const parser = new SseParser(LIMITS.maxStreamEventBytes);
	const records: IDataObject[] = [];
	const room = Math.min(bounds.limit, bounds.ceiling);
	let bytes = 0;
	let lastData = Date.now();
	let failure: unknown;
	try {
		for await (const chunk of body) {
			bytes += chunk.length;
			if (bytes > bounds.maxBytes)
				throw new StreamLimit(
					`the event stream is larger than ${Math.round(bounds.maxBytes / 1024 / 1024)} MB`,
				);
			const events = parser.push(chunk);
			const now = Date.now();
			if (events.some((event) => event.data.trim() !== '')) lastData = now;
			else if (now - lastData > bounds.idleMs) {
				throw new StreamLimit(
					`the event stream sent only keep-alive comments for ${Math.round(bounds.idleMs / 1000)} s`,
				);
			}
			for (const event of events) {
				if (event.data.trim() === '') continue;
				const parsed = parseEvent(event.data);
				if (typeof parsed === 'string') return { broke: parsed };
				for (const record of parsed) {
					if (records.length >= room) {
						if (room < bounds.limit)
							throw new StreamLimit(
								`Return All reached its ceiling of ${bounds.ceiling} records and the stream goes on`,
							);
						// A Limit reached: leaving closes the stream, so the rest is never downloaded.
						return { records };
					}
					records.push(record as IDataObject);
				}
			}
		}
		if (parser.end().incomplete)
			return { broke: 'the event stream ended in the middle of an event' };
	} catch (error) {
		failure = error;
	} finally {
		stop();
		closeStream(body);
	}
	if (failure === undefined) return { records };
	if (failure instanceof StreamLimit) throw failure;
	if (failure instanceof BodyLimitError || failure instanceof SseLimitError)
		throw new StreamLimit(failure.message);
	return { broke: (failure as Error).message };
}

/**
 * Reads a Server-Sent-Events answer record by record as it arrives (one JSON record, or an array of
 * them, per event). Records are handed over only when the stream completed, so a stream that breaks
 * off emits nothing; a read-only request is then read again from the start. Every stream ends: a
 * deadline on the whole stream, an idle limit that keep-alive comments do not reset, and ceilings
 * on records, bytes and the size of one event.
 */
export async function streamRecords(
	this: RequestContext,
	api: VendorApi,
	request: ApiRequest,
	bounds: StreamBounds = {},
	attempts = 3,
): Promise<IDataObject[]> {
	const full: Required<StreamBounds> = {
		limit: bounds.limit ?? Infinity,
		ceiling: bounds.ceiling ?? LIMITS.returnAllMaxRecords,
		idleMs: bounds.idleMs ?? LIMITS.streamIdleMs,
		maxBytes: bounds.maxBytes ?? LIMITS.maxFileBytes,
	};
	const retryable = mayRetry(request.method, request.idempotent);
	for (let attempt = 1; ; attempt++) {
		const outcome = await readOnce(
			this,
			api,
			{ ...request, deadlineMs: request.deadlineMs ?? LIMITS.downloadDeadlineMs },
			full,
		).catch((error: unknown) => error);
		if (outcome instanceof StreamLimit) {
			throw limitError(
				this.getNode(),
				api,
				`${outcome.message}; the node stopped reading and output nothing`,
				'The service sent more, or slower, than the node accepts from one stream. Use a Limit or a filter, raise Max Records or the Timeout option, or turn Stream Results off.',
				request.itemIndex,
			);
		}
		if (outcome instanceof Error) throw outcome;
		if ('records' in (outcome as StreamOutcome))
			return (outcome as { records: IDataObject[] }).records;
		if (!retryable || attempt >= attempts) {
			throw invalidResponseError(
				this.getNode(),
				api,
				`the event stream broke off (${(outcome as { broke: string }).broke}); nothing was output`,
				request.itemIndex,
			);
		}
		await sleep(250 * attempt);
	}
}
