/**
 * Reading an answer's body under a deadline and a size ceiling. n8n's `timeout` is an idle timeout,
 * so a server sending one byte every few seconds would hold an execution forever; here the deadline
 * covers the whole body and a body past its ceiling is dropped at once instead of being held in
 * memory.
 */

/** Why a body was not read to its end. */
export class BodyLimitError extends Error {
	constructor(
		readonly reason: 'deadline' | 'size',
		message: string,
	) {
		super(message);
	}
}

export type ByteStream = AsyncIterable<Uint8Array | string> & { destroy?: (error?: Error) => void };

export function isByteStream(body: unknown): body is ByteStream {
	return (
		!!body &&
		typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function' &&
		!Buffer.isBuffer(body) &&
		typeof body !== 'string'
	);
}

/** Closes the socket behind a stream the node stops reading (a Limit reached, an error). */
export function closeStream(body: unknown, error?: Error): void {
	if (isByteStream(body)) body.destroy?.(error);
}

/**
 * Ends `stream` with a BodyLimitError when `deadline` fires; returns the function that stops
 * watching. Destroying the stream wakes a reader waiting for the next chunk, so no timer of our own
 * is needed.
 */
export function watchDeadline(
	stream: ByteStream,
	deadline: AbortSignal | undefined,
	what: string,
): () => void {
	if (!deadline) return () => undefined;
	const fire = () => stream.destroy?.(new BodyLimitError('deadline', what));
	if (deadline.aborted) {
		fire();
		return () => undefined;
	}
	deadline.addEventListener('abort', fire, { once: true });
	return () => deadline.removeEventListener('abort', fire);
}

export interface ReadLimits {
	maxBytes: number;
	deadline?: AbortSignal;
	/** Said when the deadline fires, e.g. "the answer did not arrive within 120 s". */
	deadlineMessage: string;
	/** Said when the body is too large. */
	sizeMessage: string;
	/** The announced length, when the server sent one: the buffer is then allocated once. */
	contentLength?: number;
}

/** A Node.js readable stream, as n8n hands back an answer read with `encoding: 'stream'`. */
interface NodeReadable {
	on(event: string, listener: (...args: never[]) => void): unknown;
	destroy(error?: Error): void;
	destroyed?: boolean;
	readableEnded?: boolean;
}

function isLiveNodeReadable(body: unknown): body is NodeReadable {
	const stream = body as Partial<NodeReadable>;
	return (
		typeof stream.on === 'function' &&
		typeof stream.destroy === 'function' &&
		stream.destroyed === false &&
		stream.readableEnded === false
	);
}

/**
 * Hands every chunk of `body` to `take` until the body ends; rejects when it breaks, or when `take`
 * throws (the stream is then destroyed). A live Node.js stream is read through its events, which
 * cost less per answer than an async iterator (Return All reads one answer per page); anything
 * else, or a stream already ended or destroyed, through `for await`.
 */
export function eachChunk(
	body: ByteStream,
	take: (chunk: Uint8Array | string) => void,
): Promise<void> {
	if (!isLiveNodeReadable(body)) return eachIterated(body, take);
	const stream = body;
	// The first outcome counts. The listeners stay on the stream, which is done with and goes with
	// them (removing four per page showed in the profile of a Return All); they let go of `take`,
	// though, and with it of the body read so far, which the stream may outlive. (Only `deliver`
	// is shared with them: naming `take` inside them would keep it alive.)
	let deliver: typeof take | undefined = take;
	return new Promise<void>((resolve, reject) => {
		const done = (error?: unknown) => {
			if (!deliver) return;
			deliver = undefined;
			if (error === undefined) resolve();
			else reject(error);
		};
		stream.on('data', (chunk: Uint8Array | string) => {
			if (!deliver) return;
			try {
				deliver(chunk);
			} catch (error) {
				done(error);
				stream.destroy();
			}
		});
		stream.on('end', () => done());
		stream.on('error', (error: Error) => done(error));
		// As `for await` does: a stream closed before its end is a broken one. Every answer's stream
		// closes after its end, so the error (and its stack trace, the dearest part of reading a page)
		// is made only when it is still due.
		stream.on('close', () => {
			if (deliver)
				done(Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }));
		});
	});
}

