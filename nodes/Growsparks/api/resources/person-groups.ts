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

const personGroupId = (): FieldSpec =>
	idField({ apiName: 'persongroup_id', label: 'Person Group', locator: 'persongroups' });

/** Properties returned by default or on request (the ID always is), and those that expand. */
const personGroupSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['GroupName', 'Tag', 'Type'],
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

/** PersonGroups: Use PersonGroups to group Authorizables like Persons and other PersonGroups */
export const personGroupsEndpoints: EndpointSpec[] = [
	{
		id: 'persongroups.create',
		resource: 'persongroups',
		operation: 'create',
		name: 'Create',
		action: 'Create a person group',
		description: 'Create a person group; returns the full object',
		atLeastOne: ['groupName'],
		method: 'POST',
		path: '/persongroups',
		output: { kind: 'object' },
		fields: properties([
			mapping('ExtraData'),
			text('GroupName', { max: 255, primary: true }),
			text('PreferredLanguage'),
			text('Tag', { max: 100 }),
		]),
	},
	{
		id: 'persongroups.list',
		resource: 'persongroups',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many person groups',
		description: 'List person groups',
		method: 'GET',
		path: '/persongroups',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...personGroupSelection(),
			filterField({
				ClassID: 'reference',
				ClassName: 'reference',
				CreateDate: 'auditDates',
				GroupName: 'text',
				ID: 'hierarchy',
				ModifiedDate: 'auditDates',
				Tag: 'text',
			}),
			streamField('person groups'),
		],
	},
	{
		id: 'persongroups.get',
		resource: 'persongroups',
		operation: 'get',
		name: 'Get',
		action: 'Get a person group',
		description: 'Get one person group by ID',
		method: 'GET',
		path: '/persongroups/{persongroup_id}',
		output: { kind: 'object' },
		fields: [personGroupId(), ...personGroupSelection()],
	},
	{
		id: 'persongroups.update',
		resource: 'persongroups',
		operation: 'update',
		name: 'Update',
		action: 'Update a person group',
		description: 'Change a person group; only the fields you set are sent',
		method: 'PUT',
		path: '/persongroups/{persongroup_id}',
		idempotent: true,
		output: { kind: 'object' },
		fields: [
			personGroupId(),
			...properties([
				mapping('ExtraData'),
				text('GroupName', { max: 255 }),
				text('PreferredLanguage'),
				text('Tag', { max: 100 }),
			]),
		],
	},
	{
		id: 'persongroups.activityrecords',
		resource: 'persongroups',
		operation: 'activityrecords',
		name: 'Activity Records',
		action: 'Get activity records of a person group',
		description:
			'Get when and for how long the members took activities and classroom trainings, ' +
			'one item per record (Beta)',
		method: 'POST',
		path: '/persongroups/{persongroup_id}/.activityrecords',
		streamable: true,
		idempotent: true,
		output: { kind: 'records' },
		prepare: jsonBody,
		fields: [personGroupId(), ...activityRecordsFields(), streamField('results', { paged: false })],
	},
	{
		id: 'persongroups.progress',
		resource: 'persongroups',
		operation: 'progress',
		name: 'Progress',
		action: 'Get the progress of a person group',
		description:
			"Get each member's status, progress and score on one activity or program, " +
			'one item per member (Beta)',
		method: 'POST',
		path: '/persongroups/{persongroup_id}/.progress',
		streamable: true,
		idempotent: true,
		output: { kind: 'records' },
		simplify: PROGRESS_SIMPLE_KEYS,
		prepare: jsonBody,
		fields: [personGroupId(), ...groupProgressFields(), streamField('results', { paged: false })],
	},
	{
		id: 'persongroups.report',
		resource: 'persongroups',
		operation: 'report',
		name: 'Report',
		action: 'Get a report on a person group',
		description: reportDescription("on the activities of a person group's members"),
		method: 'POST',
		path: '/persongroups/{persongroup_id}/.report',
		streamable: true,
		idempotent: true,
		output: { kind: 'records' },
		prepare: jsonBody,
		transform: (body, request) => reportLines(body, request.params.includeMessages === true),
		fields: [
			personGroupId(),
			...reportFields('authorizable'),
			streamField('results', { paged: false }),
			includeMessagesField(),
		],
	},
];
