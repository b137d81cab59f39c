'use strict';
/**
 * Dev-time tool: writes nodes/Growsparks/api/resources/<resource-name>.ts, one typed declaration per resource,
 * from the vendor inventory (vendor-inventories/growsparks.json). The generated files are the declaration
 * (committed, reviewed, edited by hand where needed); this script only saves typing 446 field rows.
 * test/unit/growsparks-inventory.test.ts keeps them equal to the inventory.
 *   node scripts/dev/generate-growsparks.js
 */
const fs = require('node:fs');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..', '..');
const inventory = JSON.parse(
	fs.readFileSync(path.resolve(REPO, 'vendor-inventories', 'growsparks.json'), 'utf8'),
);
const groups = inventory.conventions.filterOperationGroups;
const OUT = path.join(REPO, 'nodes', 'Growsparks', 'api', 'resources');
/** Files are named in kebab case from the resource's name (ActivityGroups → activity-groups.ts). */
const fileOf = (resource) =>
	String(resource.name ?? resource.slug)
		.replace(/^TODOS$/, 'Todos')
		.replace(/(?<=[a-z])(?=[A-Z])/g, '-')
		.toLowerCase();

const TYPE = {
	string: 'text',
	integer: 'integer',
	float: 'number',
	bool: 'boolean',
	date: 'date',
	enum: 'enum',
	'array of strings': 'ids',
	mapping: 'mapping',
	asset: 'asset',
	object: 'object',
};
const FAMILY_CALLS = new Set([
	'report',
	'progress',
	'activityrecords',
	'addusers',
	'removeusers',
	'syncusers',
]);

function filterGroup(ops) {
	if (!ops.length) return undefined;
	for (const [name, list] of Object.entries(groups))
		if (list.length === ops.length && list.every((op) => ops.includes(op))) return name;
	throw new Error(`unknown filter group ${ops}`);
}

