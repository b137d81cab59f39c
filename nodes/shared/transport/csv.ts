/**
 * RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. The first row names the
 * columns; every other row becomes one record. A UTF-8 byte-order mark is dropped.
 */
export function parseCsv(text: string): Array<Record<string, string>> {
	const rows = parseRows(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	if (rows.length === 0) return [];
	const header = rows[0].map((name, index) => name.trim() || `column${index + 1}`);
	return rows.slice(1).map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}

function parseRows(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quoted) {
			if (char === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i++;
				} else {
					quoted = false;
				}
			} else {
				field += char;
			}
		} else if (char === '"' && field === '') {
			quoted = true;
		} else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			field = '';
			rows.push(row);
			row = [];
		} else {
			field += char;
		}
	}
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	// A trailing line break leaves no empty record behind; blank lines inside are dropped too.
	return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

function csvCell(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows back to RFC 4180 text, with the union of their columns in first-seen order. */
export function toCsv(rows: Array<Record<string, string>>): string {
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
