#!/usr/bin/env node
'use strict';

/*
 * Dev-time generator: reads the Growsparks inventory (vendor-inventories/growsparks.json) and writes
 * the compact schema.json the sandbox loads at runtime. Re-run after the inventory changes:
 *   node test/sandboxes/growsparks/build-schema.js
 */
const fs = require('node:fs');
const path = require('node:path');

const SOURCE = path.resolve(__dirname, '../../../vendor-inventories/growsparks.json');
const TARGET = path.join(__dirname, 'schema.json');

function maxLengthOf(item) {
	if (Number.isInteger(item.maxLength)) return item.maxLength;
	for (const c of item.constraints || []) {
		const m = /^Max (\d+) chars$/i.exec(c);
		if (m) return Number(m[1]);
	}
	return undefined;
}

// Drop undefined/null/false/empty so the committed file stays small and diff-friendly.
function compact(obj) {
	const out = {};
	for (const [k, v] of Object.entries(obj)) {
		if (v === undefined || v === null || v === false) continue;
		if (Array.isArray(v) && v.length === 0) continue;
		out[k] = v;
	}
	return out;
}

function field(f) {
	return compact({
		name: f.name,
		type: f.type,
		access: f.access,
		visibility: f.visibility,
		expandable: f.expandable,
		refersTo: f.refersTo,
		allowedValues: f.allowedValues,
		maxLength: maxLengthOf(f),
	});
}

function bodyField(b) {
	return compact({
		name: b.name,
		type: b.type,
		required: b.required,
		allowedValues: b.allowedValues,
		refersTo: b.refersTo,
		maxLength: maxLengthOf(b),
	});
}

function endpoint(e) {
	return compact({
		id: e.id,
		method: e.method,
		path: e.path,
		kind: e.kind,
		operation: e.operation,
		call: e.kind === 'call' ? e.operation : undefined,
		scope: e.scope,
		beta: e.beta,
		body: (e.body || []).map(bodyField),
		supportsStream: e.supportsStream,
		responseShape: e.responseShape,
		responseTypes: e.responseTypes,
	});
}

function build(source) {
	const resources = source.resources.map((r) => {
		const idParams = new Set(r.endpoints.flatMap((e) => (e.pathParams || []).map((p) => p.name)));
		return compact({
			name: r.name,
			slug: r.slug,
			typeName: r.object.typeName,
			label: r.object.name,
			idParam: [...idParams][0],
			readOnly: r.readOnly,
			fields: r.object.fields.map(field),
			endpoints: r.endpoints.map(endpoint),
		});
	});
	const types = source.types.map((t) =>
		compact({
			name: t.name,
			discriminator: t.discriminator,
			inherits: t.inherits,
			fields: t.resolvedFields,
		}),
	);
	const endpoints = resources.reduce((n, r) => n + r.endpoints.length, 0);
	return {
		generatedFrom: `vendor-inventories/growsparks.json (seed ${source.source})`,
		baseUrl: source.baseUrl,
		counts: { resources: resources.length, endpoints },
		statusCodes: {
			NotStarted: 0,
			Busy: 1,
			Pending: 10,
			Done: 20,
			Failed: 30,
			Passed: 40,
			NotAssigned: -1,
		},
		attemptModes: source.conventions.attemptModes,
		resources,
		types,
	};
}

function main() {
	const source = JSON.parse(fs.readFileSync(SOURCE, 'utf8'));
	const schema = build(source);
	if (schema.counts.resources !== 34 || schema.counts.endpoints !== 126) {
		throw new Error(`unexpected inventory size ${JSON.stringify(schema.counts)}`);
	}
	fs.writeFileSync(TARGET, `${JSON.stringify(schema, null, 1)}\n`);
	process.stdout.write(
		`wrote ${path.relative(process.cwd(), TARGET)}: ${schema.counts.resources} resources, ${schema.counts.endpoints} endpoints\n`,
	);
}

if (require.main === module) main();

module.exports = { build };