function q(value) {
	return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function extras(field) {
	const out = [];
	const max = (field.constraints || []).map((c) => /^Max (\d+) chars$/.exec(c)).find(Boolean);
	if (max) out.push(`max: ${max[1]}`);
	const filter = filterGroup(field.filterOperations || []);
	if (filter) out.push(`filter: ${q(filter)}`);
	if (field.expandable) out.push('expandable: true');
	if (field.refersTo) out.push(`refersTo: ${q(field.refersTo)}`);
	if (field.allowedValues) out.push(`values: [${field.allowedValues.map(q).join(', ')}]`);
	if ((field.constraints || []).includes('ISO language code')) out.push(`format: 'language'`);
	if ((field.constraints || []).includes('Formatting allowed')) out.push(`format: 'rich'`);
	return out.length ? `, { ${out.join(', ')} }` : '';
}

function fieldRow(field) {
	return `\t\t[${q(field.name)}, ${q(TYPE[field.type])}, ${q(field.access)}, ${q(field.visibility)}${extras(field)}],`;
}

function bodyRow(field) {
	const opts = [];
	if (field.required) opts.push('required: true');
	if (field.refersTo) opts.push(`refersTo: ${q(field.refersTo)}`);
	if (field.allowedValues) opts.push(`values: [${field.allowedValues.map(q).join(', ')}]`);
	if (field.description) opts.push(`description: ${q(field.description)}`);
	return `[${q(field.name)}, ${q(TYPE[field.type])}${opts.length ? `, { ${opts.join(', ')} }` : ''}]`;
}

function returnsOf(endpoint) {
	if (endpoint.responseShape === 'binary') return 'binary';
	if (endpoint.responseShape === 'enumeration') return 'records';
	if (endpoint.responseShape === 'scalar') return 'scalar';
	return 'object';
}

function callRow(resource, endpoint) {
	const name = endpoint.operation;
	if (name === 'report') {
		const side = endpoint.body.some((b) => b.name === 'ActivityStructures')
			? endpoint.body.some((b) => b.name === 'Authorizables')
				? 'both'
				: 'authorizable'
			: 'activity';
		return `\t\treportCall(${q(side)}),`;
	}
	if (name === 'progress' && endpoint.supportsStream) return '\t\tgroupProgressCall(),';
	if (name === 'activityrecords') return '\t\tactivityRecordsCall(),';
	if (['addusers', 'removeusers', 'syncusers'].includes(name))
		return `\t\tuserSyncCall(${q(name)}),`;
	const opts = [
		`title: ${q(endpoint.title.replace(/^Call '(.*)'$/, '$1'))}`,
		`returns: ${q(returnsOf(endpoint))}`,
		`body: [${(endpoint.body || []).map(bodyRow).join(', ')}]`,
	];
	if (endpoint.description)
		opts.push(`description: ${q(endpoint.description.replace(/\s+/g, ' ').trim())}`);
	if (endpoint.supportsStream) opts.push('stream: true');
	if (endpoint.beta) opts.push('beta: true');
	if (!endpoint.path.includes('{')) opts.push(`scope: 'collection'`);
	return `\t\tcall(${q(name)}, { ${opts.join(', ')} }),`;
}

/** Create and modify bodies are derived from field access; only which fields they require is per endpoint. */
function requiredLines(resource) {
	const lines = [];
	for (const op of ['create', 'update']) {
		const endpoint = resource.endpoints.find((e) => e.operation === op);
		const required = ((endpoint && endpoint.body) || [])
			.filter((b) => b.required)
			.map((b) => b.name);
		if (required.length) lines.push(`\t${op}Requires: [${required.map(q).join(', ')}],`);
	}
	return lines;
}

function camel(slug) {
	return slug.replace(/^./, (c) => c.toLowerCase());
}

fs.mkdirSync(OUT, { recursive: true });
const index = [];
for (const resource of inventory.resources) {
	const idParam = (
		resource.endpoints.find((e) => e.path.includes('{')) || {
			pathParams: [{ name: `${resource.object.name}_id` }],
		}
	).pathParams[0].name;
	const crud = resource.operations.filter((op) =>
		['create', 'list', 'get', 'update', 'delete'].includes(op),
	);
	const calls = resource.endpoints.filter((e) => e.kind === 'call');
	const helpers = [
		'resource',
		...new Set(
			calls.map((e) =>
				e.operation === 'report'
					? 'reportCall'
					: e.operation === 'progress' && e.supportsStream
						? 'groupProgressCall'
						: e.operation === 'activityrecords'
							? 'activityRecordsCall'
							: FAMILY_CALLS.has(e.operation) && e.operation.endsWith('users')
								? 'userSyncCall'
								: 'call',
			),
		),
	];
	const fromSchema = helpers.filter((h) => h === 'resource' || h === 'call');
	const fromCalls = helpers.filter((h) => !fromSchema.includes(h));
	const name = camel(resource.slug);
	const text = [
		`import { ${fromSchema.join(', ')} } from '../schema';`,
		...(fromCalls.length ? [`import { ${fromCalls.join(', ')} } from '../calls';`] : []),
		'',
		`/** ${resource.name}: ${(resource.description || '').replace(/\s+/g, ' ').trim()} */`,
		`export const ${name} = resource({`,
		`\tname: ${q(resource.name)},`,
		`\tslug: ${q(resource.slug)},`,
		`\tsingular: ${q(resource.object.name)},`,
		`\tidParam: ${q(idParam)},`,
		`\tcrud: [${crud.map(q).join(', ')}],`,
		...requiredLines(resource),
		'\t// name, type, access, visibility, details',
		'\tfields: [',
		...resource.object.fields.map(fieldRow),
		'\t],',
		'\tcalls: [',
		...calls.map((e) => callRow(resource, e)),
		'\t],',
		'});',
		'',
	].join('\n');
	fs.writeFileSync(path.join(OUT, `${fileOf(resource)}.ts`), text);
	index.push(name);
}
fs.writeFileSync(
	path.join(OUT, 'index.ts'),
	[
		...inventory.resources.map((r) => `import { ${camel(r.slug)} } from './${fileOf(r)}';`),
		'',
		"/** The 34 resources in the reference's order. */",
		`export const resources = [${index.join(', ')}];`,
		'',
	].join('\n'),
);
console.log(`wrote ${index.length} resources to ${path.relative(REPO, OUT)}`);
