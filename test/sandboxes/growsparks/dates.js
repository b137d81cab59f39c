'use strict';

/*
 * Growsparks dates are ISO-8601 without a zone. Server timestamps carry 7 fractional digits
 * (.NET ticks, e.g. 2026-06-06T10:38:47.9350947); the sandbox keeps them as canonical strings
 * so they compare correctly as plain strings and round-trip byte-for-byte as delta cursors.
 * Everything is UTC.
 */
const ISO =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function pad(n, width = 2) {
	return String(n).padStart(width, '0');
}

// ms + 4 extra digits = 100 ns ticks, the precision of the vendor's examples.
function formatStamp(ms, subTicks = 0) {
	return `${new Date(ms).toISOString().slice(0, 23)}${pad(subTicks, 4)}`;
}

function formatSeconds(ms) {
	return new Date(ms).toISOString().slice(0, 19);
}

/**
 * Parses a client date. Returns the canonical 7-digit string, or null when it does not parse.
 * With `keepShape` the fraction is kept as sent (business dates echo "2026-01-01T00:00:00").
 */
function parseDate(value, { keepShape = false } = {}) {
	if (typeof value !== 'string') return null;
	const m = ISO.exec(value.trim());
	if (!m) return null;
	const [, y, mo, d, h = '00', mi = '00', s = '00', frac, zone] = m;
	let base = `${y}-${mo}-${d}T${h}:${mi}:${s}`;
	let fraction = frac || '';
	const check = Date.parse(`${base}Z`);
	if (Number.isNaN(check) || new Date(check).toISOString().slice(0, 19) !== base) return null;
	if (zone && zone.toUpperCase() !== 'Z') {
		const sign = zone[0] === '-' ? 1 : -1;
		const digits = zone.slice(1).replace(':', '');
		const offsetMs = (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60000;
		base = formatSeconds(check + sign * offsetMs);
	}
	if (keepShape) return fraction ? `${base}.${fraction}` : base;
	return `${base}.${fraction.padEnd(7, '0')}`;
}

// Comparable key for any stored date string (business dates may lack a fraction).
function dateKey(value) {
	if (!value) return '';
	const dot = value.indexOf('.');
	return dot < 0 ? `${value}.0000000` : value.padEnd(20 + 7, '0');
}

function toMs(value) {
	return Date.parse(`${String(value).slice(0, 23)}Z`);
}

/**
 * The sandbox's notion of now: real time plus an offset, unless frozen. `stamp()` hands out
 * strictly increasing timestamps (a sub-millisecond counter breaks ties), so a result created
 * right after a report's ReferenceDate is always strictly later than it.
 */
function createClock({ now, frozen = false } = {}) {
	let offset = 0;
	let frozenAt = null;
	let lastMs = -Infinity;
	let sub = 0;
	const clock = {
		now() {
			return frozenAt !== null ? frozenAt : Date.now() + offset;
		},
		set(date) {
			const ms =
				date instanceof Date
					? date.getTime()
					: typeof date === 'number'
						? date
						: toMs(parseDate(String(date)) || date);
			if (Number.isNaN(ms)) throw new Error(`clock.set: invalid date ${date}`);
			if (frozenAt !== null) frozenAt = ms;
			else offset = ms - Date.now();
			return clock.iso();
		},
		advance(ms) {
			if (!Number.isFinite(Number(ms))) throw new Error('clock.advance: ms must be a number');
			if (frozenAt !== null) frozenAt += Number(ms);
			else offset += Number(ms);
			return clock.iso();
		},
		freeze() {
			frozenAt = clock.now();
			return clock.iso();
		},
		unfreeze() {
			if (frozenAt !== null) offset = frozenAt - Date.now();
			frozenAt = null;
			return clock.iso();
		},
		get frozen() {
			return frozenAt !== null;
		},
		iso() {
			return formatStamp(clock.now());
		},
		stamp() {
			const ms = clock.now();
			if (ms === lastMs) sub += 1;
			else sub = 0;
			if (sub > 9999) sub = 9999;
			lastMs = ms;
			return formatStamp(ms, sub);
		},
		describe() {
			return { now: clock.iso(), frozen: clock.frozen };
		},
	};
	if (now !== undefined) clock.set(now);
	if (frozen) clock.freeze();
	return clock;
}

module.exports = { createClock, formatStamp, formatSeconds, parseDate, dateKey, toMs };
