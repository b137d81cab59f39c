import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import { filterField, idField, jsonBody, selectionFields, streamField } from '../fields';
import { includeMessagesField, reportDescription, reportFields, reportLines } from '../call-fields';

const classroomTrainingId = (): FieldSpec =>
	idField({
		apiName: 'classroomtraining_id',
		label: 'Classroom Training',
		locator: 'classroomtrainings',
	});

/** Properties returned by default or on request (the ID always is), and those that expand. */
const classroomTrainingSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: [
			'BannerImage',
			'CatalogEntry',
			'Description',
			'DocumentsBody',
			'ExpectedActivityDuration',
			'Image',
			'MaxParticipants',
			'Metadata',
			'MinParticipants',
			'Name',
			'SearchTags',
			'Tag',
			'Type',
		],
		onRequest: ['ClassID', 'ClassName', 'CreateDate', 'ModifiedDate', 'ParentMemberships'],
		expandable: ['ParentMemberships'],
	});

/** What Simplify keeps of a classroom training (14 default properties). */
const classroomTrainingSimple = [
	'ID',
	'Name',
	'Description',
	'CatalogEntry',
	'ExpectedActivityDuration',
	'MinParticipants',
	'MaxParticipants',
	'SearchTags',
	'Tag',
];

/** ClassroomTrainings */
export const classroomTrainingsEndpoints: EndpointSpec[] = [
	{
		id: 'classroomtrainings.list',
		resource: 'classroomtrainings',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many classroom trainings',
		description: 'List classroom trainings',
		method: 'GET',
		path: '/classroomtrainings',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		simplify: classroomTrainingSimple,
		fields: [
			...classroomTrainingSelection(),
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
			streamField('classroom trainings'),
		],
	},
	{
		id: 'classroomtrainings.get',
		resource: 'classroomtrainings',
		operation: 'get',
		name: 'Get',
		action: 'Get a classroom training',
		description: 'Get one classroom training by ID',
		method: 'GET',
		path: '/classroomtrainings/{classroomtraining_id}',
		output: { kind: 'object' },
		simplify: classroomTrainingSimple,
		fields: [classroomTrainingId(), ...classroomTrainingSelection()],
	},
	{
		id: 'classroomtrainings.report',
		resource: 'classroomtrainings',
		operation: 'report',
		name: 'Report',
		action: 'Get a report on a classroom training',
		description: reportDescription('on everyone assigned a classroom training'),
		method: 'POST',
		path: '/classroomtrainings/{classroomtraining_id}/.report',
		streamable: true,
		idempotent: true,
		output: { kind: 'records' },
		prepare: jsonBody,
		transform: (body, request) => reportLines(body, request.params.includeMessages === true),
		fields: [
			classroomTrainingId(),
			...reportFields('activity'),
			streamField('results', { paged: false }),
			includeMessagesField(),
		],
	},
];
