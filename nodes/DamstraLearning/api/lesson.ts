import type { EndpointSpec, FieldSpec } from '../../shared/declarations/types';
import { textField } from './fields';

const PUBLISHED_STATES = [
	{
		name: 'Active',
		value: 'active',
		description: 'Published; the only state that can be scheduled',
	},
	{ name: 'Error', value: 'error' },
	{ name: 'Inactive', value: 'inactive' },
	{ name: 'Never Published', value: 'never' },
	{ name: 'Rendering', value: 'rendering' },
];

const filters = (): FieldSpec[] => [
	textField('q', 'Search', 'query', { description: 'Matches the lesson name' }),
	{
		name: 'lessonIds',
		label: 'Lesson IDs',
		in: 'query',
		type: 'idList',
		locator: 'lesson',
		listForm: 'strings',
		toWire: (ids) => (ids as string[]).join(','),
		description: 'Only these lessons: comma-separated numeric lesson IDs',
	},
	{
		name: 'publishedStates',
		label: 'Published States',
		in: 'query',
		type: 'multiOptions',
		options: PUBLISHED_STATES,
		toWire: (states) => (states as string[]).join(','),
		description: 'Only lessons in these states',
	},
];

const LESSON_SIMPLE_KEYS = [
	'lessonId',
	'lessonVersionId',
	'name',
	'status',
	'version',
	'duration',
	'inLibrary',
	'createdDate',
	'modifiedDate',
];

export const lessonEndpoints: EndpointSpec[] = [
	{
		id: 'lesson.list',
		resource: 'lesson',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many lessons',
		description: 'List lesson versions with their custom fields',
		method: 'GET',
		path: '/lesson',
		paginated: true,
		output: { kind: 'records', path: 'results' },
		simplify: LESSON_SIMPLE_KEYS,
		fields: filters(),
	},
	{
		id: 'lesson.listDetails',
		resource: 'lesson',
		operation: 'getManyDetails',
		name: 'Get Many Details',
		action: 'Get many lesson details',
		description: 'List lessons in the "details" form, which adds the numeric published flag',
		method: 'GET',
		path: '/lessondetails',
		paginated: true,
		output: { kind: 'records', path: 'results' },
		fields: filters(),
	},
];
