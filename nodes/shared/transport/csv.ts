import { LIMITS } from './limits';

/** A CSV field or line longer than the reader holds. */
export class CsvLimitError extends Error {}

export type CsvRecord = Record<string, string>;

const SPECIAL = /[,\r\n]/g;

/**
 * Incremental RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. Feed
 * it chunks (bytes or text) as they arrive; it returns the records completed so far and keeps only
 * the unfinished field, so a report is never held twice. The first row names the columns; a UTF-8
 * byte-order mark is dropped; blank lines are skipped. A field or line longer than the limits is a
 * CsvLimitError, raised as soon as the limit is passed.
 */
export class CsvReader {
	private readonly decoder = new TextDecoder('utf-8');
	private header: string[] | undefined;
	private row: string[] = [];
	private rowChars = 0;
	private field = '';
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
		if (this.pendingQuote) {
			this.pendingQuote = false;
			this.quoted = false;
		}
		if (!this.fresh || this.field !== '' || this.row.length > 0) this.endField(out);
		return out;
	}

	private consume(input: string): CsvRecord[] {
		const out: CsvRecord[] = [];
		let text = input;
		if (!this.started && text.length > 0) {
			this.started = true;
			if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
		}
		let i = 0;
		if (this.skipLf && text.length > 0) {
			this.skipLf = false;
			if (text[0] === '\n') i = 1;
		}
		while (i < text.length) {
			if (this.pendingQuote) {
				this.pendingQuote = false;
				if (text[i] === '"') {
					this.append('"');
					i++;
					continue;
				}
				this.quoted = false;
			}
			if (this.quoted) {
				const quote = text.indexOf('"', i);
				if (quote === -1) {
					this.append(text.slice(i));
					break;
				}
				this.append(text.slice(i, quote));
				if (quote + 1 >= text.length) {
					this.pendingQuote = true;
					break;
				}
				if (text[quote + 1] === '"') {
					this.append('"');
					i = quote + 2;
				} else {
					this.quoted = false;
					i = quote + 1;
				}
				continue;
			}
			if (this.fresh && text[i] === '"') {
				this.quoted = true;
				this.fresh = false;
				i++;
				continue;
			}
			SPECIAL.lastIndex = i;
			const found = SPECIAL.exec(text);
			if (!found) {
				this.append(text.slice(i));
				break;
			}
			this.append(text.slice(i, found.index));
			i = found.index + 1;
			if (found[0] === ',') {
				if (++this.rowChars > this.maxLine)
					throw new CsvLimitError(`a CSV line is longer than ${this.maxLine} characters`);
				this.row.push(this.field);
				this.field = '';
				this.fresh = true;
				continue;
			}
			if (found[0] === '\r') {
				if (i < text.length) {
					if (text[i] === '\n') i++;
				} else this.skipLf = true;
			}
			this.endField(out);
		}
		return out;
	}

	private append(part: string) {
		if (part.length === 0) return;
		this.fresh = false;
		this.field += part;
		this.rowChars += part.length;
		if (this.field.length > this.maxField)
			throw new CsvLimitError(`a CSV field is longer than ${this.maxField} characters`);
		if (this.rowChars > this.maxLine)
			throw new CsvLimitError(`a CSV line is longer than ${this.maxLine} characters`);
	}

	/** Ends the field and its row. */
	private endField(out: CsvRecord[]) {
		this.row.push(this.field);
		const row = this.row;
		this.row = [];
		this.field = '';
		this.fresh = true;
		this.quoted = false;
		this.rowChars = 0;
		// A trailing line break leaves no empty record behind; blank lines inside are dropped too.
		if (row.length === 1 && row[0] === '') return;
		if (!this.header) {
			this.header = row.map((name, index) => name.trim() || `column${index + 1}`);
			return;
		}
		const header = this.header;
		const record: CsvRecord = {};
		for (let index = 0; index < header.length; index++) record[header[index]] = row[index] ?? '';
		out.push(record);
	}
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
