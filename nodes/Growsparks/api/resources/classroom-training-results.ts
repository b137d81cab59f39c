import { resource } from '../schema';

/** ClassroomTrainingResults: Persons can have ClassroomTrainingResults on Classroom Training Activities. */
export const classroomtrainingresults = resource({
	name: 'ClassroomTrainingResults',
	slug: 'classroomtrainingresults',
	singular: 'classroom training result',
	idParam: 'classroomtrainingresult_id',
	crud: ['list', 'get'],
	// name, type, access, visibility, details
	fields: [
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['Completed', 'boolean', 'readonly', 'request', { filter: 'boolean' }],
		['ContentTime', 'integer', 'readonly', 'request', { filter: 'orderable' }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['DateCompleted', 'date', 'readonly', 'default', { filter: 'orderable' }],
		['ID', 'text', 'readonly', 'always', { filter: 'reference' }],
		['MaxProgress', 'integer', 'readonly', 'request', { filter: 'orderable' }],
		['MaxScore', 'integer', 'readonly', 'request', { filter: 'orderable' }],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['NotCompleted', 'boolean', 'readonly', 'request', { filter: 'boolean' }],
		[
			'Of',
			'text',
			'readonly',
			'default',
			{ filter: 'reference', expandable: true, refersTo: 'Person' },
		],
		[
			'On',
			'text',
			'readonly',
			'default',
			{ filter: 'reference', expandable: true, refersTo: 'Activity' },
		],
		['Progress', 'integer', 'readonly', 'request', { filter: 'orderable' }],
		['ScaledScore', 'number', 'readonly', 'request'],
		['Score', 'integer', 'readonly', 'request', { filter: 'orderable' }],
		[
			'Status',
			'enum',
			'readonly',
			'default',
			{
				filter: 'orderable',
				values: ['NotStarted', 'Busy', 'Pending', 'Done', 'Failed', 'Passed', 'NotAssigned'],
			},
		],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
	],
	calls: [],
});
