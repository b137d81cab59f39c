import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import { filterField, idField, selectionFields, streamField } from '../fields';

/** Properties returned by default or on request (the ID always is), and those that expand. */
const tagSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['Category', 'Name', 'Owner', 'Tag', 'Type'],
		onRequest: ['ClassID', 'ClassName', 'CreateDate', 'ModifiedDate'],
		expandable: ['Category', 'Owner'],
	});

/** Tags */
export const tagsEndpoints: EndpointSpec[] = [
	{
		id: 'tags.list',
		resource: 'tags',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many tags',
		description: 'List tags',
		method: 'GET',
		path: '/tags',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...tagSelection(),
			filterField({
				Category: 'hierarchy',
				ClassID: 'reference',
				ClassName: 'reference',
				CreateDate: 'auditDates',
				ID: 'reference',
				ModifiedDate: 'auditDates',
				Owner: 'reference',
				Tag: 'text',
			}),
			streamField('tags'),
		],
	},
	{
		id: 'tags.get',
		resource: 'tags',
		operation: 'get',
		name: 'Get',
		action: 'Get a tag',
		description: 'Get one tag by ID',
		method: 'GET',
		path: '/tags/{tag_id}',
		output: { kind: 'object' },
		fields: [idField({ apiName: 'tag_id', label: 'Tag', locator: 'tags' }), ...tagSelection()],
	},
];
