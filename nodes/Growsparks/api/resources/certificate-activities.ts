import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import { filterField, idField, jsonBody, selectionFields, streamField } from '../fields';
import { includeMessagesField, reportDescription, reportFields, reportLines } from '../call-fields';

const certificateActivityId = (): FieldSpec =>
	idField({
		apiName: 'certificateactivity_id',
		label: 'Certificate Activity',
		locator: 'certificateactivities',
	});

/** Properties returned by default or on request (the ID always is), and those that expand. */
const certificateActivitySelection = (): FieldSpec[] =>
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

/** CertificateActivities */
export const certificateActivitiesEndpoints: EndpointSpec[] = [
	{
		id: 'certificateactivities.list',
		resource: 'certificateactivities',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many certificate activities',
		description: 'List certificate activities',
		method: 'GET',
		path: '/certificateactivities',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...certificateActivitySelection(),
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
			streamField('certificate activities'),
		],
	},
	{
		id: 'certificateactivities.get',
		resource: 'certificateactivities',
		operation: 'get',
		name: 'Get',
		action: 'Get a certificate activity',
		description: 'Get one certificate activity by ID',
		method: 'GET',
		path: '/certificateactivities/{certificateactivity_id}',
		output: { kind: 'object' },
		fields: [certificateActivityId(), ...certificateActivitySelection()],
	},
	{
		id: 'certificateactivities.report',
		resource: 'certificateactivities',
		operation: 'report',
		name: 'Report',
		action: 'Get a report on a certificate activity',
		description: reportDescription('on everyone assigned a certificate activity'),
		method: 'POST',
		path: '/certificateactivities/{certificateactivity_id}/.report',
		streamable: true,
		idempotent: true,
		output: { kind: 'records' },
		prepare: jsonBody,
		transform: (body, request) => reportLines(body, request.params.includeMessages === true),
		fields: [
			certificateActivityId(),
			...reportFields('activity'),
			streamField('results', { paged: false }),
			includeMessagesField(),
		],
	},
];
