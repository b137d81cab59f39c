import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import { filterField, idField, jsonBody, selectionFields, streamField } from '../fields';
import { includeMessagesField, reportDescription, reportFields, reportLines } from '../call-fields';

const authorizableId = (): FieldSpec =>
	idField({ apiName: 'authorizable_id', label: 'Authorizable', locator: 'authorizables' });

/** Properties returned by default or on request (the ID always is), and those that expand. */
const authorizableSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['Tag', 'Type'],
		onRequest: [
			'Authorizations',
			'ClassID',
			'ClassName',
			'CreateDate',
			'ExtraData',
			'ModifiedDate',
			'ParentMemberships',
			'PreferredLanguage',
			'ProfileImage',
		],
		expandable: ['Authorizations', 'ParentMemberships'],
	});

/** Authorizables: Authorizables is the union of all PersonGroups and Persons */
export const authorizablesEndpoints: EndpointSpec[] = [
	{
		id: 'authorizables.list',
		resource: 'authorizables',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many authorizables',
		description: 'List authorizables',
		method: 'GET',
		path: '/authorizables',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...authorizableSelection(),
			filterField({
				ClassID: 'reference',
				ClassName: 'reference',
				CreateDate: 'auditDates',
				ID: 'hierarchy',
				ModifiedDate: 'auditDates',
				Tag: 'text',
			}),
			streamField('authorizables'),
		],
	},
	{
		id: 'authorizables.get',
		resource: 'authorizables',
		operation: 'get',
		name: 'Get',
		action: 'Get an authorizable',
		description: 'Get one authorizable by ID',
		method: 'GET',
		path: '/authorizables/{authorizable_id}',
		output: { kind: 'object' },
		fields: [authorizableId(), ...authorizableSelection()],
	},
	{
		id: 'authorizables.report',
		resource: 'authorizables',
		operation: 'report',
		name: 'Report',
		action: 'Get a report on an authorizable',
		description: reportDescription('on the activities of a person or person group'),
		method: 'POST',
		path: '/authorizables/{authorizable_id}/.report',
		streamable: true,
		idempotent: true,
		output: { kind: 'records' },
		prepare: jsonBody,
		transform: (body, request) => reportLines(body, request.params.includeMessages === true),
		fields: [
			authorizableId(),
			...reportFields('authorizable'),
			streamField('results', { paged: false }),
			includeMessagesField(),
		],
	},
];
