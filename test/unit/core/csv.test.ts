import { CsvLimitError, CsvReader, parseCsv } from '../../../nodes/shared/transport/csv';
import type { CsvRecord } from '../../../nodes/shared/transport/csv';
import { cutAt, itReadsTheSameCutAnywhere } from '../../support/cuts';

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

/**
 * The reader's rules written plainly, one character at a time over the whole text: the oracle the
 * incremental reader must match however its input is cut. A quote opens a quoted field only as its
 * first character; text after the closing quote joins the field; CR, LF and CRLF end a line; blank
 * lines are skipped; the first row names the columns.
 */
function reference(input: string): CsvRecord[] {
	const text = input.replace(/^\ufeff/, '');
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let state: 'start' | 'plain' | 'quoted' | 'quote' = 'start';
	const endRow = () => {
		row.push(field);
		if (!(row.length === 1 && row[0] === '')) rows.push(row);
		row = [];
		field = '';
		state = 'start';
	};
	for (let at = 0; at < text.length; at++) {
		const char = text[at];
		if (state === 'quoted') {
			if (char === '"') state = 'quote';
			else field += char;
			continue;
		}
		if (state === 'quote') {
			state = 'plain';
			if (char === '"') {
				field += '"';
				state = 'quoted';
				continue;
			}
		}
		if (char === ',') {
			row.push(field);
			field = '';
			state = 'start';
		} else if (char === '\r' || char === '\n') {
			if (char === '\r' && text[at + 1] === '\n') at++;
			endRow();
		} else if (char === '"' && state === 'start') state = 'quoted';
		else {
			field += char;
			state = 'plain';
		}
	}
	if (state !== 'start' || row.length > 0) endRow();
	const [header, ...records] = rows;
	if (!header) return [];
	const names = header.map((name, index) => name.trim() || `column${index + 1}`);
	return records.map((values) => {
		const record: CsvRecord = {};
		names.forEach((name, index) => (record[name] = values[index] ?? ''));
		return record;
	});
}

function readIn(pieces: Array<Uint8Array | string>): CsvRecord[] {
	const reader = new CsvReader();
	const records: CsvRecord[] = [];
	for (const piece of pieces) records.push(...reader.push(piece));
	records.push(...reader.end());
	return records;
}

describe('CSV reading against the rules, cut anywhere', () => {
	// BOM; a header to trim and name; quotes at every place they can be; CR, LF and CRLF, inside
	// quotes too; blank lines; short and long rows; 2-, 3- and 4-byte characters; no final line end.
	const text =
		'\ufeffname, note ,,"quoted, header"\r\n' +
		'"Doe, Jane","She said ""hi""\r\nand left",x,y\r\n' +
		'Zoë,plain,,\n' +
		'\r\n\n' +
		'"",a"b,"c""",😀\r' +
		'李,"multi\nline ✓","x"tail,\r\n' +
		'short\r\n' +
		'1,2,3,4,5,6\r\n' +
		'"""",",",""""""\n' +
		'last,"unterminated, "" with quotes';
	const bytes = new TextEncoder().encode(text);
	const expected = reference(text);

	it('reads the sample by the rules', () => {
		const columns = ['name', 'note', 'column3', 'quoted, header'];
		const rows = (...values: string[][]) =>
			values.map((row) => Object.fromEntries(columns.map((name, k) => [name, row[k] ?? ''])));
		expect(expected).toEqual(
			rows(
				['Doe, Jane', 'She said "hi"\r\nand left', 'x', 'y'],
				['Zoë', 'plain', '', ''],
				['', 'a"b', 'c"', '😀'],
				['李', 'multi\nline ✓', 'xtail', ''],
				['short'],
				['1', '2', '3', '4'],
				['"', ',', '""'],
				['last', 'unterminated, " with quotes'],
			),
		);
		expect(parseCsv(text)).toEqual(expected);
		expect(readIn([bytes])).toEqual(expected);
	});

	itReadsTheSameCutAnywhere({ what: 'records', bytes, text, expected, read: readIn, seed: 11 });

	it('reads every small arrangement of quotes, commas and line ends by the rules', () => {
		// Every text of up to five of these characters after a header, cut at every point.
		const alphabet = ['"', ',', '\r', '\n', 'a'];
		let texts = [''];
		const wrong: string[] = [];
		for (let size = 1; size <= 5; size++) {
			texts = texts.flatMap((prefix) => alphabet.map((char) => prefix + char));
			for (const body of texts) {
				const sample = `h1,h2\r\n${body}`;
				const want = JSON.stringify(reference(sample));
				for (let cut = 0; cut <= sample.length; cut++)
					if (JSON.stringify(readIn(cutAt(sample, [cut]))) !== want) wrong.push(sample);
			}
		}
		expect([...new Set(wrong)]).toEqual([]);
	});
});

describe('CSV rows against the header', () => {
	it('drops a byte-order mark before a quoted header, in text and in bytes', () => {
		const text = '\ufeff"a, b",c\r\n1,2\r\n';
		expect(parseCsv(text)).toEqual([{ 'a, b': '1', c: '2' }]);
		expect(readIn([new TextEncoder().encode(text)])).toEqual([{ 'a, b': '1', c: '2' }]);
	});

	it('keeps the columns in header order, a repeated name taking its last value', () => {
		const [record] = parseCsv('b,a,b\r\n1,2,3\r\n');
		expect(Object.keys(record)).toEqual(['b', 'a']);
		expect(record).toEqual({ b: '3', a: '2' });
	});

	it('gives each record its own object', () => {
		const [first, second] = parseCsv('a,b\n1\n2,3\n');
		first.a = 'changed';
		expect(second).toEqual({ a: '2', b: '3' });
		expect(first).toEqual({ a: 'changed', b: '' });
	});
});

describe('CSV limits on chunked input', () => {
	it('stops a quoted field at the limit while it is still arriving', () => {
		const reader = new CsvReader(1000, 4000);
		reader.push('a,b\r\n1,"');
		expect(() => {
			for (let i = 0; i < 20; i++) reader.push('x,\n""'.repeat(20));
		}).toThrow(/field is longer than 1000/);
	});

	it('accepts a field of exactly the limit, cut in pieces', () => {
		const reader = new CsvReader(1000, 4000);
		const records = [...reader.push('a,b\r\n"')];
		for (let i = 0; i < 10; i++) records.push(...reader.push('y'.repeat(100)));
		records.push(...reader.push('",2\r\n'), ...reader.end());
		expect(records).toEqual([{ a: 'y'.repeat(1000), b: '2' }]);
	});

	it('counts a line across its fields and chunks', () => {
		const reader = new CsvReader(1000, 4000);
		reader.push('a,b,c,d,e\r\n');
		expect(() => {
			for (let i = 0; i < 5; i++) reader.push(`${'z'.repeat(900)},`);
		}).toThrow(/line is longer than 4000/);
	});
});
