/** One Server-Sent Event as the spec defines it (https://html.spec.whatwg.org/multipage/server-sent-events.html). */
export interface SseEvent {
	event: string;
	data: string;
	id?: string;
	retry?: number;
}

/**
 * Incremental SSE parser: feed it chunks as they arrive and it hands back every event completed so far,
 * keeping only the unfinished tail, so a long stream is never buffered whole.
 */
export class SseParser {
	private buffer = '';
	private dataLines: string[] = [];
	private eventName = '';
	private lastId: string | undefined;
	private retry: number | undefined;
	private readonly decoder = new TextDecoder('utf-8');

	push(chunk: Uint8Array | string): SseEvent[] {
		this.buffer += typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
		const events: SseEvent[] = [];
		let newline: RegExpExecArray | null;
		const lineBreak = /\r\n|\r|\n/g;
		let consumed = 0;
		while ((newline = lineBreak.exec(this.buffer)) !== null) {
			// A lone CR at the very end may be the first half of CRLF: wait for the next chunk.
			if (newline[0] === '\r' && newline.index === this.buffer.length - 1) break;
			const line = this.buffer.slice(consumed, newline.index);
			consumed = newline.index + newline[0].length;
			const event = this.line(line);
			if (event) events.push(event);
		}
		this.buffer = this.buffer.slice(consumed);
		return events;
	}

	/** Call when the stream ends: the spec drops an event that was not terminated by a blank line. */
	end(): { incomplete: boolean } {
		const incomplete = this.buffer.length > 0 || this.dataLines.length > 0;
		this.buffer = '';
		this.dataLines = [];
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
		this.eventName = '';
		return event;
	}
}

/** Reads a byte stream as SSE events, one at a time; throws if the stream ends in the middle of an event. */
export async function* readSse(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<SseEvent> {
	const parser = new SseParser();
	for await (const chunk of stream) {
		for (const event of parser.push(chunk)) yield event;
	}
	if (parser.end().incomplete) throw new Error('The event stream ended in the middle of an event');
}
