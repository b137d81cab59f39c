import { LIMITS } from './limits';

/** A CSV field or line longer than the reader holds. */
export class CsvLimitError extends Error {}

export type CsvRecord = Record<string, string>;

const QUOTE = 34;
const LF = 10;

/**
 * Incremental RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. Feed
 * it chunks (bytes or text) as they arrive; it returns the records completed so far and keeps only
 * the unfinished field, so a report is never held twice. The first row names the columns; a UTF-8
 * byte-order mark is dropped; blank lines are skipped. A field or line longer than the limits is a
 * CsvLimitError, raised as soon as the limit is passed.
 *
 * Each chunk is read where it lies, once: the next comma, CR, LF and quote are found with `indexOf`
 * (each position remembered until the reader passes it, so no character is searched twice) and a
 * field is sliced out whole; only a field cut by a chunk boundary is carried and joined.
 */
export class CsvReader {
	private readonly decoder = new TextDecoder('utf-8');
	private header: string[] | undefined;
	/** A record of the header's columns, all empty: each record starts as a copy of it. */
	private blank: CsvRecord = {};
	/** The fields of the row being read: `count` of them, in an array reused from row to row. */
	private values: string[] = [];
	private count = 0;
	private rowChars = 0;
	/** The start of the current field, carried over from earlier chunks. */
	private field = '';
	/** Nothing of the current field read yet: only there does a quote open a quoted field. */
	private fresh = true;
	private quoted = false;
	/**
	 * A quote ended the previous chunk inside a quoted field: it may be the first of a doubled pair.
	 */
	private pendingQuote = false;
	/** A CR ended the previous line: a LF right after it belongs to it. */
	private skipLf = false;
	private started = false;

	constructor(
		private readonly maxField: number = LIMITS.maxCsvFieldChars,
		private readonly maxLine: number = LIMITS.maxCsvFieldChars * 4,
	) {}

