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
	// The attendee records of the session picked in the same operation.
	attendee: 'iltSession.listAttendees',
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
const FLOW = {
	session: 'listEvents',
	operator: 'listOperators',
	// Accounts are listed through their operators (GET /users carries accountToken and company).
	account: 'listOperators',
	survey: 'listSurveys',
	room: 'ssoRoomsLookup',
};
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
	// The same list, valued by the server's job ID (jobId) rather than metadata.clientJobId.
	serverJob: ['jobs.getAll', 'JobDocument'],
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

/*
 * What each operation of the action nodes returns, for the Simplify rule (records wider than ten
 * fields offer Simplify; test/unit/simplify.test.ts). Every vendor has a table that names, per
 * endpoint (Growsparks: per inventory operation), one of:
 *
 * - `read`: a Get, Get Many or other read that returns records of a documented type. The rule
 *   applies: wider than ten fields, the endpoint must declare `simplify`.
 * - `write`: a create, update or action that answers with the record it wrote. The rule does not
 *   ask for Simplify there (n8n's convention is Get and Get Many), but keys a write declares are
 *   held to the same documented fields.
 * - `exempt`: returns records, but not ones Simplify can fairly cut (the user picks the fields, or
 *   the answer is a settings map or a report stream); the reason is said.
 * - `undocumented`: returns records whose fields the vendor does not document.
 * - `none`: returns no records (an acknowledgement, IDs, a URL, a single value).
 *
 * A record type is a name the vendor's inventory uses, or a list of names for an answer that may be
 * any of them (its fields are those of all of them, its width the widest). `keys` names, per type,
 * the ID and naming fields Simplify must always keep. The tables are checked against what the
 * inventory says each endpoint returns, where it says so.
 */

const KINDS = ['read', 'write', 'exempt', 'undocumented', 'none'];

/** The table's entry for `key`: `{ kind, type }` or `{ kind, reason }`; undefined when unnamed. */
function entryOf(table, key) {
	for (const kind of ['read', 'write'])
		if (table[kind] && Object.prototype.hasOwnProperty.call(table[kind], key))
			return { kind, type: table[kind][key] };
	for (const kind of ['exempt', 'undocumented', 'none'])
		for (const [reason, keys] of Object.entries(table[kind] || {}))
			if (keys.includes(key)) return { kind, reason };
	return undefined;
}

function keysOf(table) {
	const keys = [];
	for (const kind of KINDS) {
		const section = table[kind] || {};
		if (kind === 'read' || kind === 'write') keys.push(...Object.keys(section));
		else for (const list of Object.values(section)) keys.push(...list);
	}
	return keys;
}

/** Damstra Learning: `schemas` entries; an endpoint's `response.schema` or `itemSchema` names one. */
const DAMSTRA_RETURNS = {
	read: {
		'user.list': 'User',
		'user.get': 'User',
		'group.list': 'Group',
		'group.get': 'Group',
		'group.listMembers': 'User',
		'group.listSupervisors': 'User',
		'lesson.list': 'Lesson',
		'lesson.listDetails': 'LessonDetail',
		'lessonSchedule.get': 'LessonSchedule',
		'lessonSchedule.listForUser': 'UserLessonSchedule',
		'iltSession.list': 'IltSessionSummary',
		'iltSession.get': 'IltSession',
		'iltSession.listAttendees': 'IltAttendee',
		'embedPlayer.getUrl': 'EmbedUrl',
		'embedPlayer.getVersionUrl': 'EmbedUrl',
	},
	write: {
		'user.update': 'User',
		'user.bulkCreate': 'User',
		'group.create': 'Group',
		'group.update': 'Group',
		'iltSession.create': 'IltSessionSummary',
		'iltSession.update': 'IltSession',
	},
	none: {
		'answers the new ID and its dates': ['user.create'],
		'answers the IDs of the lesson schedules': [
			'lessonSchedule.scheduleUser',
			'lessonSchedule.manuallyComplete',
		],
		'answers a login URL': ['user.generateLoginUrl'],
		'answers no documented body': [
			'user.activate',
			'user.inactivate',
			'group.addMembers',
			'group.removeMembers',
			'group.addSupervisors',
			'group.removeSupervisors',
			'group.inactivate',
			'iltSession.complete',
			'iltSession.cancel',
			'iltSession.bulkRegister',
			'iltSession.bulkDeregister',
			'iltSession.saveProgress',
		],
	},
	keys: {
		User: ['id', 'userName', 'firstName', 'lastName'],
		Lesson: ['lessonId', 'lessonVersionId', 'name'],
		LessonSchedule: ['id', 'lessonName'],
		UserLessonSchedule: ['id', 'lessonName'],
		IltSessionSummary: ['id', 'lessonId', 'startDatetime'],
		IltSession: ['id', 'lessonName', 'startDatetime'],
		IltAttendee: ['id', 'userId', 'firstName', 'lastName'],
	},
};
function damstraReturns() {
	const inventory = loadInventory('damstra-learning');
	return {
		table: DAMSTRA_RETURNS,
		key: (endpointId) => endpointId,
		fieldsOf(type) {
			const schema = inventory.schemas[type];
			if (!schema) fail('damstra-learning', `no schema ${type}`);
			return { source: `schemas.${type}`, fields: names(schema.fields) };
		},
		/** The schema the inventory says the endpoint answers with, or null when it names none. */
		documentedType(endpointId) {
			const endpoint = inventory.endpoints.find((e) => e.id === endpointId);
			if (!endpoint) return undefined;
			const response = endpoint.response || {};
			return response.schema || response.itemSchema || null;
		},
	};
}

