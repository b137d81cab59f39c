import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import { filterField, idField, selectionFields, streamField } from '../fields';

/** Properties returned by default or on request (the ID always is), and those that expand. */
const locationSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: [
			'Address',
			'Available',
			'City',
			'Country',
			'Description',
			'Name',
			'Phone',
			'Tag',
			'Type',
			'ZipCode',
		],
		onRequest: ['ClassID', 'ClassName', 'CreateDate', 'ModifiedDate'],
	});

/** What Simplify keeps of a location (11 default properties; Type is always the same). */
const locationSimple = [
	'ID',
	'Name',
	'Description',
	'Address',
	'ZipCode',
	'City',
	'Country',
	'Phone',
	'Available',
	'Tag',
];

/** Locations */
export const locationsEndpoints: EndpointSpec[] = [
	{
		id: 'locations.list',
		resource: 'locations',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many locations',
		description: 'List locations',
		method: 'GET',
		path: '/locations',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		simplify: locationSimple,
		fields: [
			...locationSelection(),
			filterField({
				Address: 'text',
				Available: 'boolean',
				City: 'text',
				ClassID: 'reference',
				ClassName: 'reference',
				Country: 'text',
				CreateDate: 'auditDates',
				ID: 'reference',
				ModifiedDate: 'auditDates',
				Name: 'text',
				Phone: 'text',
				Tag: 'text',
			}),
			streamField('locations'),
		],
	},
	{
		id: 'locations.get',
		resource: 'locations',
		operation: 'get',
		name: 'Get',
		action: 'Get a location',
		description: 'Get one location by ID',
		method: 'GET',
		path: '/locations/{location_id}',
		output: { kind: 'object' },
		simplify: locationSimple,
		fields: [
			idField({ apiName: 'location_id', label: 'Location', locator: 'locations' }),
			...locationSelection(),
		],
	},
];
