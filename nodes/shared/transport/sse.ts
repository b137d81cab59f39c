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

const LF = 10;
const SPACE = 32;
const COLON = 58;
type SseField = 'data' | 'event' | 'id' | 'retry';

/**
 * Incremental SSE parser: feed it chunks as they arrive and it hands back every event completed so
 * far, keeping only the unfinished line, so a long stream is never buffered whole. A line or an
 * event larger than `maxBytes` is an error (a server sending one endless line would otherwise fill
 * the memory). Each chunk is scanned once where it lies: lines are found with `indexOf` and read in
 * place by offsets (only a field's value is sliced out), and only a line cut by a chunk boundary is
 * joined, once, when its end arrives, so a long line arriving in many chunks costs no more than a
 * short one.
 */
export class SseParser {
	/** The unfinished line, in the pieces that brought it (joined once its end arrives). */
	private pending: string[] = [];
	private pendingLength = 0;
	/**
	 * The held line ended with a CR at the end of a chunk: it may be the first half of a CRLF, so the
	 * line waits for the next chunk, whose leading LF belongs to it.
	 */
	private pendingCr = false;
	private data = '';
	private dataLines = 0;
	/** The event's data as the spec counts it: each line with its line feed. */
	private dataSize = 0;
	private eventName = '';
	private lastId: string | undefined;
	private retry: number | undefined;
	private readonly decoder = new TextDecoder('utf-8');

	constructor(private readonly maxBytes = Infinity) {}

	push(chunk: Uint8Array | string): SseEvent[] {
		const text = typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
		const events: SseEvent[] = [];
		if (text.length === 0) return events;
		let start = 0;
		if (this.pendingCr) {
			this.pendingCr = false;
			if (text.charCodeAt(0) === LF) start = 1;
			this.endPending(events, '');
		}
		// The next LF and the next CR, each searched again only once passed: a stream without CR (the
		// usual) searches for one once per chunk.
		let lf = text.indexOf('\n', start);
		let cr = text.indexOf('\r', start);
		for (;;) {
			if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
			if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
			const end = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr;
			if (end === -1) break;
			if (end === cr && end === text.length - 1) {
				// A CR at the very end may be the first half of CRLF: the line waits for the next chunk.
				this.hold(text.slice(start, end));
				this.pendingCr = true;
				return events;
			}
			if (this.pendingLength > 0) this.endPending(events, text.slice(start, end));
			else this.line(text, start, end, events);
			start = end === cr && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
		}
		if (start < text.length) this.hold(start === 0 ? text : text.slice(start));
		return events;
	}

	/** Call when the stream ends: the spec drops an event that was not terminated by a blank line. */
	end(): { incomplete: boolean } {
		const incomplete = this.pendingLength > 0 || this.pendingCr || this.dataLines > 0;
		this.pending = [];
		this.pendingLength = 0;
		this.pendingCr = false;
		this.data = '';
		this.dataLines = 0;
		this.dataSize = 0;
		this.eventName = '';
		return { incomplete };
	}

	/** Keeps the start of a line whose end has not arrived, within the line limit. */
	private hold(piece: string) {
		this.pending.push(piece);
		this.pendingLength += piece.length;
		if (this.pendingLength > this.maxBytes) {
			throw new SseLimitError(
				`a line of the event stream is longer than ${this.maxBytes} characters`,
			);
		}
	}

	/** The held line is complete with `rest`: read it whole. */
	private endPending(events: SseEvent[], rest: string) {
		const line = this.pending.join('') + rest;
		this.pending = [];
		this.pendingLength = 0;
		this.line(line, 0, line.length, events);
	}

	/** Reads the line `text[start, end)`: a field, a comment, or the blank line ending an event. */
	private line(text: string, start: number, end: number, events: SseEvent[]) {
		if (start === end) {
			this.dispatch(events);
			return;
		}
		// A comment (": keep-alive") or a field the spec does not know is ignored.
		const field = fieldOf(text, start, end);
		if (field === undefined) return;
		let valueStart = start + field.length + 1;
		if (valueStart > end) valueStart = end;
		else if (valueStart < end && text.charCodeAt(valueStart) === SPACE) valueStart++;
		const value = text.slice(valueStart, end);
		switch (field) {
			case 'data':
				this.addData(value);
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
	}

	private addData(value: string) {
		this.dataSize += value.length + 1;
		if (this.dataSize > this.maxBytes) {
			throw new SseLimitError(`an event of the stream is larger than ${this.maxBytes} characters`);
		}
		// Lines are joined as they come: most events have one, which is then kept as it was sliced.
		this.data = this.dataLines === 0 ? value : `${this.data}\n${value}`;
		this.dataLines++;
	}

	private dispatch(events: SseEvent[]) {
		if (this.dataLines > 0) {
			events.push({
				event: this.eventName || 'message',
				data: this.data,
				id: this.lastId,
				retry: this.retry,
			});
		}
		this.data = '';
		this.dataLines = 0;
		this.dataSize = 0;
		this.eventName = '';
	}
}

/**
 * The field the line `text[start, end)` sets, if the spec knows it: the name, then a colon or the
 * line end. Compared in place, by character codes: slicing each name out would allocate a string
 * per line, and a search for the colon could run through the rest of the chunk.
 */
function fieldOf(text: string, start: number, end: number): SseField | undefined {
	switch (text.charCodeAt(start)) {
		case 100: // d
			return isField(text, start, end, 'data') ? 'data' : undefined;
		case 105: // i
			return isField(text, start, end, 'id') ? 'id' : undefined;
		case 101: // e
			return isField(text, start, end, 'event') ? 'event' : undefined;
		case 114: // r
			return isField(text, start, end, 'retry') ? 'retry' : undefined;
	}
	return undefined;
}

/** The line `text[start, end)` sets the field `name` (whose first character the caller checked). */
function isField(text: string, start: number, end: number, name: string): boolean {
	const after = start + name.length;
	if (after > end) return false;
	for (let at = 1; at < name.length; at++)
		if (text.charCodeAt(start + at) !== name.charCodeAt(at)) return false;
	return after === end || text.charCodeAt(after) === COLON;
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
