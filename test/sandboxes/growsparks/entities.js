'use strict';

const { resource, RESULT_KINDS } = require('./schema');
const { newId } = require('./ids');
const { addEntity } = require('./store');

/*
 * Builds stored entities: every schema field of the kind is present (null when unset) except the
 * derived ones, which are computed on output. Hidden bookkeeping lives in `_`-prefixed keys that
 * the serializer never emits.
 */
const DERIVED_NAMES = new Set([
	'ParentMemberships',
	'ChildMemberships',
	'Authorizations',
	'Sessions',
	'Teachers',
	'Type',
	'ClassID',
	'ClassName',
]);

const templates = new Map();
function template(kind) {
	if (!templates.has(kind)) {
		const names = resource(kind)
			.fields.map((f) => f.name)
			.filter((n) => !DERIVED_NAMES.has(n));
		templates.set(kind, names);
	}
	return templates.get(kind);
}

function prefixFor(kind) {
	return RESULT_KINDS.includes(kind) ? 'E' : 'G';
}

/** id series: one seeded stream per label, so one kind's size never shifts another's ids. */
function idSeries(rng, label, kind) {
	const stream = rng.fork(label);
	const prefix = prefixFor(kind);
	return () => newId(stream, prefix);
}

// The kind sits on a shared prototype: invisible to JSON/Object.keys and free per object.
const PROTOS = new Map();
function protoFor(kind) {
	if (!PROTOS.has(kind)) PROTOS.set(kind, Object.freeze({ _kind: kind }));
	return PROTOS.get(kind);
}

function makeEntity(kind, id, fields, stamp) {
	const entity = Object.create(protoFor(kind));
	// One pass in schema order gives every entity of a kind the same shape (fast property access).
	for (const name of template(kind)) {
		const value = fields[name];
		entity[name] =
			value !== undefined
				? value
				: name === 'ID'
					? id
					: name === 'Tag'
						? ''
						: name === 'CreateDate' || name === 'ModifiedDate'
							? stamp
							: null;
	}
	for (const key in fields) if (key[0] === '_') entity[key] = fields[key];
	return entity;
}

function insert(state, kind, id, fields, stamp) {
	return addEntity(state, kind, makeEntity(kind, id, fields, stamp));
}

/** Creates an entity with a fresh id from the post-seed stream and the clock's timestamp. */
function create(state, kind, fields) {
	const id = newId(state.createdRng, prefixFor(kind));
	return insert(state, kind, id, fields, state.clock.stamp());
}

module.exports = { makeEntity, insert, create, idSeries, prefixFor, template };
