'use strict';

const zlib = require('node:zlib');

/*
 * Tiny but well-formed image files of an exact byte size, so an attachment's fileSize matches what
 * the blob route serves. JPEG: SOI + JFIF APP0 + COM padding + EOI. PNG: a real 1x1 image plus a
 * tEXt chunk padded to the size.
 */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(buf) {
	let c = 0xffffffff;
	for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function pad(label, length) {
	const text = Buffer.from(`${label} `, 'latin1');
	const out = Buffer.alloc(Math.max(0, length), 0x2e);
	text.copy(out, 0, 0, Math.min(text.length, out.length));
	return out;
}

function jpeg(size, label = 'sandbox') {
	const head = Buffer.from([
		0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
		0x00, 0x01, 0x00, 0x00,
	]);
	const tail = Buffer.from([0xff, 0xd9]);
	const comLen = Math.min(65533, Math.max(0, size - head.length - tail.length - 4));
	const com = Buffer.concat([
		Buffer.from([0xff, 0xfe, ((comLen + 2) >> 8) & 0xff, (comLen + 2) & 0xff]),
		pad(label, comLen),
	]);
	return Buffer.concat([head, com, tail]);
}

function chunk(type, data) {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([len, body, crc]);
}

function png(size, label = 'sandbox') {
	const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	const ihdr = chunk('IHDR', Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]));
	const idat = chunk('IDAT', zlib.deflateSync(Buffer.from([0, 0x33, 0x66, 0x99])));
	const iend = chunk('IEND', Buffer.alloc(0));
	const fixed = sig.length + ihdr.length + idat.length + iend.length + 12 + 8; // tEXt overhead + keyword
	const text = chunk(
		'tEXt',
		Buffer.concat([Buffer.from('Comment\0', 'latin1'), pad(label, Math.max(0, size - fixed))]),
	);
	return Buffer.concat([sig, ihdr, idat, text, iend]);
}

function image(mimeType, size, label) {
	return mimeType === 'image/png' ? png(size, label) : jpeg(size, label);
}

module.exports = { jpeg, png, image, crc32 };
