'use strict';

const { KINDS, INDEXED, kindsOf } = require('./schema');
const { canonicalId } = require('./ids');

/*
 * In-memory entity store. One array per stored kind keeps insertion order (the list order) and
 * a global id map makes lookups O(1); reverse-reference indexes back the derived fields
 * (ParentMemberships, ChildMemberships, Authorizations, Sessions, Teachers) and the reports.
 */

const INDEXED_BY_KIND = new Map();
for (const key of INDEXED) {
	const [kind, field] = key.split('.');
	if (!INDEXED_BY_KIND.has(kind)) INDEXED_BY_KIND.set(kind, []);
	INDEXED_BY_KIND.get(kind).push(field);
}

function clearStore(state) {
	state.kinds = Object.fromEntries(KINDS.map((k) => [k, []]));
	state.byId = new Map();
	state.refs = new Map(INDEXED.map((key) => [key, new Map()]));
}

// Plain arrays, not Sets: 100 000 persons mean 100 000 one-element entries; removals are rare.
function indexRef(state, kind, field, target, sourceId, add) {
	if (!target) return;
	const map = state.refs.get(`${kind}.${field}`);
	const list = map.get(target);
	if (add) {
		if (list) list.push(sourceId);
		else map.set(target, [sourceId]);
	} else if (list) {
		const at = list.indexOf(sourceId);
		if (at >= 0) list.splice(at, 1);
		if (!list.length) map.delete(target);
	}
}

function reindex(state, entity, add) {
	for (const field of INDEXED_BY_KIND.get(entity._kind) || [])
		indexRef(state, entity._kind, field, entity[field], entity.ID, add);
}

function addEntity(state, kind, entity) {
	state.kinds[kind].push(entity);
	state.byId.set(entity.ID, entity);
	reindex(state, entity, true);
	return entity;
}

function removeEntity(state, entity) {
	const list = state.kinds[entity._kind];
	const at = list.lastIndexOf(entity);
	if (at >= 0) list.splice(at, 1);
	state.byId.delete(entity.ID);
	reindex(state, entity, false);
}

function updateEntity(state, entity, changes) {
	reindex(state, entity, false);
	Object.assign(entity, changes);
	reindex(state, entity, true);
	return entity;
}

/** Entity by id (any case) if it belongs to one of the collection's kinds. */
function findIn(state, slug, id) {
	const canonical = canonicalId(id);
	if (!canonical) return null;
	const entity = state.byId.get(canonical);
	return entity && kindsOf(slug).includes(entity._kind) ? entity : null;
}

function findAny(state, id) {
	const canonical = canonicalId(id);
	return canonical ? state.byId.get(canonical) || null : null;
}

/** Source ids whose `kind.field` points at target, in insertion order. */
function refsTo(state, kind, field, target) {
	const list = state.refs.get(`${kind}.${field}`).get(target);
	return list ? list.slice() : [];
}

/** Paged access over a union of kind arrays without concatenating them. */
function collection(state, slug) {
	const parts = kindsOf(slug).map((k) => state.kinds[k]);
	return {
		get length() {
			return parts.reduce((n, p) => n + p.length, 0);
		},
		slice(offset, limit) {
			const out = [];
			let skip = offset;
			for (const part of parts) {
				if (out.length >= limit) break;
				if (skip >= part.length) {
					skip -= part.length;
					continue;
				}
				const take = part.slice(skip, skip + (limit - out.length));
				skip = 0;
				for (const e of take) out.push(e);
			}
			return out;
		},
		*[Symbol.iterator]() {
			for (const part of parts) yield* part.slice();
		},
	};
}

module.exports = {
	clearStore,
	addEntity,
	removeEntity,
	updateEntity,
	findIn,
	findAny,
	refsTo,
	collection,
};