/**
 * Growsparks, by the inventory's `operation` of each endpoint: `object` is the resource's object,
 * whose default fields (visibility `always` and `default`) are what Get and Get Many return; other
 * names are `types` entries (their `resolvedFields`).
 */
const GROWSPARKS_RETURNS = {
	read: {
		list: 'object',
		get: 'object',
		progress: 'ActivityStatus',
		activityrecords: ['ActivityRecordActivity', 'ActivityRecordTraining'],
	},
	write: { create: 'object', update: 'object' },
	exempt: {
		'report lines: results, summaries and messages, and the finished line whose Reference Date is the next Delta Date; their columns follow the Include options and Simplify would cut the delta cursor':
			['report'],
	},
	undocumented: { 'BaseLogResult: its fields are not documented': ['queryeventlog'] },
	none: {
		'answers whether the user sync succeeded': ['addusers', 'removeusers', 'syncusers'],
		'answers a token, a sign-on URL or an impersonation': [
			'exchangemsgraphtoken',
			'createemailimpersonation',
			'createsinglesignonurl',
			'createusernameimpersonation',
		],
		'answers the outcome of the action': ['merge', 'recertify', 'execute'],
		'answers a single value': ['verifyqr', 'subscribe', 'unsubscribe'],
	},
	keys: {
		PortfolioEntry: ['ID', 'Name'],
		ClassroomTraining: ['ID', 'Name'],
		Location: ['ID', 'Name'],
		ActivityStatus: ['Person', 'ActivityStructure'],
	},
};
function growsparksReturns() {
	const inventory = loadInventory('growsparks');
	const endpoints = new Map();
	for (const resource of inventory.resources)
		for (const endpoint of resource.endpoints) endpoints.set(endpoint.id, { resource, endpoint });
	const found = (endpointId) => {
		const entry = endpoints.get(endpointId);
		if (!entry) fail('growsparks', `no endpoint ${endpointId}`);
		return entry;
	};
	const type = (endpointId, name) =>
		name === 'object' ? found(endpointId).resource.object.typeName : name;
	return {
		table: GROWSPARKS_RETURNS,
		typesEveryAnswer: true,
		key: (endpointId) => found(endpointId).endpoint.operation,
		/** `object` stands for the endpoint's resource object; the type is its typeName. */
		typeFor: (endpointId, name) => (Array.isArray(name) ? name : type(endpointId, name)),
		fieldsOf(name) {
			const resource = inventory.resources.find((r) => r.object.typeName === name);
			if (resource) {
				const fields = resource.object.fields.filter(
					(f) => f.visibility === 'always' || f.visibility === 'default',
				);
				return {
					source: `resources[${resource.name}].object (visibility always or default)`,
					fields: names(fields),
				};
			}
			const found = inventory.types.find((t) => t.name === name);
			if (!found) fail('growsparks', `no resource object or type ${name}`);
			return {
				source: `types.${name}.resolvedFields`,
				fields: (found.resolvedFields || []).map((f) => (typeof f === 'string' ? f : f.name)),
			};
		},
		/** The inventory's item type; a union's variants inherit it. */
		documentedType(endpointId) {
			return found(endpointId).endpoint.itemType || null;
		},
		sameType(mapped, documented) {
			if (!Array.isArray(mapped)) return mapped === documented;
			return mapped.every((name) => {
				const variant = inventory.types.find((t) => t.name === name);
				return Boolean(variant) && variant.inherits === documented;
			});
		},
		mapped: () =>
			[...endpoints.values()]
				.filter(({ endpoint }) => entryOf(GROWSPARKS_RETURNS, endpoint.operation))
				.map(({ endpoint }) => endpoint.id),
	};
}

