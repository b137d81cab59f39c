'use strict';

/*
 * Snapper Grape dates are "YYYY-MM-DD HH:MM" strings (types companion: "2014-01-20 14:10").
 * The reference names no time zone; the sandbox reads and writes them as UTC.
 */
const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;
const STAMP_RE =
	/^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]00:?00)?$/;

const pad = (n) => String(n).padStart(2, '0');

function formatStamp(ms) {
	if (ms === null || ms === undefined) return null;
	const d = new Date(ms);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

function formatDay(ms) {
	return ms === null || ms === undefined ? null : formatStamp(ms).slice(0, 10);
}

/** "YYYY-MM-DD", "YYYY-MM-DD HH:MM[:SS]" or the same with "T"/"Z" → epoch ms (UTC); null if not a real date. */
function parseStamp(text) {
	if (typeof text !== 'string') return null;
	const m = STAMP_RE.exec(text.trim());
	if (!m) return null;
	const [y, mo, d, h = '0', mi = '0', s = '0'] = m
		.slice(1, 7)
		.map((v) => (v === undefined ? undefined : v));
	const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
	const back = new Date(ms);
	if (
		back.getUTCFullYear() !== +y ||
		back.getUTCMonth() !== +mo - 1 ||
		back.getUTCDate() !== +d ||
		+h > 23 ||
		+mi > 59
	)
		return null;
	return ms;
}

/** Seed literal → ms, throwing on a typo so fixtures never silently become null. */
function at(text) {
	const ms = parseStamp(text);
	if (ms === null) throw new Error(`bad seed date ${text}`);
	return ms;
}

const floorMinute = (ms) => Math.floor(ms / MINUTE) * MINUTE;

function toMs(value, label = 'time') {
	if (value instanceof Date) return value.getTime();
	if (typeof value === 'number' && Number.isFinite(value)) return value;
	if (typeof value === 'string') {
		const ms = parseStamp(value);
		if (ms !== null) return ms;
		const iso = Date.parse(value);
		if (!Number.isNaN(iso)) return iso;
	}
	throw new Error(`${label} must be a Date, epoch milliseconds, ISO or "YYYY-MM-DD HH:MM"`);
}

/** Real time plus an offset (optionally frozen); sessions, SWT expiry, "now" defaults and changes read it. */
function createClock({ now, frozen = false } = {}) {
	let offset = now === undefined ? 0 : toMs(now, 'now') - Date.now();
	let frozenAt = frozen ? Date.now() + offset : null;
	const clock = {
		now: () => (frozenAt !== null ? frozenAt : Date.now() + offset),
		stamp: () => formatStamp(clock.now()),
		iso: () => new Date(clock.now()).toISOString(),
		set(value) {
			const target = toMs(value, 'clock');
			if (frozenAt !== null) frozenAt = target;
			else offset = target - Date.now();
			return clock.now();
		},
		advance(ms) {
			if (!Number.isFinite(Number(ms))) throw new Error('advance must be milliseconds');
			return clock.set(clock.now() + Number(ms));
		},
		freeze() {
			if (frozenAt === null) frozenAt = clock.now();
		},
		unfreeze() {
			if (frozenAt === null) return;
			offset = frozenAt - Date.now();
			frozenAt = null;
		},
		describe: () => ({ now: clock.iso(), stamp: clock.stamp(), frozen: frozenAt !== null }),
	};
	return clock;
}

module.exports = {
	MINUTE,
	DAY,
	formatStamp,
	formatDay,
	parseStamp,
	at,
	floorMinute,
	toMs,
	createClock,
};
