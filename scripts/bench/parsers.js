'use strict';
/**
 * Our stream parsers against the best-known npm parsers, on identical bytes: the SSE parser
 * (nodes/shared/transport/sse.ts) against eventsource-parser, and the CSV reader (csv.ts, behind
 * csv-stream.ts) against csv-parse and papaparse. Those three are dev dependencies used only here;
 * the nodes ship no runtime dependency.
 *
 * The inputs are built from a fixed seed: a Growsparks-like event stream of 100 000 persons (one
 * JSON record per `data:` event with an id, keep-alive comments, a few named and multi-line events)
 * and a Flow Webinars-like registrants report (BOM, header + 100 000 rows, quoted fields with
 * commas, doubled quotes and line breaks, multi-byte names, CRLF). The bytes are cut into 16–64 KiB
 * chunks at random boundaries, a third of them moved inside a multi-byte character or between the
 * two bytes of a line end, and every contestant gets the same chunks as bytes: decoding is part
 * of its time (ours takes bytes; eventsource-parser and papaparse get them through a streaming
 * TextDecoder, csv-parse decodes itself). Each contestant is driven through its own chunk-by-chunk
 * core, synchronously, with no stream plumbing around any of them: ours through push(),
 * eventsource-parser through feed(), csv-parse through the parse() call its Transform makes per
 * chunk, papaparse through its readable-stream reader fed by a bare synchronous source. What is done
 * with the output is what the node does (see CONSUMERS): the CSV rows are kept, the events are read
 * and dropped.
 *
 * First all contestants of a comparison must give identical output (events: id, event, data; rows
 * as objects), in this process. Then each round runs every contestant in a fresh process
 * (alternating order per round): it reads the input this process wrote to a temporary file, parses
 * it once untimed to warm the JIT, then times BENCH_PARSER_PASSES (3) passes back to back, as a node
 * reads one answer after another, and reports the fastest: the passes do the same work, so the
 * slower ones differ by how much other work on a shared machine got in their way. No collection is
 * forced between passes: a forced full collection also drops the hidden classes of the parser that
 * just died and the optimised code built on them (hitting a class-based parser such as ours, not a
 * closure-based one), which a node reading a stream never sees between two chunks. A figure is the
 * median over BENCH_ROUNDS (7) rounds of wall-clock MB/s; the ratio is ours / theirs measured in
 * the same run, target ≥ 1. The note gives the same ratio in CPU time (all the process's threads,
 * the garbage collector's included).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
require('../lib/register-ts');
const { median, record } = require('./results');
const { SseParser } = require('../../nodes/shared/transport/sse');
const { CsvReader } = require('../../nodes/shared/transport/csv');
const { LIMITS } = require('../../nodes/shared/transport/limits');
const { Parser: CsvParseParser } = require('csv-parse');
const Papa = require('papaparse');

const ROUNDS = Number(process.env.BENCH_ROUNDS || 7);
const PASSES = Number(process.env.BENCH_PARSER_PASSES || 3);
const RECORDS = Number(process.env.BENCH_PARSER_RECORDS || 100000);
const MB = 1048576;

// --- deterministic input -------------------------------------------------------------------------

/** mulberry32: a small seeded generator, so every process builds the same bytes. */
function rng(seed) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	next.int = (n) => Math.floor(next() * n);
	next.pick = (list) => list[Math.floor(next() * list.length)];
	return next;
}

/** Names from a dozen languages: 2-, 3- and 4-byte UTF-8 characters among plain ASCII. */
const words = (text) => text.trim().split(/\s+/);
const FIRST = words(`
	Emma Lucas Zoë José Noah Olivia Chloé Søren Łukasz Aïcha Mia Jürgen François Liam Ana Björn
	Yuki Nguyễn 李娜 Ελένη Анна Mateo
`);
const LAST = words(`
	Peeters Janssens Müller García Smith O'Brien Dvořák Sørensen Nowak Kowalski Brown Østergaard
	Lefèvre Jones 王 Παπαδόπουλος Иванова Wilson
`);
const DEPARTMENTS = ['Sales', 'Operations', 'Research & Development'];
const LANGUAGES = ['nl', 'en', 'fr', 'de'];
const slug = (name) =>
	name
		.normalize('NFKD')
		.replace(/[^A-Za-z]/g, '')
		.toLowerCase() || 'user';
