'use strict';

const { startGrowsparksSandbox } = require('./index');

/*
 * The Growsparks sandbox with a person list of any length, made as it is read: the benchmark's
 * scale curve (scripts/bench/scale-curve.js) lists up to 1 000 000 persons, which seeding would take
 * about a minute and some 2 GB to hold (it seeds 100 000 in 4.5 s and 230 MB). The sandbox starts as
 * usual (its own `persons` seed, 50 unless given); then its person list is replaced by `count`
 * persons: the seeded ones first, then synthetic ones shaped like the last seeded person, with their
 * own ID, names, email and external ID. Only what reads the list through the store's collection sees
 * them (the list endpoint, paged or streamed); a synthetic person cannot be fetched by ID, and
 * reset() seeds again without them. startGrowsparksSandbox itself is unchanged.
 */

/**
 * Persons made from their place in the list, like `template` (a seeded person: its prototype carries
 * _kind). Every person gets the same keys in the same order, so making a million stays cheap.
 */
function personMaker(template) {
	// A constructor rather than Object.create: its objects get room for their keys up front.
	function Person() {}
	Person.prototype = Object.getPrototypeOf(template);
	const keys = Object.keys(template);
	return (index) => {
		const number = String(index + 1).padStart(7, '0');
		const person = new Person();
		for (const key of keys) person[key] = template[key];
		person.ID = `G_00000000-0000-4000-8000-${number.padStart(12, '0')}`;
		person.FirstName = `Person${number}`;
		person.LastName = 'Synthetic';
		person.DisplayName = `Person${number} Synthetic`;
		person.Tag = person.DisplayName;
		person.Email = `person${number}@example.com`;
		person.ExternalID = `SYN${number}`;
		return person;
	};
}

/** An array-like of `count` persons, enough for the store's collection (length, slice). */
function syntheticList(seeded, count) {
	const make = personMaker(seeded[seeded.length - 1]);
	const at = (index) => (index < seeded.length ? seeded[index] : make(index));
	return {
		length: count,
		slice(start = 0, end = count) {
			const out = [];
			for (let index = Math.max(0, start); index < Math.min(end, count); index++)
				out.push(at(index));
			return out;
		},
	};
}

/**
 * startGrowsparksSandbox(options), with `count` persons in its person list.
 * @returns the started sandbox, as startGrowsparksSandbox returns it
 */
async function startSyntheticGrowsparksSandbox({ count, ...options }) {
	if (!Number.isInteger(count) || count < 1) throw new Error('count must be a positive integer');
	const sandbox = await startGrowsparksSandbox(options);
	sandbox.state.kinds.persons = syntheticList(sandbox.state.kinds.persons, count);
	return sandbox;
}

module.exports = { startSyntheticGrowsparksSandbox };