/** Flow Webinars: an endpoint's documented `response.itemFields` (lists) or `response.fields`. */
const FLOW_RETURNS = {
	read: {
		listEvents: 'listEvents.itemFields',
		getEvent: 'getEvent.itemFields',
		listRegistrants: 'listRegistrants.itemFields',
		listOperators: 'listOperators.itemFields',
		listSurveys: 'listSurveys.itemFields',
		ssoRoomsLookup: 'ssoRoomsLookup.itemFields',
	},
	write: {
		createRegistrant: 'createRegistrant.fields',
		ssoRoomRegister: 'ssoRoomRegister.fields',
	},
	undocumented: { "the session's public view: its fields are not documented": ['getEventPublic'] },
	none: { 'answers a code and a message': ['createEvent'] },
	keys: {
		'listEvents.itemFields': ['token', 'title'],
		'getEvent.itemFields': ['token', 'title'],
		'listRegistrants.itemFields': ['token', 'firstName', 'lastName', 'email'],
		'listOperators.itemFields': ['id', 'firstName', 'lastName', 'email'],
	},
};
function flowReturns() {
	const inventory = loadInventory('flow-webinars');
	const endpointOf = (id) => inventory.endpoints.find((e) => e.id === id);
	return {
		table: FLOW_RETURNS,
		key: (endpointId) => endpointId,
		fieldsOf(type) {
			const [id, part] = type.split('.');
			const endpoint = endpointOf(id);
			const fields = endpoint && endpoint.response && endpoint.response[part];
			if (!Array.isArray(fields)) fail('flow-webinars', `${type} is not a documented field list`);
			return { source: `endpoints[${id}].response.${part}`, fields: names(fields) };
		},
		/** A documented list's item fields name the endpoint itself; other answers name nothing. */
		documentedType(endpointId) {
			const endpoint = endpointOf(endpointId);
			if (!endpoint) return undefined;
			return Array.isArray(endpoint.response.itemFields) ? `${endpointId}.itemFields` : null;
		},
		sameType: (mapped, documented) => documented === null || mapped === documented,
	};
}

/**
 * Snapper Grape: `[endpoint, type, view]`. Lists answer in a type's `simple` view and one object by
 * ID in its `full` view unless `view` is asked for (conventions.representations); the view is the
 * one returned by default, and is checked against the endpoint's documented `view` default.
 */