const stamp = (ms) => new Date(ms).toISOString().slice(0, 19);

/** A Growsparks-like person record. */
function person(random, i) {
	const first = random.pick(FIRST);
	const last = random.pick(LAST);
	const hex = () => random.int(0x10000).toString(16).padStart(4, '0');
	const created = Date.UTC(2024, 0, 1) + i * 61000;
	return {
		ID: `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-a${hex().slice(1)}-${hex()}${hex()}${hex()}`,
		FirstName: first,
		LastName: last,
		DisplayName: `${first} ${last}`,
		Tag: `${first} ${last}`,
		Email: `${slug(first)}.${slug(last)}${i + 1}@example.com`,
		ExternalID: `EMP${String(i + 1).padStart(6, '0')}`,
		PreferredLanguage: LANGUAGES[i % 4],
		ExtraData: {
			Department: DEPARTMENTS[i % 3],
			Note: random() < 0.05 ? 'Badge 🎫 pending' : null,
		},
		CreateDate: `${stamp(created)}Z`,
		ModifyDate: `${stamp(created + random.int(9e8))}Z`,
		Metadata: null,
	};
}

/** The event stream a Growsparks `stream=true` list answers with (LF line ends, as it sends). */
function sseInput(count) {
	const random = rng(0x55e);
	const parts = ['retry: 3000\n\n: growsparks stream\n\n'];
	for (let i = 0; i < count; i++) {
		if (i % 500 === 499) parts.push(': keep-alive\n\n');
		const json = JSON.stringify(person(random, i));
		let event = `id: ${i + 1}\n`;
		if (i % 2000 === 1999) event += 'event: person.updated\n';
		if (i % 250 === 125) {
			// Some servers wrap long records: data split over two lines, joined by "\n" on reading.
			const cut = json.indexOf(',"Email"') + 1;
			event += `data: ${json.slice(0, cut)}\ndata: ${json.slice(cut)}\n\n`;
		} else event += `data: ${json}\n\n`;
		parts.push(event);
	}
	return Buffer.from(parts.join(''), 'utf8');
}

