import { SseParser, readSse } from '../../../nodes/shared/transport/sse';

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
