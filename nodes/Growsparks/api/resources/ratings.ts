import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import {
	filterField,
	idField,
	number,
	properties,
	selectionFields,
	streamField,
	text,
} from '../fields';

const ratingId = (): FieldSpec =>
	idField({ apiName: 'rating_id', label: 'Rating', locator: 'ratings' });

/** Properties returned by default or on request (the ID always is), and those that expand. */
const ratingSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['Of', 'On', 'Rating', 'Tag', 'Type'],
		onRequest: ['ClassID', 'ClassName', 'CreateDate', 'ModifiedDate'],
		expandable: ['Of', 'On'],
	});

/** Ratings */
export const ratingsEndpoints: EndpointSpec[] = [
	{
		id: 'ratings.list',
		resource: 'ratings',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many ratings',
		description: 'List ratings',
		method: 'GET',
		path: '/ratings',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...ratingSelection(),
			filterField({
				ClassID: 'reference',
				ClassName: 'reference',
				CreateDate: 'auditDates',
				ID: 'reference',
				ModifiedDate: 'auditDates',
				Of: 'reference',
				On: 'reference',
				Rating: 'orderable',
				Tag: 'text',
			}),
			streamField('ratings'),
		],
	},
	{
		id: 'ratings.get',
		resource: 'ratings',
		operation: 'get',
		name: 'Get',
		action: 'Get a rating',
		description: 'Get one rating by ID',
		method: 'GET',
		path: '/ratings/{rating_id}',
		output: { kind: 'object' },
		fields: [ratingId(), ...ratingSelection()],
	},
	{
		id: 'ratings.update',
		resource: 'ratings',
		operation: 'update',
		name: 'Update',
		action: 'Update a rating',
		description: 'Change a rating; only the fields you set are sent',
		method: 'PUT',
		path: '/ratings/{rating_id}',
		idempotent: true,
		output: { kind: 'object' },
		fields: [ratingId(), ...properties([number('Rating'), text('Tag', { max: 100 })])],
	},
];
