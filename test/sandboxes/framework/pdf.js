'use strict';

function escapePdfText(value) {
	return String(value)
		.replace(/[^\x20-\x7e]/g, '?')
		.replace(/([\\()])/g, '\\$1');
}

/**
 * A one-page PDF with correct xref offsets, small enough to build per request and valid enough
 * for PDF readers and `file`/magic-byte checks (starts with %PDF-, ends with %%EOF).
 */
function buildCertificatePdf({
	title = 'Certificate of Completion',
	lines = [],
	producer = 'sandbox',
} = {}) {
	const content = [
		'BT',
		'/F1 30 Tf',
		'72 480 Td',
		`(${escapePdfText(title)}) Tj`,
		'/F1 14 Tf',
		...lines.flatMap((line) => ['0 -32 Td', `(${escapePdfText(line)}) Tj`]),
		'ET',
	].join('\n');
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
		`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
		`<< /Title (${escapePdfText(title)}) /Producer (${escapePdfText(producer)}) >>`,
	];
	let out = '%PDF-1.4\n';
	const offsets = objects.map((body, i) => {
		const offset = Buffer.byteLength(out, 'latin1');
		out += `${i + 1} 0 obj\n${body}\nendobj\n`;
		return offset;
	});
	const xref = Buffer.byteLength(out, 'latin1');
	out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
	out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Buffer.from(out, 'latin1');
}

module.exports = { buildCertificatePdf };
