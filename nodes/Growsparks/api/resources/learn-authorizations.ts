import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import { filterField, idField, jsonBody, selectionFields, streamField } from '../fields';
import { includeMessagesField, reportDescription, reportFields, reportLines } from '../call-fields';

const learnAuthorizationId = (): FieldSpec =>
	idField({
		apiName: 'learnauthorization_id',
		label: 'Learn Authorization',
		locator: 'learnauthorizations',
	});

/** Properties returned by default or on request (the ID always is), and those that expand. */
const learnAuthorizationSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['EndDate', 'Of', 'On', 'StartDate', 'Tag', 'Type'],
		onRequest: ['ClassID', 'ClassName', 'CreateDate', 'ModifiedDate', 'Recommended'],
		expandable: ['Of', 'On'],
	});

/**
 * LearnAuthorizations: Authorizables can have LearnAuthorizations on ActivityStructures, this means
 * that all persons that are direct or indirect member of the Authorizable have access to the
 * ActivityStructure
 */
export const learnAuthorizationsEndpoints: EndpointSpec[] = [
	{
		id: 'learnauthorizations.list',
		resource: 'learnauthorizations',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many learn authorizations',
		description: 'List learn authorizations',
		method: 'GET',
		path: '/learnauthorizations',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...learnAuthorizationSelection(),
			filterField({
				ClassID: 'reference',
				ClassName: 'reference',
				CreateDate: 'auditDates',
				ID: 'reference',
				ModifiedDate: 'auditDates',
				Of: 'reference',
				On: 'reference',
				Recommended: 'boolean',
				Tag: 'text',
			}),
			streamField('learn authorizations'),
		],
	},
	{
		id: 'learnauthorizations.get',
		resource: 'learnauthorizations',
		operation: 'get',
		name: 'Get',
		action: 'Get a learn authorization',
		description: 'Get one learn authorization by ID',
		method: 'GET',
		path: '/learnauthorizations/{learnauthorization_id}',
		output: { kind: 'object' },
		fields: [learnAuthorizationId(), ...learnAuthorizationSelection()],
	},
	{
		id: 'learnauthorizations.report',
		resource: 'learnauthorizations',
		operation: 'report',
		name: 'Report',
		action: 'Get a report on a learn authorization',
		description: reportDescription('on the persons and activities a learn authorization covers'),
		method: 'POST',
		path: '/learnauthorizations/{learnauthorization_id}/.report',
		streamable: true,
		idempotent: true,
		output: { kind: 'records' },
		prepare: jsonBody,
		transform: (body, request) => reportLines(body, request.params.includeMessages === true),
		fields: [
			learnAuthorizationId(),
			...reportFields('both'),
			streamField('results', { paged: false }),
			includeMessagesField(),
		],
	},
];
