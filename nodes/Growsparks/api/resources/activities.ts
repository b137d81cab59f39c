import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import { filterField, idField, jsonBody, selectionFields, streamField } from '../fields';
import { includeMessagesField, reportDescription, reportFields, reportLines } from '../call-fields';

const activityId = (): FieldSpec =>
	idField({ apiName: 'activity_id', label: 'Activity', locator: 'activities' });

/** Properties returned by default or on request (the ID always is), and those that expand. */
const activitySelection = (): FieldSpec[] =>
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
		onRequest: ['ClassID', 'ClassName', 'CreateDate', 'ModifiedDate', 'ParentMemberships'],
		expandable: ['ParentMemberships'],
	});

/** Activities: Smallest unit of e-Learning content */
export const activitiesEndpoints: EndpointSpec[] = [
	{
		id: 'activities.list',
		resource: 'activities',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many activities',
		description: 'List activities',
		method: 'GET',
		path: '/activities',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...activitySelection(),
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
			streamField('activities'),
		],
	},
	{
		id: 'activities.get',
		resource: 'activities',
		operation: 'get',
		name: 'Get',
		action: 'Get an activity',
		description: 'Get one activity by ID',
		method: 'GET',
		path: '/activities/{activity_id}',
		output: { kind: 'object' },
		fields: [activityId(), ...activitySelection()],
	},
	{
		id: 'activities.report',
		resource: 'activities',
		operation: 'report',
		name: 'Report',
		action: 'Get a report on an activity',
		description: reportDescription('on everyone assigned an activity'),
		method: 'POST',
		path: '/activities/{activity_id}/.report',
		streamable: true,
		idempotent: true,
		output: { kind: 'records' },
		prepare: jsonBody,
		transform: (body, request) => reportLines(body, request.params.includeMessages === true),
		fields: [
			activityId(),
			...reportFields('activity'),
			streamField('results', { paged: false }),
			includeMessagesField(),
		],
	},
];
