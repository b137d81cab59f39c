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
import { includeMessagesField, reportDescription, reportFields, reportLines } from '../call-fields';

const roleId = (): FieldSpec => idField({ apiName: 'role_id', label: 'Role', locator: 'roles' });

/** Properties returned by default or on request (the ID always is), and those that expand. */
const roleSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['RoleName', 'Tag', 'Type'],
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

/**
 * Roles: Roles can be assigned to PersonGroupMemberships. Roles give extra authorizations on the
 * group of the membership.
 */
export const rolesEndpoints: EndpointSpec[] = [
	{
		id: 'roles.create',
		resource: 'roles',
		operation: 'create',
		name: 'Create',
		action: 'Create a role',
		description: 'Create a role; returns the full object',
		atLeastOne: ['roleName'],
		method: 'POST',
		path: '/roles',
		output: { kind: 'object' },
		fields: properties([
			mapping('ExtraData'),
			text('PreferredLanguage'),
			text('RoleName', { max: 255, primary: true }),
			text('Tag', { max: 100 }),
		]),
	},
	{
		id: 'roles.list',
		resource: 'roles',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many roles',
		description: 'List roles',
		method: 'GET',
		path: '/roles',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...roleSelection(),
			filterField({
				ClassID: 'reference',
				ClassName: 'reference',
				CreateDate: 'auditDates',
				ID: 'hierarchy',
				ModifiedDate: 'auditDates',
				RoleName: 'text',
				Tag: 'text',
			}),
			streamField('roles'),
		],
	},
	{
		id: 'roles.get',
		resource: 'roles',
		operation: 'get',
		name: 'Get',
		action: 'Get a role',
		description: 'Get one role by ID',
		method: 'GET',
		path: '/roles/{role_id}',
		output: { kind: 'object' },
		fields: [roleId(), ...roleSelection()],
	},
	{
		id: 'roles.report',
		resource: 'roles',
		operation: 'report',
		name: 'Report',
		action: 'Get a report on a role',
		description: reportDescription('on the activities of the persons with a role'),
		method: 'POST',
		path: '/roles/{role_id}/.report',
		streamable: true,
		idempotent: true,
		output: { kind: 'records' },
		prepare: jsonBody,
		transform: (body, request) => reportLines(body, request.params.includeMessages === true),
		fields: [
			roleId(),
			...reportFields('authorizable'),
			streamField('results', { paged: false }),
			includeMessagesField(),
		],
	},
];
