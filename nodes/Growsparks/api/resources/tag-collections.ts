import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import { filterField, idField, selectionFields, streamField } from '../fields';

/** Properties returned by default or on request (the ID always is), and those that expand. */
const tagCollectionSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['Owner', 'Tag', 'Type'],
		onRequest: ['ClassID', 'ClassName', 'CreateDate', 'ModifiedDate'],
		expandable: ['Owner'],
	});

/** TagCollections */
export const tagCollectionsEndpoints: EndpointSpec[] = [
	{
		id: 'tagcollections.list',
		resource: 'tagcollections',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many tag collections',
		description: 'List tag collections',
		method: 'GET',
		path: '/tagcollections',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...tagCollectionSelection(),
			filterField({
				ClassID: 'reference',
				ClassName: 'reference',
				CreateDate: 'auditDates',
				ID: 'reference',
				ModifiedDate: 'auditDates',
				Owner: 'reference',
				Tag: 'text',
			}),
			streamField('tag collections'),
		],
	},
	{
		id: 'tagcollections.get',
		resource: 'tagcollections',
		operation: 'get',
		name: 'Get',
		action: 'Get a tag collection',
		description: 'Get one tag collection by ID',
		method: 'GET',
		path: '/tagcollections/{tagcollection_id}',
		output: { kind: 'object' },
		fields: [
			idField({ apiName: 'tagcollection_id', label: 'Tag Collection', locator: 'tagcollections' }),
			...tagCollectionSelection(),
		],
	},
];
