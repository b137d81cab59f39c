import { resource, call } from '../schema';

/** Subscriptions:  */
export const subscriptions = resource({
	name: 'Subscriptions',
	slug: 'subscriptions',
	singular: 'subscription',
	idParam: 'subscription_id',
	crud: ['list', 'get'],
	// name, type, access, visibility, details
	fields: [
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['Deleted', 'boolean', 'readwrite', 'default', { filter: 'reference' }],
		[
			'Execution',
			'text',
			'readonly',
			'default',
			{ filter: 'reference', expandable: true, refersTo: 'Execution' },
		],
		['ID', 'text', 'readonly', 'always', { filter: 'reference' }],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['Result', 'text', 'readonly', 'default', { filter: 'reference', refersTo: 'ActivityResult' }],
		[
			'SubscriptionStatus',
			'enum',
			'readonly',
			'default',
			{ filter: 'orderable', values: ['NotApproved', 'Approved', 'Declined'] },
		],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
	],
	calls: [call('unsubscribe', { title: 'Unsubscribe', returns: 'scalar', body: [] })],
});