const SNAPPER_RETURNS = {
	read: {
		'categories.list': ['GET /api/categories', 'Category', 'simple'],
		'categories.get': ['GET /api/categories/{category_id}', 'Category', 'full'],
		'changes.list': ['GET /api/changes', ['Event', 'PersonCompetence', 'Competence'], 'simple'],
		'cms.get': ['GET /api/cms/{id}', 'Cms', 'full'],
		'competences.list': ['GET /api/competences', 'Competence', 'simple'],
		'events.list': ['GET /api/events', 'Event', 'simple'],
		'personevents.list': ['GET /api/personevents', 'PersonEvent', 'simple'],
		'personevents.get': ['GET /api/personevents/{event_id}', 'PersonEvent', 'full'],
		'personcompetences.list': ['GET /api/personcompetences', 'PersonCompetence', 'simple'],
		'personcompetences.get': [
			'GET /api/personcompetences/{competence_id}',
			'PersonCompetence',
			'full',
		],
		'positions.list': ['GET /api/positions', 'Position', 'simple'],
		'roles.list': ['GET /api/roles', 'Role', 'simple'],
		'persons.get': ['GET /api/persons/{user_name}', 'Person', 'full'],
		'person.me': ['GET /api/person', 'Person', 'full'],
		'persons.list': ['GET /api/persons', 'Person', 'simple'],
		'organisations.list': ['GET /api/organisations', 'Organisation', 'simple'],
		'organisations.get': ['GET /api/organisations/{organisation_id}', 'Organisation', 'full'],
		'organisations.members': [
			'GET /api/organisations/{organisation_id}/persons',
			'Person',
			'simple',
		],
	},
	write: {
		'personevents.signOn': ['POST /api/personevents/{event_id}', 'PersonEvent', 'full'],
		'personevents.signOff': ['PUT /api/personevents/{event_id}', 'PersonEvent', 'full'],
		'personcompetences.update': [
			'PUT /api/personcompetences/{competence_id}',
			'PersonCompetence',
			'full',
		],
		'persons.update': ['PUT /api/persons/{user_name}', 'Person', 'full'],
		'persons.create': ['POST /api/persons', 'Person', 'full'],
		'organisations.create': ['POST /api/organisations', 'Organisation', 'full'],
		login: ['POST /api/login', 'Login', 'full'],
	},
	none: {
		'answers a forward URL': ['logout'],
		'checks a token in the browser, without calling Grape': ['validate'],
		'answers whether a mail was sent': ['forgotPassword'],
	},
	keys: {
		'Event.simple': ['id', 'title'],
		'Competence.simple': ['id', 'title'],
		'PersonEvent.simple': ['id', 'person_event_id', 'title'],
		'PersonEvent.full': ['id', 'person_event_id', 'title'],
		'PersonCompetence.simple': ['id', 'competence_title', 'person'],
		'PersonCompetence.full': ['id', 'competence', 'person'],
		'Person.full': ['id', 'user_name', 'firstname', 'lastname'],
		'Organisation.full': ['id', 'title'],
	},
};
function snapperReturns() {
	const inventory = loadInventory('snapper-grape');
	const endpointOf = (route) => {
		const [method, path] = route.split(' ');
		const endpoint = inventory.endpoints.find((e) => e.method === method && e.path === path);
		if (!endpoint) fail('snapper-grape', `no ${route}`);
		return endpoint;
	};
	/** The view an endpoint answers in by default: its `view` parameter's, else the convention's. */
	const defaultView = (endpoint) => {
		const param = (endpoint.parameters || []).find((p) => p.name === 'view');
		if (param && param.default) return param.default;
		return /^\w+\[\]/.test(endpoint.returns) ? 'simple' : 'full';
	};
	const typeNames = (returns) => (String(returns).match(/\b[A-Z]\w*\b/g) || []).sort();
	return {
		table: SNAPPER_RETURNS,
		key: (endpointId) => endpointId,
		typeFor: (_endpointId, [route, type, view]) => {
			const endpoint = endpointOf(route);
			const expected = defaultView(endpoint);
			if (view !== expected)
				fail('snapper-grape', `${route} answers in its ${expected} view by default, not ${view}`);
			const mapped = (Array.isArray(type) ? type : [type]).map((name) => `${name}.${view}`);
			return Array.isArray(type) ? mapped : mapped[0];
		},
		fieldsOf(typeView) {
			const [name, view] = typeView.split('.');
			const type = inventory.types.find((t) => t.name === name);
			if (!type || !type[view]) fail('snapper-grape', `no ${view} view of type ${name}`);
			return { source: `types.${name}.${view}`, fields: names(type[view]) };
		},
		/** The route's documented `returns`, as the sorted type names it mentions. */
		documentedTypeOf: (route) => typeNames(endpointOf(route).returns).join(' | '),
	};
}

/**
 * Onsight Flow: `schemas` entries, which the REST endpoint's `response.schema` names; `graphql:`
 * names a Query API root field whose selection the node fixes.
 */
