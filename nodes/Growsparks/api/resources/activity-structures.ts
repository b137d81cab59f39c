import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import { filterField, idField, jsonBody, selectionFields, streamField } from '../fields';
import { includeMessagesField, reportDescription, reportFields, reportLines } from '../call-fields';

const activityStructureId = (): FieldSpec =>
	idField({
		apiName: 'activitystructure_id',
		label: 'Activity Structure',
		locator: 'activitystructures',
	});

/** Properties returned by default or on request (the ID always is), and those that expand. */
const activityStructureSelection = (): FieldSpec[] =>
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

/** ActivityStructures: ActivityStructures is the union of all ActivityGroups and Activities */
export const activityStructuresEndpoints: EndpointSpec[] = [
	{
		id: 'activitystructures.list',
		resource: 'activitystructures',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many activity structures',
		description: 'List activity structures',
		method: 'GET',
		path: '/activitystructures',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...activityStructureSelection(),
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
			streamField('activity structures'),
		],
	},
	{
		id: 'activitystructures.get',
		resource: 'activitystructures',
		operation: 'get',
		name: 'Get',
		action: 'Get an activity structure',
		description: 'Get one activity structure by ID',
		method: 'GET',
		path: '/activitystructures/{activitystructure_id}',
		output: { kind: 'object' },
		fields: [activityStructureId(), ...activityStructureSelection()],
	},
	{
		id: 'activitystructures.report',
		resource: 'activitystructures',
		operation: 'report',
		name: 'Report',
		action: 'Get a report on an activity structure',
		description: reportDescription('on everyone assigned an activity or program'),
		method: 'POST',
		path: '/activitystructures/{activitystructure_id}/.report',
		streamable: true,
		idempotent: true,
		output: { kind: 'records' },
		prepare: jsonBody,
		transform: (body, request) => reportLines(body, request.params.includeMessages === true),
		fields: [
			activityStructureId(),
			...reportFields('activity'),
			streamField('results', { paged: false }),
			includeMessagesField(),
		],
	},
];