const CSV_COLUMNS = [
	...['Token', 'First Name', 'Last Name', 'Email', 'Phone', 'Location', 'Role'],
	...['Registered At', 'Entry Time', 'Exit Time', 'Minutes Attended', 'Question'],
];
const LOCATIONS = ['Perth, AU', 'Brussels, BE', 'Ghent', 'São Paulo, BR', 'Zürich', 'Tokyo, JP'];
const QUESTIONS = [
	'Will the slides be shared?',
	'Can we get the recording, please?',
	'She said "great session", thanks!',
	'First line\nsecond line',
	'Agenda:\r\n1. intro\r\n2. Q&A',
	'Prix: 12,50 € — merci',
];
const cell = (value) => (/[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A Flow Webinars-like registrants report: what its CSV endpoints send (BOM, CRLF). */
function csvInput(count) {
	const random = rng(0xc5f);
	const lines = [CSV_COLUMNS.map(cell).join(',')];
	const token = () =>
		Array.from({ length: 16 }, () => random.pick('ABCDEFGHJKLMNPQRSTUVWXYZ23456789')).join('');
	for (let i = 0; i < count; i++) {
		const first = random() < 0.02 ? `${random.pick(FIRST)} "Bo"` : random.pick(FIRST);
		const last = random.pick(LAST);
		const registered = Date.UTC(2025, 2, 1) + i * 37000;
		const attended = random() < 0.7;
		const row = [
			token(),
			first,
			last,
			`${slug(first)}.${slug(last)}${i + 1}@example.com`,
			`+61 8 ${9000 + random.int(1000)} ${1000 + random.int(9000)}`,
			random.pick(LOCATIONS),
			random() < 0.01 ? 'Presenter' : 'Attendee',
			stamp(registered).replace('T', ' '),
			attended ? stamp(registered + 86400000).replace('T', ' ') : '',
			attended ? stamp(registered + 86400000 + random.int(5400000)).replace('T', ' ') : '',
			attended ? String(random.int(90)) : '0',
			random() < 0.15 ? random.pick(QUESTIONS) : '',
		];
		lines.push(row.map(cell).join(','));
	}
	return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

/**
 * Cuts the bytes as a socket would deliver them: 16–64 KiB pieces at random boundaries, every
 * third one moved forward to an awkward spot (alternately inside a multi-byte character and between
 * the two bytes of a line end) so the parsers' carry-over paths are timed too.
 */
function chunk(bytes, lineEnd) {
	const random = rng(0xc4);
	const chunks = [];
	const awkward = { multiByte: 0, lineEnd: 0 };
	let at = 0;
	for (let n = 0; at < bytes.length; n++) {
		let cut = Math.min(bytes.length, at + 16384 + random.int(49153));
		if (n % 3 === 2 && cut < bytes.length) {
			const inChar = n % 6 === 2;
			for (let p = cut; p < Math.min(bytes.length, cut + 8192); p++) {
				const hit = inChar
					? (bytes[p] & 0xc0) === 0x80
					: bytes[p - 1] === lineEnd[0] && bytes[p] === lineEnd[1];
				if (hit) {
					cut = p;
					awkward[inChar ? 'multiByte' : 'lineEnd']++;
					break;
				}
			}
		}
		chunks.push(bytes.subarray(at, cut));
		at = cut;
	}
	return { chunks, awkward };
}

const INPUTS = {
	sse: { build: () => sseInput(RECORDS), lineEnd: [0x0a, 0x0a] },
	csv: { build: () => csvInput(RECORDS), lineEnd: [0x0d, 0x0a] },
};

// --- contestants: each parses all chunks and hands every item it produces to `take` -------------

function oursSse(chunks, take) {
	// As stream-records.ts uses it: bytes in, with the production size limit.
	const parser = new SseParser(LIMITS.maxStreamEventBytes);
	for (const piece of chunks) for (const event of parser.push(piece)) take(event);
	if (parser.end().incomplete) throw new Error('ours: the stream ended inside an event');
}

let createParser; // set by load()
function eventsourceParser(chunks, take) {
	const decoder = new TextDecoder();
	const parser = createParser({ onEvent: take });
	for (const piece of chunks) parser.feed(decoder.decode(piece, { stream: true }));
	parser.feed(decoder.decode());
}

function oursCsv(chunks, take) {
	// As csv-stream.ts uses it: bytes in, production limits.
	const reader = new CsvReader();
	for (const piece of chunks) for (const row of reader.push(piece)) take(row);
	for (const row of reader.end()) take(row);
}

function csvParse(chunks, take) {
	// `api.parse` is what csv-parse's Transform calls for each chunk written to it, minus the stream.
	const { api } = new CsvParseParser({ columns: true, bom: true });
	const close = () => {};
	for (const piece of chunks) {
		const error = api.parse(piece, false, take, close);
		if (error) throw error;
	}
	const error = api.parse(undefined, true, take, close);
	if (error) throw error;
}

function papaparse(chunks, take) {
	// The smallest readable papaparse accepts: it listens for 'data' and 'end', and we emit them.
	const listeners = {};
	const source = {
		readable: true,
		read() {},
		on: (name, listener) => (listeners[name] = listener),
		removeListener: (name) => delete listeners[name],
		pause() {},
		resume() {},
	};
	let failure;
	Papa.parse(source, {
		header: true,
		skipEmptyLines: true,
		// results.errors is not checked: papaparse reports a quoted field whose CRLF is cut by a chunk
		// boundary as malformed, then reads it right with the next chunk. Its rows are what is checked.
		chunk: (results) => {
			for (const row of results.data) take(row);
		},
		error: (error) => (failure = error),
	});
	const decoder = new TextDecoder();
	for (const piece of chunks) listeners.data(decoder.decode(piece, { stream: true }));
	const tail = decoder.decode();
	if (tail) listeners.data(tail);
	listeners.end();
	if (failure) throw failure;
}

/**
 * What the node does with each item while it is timed. Flow Webinars keeps every CSV row
 * (readCsvStream returns them all); the Growsparks stream reader hands each event's data on to
 * JSON.parse and keeps the record, not the event, so here an event is read and dropped.
 */
const CONSUMERS = {
	sse: () => {
		let count = 0;
		let chars = 0;
		// Each event's data is read (its length summed, and used) as JSON.parse would read it.
		const take = (event) => {
			count++;
			chars += event.data.length;
		};
		return { take, count: () => (chars > 0 ? count : 0) };
	},
	csv: () => {
		const rows = [];
		return { take: (row) => rows.push(row), count: () => rows.length };
	},
};

/** Everything a contestant produces, for the check that all give the same. */
function collect(run, chunks) {
	const items = [];
	run(chunks, (item) => items.push(item));
	return items;
}

const COMPARISONS = [
	{
		id: 'sse',
		metric: 'SSE parser',
		what: (mb, n) => `${n} events, ${mb.toFixed(1)} MB`,
		ours: 'ours-sse',
		theirs: ['eventsource-parser'],
		consumer: 'events read and dropped',
	},
	{
		id: 'csv',
		metric: 'CSV reader',
		what: (mb, n) => `${n} rows, ${mb.toFixed(1)} MB`,
		ours: 'ours-csv',
		theirs: ['csv-parse', 'papaparse'],
		consumer: 'rows kept',
	},
];
const CONTESTANTS = {
	'ours-sse': { input: 'sse', run: oursSse },
	'eventsource-parser': { input: 'sse', run: eventsourceParser },
	'ours-csv': { input: 'csv', run: oursCsv },
	'csv-parse': { input: 'csv', run: csvParse },
	papaparse: { input: 'csv', run: papaparse },
};

async function load() {
	// eventsource-parser ships ES modules only.
	({ createParser } = await import('eventsource-parser'));
}

// --- the same output, or no figures --------------------------------------------------------------

/** One comparable line per output: events as id, event, data; rows as their JSON. */
function normalise(input, items) {
	if (input === 'sse')
		return items.map((e) => JSON.stringify([e.id ?? null, e.event || 'message', e.data]));
	return items.map((row) => JSON.stringify(row));
}

function verify(comparison, chunks) {
	const contestants = [comparison.ours, ...comparison.theirs];
	const outputs = contestants.map((c) =>
		normalise(comparison.id, collect(CONTESTANTS[c].run, chunks)),
	);
	const [reference] = outputs;
	if (reference.length !== RECORDS)
		throw new Error(`${comparison.ours} gave ${reference.length} items, expected ${RECORDS}`);
	outputs.forEach((output, k) => {
		const at = output.findIndex((line, i) => line !== reference[i]);
		if (output.length !== reference.length || at !== -1) {
			const i = at === -1 ? Math.min(output.length, reference.length) : at;
			throw new Error(
				`${contestants[k]} differs from ${contestants[0]} at item ${i} of ${reference.length}:\n  ${contestants[0]}: ${reference[i]}\n  ${contestants[k]}: ${output[i]}`,
			);
		}
	});
	return reference;
}

// --- one contestant, timed in a fresh process ----------------------------------------------------

async function child(name, file) {
	await load();
	const contestant = CONTESTANTS[name];
	const { chunks } = chunk(fs.readFileSync(file), INPUTS[contestant.input].lineEnd);
	const bytes = chunks.reduce((sum, piece) => sum + piece.length, 0);
	const consume = () => {
		const consumer = CONSUMERS[contestant.input]();
		contestant.run(chunks, consumer.take);
		return consumer.count();
	};
	let count = consume(); // warm-up, untimed
	const wall = [];
	const cpu = [];
	for (let pass = 0; pass < PASSES; pass++) {
		const start = process.hrtime.bigint();
		const used = process.cpuUsage();
		count = consume();
		const { user, system } = process.cpuUsage(used);
		wall.push(Number(process.hrtime.bigint() - start) / 1e6);
		cpu.push((user + system) / 1e3);
	}
	process.stdout.write(
		JSON.stringify({ ms: Math.min(...wall), cpuMs: Math.min(...cpu), bytes, count }),
	);
}

/** MB/s of each contestant, wall clock and CPU time, each the median over the rounds. */
function timeRounds(comparison, file) {
	const contestants = [comparison.ours, ...comparison.theirs];
	const runs = Object.fromEntries(contestants.map((c) => [c, { wall: [], cpu: [] }]));
	for (let round = 0; round < ROUNDS; round++) {
		const order = round % 2 ? [...contestants].reverse() : contestants;
		for (const name of order) {
			const out = JSON.parse(
				execFileSync(process.execPath, [__filename, '--child', name, file], {
					encoding: 'utf8',
					maxBuffer: 1 << 20,
				}),
			);
			if (out.count !== RECORDS)
				throw new Error(`${name} gave ${out.count} items, expected ${RECORDS}`);
			runs[name].wall.push(out.bytes / MB / (out.ms / 1000));
			runs[name].cpu.push(out.bytes / MB / (out.cpuMs / 1000));
		}
	}
	return Object.fromEntries(
		contestants.map((c) => [c, { wall: median(runs[c].wall), cpu: median(runs[c].cpu) }]),
	);
}

async function main() {
	await load();
	console.log(
		`Parsers against npm's best on the same chunked bytes, MB/s, median of ${ROUNDS} rounds, each contestant in its own process`,
	);
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-parsers-'));
	try {
		for (const comparison of COMPARISONS) {
			const input = INPUTS[comparison.id];
			const bytes = input.build();
			const file = path.join(dir, `${comparison.id}.bin`);
			fs.writeFileSync(file, bytes);
			const { chunks, awkward } = chunk(bytes, input.lineEnd);
			verify(comparison, chunks);
			const what = comparison.what(bytes.length / MB, RECORDS);
			const speed = timeRounds(comparison, file);
			const ours = speed[comparison.ours];
			for (const name of comparison.theirs) {
				const theirs = speed[name];
				const ratio = ours.wall / theirs.wall;
				record({
					vendor: 'Parsers',
					metric: `${comparison.metric} vs ${name} (${what})`,
					value: ours.wall,
					unit: 'MB/s',
					baseline: theirs.wall,
					baselineLabel: name,
					ratio,
					target: { op: '>=', value: 1, of: 'ratio' },
					note: `CPU time ×${(ours.cpu / theirs.cpu).toFixed(3)}; ${comparison.consumer}; ${chunks.length} chunks of 16–64 KiB (${awkward.multiByte} cut inside a character, ${awkward.lineEnd} inside a line end); same output checked`,
				});
				console.log(
					`  ${comparison.id.toUpperCase().padEnd(4)} ${what.padEnd(28)} ours ${ours.wall.toFixed(1).padStart(6)} MB/s, ${name.padEnd(18)} ${theirs.wall.toFixed(1).padStart(6)} MB/s (×${ratio.toFixed(3)}, CPU time ×${(ours.cpu / theirs.cpu).toFixed(3)}) ${ratio >= 1 ? 'OK' : 'OVER'}`,
				);
			}
		}
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

const childAt = process.argv.indexOf('--child');
(childAt === -1 ? main() : child(process.argv[childAt + 1], process.argv[childAt + 2])).catch(
	(error) => {
		console.error(error);
		process.exit(1);
	},
);
