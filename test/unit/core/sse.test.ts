import { SseLimitError, SseParser, readSse } from '../../../nodes/shared/transport/sse';
import type { SseEvent } from '../../../nodes/shared/transport/sse';
import { itReadsTheSameCutAnywhere } from '../../support/cuts';

async function* chunks(parts: string[]) {
	for (const part of parts) yield new TextEncoder().encode(part);
}

describe('SseParser', () => {
	it('emits events only once they are complete, whatever the chunking', () => {
		const text =
			'event: record\ndata: {"a":1}\n\nevent: record\ndata: {"a":2}\n\n: comment\ndata: line1\ndata: line2\nid: 7\n\n';
		const whole = new SseParser().push(text);
		for (let size = 1; size <= 7; size++) {
			const parser = new SseParser();
			const events = [];
			for (let i = 0; i < text.length; i += size)
				events.push(...parser.push(text.slice(i, i + size)));
			expect(events).toEqual(whole);
		}
		expect(whole.map((e) => [e.event, e.data])).toEqual([
			['record', '{"a":1}'],
			['record', '{"a":2}'],
			['message', 'line1\nline2'],
		]);
		expect(whole[2].id).toBe('7');
	});

	it('accepts CRLF and CR line ends, including a CRLF split across chunks', () => {
		const parser = new SseParser();
		const events = [
			...parser.push('data: a\r'),
			...parser.push('\n\r\n'),
			...parser.push('data: b\r\r'),
		];
		// A CR at the very end may still become CRLF, so "b" is dispatched only when the next byte arrives.
		expect(events.map((e) => e.data)).toEqual(['a']);
		expect(parser.push(': keep-alive\n').map((e) => e.data)).toEqual(['b']);
	});

	it('decodes a multi-byte character split across chunks', () => {
		const bytes = new TextEncoder().encode('data: Zoë\n\n');
		const parser = new SseParser();
		const events = [...parser.push(bytes.slice(0, 8)), ...parser.push(bytes.slice(8))];
		expect(events[0].data).toBe('Zoë');
	});

	it('reports a stream cut in the middle of an event', async () => {
		const seen: string[] = [];
		await expect(
			(async () => {
				for await (const event of readSse(chunks(['data: 1\n\n', 'data: 2\n'])))
					seen.push(event.data);
			})(),
		).rejects.toThrow(/ended in the middle/);
		expect(seen).toEqual(['1']);
	});
});

/**
 * The spec's parsing algorithm, written plainly over the whole text: the oracle the incremental
 * parser must match however its input is cut.
 */
function reference(text: string): SseEvent[] {
	const events: SseEvent[] = [];
	let data: string[] = [];
	let eventName = '';
	let lastId: string | undefined;
	let retry: number | undefined;
	// The text after the last line break is an unfinished line: never read.
	for (const line of text
		.replace(/^\ufeff/, '')
		.split(/\r\n|\r|\n/)
		.slice(0, -1)) {
		if (line === '') {
			if (data.length > 0)
				events.push({ event: eventName || 'message', data: data.join('\n'), id: lastId, retry });
			data = [];
			eventName = '';
			continue;
		}
		if (line.startsWith(':')) continue;
		const colon = line.indexOf(':');
		const field = colon === -1 ? line : line.slice(0, colon);
		const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
		if (field === 'data') data.push(value);
		else if (field === 'event') eventName = value;
		else if (field === 'id' && !value.includes('\0')) lastId = value;
		else if (field === 'retry' && /^\d+$/.test(value)) retry = Number(value);
	}
	return events;
}

function parseIn(pieces: Array<Uint8Array | string>): SseEvent[] | 'incomplete' {
	const parser = new SseParser();
	const events: SseEvent[] = [];
	for (const piece of pieces) events.push(...parser.push(piece));
	return parser.end().incomplete ? 'incomplete' : events;
}

