import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import { filterField, idField, selectionFields, streamField } from '../fields';

/** Properties returned by default or on request (the ID always is), and those that expand. */
const tagCategorySelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['Name', 'Owner', 'Tag', 'Type'],
		onRequest: ['ClassID', 'ClassName', 'CreateDate', 'ModifiedDate'],
		expandable: ['Owner'],
	});

/** TagCategories */
export const tagCategoriesEndpoints: EndpointSpec[] = [
	{
		id: 'tagcategories.list',
		resource: 'tagcategories',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many tag categories',
		description: 'List tag categories',
		method: 'GET',
		path: '/tagcategories',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...tagCategorySelection(),
			filterField({
				ClassID: 'reference',
				ClassName: 'reference',
				CreateDate: 'auditDates',
				ID: 'reference',
				ModifiedDate: 'auditDates',
				Owner: 'reference',
				Tag: 'text',
			}),
			streamField('tag categories'),
		],
	},
	{
		id: 'tagcategories.get',
		resource: 'tagcategories',
		operation: 'get',
		name: 'Get',
		action: 'Get a tag category',
		description: 'Get one tag category by ID',
		method: 'GET',
		path: '/tagcategories/{tagcategory_id}',
		output: { kind: 'object' },
		fields: [
			idField({ apiName: 'tagcategory_id', label: 'Tag Category', locator: 'tagcategories' }),
			...tagCategorySelection(),
		],
	},
];
