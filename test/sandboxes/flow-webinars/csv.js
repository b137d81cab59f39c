'use strict';

/*
 * RFC 4180 writer: CRLF between records, a field is quoted when it holds a comma, a double
 * quote, CR/LF or edge whitespace, and inner quotes are doubled. Newlines inside a quoted
 * field stay as they were typed (LF), which is what makes naive line-splitting parsers fail.
 */
const EOL = '\r\n';

function field(value) {
	if (value === null || value === undefined) return '';
	const text = typeof value === 'boolean' ? (value ? 'Yes' : 'No') : String(value);
	return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(values) {
	return values.map(field).join(',');
}

/** Header row always present, so an empty report still tells the client its columns. */
function toCsv(columns, rows) {
	return [row(columns), ...rows.map(row)].map((line) => line + EOL).join('');
}

module.exports = { toCsv, row, field, EOL };
