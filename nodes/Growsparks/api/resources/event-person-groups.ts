import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import {
	filterField,
	idField,
	jsonBody,
	mapping,
	properties,
	selectionFields,
	streamField,
	text,
} from '../fields';
import {
	PROGRESS_SIMPLE_KEYS,
	activityRecordsFields,
	groupProgressFields,
	includeMessagesField,
	reportDescription,
	reportFields,
	reportLines,
} from '../call-fields';

const eventPersonGroupId = (): FieldSpec =>
	idField({
		apiName: 'eventpersongroup_id',
		label: 'Event Person Group',
		locator: 'eventpersongroups',
	});

/** Properties returned by default or on request (the ID always is), and those that expand. */
const eventPersonGroupSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['Code', 'GroupName', 'Tag', 'Type'],
		onRequest: [
			'Authorizations',
			'ChildMemberships',
			'ClassID',
			'ClassName',
			'CreateDate',
			'ExtraData',
			'ModifiedDate',
			'ParentMemberships',
			'PreferredLanguage',
			'ProfileImage',
		],
		expandable: ['Authorizations', 'ChildMemberships', 'ParentMemberships'],
	});

/** EventPersonGroups: Special case PersonGroup for self registration of Persons. */
export const eventPersonGroupsEndpoints: EndpointSpec[] = [
	{
		id: 'eventpersongroups.create',
		resource: 'eventpersongroups',
		operation: 'create',
		name: 'Create',
		action: 'Create an event person group',
		description: 'Create an event person group; returns the full object',
		atLeastOne: ['groupName'],
		method: 'POST',
		path: '/eventpersongroups',
		output: { kind: 'object' },
		fields: properties([
			text('Code', { max: 255 }),
			mapping('ExtraData'),
			text('GroupName', { max: 255, primary: true }),
			text('PreferredLanguage'),
			text('Tag', { max: 100 }),
		]),
	},
	{
		id: 'eventpersongroups.list',
		resource: 'eventpersongroups',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many event person groups',
		description: 'List event person groups',
		method: 'GET',
		path: '/eventpersongroups',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...eventPersonGroupSelection(),
			filterField({
				ClassID: 'reference',
				ClassName: 'reference',
				Code: 'text',
				CreateDate: 'auditDates',
				GroupName: 'text',
				ID: 'hierarchy',
				ModifiedDate: 'auditDates',
				Tag: 'text',
			}),
			streamField('event person groups'),
		],
	},
	{
		id: 'eventpersongroups.get',
		resource: 'eventpersongroups',
		operation: 'get',
		name: 'Get',
		action: 'Get an event person group',
		description: 'Get one event person group by ID',
		method: 'GET',
		path: '/eventpersongroups/{eventpersongroup_id}',
		output: { kind: 'object' },
		fields: [eventPersonGroupId(), ...eventPersonGroupSelection()],
	},
	{
		id: 'eventpersongroups.update',
		resource: 'eventpersongroups',
		operation: 'update',
		name: 'Update',
		action: 'Update an event person group',
		description: 'Change an event person group; only the fields you set are sent',
		method: 'PUT',
		path: '/eventpersongroups/{eventpersongroup_id}',
		idempotent: true,
		output: { kind: 'object' },
		fields: [
			eventPersonGroupId(),
			...properties([
				text('Code', { max: 255 }),
				mapping('ExtraData'),
				text('GroupName', { max: 255 }),
				text('PreferredLanguage'),
				text('Tag', { max: 100 }),
			]),
		],
	},
	{
		id: 'eventpersongroups.activityrecords',
		resource: 'eventpersongroups',
		operation: 'activityrecords',
		name: 'Activity Records',
		action: 'Get activity records of an event person group',
		description:
			'Get when and for how long the members took activities and classroom trainings, ' +
			'one item per record (Beta)',
		method: 'POST',
		path: '/eventpersongroups/{eventpersongroup_id}/.activityrecords',
		streamable: true,
		idempotent: true,
		output: { kind: 'records' },
		prepare: jsonBody,
		fields: [
			eventPersonGroupId(),
			...activityRecordsFields(),
			streamField('results', { paged: false }),
		],
	},
	{
		id: 'eventpersongroups.progress',
		resource: 'eventpersongroups',
		operation: 'progress',
		name: 'Progress',
		action: 'Get the progress of an event person group',
		description:
			"Get each member's status, progress and score on one activity or program, " +
			'one item per member (Beta)',
		method: 'POST',
		path: '/eventpersongroups/{eventpersongroup_id}/.progress',
		streamable: true,
		idempotent: true,
		output: { kind: 'records' },
		simplify: PROGRESS_SIMPLE_KEYS,
		prepare: jsonBody,
		fields: [
			eventPersonGroupId(),
			...groupProgressFields(),
			streamField('results', { paged: false }),
		],
	},
	{
		id: 'eventpersongroups.report',
		resource: 'eventpersongroups',
		operation: 'report',
		name: 'Report',
		action: 'Get a report on an event person group',
		description: reportDescription("on the activities of an event person group's members"),
		method: 'POST',
		path: '/eventpersongroups/{eventpersongroup_id}/.report',
		streamable: true,
		idempotent: true,
		output: { kind: 'records' },
		prepare: jsonBody,
		transform: (body, request) => reportLines(body, request.params.includeMessages === true),
		fields: [
			eventPersonGroupId(),
			...reportFields('authorizable'),
			streamField('results', { paged: false }),
			includeMessagesField(),
		],
	},
];
