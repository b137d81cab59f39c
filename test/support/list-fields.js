'use strict';
/**
 * The documented fields of the records each resource locator lists, read from the vendor
 * inventories (vendor-inventories/<vendor id>.json). Each inventory has its own shape, so each
 * vendor has a small adapter that names, per locator, the inventory entry the locator's list
 * returns; a locator the adapter does not name is an error, never a guess.
 *
 * `listedFields(vendorId, locator)` answers `{ source, fields }`: where in the inventory the fields
 * come from, and the field paths a list label may read. `a.b` is field `b` of the record in field
 * `a`, where the inventory documents that record (a nested object, or one `expand` returns).
 */
const { loadInventory } = require('./inventory');

function fail(vendorId, message) {
	throw new Error(`${vendorId} inventory: ${message}`);
}

function named(vendorId, table, locator) {
	const entry = table[locator];
	if (!entry)
		fail(vendorId, `no adapter entry for locator "${locator}" (test/support/list-fields.js)`);
	return entry;
}

const names = (fields) => (fields || []).map((field) => field.name);

/** Damstra Learning: `endpoints[].response.itemSchema` names a `schemas` entry. */
const DAMSTRA = {
	user: 'user.list',
	group: 'group.list',
	lesson: 'lesson.list',
	lessonSchedule: 'lessonSchedule.listForUser',
	iltSession: 'iltSession.list',
};
function damstra(locator) {
	const inventory = loadInventory('damstra-learning');
	const id = named('damstra-learning', DAMSTRA, locator);
	const endpoint = inventory.endpoints.find((e) => e.id === id);
	if (!endpoint) fail('damstra-learning', `no endpoint ${id}`);
	const schema = endpoint.response && endpoint.response.itemSchema;
	if (!inventory.schemas[schema]) fail('damstra-learning', `${id} names no item schema`);
	return { source: `${id} → schemas.${schema}`, fields: names(inventory.schemas[schema].fields) };
}

/**
 * Growsparks: a locator is named after its resource's slug and lists `GET /<slug>`, whose items
 * are `resources[].object` with the `always` and `default` fields (lists return those). An
 * `expandable` field whose `refersTo` is a resource's object type adds that object's fields.
 */
function growsparks(locator) {
	const inventory = loadInventory('growsparks');
	const resource = inventory.resources.find((r) => r.slug === locator);
	if (!resource) fail('growsparks', `no resource with slug "${locator}"`);
	if (!resource.endpoints.some((e) => e.id === `${locator}.list`))
		fail('growsparks', `resource ${resource.name} has no list endpoint`);
	const listed = (object) =>
		object.fields.filter((f) => f.visibility === 'always' || f.visibility === 'default');
	const fields = names(listed(resource.object));
	for (const field of listed(resource.object).filter((f) => f.expandable && f.refersTo)) {
		const target = inventory.resources.find((r) => r.object.typeName === field.refersTo);
		if (target) fields.push(...names(listed(target.object)).map((name) => `${field.name}.${name}`));
	}
	return { source: `resources[${resource.name}].object (${locator}.list)`, fields };
}

/**
 * Snapper Grape: the `GET` endpoint's `returns` (`Type[]`) names a `types` entry; lists answer in
 * its `simple` view (conventions.representations).
 */
const SNAPPER = {
	person: '/api/persons',
	organisation: '/api/organisations',
	competence: '/api/competences',
	event: '/api/events',
	category: '/api/categories',
	role: '/api/roles',
};
function snapper(locator) {
	const inventory = loadInventory('snapper-grape');
	const path = named('snapper-grape', SNAPPER, locator);
	const endpoint = inventory.endpoints.find((e) => e.method === 'GET' && e.path === path);
	if (!endpoint) fail('snapper-grape', `no GET ${path}`);
	const match = /^(\w+)\[\]$/.exec(endpoint.returns);
	const type = match && inventory.types.find((t) => t.name === match[1]);
	if (!type) fail('snapper-grape', `GET ${path} returns "${endpoint.returns}", not a listed type`);
	return { source: `GET ${path} → types.${type.name}.simple`, fields: names(type.simple) };
}

/** Flow Webinars: `endpoints[].response.itemFields` of the list endpoint. */
const FLOW = { session: 'listEvents' };
function flow(locator) {
	const inventory = loadInventory('flow-webinars');
	const id = named('flow-webinars', FLOW, locator);
	const endpoint = inventory.endpoints.find((e) => e.id === id);
	if (!endpoint || !endpoint.response.itemFields)
		fail('flow-webinars', `${id} lists no item fields`);
	return { source: `${id}.response.itemFields`, fields: names(endpoint.response.itemFields) };
}

/**
 * Onsight Flow: the REST endpoint (`rest[]`) and the `schemas` entry its items are; the endpoint's
 * `response.schema` must name that schema. A field typed as another schema adds its fields.
 */
const ONSIGHT = {
	workflow: ['workflows.getAll', 'Workflow'],
	job: ['jobs.getAll', 'JobDocument'],
	user: ['users.getAll', 'User'],
	group: ['groups.getAll', 'GroupSummary'],
	collection: ['collections.getAll', 'Collection'],
	reportTemplate: ['reportTemplates.getNames', 'ReportTemplate'],
	scheduledJob: ['scheduler.getAll', 'ScheduledJob'],
	trigger: ['triggers.getAll', 'Trigger'],
};
function onsight(locator) {
	const inventory = loadInventory('onsight-flow');
	const [id, schemaName] = named('onsight-flow', ONSIGHT, locator);
	const endpoint = inventory.rest.find((e) => e.id === id);
	const said = String((endpoint && endpoint.response && endpoint.response.schema) || '');
	if (!new RegExp(`\\b${schemaName}\\[\\]`).test(said))
		fail('onsight-flow', `${id} does not list ${schemaName} (its response schema: "${said}")`);
	const schema = inventory.schemas[schemaName];
	const fields = names(schema.fields);
	for (const field of schema.fields) {
		const nested = inventory.schemas[field.type];
		if (nested) fields.push(...names(nested.fields).map((name) => `${field.name}.${name}`));
	}
	return { source: `${id} → schemas.${schemaName}`, fields };
}

const ADAPTERS = {
	'damstra-learning': damstra,
	growsparks,
	'flow-webinars': flow,
	'snapper-grape': snapper,
	'onsight-flow': onsight,
};

function listedFields(vendorId, locator) {
	const adapter = ADAPTERS[vendorId];
	if (!adapter) throw new Error(`No list-field adapter for vendor ${vendorId}`);
	return adapter(locator);
}

module.exports = { listedFields };
