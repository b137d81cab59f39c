import { sleep } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';
import type { ApiRequest, RequestContext, VendorApi } from './types';
import { apiRequest } from './request';
import { SseLimitError, SseParser } from './sse';
import { mayRetry } from './retry';
import { invalidResponseError, limitError } from './errors';
import { BodyLimitError, closeStream, eachChunk, readBody, watchDeadline } from './body';
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
 * The records of a batch of events, or what is wrong with one of them. The events' data are parsed
 * in one JSON.parse, joined as one array: a Return All of 100 000 one-record events took 333 ms
 * so, 371 ms with a parse per event (median of 5 processes each). The joined parse is taken only
 * when it gives one value per event (an event holding `{…},{…}` would add one); otherwise each
 * event is parsed alone, which names the one that is not JSON. (Events broken so that their halves
 * and extra values cancel out would be read as the values their joined text holds: nothing a
 * server could not send as well-formed events.)
 */
function parseEvents(datas: string[]): unknown[] | string {
	if (datas.length > 1) {
		let values: unknown[] | undefined;
		try {
			values = JSON.parse(`[${datas.join(',')}]`) as unknown[];
		} catch {
			values = undefined;
		}
		if (values?.length === datas.length) {
			if (!values.some(Array.isArray)) return values;
			return values.flatMap((value) => (Array.isArray(value) ? value : [value]));
		}
	}
	const records: unknown[] = [];
	for (const data of datas) {
		const parsed = parseEvent(data);
		if (typeof parsed === 'string') return parsed;
		for (const record of parsed) records.push(record);
	}
	return records;
}

/**
 * Characters of events' data parsed together: events arrive a chunk or two at a time from a server
 * that flushes each one, and one parse per chunk would be one per record.
 */
const PARSE_BATCH_CHARS = 65536;

/** Ends the reading of a stream early: the Limit is reached, or an event is not JSON. */
class StopReading extends Error {
	constructor(readonly broke?: string) {
		super(broke ?? 'limit reached');
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
	/** Events' data not parsed yet: parsed together once they fill PARSE_BATCH_CHARS or the room. */
	let waiting: string[] = [];
	let waitingChars = 0;
	/** Parses the waiting events into records; stops the reading at the Limit or the ceiling. */
	const parseWaiting = () => {
		const parsed = parseEvents(waiting);
		waiting = [];
		waitingChars = 0;
		if (typeof parsed === 'string') throw new StopReading(parsed);
		for (const record of parsed) {
			if (records.length >= room) {
				if (room < bounds.limit)
					throw new StreamLimit(
						`Return All reached its ceiling of ${bounds.ceiling} records and the stream goes on`,
					);
				// A Limit reached: stopping closes the stream, so the rest is never downloaded.
				throw new StopReading();
			}
			records.push(record as IDataObject);
		}
	};
	let bytes = 0;
	let lastData = Date.now();
	let failure: unknown;
	try {
		// Read through the stream's events, not `for await`: a server that flushes every event sends
		// a chunk or two per record, and the iterator's promise per chunk showed in a 100 000-event
		// run.
		await eachChunk(body, (chunk) => {
			bytes += chunk.length;
			if (bytes > bounds.maxBytes)
				throw new StreamLimit(
					`the event stream is larger than ${Math.round(bounds.maxBytes / 1024 / 1024)} MB`,
				);
			const before = waiting.length;
			for (const event of parser.push(chunk)) {
				if (event.data.trim() === '') continue;
				waiting.push(event.data);
				waitingChars += event.data.length;
			}
			const now = Date.now();
			if (waiting.length > before) lastData = now;
			else if (now - lastData > bounds.idleMs) {
				throw new StreamLimit(
					`the event stream sent only keep-alive comments for ${Math.round(bounds.idleMs / 1000)} s`,
				);
			}
			// An event holds one record or more (or an empty list): enough events to fill the room
			// are parsed at once, so a Limit stops the download as soon as it can be reached.
			if (waitingChars >= PARSE_BATCH_CHARS || records.length + waiting.length >= room)
				parseWaiting();
		});
		if (waiting.length > 0) parseWaiting();
		if (parser.end().incomplete)
			return { broke: 'the event stream ended in the middle of an event' };
	} catch (error) {
		failure = error;
	} finally {
		stop();
		closeStream(body);
	}
	if (failure instanceof StopReading)
		return failure.broke === undefined ? { records } : { broke: failure.broke };
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
