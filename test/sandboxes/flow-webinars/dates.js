'use strict';

/*
 * Flow speaks in wall-clock time: a session is `date` + `time` in an IANA `timezone`; the
 * server's own timestamps (createDate, entryTime, chat times) are UTC "YYYY-MM-DD HH:MM:SS".
 * Intl is the only tz database Node ships, so offsets are read from it.
 */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2}):(\d{2})$/;
const STAMP_RE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

const formatters = new Map();
function formatterFor(timeZone) {
	if (!formatters.has(timeZone)) {
		formatters.set(
			timeZone,
			new Intl.DateTimeFormat('en-US', {
				timeZone,
				hourCycle: 'h23',
				year: 'numeric',
				month: '2-digit',
				day: '2-digit',
				hour: '2-digit',
				minute: '2-digit',
				second: '2-digit',
			}),
		);
	}
	return formatters.get(timeZone);
}

function isValidTimeZone(tz) {
	if (typeof tz !== 'string' || !tz.trim()) return false;
	try {
		formatterFor(tz);
		return true;
	} catch {
		return false;
	}
}

function zonedParts(ms, timeZone) {
	const p = {};
	for (const { type, value } of formatterFor(timeZone).formatToParts(new Date(ms))) p[type] = value;
	return p;
}

function offsetMs(ms, timeZone) {
	const p = zonedParts(ms, timeZone);
	const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
	return asUtc - Math.floor(ms / 1000) * 1000;
}

// Second pass fixes instants near a DST switch, where the first guess uses the wrong offset.
function zonedToUtc(date, time, timeZone) {
	const [, y, mo, d] = DATE_RE.exec(date);
	const [, h, mi, s] = TIME_RE.exec(time);
	const local = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
	const first = local - offsetMs(local, timeZone);
	const second = local - offsetMs(first, timeZone);
	return second;
}

function utcToZoned(ms, timeZone) {
	const p = zonedParts(ms, timeZone);
	return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}:${p.second}` };
}

function isValidDate(text) {
	const m = DATE_RE.exec(String(text));
	if (!m) return false;
	const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
	return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function isValidTime(text) {
	const m = TIME_RE.exec(String(text));
	return Boolean(m) && +m[1] < 24 && +m[2] < 60 && +m[3] < 60;
}

const pad = (n) => String(n).padStart(2, '0');

function formatStamp(ms) {
	if (ms === null || ms === undefined) return null;
	const d = new Date(ms);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Date, epoch ms, ISO string or Flow's "YYYY-MM-DD HH:MM:SS" (read as UTC) → epoch ms. */
function parseInstant(value, label = 'time') {
	if (value instanceof Date) return value.getTime();
	if (typeof value === 'number' && Number.isFinite(value)) return value;
	if (typeof value === 'string') {
		const m = STAMP_RE.exec(value.trim());
		if (m) return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] || 0));
		const ms = Date.parse(value);
		if (!Number.isNaN(ms)) return ms;
	}
	throw new Error(
		`${label} must be a Date, epoch milliseconds, an ISO string or "YYYY-MM-DD HH:MM:SS"`,
	);
}

/** Real time plus an offset, optionally frozen; only the period filter and "now" defaults read it. */
function createClock({ now, frozen = false } = {}) {
	let offset = now === undefined ? 0 : parseInstant(now, 'now') - Date.now();
	let frozenAt = frozen ? Date.now() + offset : null;
	const clock = {
		now: () => (frozenAt !== null ? frozenAt : Date.now() + offset),
		set(value) {
			const target = parseInstant(value, 'clock');
			if (frozenAt !== null) frozenAt = target;
			else offset = target - Date.now();
		},
		advance(ms) {
			if (!Number.isFinite(Number(ms))) throw new Error('advance must be milliseconds');
			clock.set(clock.now() + Number(ms));
		},
		freeze() {
			if (frozenAt === null) frozenAt = clock.now();
		},
		unfreeze() {
			if (frozenAt === null) return;
			offset = frozenAt - Date.now();
			frozenAt = null;
		},
		describe: () => ({ now: new Date(clock.now()).toISOString(), frozen: frozenAt !== null }),
	};
	return clock;
}

module.exports = {
	isValidTimeZone,
	zonedToUtc,
	utcToZoned,
	isValidDate,
	isValidTime,
	formatStamp,
	parseInstant,
	createClock,
};
