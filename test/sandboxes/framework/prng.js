'use strict';

// mulberry32: tiny and fast; the same seed yields the same sequence on every platform,
// which is what makes seeded fixtures (and test assertions on them) stable.
function mulberry32(seed) {
	let a = seed >>> 0;
	return function next() {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// Strings are accepted as seeds so a fork('users') stream does not shift when another stream grows.
function hashSeed(seed) {
	if (typeof seed === 'number' && Number.isFinite(seed)) return seed >>> 0;
	let h = 0x811c9dc5;
	for (const ch of String(seed)) {
		h ^= ch.codePointAt(0);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h;
}

const FIRST_NAMES = [
	'James',
	'Olivia',
	'Liam',
	'Charlotte',
	'Noah',
	'Amelia',
	'Jack',
	'Isla',
	'William',
	'Mia',
	'Oliver',
	'Ava',
	'Thomas',
	'Grace',
	'Lucas',
	'Chloe',
	'Henry',
	'Zoe',
	'Ethan',
	'Ruby',
	'Samuel',
	'Sophie',
	'Daniel',
	'Ella',
	'Matthew',
	'Harper',
	'Joshua',
	'Emily',
	'Ryan',
	'Lily',
	'Aarav',
	'Priya',
	'Wei',
	'Mei',
	'Mohammed',
	'Fatima',
	'Hiroshi',
	'Yuki',
	'Mateo',
	'Lucia',
	'Kai',
	'Aroha',
	'Tane',
	'Ngaio',
	'Sean',
	'Niamh',
	'Lachlan',
	'Matilda',
];
const LAST_NAMES = [
	'Smith',
	'Jones',
	'Williams',
	'Brown',
	'Wilson',
	'Taylor',
	'Johnson',
	'White',
	'Martin',
	'Anderson',
	'Thompson',
	'Nguyen',
	'Thomas',
	'Walker',
	'Harris',
	'Lee',
	'Ryan',
	'Robinson',
	'Kelly',
	'King',
	'Davis',
	'Wright',
	'Evans',
	'Roberts',
	'Green',
	'Hall',
	'Wood',
	'Jackson',
	'Clarke',
	'Patel',
	'Khan',
	'Singh',
	'Chen',
	'Wang',
	'Tanaka',
	'Garcia',
	'Rossi',
	'Murphy',
	"O'Brien",
	'Mitchell',
	'Campbell',
	'Stewart',
	'Morris',
	'Cooper',
	'Ward',
	'Ngata',
	'Parata',
	'Hughes',
];

function createRng(seed = 42) {
	const next = mulberry32(hashSeed(seed));
	const rng = {
		seed,
		next,
		int(min, max) {
			return min + Math.floor(next() * (max - min + 1));
		},
		bool(probability = 0.5) {
			return next() < probability;
		},
		pick(list) {
			return list[Math.floor(next() * list.length)];
		},
		digits(count) {
			let out = '';
			for (let i = 0; i < count; i++) out += Math.floor(next() * 10);
			return out;
		},
		hex(count) {
			let out = '';
			for (let i = 0; i < count; i++) out += Math.floor(next() * 16).toString(16);
			return out;
		},
		shuffle(list) {
			const copy = list.slice();
			for (let i = copy.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[copy[i], copy[j]] = [copy[j], copy[i]];
			}
			return copy;
		},
		firstName() {
			return rng.pick(FIRST_NAMES);
		},
		lastName() {
			return rng.pick(LAST_NAMES);
		},
		// Independent sub-stream: adding fields to one entity type must not reshuffle another.
		fork(label) {
			return createRng(`${hashSeed(seed)}:${label}`);
		},
	};
	return rng;
}

function slug(text) {
	return String(text)
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '');
}

function fakeEmail(firstName, lastName, domain = 'example.com', suffix = '') {
	return `${slug(firstName)}.${slug(lastName)}${suffix}@${domain}`;
}

module.exports = { createRng, hashSeed, fakeEmail, slug, FIRST_NAMES, LAST_NAMES };
