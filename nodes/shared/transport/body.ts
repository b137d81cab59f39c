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

/**
 * The whole body as one Buffer, read once: with a Content-Length it is filled in place, never
 * copied.
 */
export async function readBody(body: unknown, limits: ReadLimits): Promise<Buffer> {
	if (!isByteStream(body)) return toBuffer(body);
	if (limits.contentLength !== undefined && limits.contentLength > limits.maxBytes) {
		body.destroy?.();
		throw new BodyLimitError('size', limits.sizeMessage);
	}
	const stop = watchDeadline(body, limits.deadline, limits.deadlineMessage);
	const known =
		limits.contentLength !== undefined && limits.contentLength > 0
			? Buffer.allocUnsafe(limits.contentLength)
			: undefined;
	const chunks: Buffer[] = [];
	let size = 0;
	let failure: unknown;
	try {
		for await (const chunk of body) {
			const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
			if (size + bytes.length > limits.maxBytes) {
				body.destroy?.();
				throw new BodyLimitError('size', limits.sizeMessage);
			}
			if (known && size + bytes.length <= known.length) known.set(bytes, size);
			else chunks.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
			size += bytes.length;
		}
	} catch (error) {
		failure =
			error instanceof BodyLimitError || !limits.deadline?.aborted
				? error
				: new BodyLimitError('deadline', limits.deadlineMessage);
	} finally {
		stop();
	}
	if (failure !== undefined) throw failure;
	if (known && chunks.length === 0) return size === known.length ? known : known.subarray(0, size);
	if (known) return Buffer.concat([known.subarray(0, Math.min(size, known.length)), ...chunks]);
	return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
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
			const bytes =
				typeof chunk === 'string'
					? Buffer.from(chunk)
					: Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
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

/**
 * Races a pending request against its deadline. The request itself is aborted through its signal;
 * this also stops waiting when a helper ignores the signal, and closes the stream of an answer that
 * comes late.
 */
export async function untilDeadline<T>(
	pending: Promise<T>,
	deadline: AbortSignal,
	message: string,
): Promise<T> {
	if (deadline.aborted) {
		void pending.then(
			(late) => closeStream((late as { body?: unknown })?.body),
			() => undefined,
		);
		throw new BodyLimitError('deadline', message);
	}
	return await new Promise<T>((resolve, reject) => {
		let settled = false;
		const onAbort = () => {
			settled = true;
			reject(new BodyLimitError('deadline', message));
		};
		deadline.addEventListener('abort', onAbort, { once: true });
		pending.then(
			(value) => {
				deadline.removeEventListener('abort', onAbort);
				if (settled) closeStream((value as { body?: unknown })?.body);
				else resolve(value);
			},
			(error: unknown) => {
				deadline.removeEventListener('abort', onAbort);
				if (!settled) reject(error);
			},
		);
	});
}
