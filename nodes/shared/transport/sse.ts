/**
 * One Server-Sent Event as the spec defines it
 * (https://html.spec.whatwg.org/multipage/server-sent-events.html).
 */
export interface SseEvent {
	event: string;
	data: string;
	id?: string;
	retry?: number;
}

/** An event stream broke a size rule: one line or event larger than the parser holds. */
export class SseLimitError extends Error {}

/**
 * Incremental SSE parser: feed it chunks as they arrive and it hands back every event completed so
 * far, keeping only the unfinished line, so a long stream is never buffered whole. A line or an
 * event larger than `maxBytes` is an error (a server sending one endless line would otherwise fill
 * the memory), and each chunk is scanned once, so a long line arriving in many chunks costs no more
 * than a short one.
 */
export class SseParser {
	private buffer = '';
	/** Where the scan for the next line break resumes in `buffer`. */
	private scanned = 0;
	/** `buffer` ends with a CR that may be the first half of a CRLF. */
	private pendingCr = false;
	private dataLines: string[] = [];
	private dataSize = 0;
	private eventName = '';
	private lastId: string | undefined;
	private retry: number | undefined;
	private readonly decoder = new TextDecoder('utf-8');

	constructor(private readonly maxBytes = Infinity) {}

	push(chunk: Uint8Array | string): SseEvent[] {
		const text = typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
		// Most chunks of a long line hold no line break: append without scanning, which would flatten
		// the whole pending line on every chunk.
		if (!this.pendingCr && !/[\r\n]/.test(text)) {
			this.buffer += text;
			this.scanned = this.buffer.length;
			if (this.buffer.length > this.maxBytes) {
				throw new SseLimitError(
					`a line of the event stream is longer than ${this.maxBytes} characters`,
				);
			}
			return [];
		}
		this.buffer += text;
		const events: SseEvent[] = [];
		const lineBreak = /\r\n|\r|\n/g;
		lineBreak.lastIndex = this.scanned;
		let consumed = 0;
		let newline: RegExpExecArray | null;
		while ((newline = lineBreak.exec(this.buffer)) !== null) {
			// A lone CR at the very end may be the first half of CRLF: wait for the next chunk.
			if (newline[0] === '\r' && newline.index === this.buffer.length - 1) break;
			const line = this.buffer.slice(consumed, newline.index);
			consumed = newline.index + newline[0].length;
			const event = this.line(line);
			if (event) events.push(event);
		}
		this.buffer = consumed > 0 ? this.buffer.slice(consumed) : this.buffer;
		this.pendingCr = this.buffer.endsWith('\r');
		this.scanned = this.pendingCr ? this.buffer.length - 1 : this.buffer.length;
		if (this.buffer.length > this.maxBytes) {
			throw new SseLimitError(
				`a line of the event stream is longer than ${this.maxBytes} characters`,
			);
		}
		return events;
	}

	/** Call when the stream ends: the spec drops an event that was not terminated by a blank line. */
	end(): { incomplete: boolean } {
		const incomplete = this.buffer.length > 0 || this.dataLines.length > 0;
		this.buffer = '';
		this.scanned = 0;
		this.pendingCr = false;
		this.dataLines = [];
		this.dataSize = 0;
		this.eventName = '';
		return { incomplete };
	}

	private line(line: string): SseEvent | undefined {
		if (line === '') return this.dispatch();
		if (line.startsWith(':')) return undefined;
		const colon = line.indexOf(':');
		const field = colon === -1 ? line : line.slice(0, colon);
		let value = colon === -1 ? '' : line.slice(colon + 1);
		if (value.startsWith(' ')) value = value.slice(1);
		switch (field) {
			case 'data':
				this.dataSize += value.length + 1;
				if (this.dataSize > this.maxBytes) {
					throw new SseLimitError(
						`an event of the stream is larger than ${this.maxBytes} characters`,
					);
				}
				this.dataLines.push(value);
				break;
			case 'event':
				this.eventName = value;
				break;
			case 'id':
				if (!value.includes('\0')) this.lastId = value;
				break;
			case 'retry':
				if (/^\d+$/.test(value)) this.retry = Number(value);
				break;
		}
		return undefined;
	}

	private dispatch(): SseEvent | undefined {
		if (this.dataLines.length === 0) {
			this.eventName = '';
			return undefined;
		}
		const event: SseEvent = {
			event: this.eventName || 'message',
			data: this.dataLines.join('\n'),
			id: this.lastId,
			retry: this.retry,
		};
		this.dataLines = [];
		this.dataSize = 0;
		this.eventName = '';
		return event;
	}
}

/**
 * Reads a byte stream as SSE events, one at a time; throws if the stream ends in the middle of an
 * event.
 */
export async function* readSse(
	stream: AsyncIterable<Uint8Array | string>,
	maxBytes = Infinity,
): AsyncGenerator<SseEvent> {
	const parser = new SseParser(maxBytes);
	for await (const chunk of stream) {
		for (const event of parser.push(chunk)) yield event;
	}
	if (parser.end().incomplete) throw new Error('The event stream ended in the middle of an event');
}
