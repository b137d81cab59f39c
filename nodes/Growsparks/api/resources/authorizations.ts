import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import {
	date,
	filterField,
	idField,
	properties,
	selectionFields,
	streamField,
	text,
} from '../fields';

const authorizationId = (): FieldSpec =>
	idField({ apiName: 'authorization_id', label: 'Authorization', locator: 'authorizations' });

/** Properties returned by default or on request (the ID always is), and those that expand. */
const authorizationSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['EndDate', 'Of', 'On', 'StartDate', 'Tag', 'Type'],
		onRequest: ['ClassID', 'ClassName', 'CreateDate', 'ModifiedDate'],
		expandable: ['Of', 'On'],
	});

/** Authorizations */
export const authorizationsEndpoints: EndpointSpec[] = [
	{
		id: 'authorizations.list',
		resource: 'authorizations',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many authorizations',
		description: 'List authorizations',
		method: 'GET',
		path: '/authorizations',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...authorizationSelection(),
			filterField({
				ClassID: 'reference',
				ClassName: 'reference',
				CreateDate: 'auditDates',
				ID: 'reference',
				ModifiedDate: 'auditDates',
				Of: 'reference',
				On: 'reference',
				Tag: 'text',
			}),
			streamField('authorizations'),
		],
	},
	{
		id: 'authorizations.get',
		resource: 'authorizations',
		operation: 'get',
		name: 'Get',
		action: 'Get an authorization',
		description: 'Get one authorization by ID',
		method: 'GET',
		path: '/authorizations/{authorization_id}',
		output: { kind: 'object' },
		fields: [authorizationId(), ...authorizationSelection()],
	},
	{
		id: 'authorizations.update',
		resource: 'authorizations',
		operation: 'update',
		name: 'Update',
		action: 'Update an authorization',
		description: 'Change an authorization; only the fields you set are sent',
		method: 'PUT',
		path: '/authorizations/{authorization_id}',
		idempotent: true,
		output: { kind: 'object' },
		fields: [
			authorizationId(),
			...properties([date('EndDate'), date('StartDate'), text('Tag', { max: 100 })]),
		],
	},
];
