'use strict';

const { resource, CLASS_IDS, DERIVED } = require('./schema');
const { findAny, refsTo } = require('./store');
const { badRequest } = require('./errors');

/*
 * Output shaping: property selection (default = always + default fields; includedProperties adds,
 * excludedProperties removes, specificProperties = exactly those + ID) and expand. Names match
 * case-insensitively; unknown names are a 400 naming the property. An expanded property is
 * returned even when the selection would not include it.
 */
function csv(query, name) {
	const raw = query[name];
	if (raw === undefined) return null;
	const text = Array.isArray(raw) ? raw.join(',') : String(raw);
	return text
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
}

function canonicalNames(res, names, param) {
	return names.map((n) => {
		const name = res.lower.get(n.toLowerCase());
		if (!name) badRequest(param, `${param}: unknown property "${n}" on ${res.name}`);
		return name;
	});
}

function parseSelection(res, query = {}) {
	const specific = csv(query, 'specificProperties');
	const included = csv(query, 'includedProperties');
	const excluded = csv(query, 'excludedProperties');
	const expand = csv(query, 'expand');
	const names = specific
		? new Set(['ID', ...canonicalNames(res, specific, 'specificProperties')])
		: new Set(res.defaultFields);
	if (included) for (const n of canonicalNames(res, included, 'includedProperties')) names.add(n);
	if (excluded)
		for (const n of canonicalNames(res, excluded, 'excludedProperties'))
			if (n !== 'ID') names.delete(n);
	const expanded = new Set();
	if (expand) {
		for (const n of canonicalNames(res, expand, 'expand')) {
			if (!res.fieldMap.get(n).expandable)
				badRequest('expand', `expand: property "${n}" of ${res.name} is not expandable`);
			expanded.add(n);
			names.add(n);
		}
	}
	return { fields: res.fieldNames.filter((n) => names.has(n)), expand: expanded };
}

function fullSelection(res) {
	return { fields: res.fieldNames, expand: new Set() };
}

function derived(state, entity, name) {
	const out = [];
	for (const [kind, field] of DERIVED[name])
		for (const id of refsTo(state, kind, field, entity.ID)) out.push(id);
	return out;
}

function fieldValue(state, res, entity, name) {
	switch (name) {
		case 'Type':
			return res.name;
		case 'ClassID':
			return CLASS_IDS[entity._kind];
		case 'ClassName':
			return resource(entity._kind).typeName;
		default:
			if (DERIVED[name]) return derived(state, entity, name);
			return entity[name] === undefined ? null : entity[name];
	}
}

// Expanded objects are the referenced entity in its own collection's default shape.
function expandValue(state, value) {
	const one = (id) => {
		const target = typeof id === 'string' ? findAny(state, id) : null;
		return target
			? serialize(state, resource(target._kind), target, parseSelection(resource(target._kind)))
			: id;
	};
	return Array.isArray(value) ? value.map(one) : value === null ? null : one(value);
}

function serialize(state, res, entity, selection) {
	const out = {};
	for (const name of selection.fields) {
		const value = fieldValue(state, res, entity, name);
		out[name] = selection.expand.has(name) ? expandValue(state, value) : value;
	}
	return out;
}

module.exports = { parseSelection, fullSelection, serialize, csv, derived };
