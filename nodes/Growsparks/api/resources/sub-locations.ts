import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import { filterField, idField, selectionFields, streamField } from '../fields';

/** Properties returned by default or on request (the ID always is), and those that expand. */
const subLocationSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['Available', 'Description', 'MaxPlaces', 'Tag', 'Type'],
		onRequest: ['ClassID', 'ClassName', 'CreateDate', 'ModifiedDate'],
	});

/** SubLocations */
export const subLocationsEndpoints: EndpointSpec[] = [
	{
		id: 'sublocations.list',
		resource: 'sublocations',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many sub locations',
		description: 'List sub locations',
		method: 'GET',
		path: '/sublocations',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...subLocationSelection(),
			filterField({
				Available: 'boolean',
				ClassID: 'reference',
				ClassName: 'reference',
				CreateDate: 'auditDates',
				ID: 'reference',
				ModifiedDate: 'auditDates',
				Tag: 'text',
			}),
			streamField('sub locations'),
		],
	},
	{
		id: 'sublocations.get',
		resource: 'sublocations',
		operation: 'get',
		name: 'Get',
		action: 'Get a sub location',
		description: 'Get one sub location by ID',
		method: 'GET',
		path: '/sublocations/{sublocation_id}',
		output: { kind: 'object' },
		fields: [
			idField({ apiName: 'sublocation_id', label: 'Sub Location', locator: 'sublocations' }),
			...subLocationSelection(),
		],
	},
];
