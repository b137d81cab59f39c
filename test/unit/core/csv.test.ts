import { CsvLimitError, CsvReader, parseCsv } from '../../../nodes/shared/transport/csv';

describe('CSV parsing', () => {
	it('reads quoted fields with commas, doubled quotes and line breaks', () => {
		const text =
			'name,message,time\r\n"Doe, Jane","She said ""hi""\nand left",10:00\r\nZoë,plain,11:00\r\n';
		expect(parseCsv(text)).toEqual([
			{ name: 'Doe, Jane', message: 'She said "hi"\nand left', time: '10:00' },
			{ name: 'Zoë', message: 'plain', time: '11:00' },
		]);
	});

	it('drops a byte-order mark, fills short rows and names empty headers', () => {
		expect(parseCsv('\ufeffa,,c\n1,2\n')).toEqual([{ a: '1', column2: '2', c: '' }]);
	});

	it('returns nothing for an empty report or a header only', () => {
		expect(parseCsv('')).toEqual([]);
		expect(parseCsv('a,b\n')).toEqual([]);
	});

	it('keeps an empty quoted field and a last line without a line break', () => {
		expect(parseCsv('a,b\n"",x')).toEqual([{ a: '', b: 'x' }]);
	});
});

describe('CSV reading in chunks', () => {
	const text =
		'name,message,time\r\n"Doe, Jane","She said ""hi""\r\nand left",10:00\r\nZoë,plain,11:00\r\n\r\nlast,"",x';

	it('gives the same records whatever the chunk boundaries, even inside quotes, CRLF and multi-byte characters', () => {
		const whole = parseCsv(text);
		expect(whole).toHaveLength(3);
		const bytes = Buffer.from(text, 'utf8');
		for (let size = 1; size <= 7; size++) {
			const reader = new CsvReader();
			const records = [];
			for (let at = 0; at < bytes.length; at += size)
				records.push(...reader.push(bytes.subarray(at, at + size)));
			records.push(...reader.end());
			expect(records).toEqual(whole);
		}
	});

	it('stops at the field limit while the line is still arriving, holding no more than the limit', () => {
		const reader = new CsvReader(1000, 4000);
		reader.push('a,b\r\n1,');
		expect(() => {
			for (let i = 0; i < 100; i++) reader.push('x'.repeat(100));
		}).toThrow(CsvLimitError);
	});

	it('stops at the line limit for a line of many short fields', () => {
		const reader = new CsvReader(1000, 4000);
		reader.push('a\r\n');
		expect(() => reader.push('x,'.repeat(3000))).toThrow(/line is longer than 4000/);
	});
});