	push(chunk: Uint8Array | string): CsvRecord[] {
		return this.consume(
			typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true }),
		);
	}

	end(): CsvRecord[] {
		const out = this.consume(this.decoder.decode());
		// A quote that ended the input closes its field; an unclosed quoted field ends with the input.
		this.pendingQuote = false;
		this.quoted = false;
		if (!this.fresh || this.count > 0) this.endRow(out, this.field);
		return out;
	}

	private consume(input: string): CsvRecord[] {
		const out: CsvRecord[] = [];
		let text = input;
		if (!this.started && text.length > 0) {
			this.started = true;
			if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
		}
		const length = text.length;
		let i = 0;
		if (this.skipLf && length > 0) {
			this.skipLf = false;
			if (text.charCodeAt(0) === LF) i = 1;
		}
		if (this.pendingQuote && i < length) {
			this.pendingQuote = false;
			if (text.charCodeAt(i) === QUOTE) {
				this.carry('"');
				i++;
			} else this.quoted = false;
		}
		// The next of each special character at or after `i`, or `length` when there is none left.
		let comma = -1;
		let cr = -1;
		let lf = -1;
		while (i < length) {
			if (this.quoted) {
				i = this.readQuoted(text, i);
				continue;
			}
			if (this.fresh && text.charCodeAt(i) === QUOTE) {
				this.quoted = true;
				this.fresh = false;
				i++;
				continue;
			}
			if (comma < i) comma = nextOf(text, ',', i);
			if (cr < i) cr = nextOf(text, '\r', i);
			if (lf < i) lf = nextOf(text, '\n', i);
			const end = Math.min(comma, cr, lf);
			if (end === length) {
				this.carry(text.slice(i));
				break;
			}
			const value = this.field === '' ? text.slice(i, end) : this.field + text.slice(i, end);
			i = end + 1;
			if (end === comma) {
				this.endField(value);
				this.addRowChars(1);
				continue;
			}
			if (end === cr) {
				if (i < length) {
					if (text.charCodeAt(i) === LF) i++;
				} else this.skipLf = true;
			}
			this.endRow(out, value);
		}
		return out;
	}

	/**
	 * Reads a quoted field from `i` up to its closing quote, or to the end of the chunk (carried);
	 * returns where reading goes on. After the closing quote the field goes on unquoted, up to the
	 * next comma or line break, as lenient readers do.
	 */
	private readQuoted(text: string, i: number): number {
		const quote = text.indexOf('"', i);
		if (quote === -1) {
			this.carry(text.slice(i));
			return text.length;
		}
		this.carry(text.slice(i, quote));
		if (quote + 1 === text.length) {
			this.pendingQuote = true;
			return text.length;
		}
		if (text.charCodeAt(quote + 1) === QUOTE) {
			this.carry('"');
			return quote + 2;
		}
		this.quoted = false;
		return quote + 1;
	}

	/** Keeps part of a field whose end has not been read yet, within the limits. */
	private carry(part: string) {
		if (part.length === 0) return;
		this.fresh = false;
		this.field += part;
		if (this.field.length > this.maxField)
			throw new CsvLimitError(`a CSV field is longer than ${this.maxField} characters`);
		this.addRowChars(part.length);
	}

	private addRowChars(chars: number) {
		this.rowChars += chars;
		if (this.rowChars > this.maxLine)
			throw new CsvLimitError(`a CSV line is longer than ${this.maxLine} characters`);
	}

	/** `value` is the whole field: its carried start, if any, and the rest. */
	private endField(value: string) {
		if (value.length > this.maxField)
			throw new CsvLimitError(`a CSV field is longer than ${this.maxField} characters`);
		this.addRowChars(value.length - this.field.length);
		this.values[this.count++] = value;
		this.field = '';
		this.fresh = true;
	}

	/** Ends the row with its `last` field: the first row names the columns, later ones are records. */
	private endRow(out: CsvRecord[], last: string) {
		this.endField(last);
		const values = this.values;
		const count = this.count;
		this.count = 0;
		this.rowChars = 0;
		// A trailing line break leaves no empty record behind; blank lines inside are dropped too.
		if (count === 1 && values[0] === '') return;
		if (!this.header) {
			this.header = values
				.slice(0, count)
				.map((name, index) => name.trim() || `column${index + 1}`);
			for (const name of this.header) this.blank[name] = '';
			return;
		}
		const header = this.header;
		// A copy of the blank record has every column at once (a short row keeps '' in the rest),
		// where adding the columns one by one would grow each record's storage several times.
		const record = { ...this.blank };
		const filled = Math.min(count, header.length);
		for (let index = 0; index < filled; index++) record[header[index]] = values[index];
		out.push(record);
	}
}

/** Where the next `char` is at or after `from`, or the text's length when there is none. */
function nextOf(text: string, char: string, from: number): number {
	const at = text.indexOf(char, from);
	return at === -1 ? text.length : at;
}

/**
 * The records of a whole CSV text (or file), read in slices so the bytes are never copied into one
 * string.
 */
export function parseCsv(input: string | Buffer): CsvRecord[] {
	const reader = new CsvReader();
	const out: CsvRecord[] = [];
	const slice = 1024 * 1024;
	for (let offset = 0; offset < input.length; offset += slice) {
		for (const record of reader.push(input.slice(offset, offset + slice))) out.push(record);
	}
	for (const record of reader.end()) out.push(record);
	return out;
}

function csvCell(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows back to RFC 4180 text, with the union of their columns in first-seen order. */
export function toCsv(rows: CsvRecord[]): string {
	const columns: string[] = [];
	const seen = new Set<string>();
	for (const row of rows) {
		for (const key of Object.keys(row)) {
			if (!seen.has(key)) {
				seen.add(key);
				columns.push(key);
			}
		}
	}
	const lines = [columns.map(csvCell).join(',')];
	for (const row of rows) lines.push(columns.map((column) => csvCell(row[column] ?? '')).join(','));
	return `${lines.join('\r\n')}\r\n`;
}