describe('SseParser against the spec, cut anywhere', () => {
	// Every kind of line, every line end, multi-byte characters of 2, 3 and 4 bytes, and a BOM.
	const text =
		'\ufeffretry: 1500\n' +
		': a comment, then CRLF\r\n' +
		'id: 1\r\nevent: greeting\r\ndata: Zoë says "hi" 👋\r\n\r\n' +
		'data:no space\rdata:  two spaces\r\r' +
		'id: 2\ndata\ndata: 李娜\n\n' +
		'idx: 9\nevent\ndata: {"a":1,\ndata: "b":2}\n\n' +
		'retry: soon\nid: 3\0x\ndata: after an id with NUL\n\n' +
		'averyveryverylongfieldname: x\ndat: typo\nid\ndata: empty id\n\n' +
		': keep-alive\n\n' +
		'event: only-a-name\n\n' +
		'data: ünïcödé ✓ 𝄞\r\n\n';
	const bytes = new TextEncoder().encode(text);
	const expected = reference(text);

	it('reads the sample as the spec does', () => {
		expect(expected.map((e) => [e.id, e.event, e.data])).toEqual([
			['1', 'greeting', 'Zoë says "hi" 👋'],
			['1', 'message', 'no space\n two spaces'],
			['2', 'message', '\n李娜'],
			['2', 'message', '{"a":1,\n"b":2}'],
			['2', 'message', 'after an id with NUL'],
			['', 'message', 'empty id'],
			['', 'message', 'ünïcödé ✓ 𝄞'],
		]);
		expect(expected.every((e) => e.retry === 1500)).toBe(true);
		expect(parseIn([bytes])).toEqual(expected);
	});

	itReadsTheSameCutAnywhere({
		what: 'events',
		bytes,
		// A BOM is the bytes' business: text arrives decoded.
		text: text.slice(1),
		expected,
		read: parseIn,
		seed: 7,
	});

	it('holds a line ending in CR until the next chunk tells CR from CRLF', () => {
		const parser = new SseParser();
		expect(parser.push('data: x\r')).toEqual([]);
		expect(parser.push('\r')).toEqual([]);
		expect(parser.push('\n').map((e) => e.data)).toEqual(['x']);
		expect(parser.end().incomplete).toBe(false);
	});
});

describe('SseParser bounds and ends', () => {
	it('reads a long line arriving in many chunks', () => {
		const parser = new SseParser(1_000_000);
		const events = [...parser.push('id: 9\ndata: ')];
		for (let i = 0; i < 1000; i++) events.push(...parser.push('x'.repeat(900)));
		events.push(...parser.push('\n\n'));
		expect(events).toHaveLength(1);
		expect(events[0].data).toBe('x'.repeat(900_000));
		expect(events[0].id).toBe('9');
	});

	it('stops a line longer than the limit while it is still arriving', () => {
		const parser = new SseParser(1000);
		parser.push('data: ');
		expect(() => {
			for (let i = 0; i < 20; i++) parser.push('y'.repeat(100));
		}).toThrow(SseLimitError);
	});

	it('stops an event whose data lines together pass the limit', () => {
		const parser = new SseParser(1000);
		expect(() => parser.push('data: 12345678\n'.repeat(200))).toThrow(
			/an event of the stream is larger than 1000/,
		);
		// Within the limit, the same lines are one event.
		const events = new SseParser(2000).push(`${'data: 12345678\n'.repeat(200)}\n`);
		expect(events).toHaveLength(1);
		expect(events[0].data.split('\n')).toHaveLength(200);
	});

	it('tells a stream that ended inside an event or line from one that ended cleanly', () => {
		const ends = (text: string) => {
			const parser = new SseParser();
			parser.push(text);
			return parser.end().incomplete;
		};
		expect(ends('data: 1\n\n')).toBe(false);
		expect(ends(': only a comment\n')).toBe(false);
		expect(ends('data: 1\n')).toBe(true);
		expect(ends('data: 1\n\ndata: 2')).toBe(true);
		expect(ends('data: 1\n\r')).toBe(true);
	});

	it('keeps the last id and the retry for later events, as the spec does', () => {
		const events = new SseParser().push(
			'retry: 10\nid: a\ndata: 1\n\ndata: 2\n\nid: b\ndata: 3\n\n',
		);
		expect(events.map((e) => [e.id, e.retry, e.data])).toEqual([
			['a', 10, '1'],
			['a', 10, '2'],
			['b', 10, '3'],
		]);
	});
});