async function eachIterated(body: ByteStream, take: (chunk: Uint8Array | string) => void) {
	for await (const chunk of body) take(chunk);
}

/** A chunk as a Buffer over the same memory (a string is encoded). */
function chunkBytes(chunk: Uint8Array | string): Buffer {
	if (typeof chunk === 'string') return Buffer.from(chunk);
	return Buffer.isBuffer(chunk)
		? chunk
		: Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * The whole body as one Buffer, read once. A body that comes in one chunk is that chunk, not a
 * copy (a page of records usually does); a longer one is filled into one buffer of its announced
 * Content-Length as it arrives, each chunk copied once and let go.
 */
export async function readBody(body: unknown, limits: ReadLimits): Promise<Buffer> {
	if (!isByteStream(body)) return toBuffer(body);
	if (limits.contentLength !== undefined && limits.contentLength > limits.maxBytes) {
		body.destroy?.();
		throw new BodyLimitError('size', limits.sizeMessage);
	}
	const stop = watchDeadline(body, limits.deadline, limits.deadlineMessage);
	const announced = limits.contentLength;
	/** The only chunk so far, as it came. */
	let first: Buffer | undefined;
	/** From the second chunk on: the announced length, filled in place. */
	let known: Buffer | undefined;
	let filled = 0;
	/** What does not fit: no length was announced, or more came than announced. */
	const rest: Buffer[] = [];
	let size = 0;
	let failure: unknown;
	try {
		await eachChunk(body, (chunk) => {
			const bytes = chunkBytes(chunk);
			if (size + bytes.length > limits.maxBytes) {
				body.destroy?.();
				throw new BodyLimitError('size', limits.sizeMessage);
			}
			if (first === undefined && known === undefined && rest.length === 0) first = bytes;
			else {
				if (first && announced !== undefined && size + bytes.length <= announced) {
					known = Buffer.allocUnsafe(announced);
					known.set(first, 0);
					filled = first.length;
					first = undefined;
				}
				if (known && rest.length === 0 && filled + bytes.length <= known.length) {
					known.set(bytes, filled);
					filled += bytes.length;
				} else rest.push(bytes);
			}
			size += bytes.length;
		});
	} catch (error) {
		failure =
			error instanceof BodyLimitError || !limits.deadline?.aborted
				? error
				: new BodyLimitError('deadline', limits.deadlineMessage);
	} finally {
		stop();
	}
	if (failure !== undefined) throw failure;
	const head = known ? known.subarray(0, filled) : first;
	if (head === undefined) return Buffer.alloc(0);
	return rest.length === 0 ? head : Buffer.concat([head, ...rest], size);
}

export function toBuffer(body: unknown): Buffer {
	if (Buffer.isBuffer(body)) return body;
	if (body instanceof ArrayBuffer) return Buffer.from(body);
	if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
	if (typeof body === 'string') return Buffer.from(body, 'utf8');
	if (body === undefined || body === null) return Buffer.alloc(0);
	return Buffer.from(JSON.stringify(body), 'utf8');
}

/**
 * At most `maxBytes` of a body (an error page, a redirect), then the socket is closed: enough to
 * report it.
 */
export async function readHead(
	body: unknown,
	maxBytes: number,
	deadline?: AbortSignal,
): Promise<Buffer> {
	if (!isByteStream(body)) return toBuffer(body).subarray(0, maxBytes);
	const stop = watchDeadline(body, deadline, 'the answer did not arrive in time');
	const chunks: Buffer[] = [];
	let size = 0;
	try {
		for await (const chunk of body) {
			const bytes = chunkBytes(chunk);
			chunks.push(bytes.subarray(0, maxBytes - size));
			size += Math.min(bytes.length, maxBytes - size);
			if (size >= maxBytes) break;
		}
	} catch {
		// What arrived before the connection broke is all there is to report.
	} finally {
		stop();
		body.destroy?.();
	}
	return Buffer.concat(chunks, size);
}
