import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import { filterField, idField, jsonBody, selectionFields, streamField } from '../fields';
import { includeMessagesField, reportDescription, reportFields, reportLines } from '../call-fields';

const activityGroupId = (): FieldSpec =>
	idField({ apiName: 'activitygroup_id', label: 'Activity Group', locator: 'activitygroups' });

/** Properties returned by default or on request (the ID always is), and those that expand. */
const activityGroupSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: [
			'CatalogEntry',
			'Description',
			'ExpectedActivityDuration',
			'Image',
			'Metadata',
			'Name',
			'SearchTags',
			'Tag',
			'Type',
		],
		onRequest: [
			'ChildMemberships',
			'ClassID',
			'ClassName',
			'CreateDate',
			'ModifiedDate',
			'ParentMemberships',
		],
		expandable: ['ChildMemberships', 'ParentMemberships'],
	});

/**
 * ActivityGroups: Use ActivityGroups to group ActivityStructures like Activities and other
 * ActivityGroups
 */
export const activityGroupsEndpoints: EndpointSpec[] = [
	{
		id: 'activitygroups.list',
		resource: 'activitygroups',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many activity groups',
		description: 'List activity groups',
		method: 'GET',
		path: '/activitygroups',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...activityGroupSelection(),
			filterField({
				CatalogEntry: 'boolean',
				ClassID: 'reference',
				ClassName: 'reference',
				CreateDate: 'auditDates',
				ExpectedActivityDuration: 'orderable',
				ID: 'hierarchy',
				ModifiedDate: 'auditDates',
				Name: 'text',
				Tag: 'text',
			}),
			streamField('activity groups'),
		],
	},
	{
		id: 'activitygroups.get',
		resource: 'activitygroups',
		operation: 'get',
		name: 'Get',
		action: 'Get an activity group',
		description: 'Get one activity group by ID',
		method: 'GET',
		path: '/activitygroups/{activitygroup_id}',
		output: { kind: 'object' },
		fields: [activityGroupId(), ...activityGroupSelection()],
	},
	{
		id: 'activitygroups.report',
		resource: 'activitygroups',
		operation: 'report',
		name: 'Report',
		action: 'Get a report on an activity group',
		description: reportDescription('on everyone assigned an activity group'),
		method: 'POST',
		path: '/activitygroups/{activitygroup_id}/.report',
		streamable: true,
		idempotent: true,
		output: { kind: 'records' },
		prepare: jsonBody,
		transform: (body, request) => reportLines(body, request.params.includeMessages === true),
		fields: [
			activityGroupId(),
			...reportFields('activity'),
			streamField('results', { paged: false }),
			includeMessagesField(),
		],
	},
];
