import type { EndpointSpec } from '../../shared/declarations/types';
import { changesPaging, grapeDate, pagesOf } from './client';
import { fieldsParam, flag, idList, numericId, text, userName, view } from './fields';

const list = (spec: Omit<EndpointSpec, 'method' | 'paginated' | 'output' | 'paging'> & { key: string }): EndpointSpec => {
	const { key, ...rest } = spec;
	return { ...rest, method: 'GET', paginated: true, paging: pagesOf(key), output: { kind: 'records', path: key } };
};

const one = (spec: Omit<EndpointSpec, 'output'> & { key: string }): EndpointSpec => {
	const { key, ...rest } = spec;
	return { ...rest, output: { kind: 'records', path: key } };
};

export const learningEndpoints: EndpointSpec[] = [
	list({ id: 'categories.list', key: 'categories', resource: 'category', operation: 'getAll', name: 'Get Many', action: 'Get many categories', description: 'List categories, flat or as a tree', path: '/api/categories', fields: [flag('tree', 'tree', 'As Tree', 'Whether to nest children under their parents'), view('simple'), fieldsParam] }),
	one({ id: 'categories.get', key: 'categories', resource: 'category', operation: 'get', name: 'Get', action: 'Get a category', description: 'Get one category', method: 'GET', path: '/api/categories/{category_id}', fields: [numericId('categoryId', 'category_id', 'Category', 'category'), view('full'), fieldsParam] }),
	{
		id: 'changes.list',
		resource: 'change',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many changes',
		description: 'Events, person competences or competences changed in a time window',
		method: 'GET',
		path: '/api/changes',
		paginated: true,
		fields: [
			{ name: 'type', label: 'Type', in: 'query', type: 'options', required: true, default: 'personcompetence', options: [{ name: 'Competence', value: 'competence' }, { name: 'Event', value: 'event' }, { name: 'Person Competence', value: 'personcompetence' }] },
			{ name: 'startdate', label: 'Changed Since', in: 'query', type: 'dateTime', required: true, dateFormat: grapeDate, description: 'Start of the window (sent as YYYY-MM-DD HH:MM, UTC)' },
			{ name: 'enddate', label: 'Changed Before', in: 'query', type: 'dateTime', dateFormat: grapeDate, description: 'End of the window; Grape ignores it for events' },
			{ name: 'organisationId', apiName: 'organisation_id', label: 'Organisation ID', in: 'query', type: 'number', min: 1, description: 'Only changes for persons in this unit and its sub-units' },
			text('externOrganisationId', 'extern_organisation_id', 'External Organisation ID', 'query', { description: 'Same, by the unit\'s external ID' }),
		],
		paging: changesPaging,
		output: { kind: 'records' },
	},
	one({ id: 'cms.get', key: 'cms', resource: 'cms', operation: 'get', name: 'Get', action: 'Get CMS content', description: 'Get a CMS content object', method: 'GET', path: '/api/cms/{id}', fields: [numericId('cmsId', 'id', 'Content ID'), { name: 'format', label: 'Format', in: 'query', type: 'options', default: 'json', options: [{ name: 'HTML', value: 'html' }, { name: 'JSON', value: 'json' }, { name: 'Render', value: 'render' }] }] }),
	list({
		id: 'competences.list', key: 'competences', resource: 'competence', operation: 'getAll', name: 'Get Many', action: 'Get many competences', description: 'List competence definitions (courses, certificates, skills)', path: '/api/competences',
		fields: [
			text('term', 'term', 'Search'),
			{ name: 'mode', label: 'Status', in: 'query', type: 'options', default: 'active', options: [{ name: 'Active', value: 'active' }, { name: 'Deactivated', value: 'deactivated' }, { name: 'Both', value: 'both' }] },
			idList('competenceGroupIds', 'competence_group_ids', 'Competence Group IDs'),
			idList('externalCompetenceGroupIds', 'external_competence_group_ids', 'External Competence Group IDs', false),
			text('types', 'types', 'Types', 'query', { description: 'Competence type keys, comma-separated' }),
			idList('categoryIds', 'category_ids', 'Category IDs'),
			idList('attributeIds', 'attribute_ids', 'Attribute IDs'),
			flag('ownerOnly', 'owner_only', 'Owned Only', 'Whether to list only competences owned by the user'),
			flag('courseTemplateOnly', 'course_template_usage_allowed_only', 'Course Templates Only', 'Whether to list only competences the user may create course events from'),
			flag('usersOrganisationsOnly', 'users_organisations_only', 'My Organisations Only', 'Whether to list only competences tied to the user\'s organisations'),
			userName(),
		],
	}),
	list({
		id: 'events.list', key: 'events', resource: 'event', operation: 'getAll', name: 'Get Many', action: 'Get many events', description: 'List course events', path: '/api/events',
		fields: [
			view('simple'),
			text('term', 'term', 'Search'),
			{ name: 'competenceId', apiName: 'competence_id', label: 'Competence ID', in: 'query', type: 'number', min: 1 },
			idList('organisationIds', 'organisation_ids', 'Organisation IDs'),
			idList('contextOrganisationIds', 'context_organisation_ids', 'Context Organisation IDs'),
			idList('hostOrganisationIds', 'host_organisation_ids', 'Host Organisation IDs'),
			idList('categoryIds', 'category_ids', 'Category IDs'),
			flag('recursive', 'recursive', 'Include Sub-Units', 'Whether organisation filters cover whole sub-trees'),
			flag('cancelled', 'cancelled', 'Include Cancelled', 'Whether to include cancelled events'),
			flag('userCheck', 'user_check', 'Flag My Sign-Ons', 'Whether to flag events the user is signed on to'),
			userName(),
		],
	}),
	list({
		id: 'personevents.list', key: 'personevents', resource: 'personEvent', operation: 'getAll', name: 'Get Many', action: 'Get many person events', description: 'List participations in events', path: '/api/personevents',
		fields: [
			userName(),
			{ name: 'organisationId', apiName: 'organisation_id', label: 'Organisation ID', in: 'query', type: 'number', min: 1, description: 'Participations of the unit\'s persons (overrides Person)' },
			idList('eventIds', 'event_ids', 'Event IDs'),
			{ name: 'mode', label: 'Events', in: 'query', type: 'options', default: 'future', options: [{ name: 'All', value: 'all' }, { name: 'Finished', value: 'finished' }, { name: 'Future', value: 'future' }] },
			flag('waitlist', 'waitlist', 'Wait-Listed', 'Whether to return wait-listed participations instead'),
			flag('includePerson', 'include_person', 'Include Person', 'Whether to embed the person in each result'),
			{ name: 'startdate', label: 'Starting After', in: 'query', type: 'dateTime', dateFormat: grapeDate },
			{ name: 'enddate', label: 'Starting Before', in: 'query', type: 'dateTime', dateFormat: grapeDate },
			{ name: 'sortDirection', apiName: 'sort_direction', label: 'Sort', in: 'query', type: 'options', default: 'asc', options: [{ name: 'Ascending', value: 'asc' }, { name: 'Descending', value: 'desc' }] },
		],
	}),
	one({ id: 'personevents.get', key: 'personevents', resource: 'personEvent', operation: 'get', name: 'Get', action: 'Get a person event', description: 'Get a person\'s participation in one event', method: 'GET', path: '/api/personevents/{event_id}', fields: [numericId('eventId', 'event_id', 'Event', 'event'), userName()] }),
	one({
		id: 'personevents.signOn', key: 'personevents', resource: 'personEvent', operation: 'signOn', name: 'Sign On', action: 'Sign a person on to an event', description: 'Sign a person on to an event', method: 'POST', path: '/api/personevents/{event_id}',
		fields: [numericId('eventId', 'event_id', 'Event', 'event'), userName(), { name: 'orderId', apiName: 'order_id', label: 'Order ID', in: 'query', type: 'number', min: 1 }, text('orderReference', 'order_reference', 'Order Reference')],
	}),
	one({
		id: 'personevents.signOff', key: 'personevents', resource: 'personEvent', operation: 'signOff', name: 'Sign Off', action: 'Sign a person off an event', description: 'Sign a person off an event', method: 'PUT', path: '/api/personevents/{event_id}',
		fields: [numericId('eventId', 'event_id', 'Event', 'event'), userName(), { name: 'action', label: 'Action', in: 'query', type: 'options', required: true, default: 'off', options: [{ name: 'Sign Off', value: 'off' }, { name: 'Update', value: 'update' }] }],
	}),
	list({
		id: 'personcompetences.list', key: 'personcompetences', resource: 'personCompetence', operation: 'getAll', name: 'Get Many', action: 'Get many person competences', description: 'Passed, missing or expired competences of a person', path: '/api/personcompetences',
		fields: [
			userName(),
			{ name: 'state', label: 'State', in: 'query', type: 'options', default: 'passed', options: [{ name: 'Expired', value: 'expired' }, { name: 'Missing', value: 'missing' }, { name: 'Passed', value: 'passed' }] },
			{ name: 'requirement', label: 'Requirement', in: 'query', type: 'options', default: 'mandatory', options: [{ name: 'Mandatory', value: 'mandatory' }, { name: 'Optional', value: 'optional' }] },
			idList('roleIds', 'role_ids', 'Role IDs'),
			text('types', 'types', 'Types', 'query', { description: 'Competence type keys, comma-separated' }),
			{ name: 'personCompetenceId', apiName: 'person_competence_id', label: 'Person Competence ID', in: 'query', type: 'number', min: 1, description: 'One exact record, even a superseded one (other filters are then ignored)' },
			view('simple'),
			fieldsParam,
		],
	}),
	one({ id: 'personcompetences.get', key: 'personcompetences', resource: 'personCompetence', operation: 'get', name: 'Get', action: 'Get a person competence', description: 'The current record of one competence for a person', method: 'GET', path: '/api/personcompetences/{competence_id}', fields: [numericId('competenceId', 'competence_id', 'Competence', 'competence'), userName()] }),
	one({
		id: 'personcompetences.update', key: 'personcompetences', resource: 'personCompetence', operation: 'update', name: 'Register or Update', action: 'Register or update a person competence', description: 'Record that a person has (or updates) a competence', method: 'PUT', path: '/api/personcompetences/{competence_id}',
		notice: 'The body of this call is not in the recovered documentation: the node sends user_name and the person_competence_data fields below as a form; check them against your installation.',
		fields: [
			numericId('competenceId', 'competence_id', 'Competence', 'competence'),
			userName('body'),
			{ name: 'passedDate', apiName: 'person_competence_data[passed_date]', label: 'Passed Date', in: 'body', type: 'dateTime', dateFormat: grapeDate },
			{ name: 'validUntil', apiName: 'person_competence_data[valid_until]', label: 'Valid Until', in: 'body', type: 'dateTime', dateFormat: grapeDate },
			text('comment', 'person_competence_data[comment]', 'Comment', 'body'),
		],
	}),
	list({ id: 'positions.list', key: 'positions', resource: 'position', operation: 'getAll', name: 'Get Many', action: 'Get many positions', description: 'A person\'s positions', path: '/api/positions', fields: [userName(), fieldsParam] }),
	list({
		id: 'roles.list', key: 'roles', resource: 'role', operation: 'getAll', name: 'Get Many', action: 'Get many roles', description: 'Roles, a person\'s roles, or the roles a competence is required for', path: '/api/roles',
		fields: [
			userName(),
			text('term', 'term', 'Search'),
			{ name: 'competenceId', apiName: 'competence_id', label: 'Competence ID', in: 'query', type: 'number', min: 1 },
			{ name: 'state', label: 'Requirement', in: 'query', type: 'options', default: 'mandatory', options: [{ name: 'Mandatory', value: 'mandatory' }, { name: 'Optional', value: 'optional' }] },
			text('roleMetaTypes', 'role_meta_types', 'Role Kinds', 'query', { description: 'Comma list of role, specialrole, position' }),
			idList('organisationIds', 'organisation_ids', 'Organisation IDs'),
			idList('externOrganisationIds', 'extern_organisation_ids', 'External Organisation IDs', false),
		],
	}),
];
