'use strict';

/*
 * CSV in both directions.
 * - parseCsv: RFC 4180 reader for uploaded collection files (header row + records).
 * - graphqlCsv: the Query API's csv=true output. One row per item of the first root field; nested
 *   objects become dotted columns (`step.value`), arrays get 0-based indexes (`metadata.0.name`,
 *   `workflowTags.1`). Columns are the union over all rows in first-seen order. A null where other
 *   rows have an object leaves those columns empty. CRLF line ends, RFC 4180 quoting.
 */
const EOL = '\r\n';

function parseCsv(text) {
	const records = [];
	let row = [];
	let field = '';
	let quoted = false;
	let i = 0;
	const src = text.replace(/^\ufeff/, '');
	while (i < src.length) {
		const ch = src[i];
		if (quoted) {
			if (ch === '"' && src[i + 1] === '"') {
				field += '"';
				i += 2;
				continue;
			}
			if (ch === '"') quoted = false;
			else field += ch;
			i++;
			continue;
		}
		if (ch === '"' && field === '') quoted = true;
		else if (ch === ',') {
			row.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && src[i + 1] === '\n') i++;
			row.push(field);
			records.push(row);
			row = [];
			field = '';
		} else field += ch;
		i++;
	}
	if (field !== '' || row.length) {
		row.push(field);
		records.push(row);
	}
	const nonEmpty = records.filter((r) => !(r.length === 1 && r[0] === ''));
	const headers = nonEmpty.length ? nonEmpty[0] : [];
	const rows = nonEmpty
		.slice(1)
		.map((r) => Object.fromEntries(headers.map((h, k) => [h, r[k] ?? ''])));
	return { headers, rows };
}

function cell(value) {
	if (value === null || value === undefined) return '';
	const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function flatten(value, prefix, out) {
	if (Array.isArray(value)) {
		if (!value.length && prefix) out.set(prefix, null);
		value.forEach((v, i) => flatten(v, prefix ? `${prefix}.${i}` : String(i), out));
	} else if (value && typeof value === 'object') {
		const keys = Object.keys(value);
		if (!keys.length && prefix) out.set(prefix, null);
		for (const k of keys) flatten(value[k], prefix ? `${prefix}.${k}` : k, out);
	} else {
		out.set(prefix || 'value', value);
	}
	return out;
}

function toCsv(items) {
	const rows = items.map((item) => flatten(item, '', new Map()));
	const columns = [];
	const seen = new Set();
	for (const row of rows)
		for (const key of row.keys()) if (!seen.has(key)) (seen.add(key), columns.push(key));
	// A column that is only ever empty and is the parent of other columns (null object / empty list) adds nothing.
	const kept = columns.filter(
		(c) =>
			!(
				columns.some((o) => o.startsWith(`${c}.`)) &&
				rows.every((r) => r.get(c) === null || r.get(c) === undefined)
			),
	);
	if (!kept.length) return '';
	return [kept.map(cell).join(','), ...rows.map((r) => kept.map((c) => cell(r.get(c))).join(','))]
		.map((l) => l + EOL)
		.join('');
}

/** csv=true body for a GraphQL result: errors are dropped, a missing/null first root field gives an empty body. */
function graphqlCsv(result) {
	const data = result && result.data;
	if (!data || typeof data !== 'object') return '';
	const firstKey = Object.keys(data)[0];
	if (firstKey === undefined) return '';
	const root = data[firstKey];
	if (root === null || root === undefined) return '';
	return toCsv(Array.isArray(root) ? root.filter((x) => x !== null) : [root]);
}

module.exports = { parseCsv, toCsv, graphqlCsv, flatten, EOL };