const ONSIGHT_RETURNS = {
	read: {
		'jobs.getAll': 'JobDocument',
		'jobs.getMine': 'JobDocument',
		'jobs.getByWorkflowId': 'JobDocument',
		'jobs.getByClientJobId': 'JobDocument',
		'jobs.getByJobId': 'JobDocument',
		'workflows.getAll': 'Workflow',
		'workflows.get': 'Workflow',
		'collections.getAll': 'Collection',
		'collections.get': 'Collection',
		'groups.getAll': 'GroupSummary',
		'groups.get': 'GroupDetails',
		'reportTemplates.getAll': 'ReportTemplate',
		'reportTemplates.getNames': 'ReportTemplate',
		'reportTemplates.get': 'ReportTemplateContent',
		'scheduler.getAll': 'ScheduledJob',
		'scheduler.getMine': 'ScheduledJob',
		'scheduler.get': 'ScheduledJob',
		'triggers.getAll': 'Trigger',
		'triggers.get': 'Trigger',
		'users.getAll': 'User',
		'users.get': 'User',
		'users.getPermissions': 'UserPermissions',
		'query.users': 'graphql:users',
	},
	write: {
		'jobs.create': 'JobDocument',
		'groups.create': 'GroupSummary',
		'groups.updateName': 'GroupSummary',
		'reportTemplates.create': 'ReportTemplateContent',
		'scheduler.create': 'ScheduledJob',
		'triggers.create': 'Trigger',
		'reportGenerator.generate': 'ReportGenerationResult',
		'reportGenerator.generateWithTemplate': 'ReportGenerationResult',
	},
	exempt: {
		'the user picks the fields: the Fields option, or the query itself': [
			'query.jobs',
			'query.run',
		],
		"the team's settings: one map of setting names to values, not records": ['teamSettings.getAll'],
	},
	undocumented: {
		'the guide documents no response': ['jobs.getSnapshots', 'reportTemplates.getDefault'],
	},
	none: {
		'answers an acknowledgement, or the ID or status of what changed': [
			'jobs.update',
			'jobs.basicSync',
			'jobs.exclude',
			'jobs.addMetadata',
			'jobs.assignUser',
			'jobs.abort',
			'jobs.abortForUser',
			'workflows.updateMetadata',
			'workflows.setActiveVersion',
			'collections.create',
			'collections.updateName',
			'groups.updatePermissions',
			'groups.addUsers',
			'groups.removeUsers',
			'reportTemplates.update',
			'reportTemplates.updateMetadata',
			'reportTemplates.setDefault',
			'reportTemplates.unsetDefault',
			'scheduler.updateStatus',
			'scheduler.updateTaskStatus',
			'scheduler.updateAssignedUsers',
			'teamSettings.set',
			'teamSettings.resetDefaults',
			'triggers.update',
			'triggers.archive',
			'triggers.unarchive',
			'users.create',
			'users.updateDetails',
			'users.updatePermissions',
			'users.lock',
			'users.unlock',
			'users.resetPassword',
			'auth.createClient',
		],
		'an upload step or session': [
			'workflows.upload',
			'workflows.createUploadSession',
			'workflows.uploadBlock',
			'workflows.finalizeUpload',
			'collections.upload',
			'collections.createUploadSession',
			'collections.uploadBlock',
		],
		"answers one setting's value": ['teamSettings.get'],
	},
	keys: {
		Workflow: ['workflowId', 'name'],
		Collection: ['collectionId', 'name'],
		ReportTemplate: ['reportTemplateId', 'name'],
		ReportTemplateContent: ['reportTemplateId', 'name'],
		Trigger: ['triggerId', 'name'],
		User: ['userId', 'username', 'name'],
	},
};
function onsightReturns() {
	const inventory = loadInventory('onsight-flow');
	return {
		table: ONSIGHT_RETURNS,
		key: (endpointId) => endpointId,
		fieldsOf(type) {
			if (type.startsWith('graphql:')) {
				const root = inventory.graphql.rootFields.find((r) => r.name === type.slice(8));
				if (!root || !root.fields) fail('onsight-flow', `no Query API root field ${type}`);
				return {
					source: `graphql.rootFields[${root.name}].fields`,
					fields: root.fields.map((field) => field.split(/\s/)[0]),
				};
			}
			const schema = inventory.schemas[type];
			if (!schema) fail('onsight-flow', `no schema ${type}`);
			return { source: `schemas.${type}`, fields: names(schema.fields) };
		},
		/** The schema text of the REST endpoint's response ('' when it names none). */
		documentedType(endpointId) {
			const endpoint = inventory.rest.find((e) => e.id === endpointId);
			if (!endpoint) return undefined;
			return String((endpoint.response && endpoint.response.schema) || '') || null;
		},
		sameType: (mapped, documented) =>
			documented !== null && new RegExp(`\\b${mapped}\\b`).test(documented),
	};
}

