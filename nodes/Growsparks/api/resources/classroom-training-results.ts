import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import { filterField, idField, selectionFields, streamField } from '../fields';

/** Properties returned by default or on request (the ID always is), and those that expand. */
const classroomTrainingResultSelection = (): FieldSpec[] =>
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
			'NotCompleted',
			'Progress',
			'ScaledScore',
			'Score',
		],
		expandable: ['Of', 'On'],
	});

/**
 * ClassroomTrainingResults: Persons can have ClassroomTrainingResults on Classroom Training
 * Activities.
 */
export const classroomTrainingResultsEndpoints: EndpointSpec[] = [
	{
		id: 'classroomtrainingresults.list',
		resource: 'classroomtrainingresults',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many classroom training results',
		description: 'List classroom training results',
		method: 'GET',
		path: '/classroomtrainingresults',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...classroomTrainingResultSelection(),
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
				NotCompleted: 'boolean',
				Of: 'reference',
				On: 'reference',
				Progress: 'orderable',
				Score: 'orderable',
				Status: 'orderable',
				Tag: 'text',
			}),
			streamField('classroom training results'),
		],
	},
	{
		id: 'classroomtrainingresults.get',
		resource: 'classroomtrainingresults',
		operation: 'get',
		name: 'Get',
		action: 'Get a classroom training result',
		description: 'Get one classroom training result by ID',
		method: 'GET',
		path: '/classroomtrainingresults/{classroomtrainingresult_id}',
		output: { kind: 'object' },
		fields: [
			idField({
				apiName: 'classroomtrainingresult_id',
				label: 'Classroom Training Result',
				locator: 'classroomtrainingresults',
			}),
			...classroomTrainingResultSelection(),
		],
	},
];
