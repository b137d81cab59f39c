import { resource, call } from '../schema';
import { activityRecordsCall, userSyncCall, groupProgressCall, reportCall } from '../calls';

/** ExternalPersonGroups: Special case PersonGroup for Persons managed by an external system. */
export const externalpersongroups = resource({
	name: 'ExternalPersonGroups',
	slug: 'externalpersongroups',
	singular: 'external person group',
	idParam: 'externalpersongroup_id',
	crud: ['create', 'list', 'get', 'update'],
	// name, type, access, visibility, details
	fields: [
		['Authorizations', 'ids', 'readonly', 'request', { expandable: true, refersTo: 'Entity' }],
		['ChildMemberships', 'ids', 'readonly', 'request', { expandable: true, refersTo: 'Entity' }],
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['ExtraData', 'mapping', 'readwrite', 'request'],
		['GroupName', 'text', 'readwrite', 'default', { max: 255, filter: 'text' }],
		['ID', 'text', 'readonly', 'always', { filter: 'hierarchy' }],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['ParentMemberships', 'ids', 'readonly', 'request', { expandable: true, refersTo: 'Entity' }],
		['PreferredLanguage', 'text', 'readwrite', 'request', { format: 'language' }],
		['ProfileImage', 'asset', 'readwrite', 'request'],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
	],
	calls: [
		activityRecordsCall(),
		userSyncCall('addusers'),
		call('exchangemsgraphtoken', {
			title: 'ExchangeMSGraphToken',
			returns: 'object',
			body: [['Token', 'text', { required: true }]],
		}),
		groupProgressCall(),
		call('queryeventlog', {
			title: "Call 'QueryEventLog' Beta",
			returns: 'records',
			body: [
				['From', 'date', { description: 'Search after ISO date format' }],
				['Limit', 'integer', { description: 'Limit result set (default = 1000)' }],
				['LogID', 'integer', { description: 'Specific log item id if known' }],
				['Search', 'text', { description: 'Plain text search' }],
				['To', 'date', { description: 'Search before ISO date format' }],
			],
			description: 'Query eventlog for (SSO) events on an external person group',
			stream: true,
			beta: true,
		}),
		userSyncCall('removeusers'),
		reportCall('authorizable'),
		userSyncCall('syncusers'),
	],
});
