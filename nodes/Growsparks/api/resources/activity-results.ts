import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import { filterField, idField, selectionFields, streamField } from '../fields';

/** Properties returned by default or on request (the ID always is), and those that expand. */
const activityResultSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['DateCompleted', 'Of', 'On', 'Status', 'Tag', 'Type'],
		onRequest: [
			'ClassID',
			'ClassName',
			'Completed',
			'ContentTime',
			'CreateDate',
			'MaxProgress',
			'MaxScore',
			'ModifiedDate',
			'Progress',
			'ScaledScore',
			'Score',
		],
		expandable: ['Of', 'On'],
	});

/**
 * ActivityResults: Persons can have ActivityResults on Activities. Results keep track of score,
 * progress and status.
 */
export const activityResultsEndpoints: EndpointSpec[] = [
	{
		id: 'activityresults.list',
		resource: 'activityresults',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many activity results',
		description: 'List activity results',
		method: 'GET',
		path: '/activityresults',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...activityResultSelection(),
			filterField({
				ClassID: 'reference',
				ClassName: 'reference',
				Completed: 'boolean',
				ContentTime: 'orderable',
				CreateDate: 'auditDates',
				DateCompleted: 'orderable',
				ID: 'reference',
				MaxProgress: 'orderable',
				MaxScore: 'orderable',
				ModifiedDate: 'auditDates',
				Of: 'reference',
				On: 'reference',
				Progress: 'orderable',
				Score: 'orderable',
				Status: 'orderable',
				Tag: 'text',
			}),
			streamField('activity results'),
		],
	},
	{
		id: 'activityresults.get',
		resource: 'activityresults',
		operation: 'get',
		name: 'Get',
		action: 'Get an activity result',
		description: 'Get one activity result by ID',
		method: 'GET',
		path: '/activityresults/{activityresult_id}',
		output: { kind: 'object' },
		fields: [
			idField({
				apiName: 'activityresult_id',
				label: 'Activity Result',
				locator: 'activityresults',
			}),
			...activityResultSelection(),
		],
	},
];
