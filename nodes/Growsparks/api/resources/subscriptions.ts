import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import { filterField, idField, jsonBody, selectionFields, streamField } from '../fields';

const subscriptionId = (): FieldSpec =>
	idField({ apiName: 'subscription_id', label: 'Subscription', locator: 'subscriptions' });

/** Properties returned by default or on request (the ID always is), and those that expand. */
const subscriptionSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['Deleted', 'Execution', 'Result', 'SubscriptionStatus', 'Tag', 'Type'],
		onRequest: ['ClassID', 'ClassName', 'CreateDate', 'ModifiedDate'],
		expandable: ['Execution'],
	});

/** Subscriptions */
export const subscriptionsEndpoints: EndpointSpec[] = [
	{
		id: 'subscriptions.list',
		resource: 'subscriptions',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many subscriptions',
		description: 'List subscriptions',
		method: 'GET',
		path: '/subscriptions',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...subscriptionSelection(),
			filterField({
				ClassID: 'reference',
				ClassName: 'reference',
				CreateDate: 'auditDates',
				Deleted: 'reference',
				Execution: 'reference',
				ID: 'reference',
				ModifiedDate: 'auditDates',
				Result: 'reference',
				SubscriptionStatus: 'orderable',
				Tag: 'text',
			}),
			streamField('subscriptions'),
		],
	},
	{
		id: 'subscriptions.get',
		resource: 'subscriptions',
		operation: 'get',
		name: 'Get',
		action: 'Get a subscription',
		description: 'Get one subscription by ID',
		method: 'GET',
		path: '/subscriptions/{subscription_id}',
		output: { kind: 'object' },
		fields: [subscriptionId(), ...subscriptionSelection()],
	},
	{
		id: 'subscriptions.unsubscribe',
		resource: 'subscriptions',
		operation: 'unsubscribe',
		name: 'Unsubscribe',
		action: 'Cancel a subscription',
		description:
			"Cancel a person's subscription to an execution; returns Growsparks' answer as text",
		method: 'POST',
		path: '/subscriptions/{subscription_id}/.unsubscribe',
		output: { kind: 'object' },
		prepare: jsonBody,
		transform: (body) => [{ result: body as string }],
		fields: [subscriptionId()],
	},
];
