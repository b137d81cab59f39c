import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import { filterField, idField, selectionFields, streamField } from '../fields';

/** Properties returned by default or on request (the ID always is), and those that expand. */
const tagLinkSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['Owner', 'Tag', 'Tagged', 'Type'],
		onRequest: ['ClassID', 'ClassName', 'CreateDate', 'ModifiedDate'],
		expandable: ['Owner', 'Tagged'],
	});

/** TagLinks */
export const tagLinksEndpoints: EndpointSpec[] = [
	{
		id: 'taglinks.list',
		resource: 'taglinks',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many tag links',
		description: 'List tag links',
		method: 'GET',
		path: '/taglinks',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...tagLinkSelection(),
			filterField({
				ClassID: 'reference',
				ClassName: 'reference',
				CreateDate: 'auditDates',
				ID: 'reference',
				ModifiedDate: 'auditDates',
				Owner: 'reference',
				Tag: 'text',
				Tagged: 'reference',
			}),
			streamField('tag links'),
		],
	},
	{
		id: 'taglinks.get',
		resource: 'taglinks',
		operation: 'get',
		name: 'Get',
		action: 'Get a tag link',
		description: 'Get one tag link by ID',
		method: 'GET',
		path: '/taglinks/{taglink_id}',
		output: { kind: 'object' },
		fields: [
			idField({ apiName: 'taglink_id', label: 'Tag Link', locator: 'taglinks' }),
			...tagLinkSelection(),
		],
	},
];