const RETURNS = {
	'damstra-learning': damstraReturns,
	growsparks: growsparksReturns,
	'flow-webinars': flowReturns,
	'snapper-grape': snapperReturns,
	'onsight-flow': onsightReturns,
};

function returnsAdapter(vendorId) {
	const adapter = RETURNS[vendorId];
	if (!adapter) throw new Error(`No returned-records table for vendor ${vendorId}`);
	const built = adapter();
	const keys = keysOf(built.table);
	const twice = keys.filter((key, index) => keys.indexOf(key) !== index);
	if (twice.length) fail(vendorId, `the returned-records table names ${twice.join(', ')} twice`);
	return built;
}

/** A mapped type's fields: one type's, or the union of a list's (its width is the widest's). */
function recordOf(adapter, type) {
	const types = Array.isArray(type) ? type : [type];
	const parts = types.map((name) => adapter.fieldsOf(name));
	const fields = [...new Set(parts.flatMap((part) => part.fields))];
	const keys = adapter.table.keys || {};
	const missing = types.filter((name) => !keys[name]);
	return {
		type: types.join(' | '),
		source: parts.map((part) => part.source).join(' | '),
		fields,
		width: Math.max(...parts.map((part) => part.fields.length)),
		keyFields: missing.length ? undefined : [...new Set(types.flatMap((name) => keys[name]))],
		missingKeys: missing,
	};
}

/**
 * What `endpointId` returns, from the vendor's table: `{ kind, type, source, fields, width,
 * keyFields }` for `read` and `write` (keyFields undefined when the table names no ID and naming
 * fields for the type), `{ kind, reason }` otherwise. An endpoint the table does not name, or one
 * the table maps to another type than the inventory documents, is an error, never a guess.
 */
function returnedRecords(vendorId, endpointId) {
	const adapter = returnsAdapter(vendorId);
	const entry = entryOf(adapter.table, adapter.key(endpointId));
	if (!entry)
		fail(
			vendorId,
			`no returned-records entry for endpoint "${endpointId}" (test/support/list-fields.js)`,
		);
	if (entry.kind !== 'read' && entry.kind !== 'write') {
		// Where the inventory names a type only for records, an endpoint said to return none must not
		// have one (Growsparks names a result type for every call, records or not).
		const documented =
			adapter.documentedType && !adapter.typesEveryAnswer
				? adapter.documentedType(endpointId)
				: undefined;
		if (documented && entry.kind === 'none')
			fail(vendorId, `${endpointId} is listed as returning no records, but answers ${documented}`);
		return entry;
	}
	const type = adapter.typeFor ? adapter.typeFor(endpointId, entry.type) : entry.type;
	if (adapter.documentedTypeOf) {
		const documented = adapter.documentedTypeOf(entry.type[0]);
		const mapped = (Array.isArray(type) ? type : [type]).map((t) => t.split('.')[0]).sort();
		if (mapped.join(' | ') !== documented)
			fail(vendorId, `${endpointId} is mapped to ${mapped.join(' | ')}, documented ${documented}`);
	} else if (adapter.documentedType) {
		const documented = adapter.documentedType(endpointId);
		const same = adapter.sameType || ((a, b) => a === b);
		if (documented !== undefined && !same(type, documented))
			fail(vendorId, `${endpointId} is mapped to ${type}, but the inventory says ${documented}`);
	}
	return { kind: entry.kind, ...recordOf(adapter, type) };
}

/** Every endpoint id the vendor's table names (to find entries no declared endpoint has). */
function mappedEndpoints(vendorId) {
	const adapter = returnsAdapter(vendorId);
	return adapter.mapped ? adapter.mapped() : keysOf(adapter.table);
}

module.exports = { listedFields, returnedRecords, mappedEndpoints };
