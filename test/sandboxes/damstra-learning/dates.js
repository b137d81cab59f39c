'use strict';

// The reference shows four date styles; each entity is emitted in the style of its own example
// so clients get exercised on all of them.

const pad = (n, w = 2) => String(n).padStart(w, '0');
const DAY = 86400000;

// Seeding 20 000 users formats ~250 000 dates; Date#toISOString per call dominated startup,
// so the calendar part is cached per day and the clock part is plain arithmetic.
const dayCache = new Map();
function dayString(day) {
	let text = dayCache.get(day);
	if (!text) {
		text = new Date(day * DAY).toISOString().slice(0, 10);
		dayCache.set(day, text);
	}
	return text;
}

function parts(ms, offsetMinutes = 0) {
	const t = Math.floor(ms) + offsetMinutes * 60000;
	const day = Math.floor(t / DAY);
	let rest = t - day * DAY;
	const h = Math.floor(rest / 3600000);
	rest -= h * 3600000;
	const m = Math.floor(rest / 60000);
	rest -= m * 60000;
	const sec = Math.floor(rest / 1000);
	return {
		date: dayString(day),
		time: `${pad(h)}:${pad(m)}:${pad(sec)}`,
		ms: pad(rest - sec * 1000, 3),
	};
}

/** "2015-10-29T15:28:59+0000" (users, lessons) */
function plus0000(ms) {
	const p = parts(ms);
	return `${p.date}T${p.time}+0000`;
}

/** "2016-08-24T15:00:00.000Z" (lesson schedules, create-user response, webhooks) */
function isoZ(ms) {
	const p = parts(ms);
	return `${p.date}T${p.time}.${p.ms}Z`;
}

/** "2015-10-29 15:28:59" (groups; no zone) */
function groupStyle(ms) {
	const p = parts(ms);
	return `${p.date} ${p.time}`;
}

/** "2018-05-19T01:00:06.000+0800" (ILT; account time zone Australia/Perth, no DST) */
function perth(ms) {
	const p = parts(ms, 8 * 60);
	return `${p.date}T${p.time}.${p.ms}+0800`;
}

/** Lenient parser for all four styles; returns NaN when unparseable. */
function parseDate(value) {
	if (typeof value !== 'string' || !value.trim()) return NaN;
	let s = value.trim();
	if (/^\d{4}-\d{2}-\d{2}$/.test(s)) s += 'T00:00:00Z';
	s = s.replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2');
	s = s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
	if (/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s)) s += 'Z';
	if (!/^\d{4}-\d{2}-\d{2}T/.test(s)) return NaN;
	return Date.parse(s);
}

module.exports = { plus0000, isoZ, groupStyle, perth, parseDate };
