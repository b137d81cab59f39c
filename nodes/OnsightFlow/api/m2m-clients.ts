import type { OnsightFlowEndpoint } from './client';
import { text } from './fields';
import { policies } from './policies';
import { uniq, upperFirst } from 'lodash';

const scopes = uniq(Object.values(policies).flatMap((policy) => policy.scopes)).sort();

/**
 * Creating an M2M client: the one-time setup the guide describes (§2.3.3), needs an OWNER's
 * Client_Admin token.
 */
export const clientEndpoints: OnsightFlowEndpoint[] = [
	{
		id: 'auth.createClient',
		resource: 'client',
		operation: 'create',
		name: 'Create',
		action: 'Create an M2M client',
		description:
			'Create a machine-to-machine client; the answer holds its secret, shown only this once',
		notice:
			'Needs a token with the Client_Admin scope (…/team.admin), which an OWNER gets from ' +
			'the Developer Tools page; most M2M clients do not have it. The output holds the new ' +
			"client's secret: store it in an Onsight Flow OAuth2 credential.",
		host: 'accounts',
		policy: 'Client_Admin',
		method: 'POST',
		path: '/api/client/',
		fields: [
			text('name', 'Name', { required: true, placeholder: 'e.g. n8n integration' }),
			{
				name: 'scopes',
				label: 'Scopes',
				in: 'body',
				type: 'multiOptions',
				required: true,
				options: scopes.map((scope) => ({
					name: scope.replace(/^https:\/\/[^/]+\/(auth\/)?/, ''),
					value: scope,
				})),
				description:
					'Scopes the client may request: collect the policies of every call the workflow makes',
			},
			{
				name: 'permissions',
				label: 'Permissions',
				in: 'body',
				type: 'multiOptions',
				required: true,
				default: ['admin'],
				options: ['admin', 'approver', 'editor', 'owner', 'spoke'].map((value) => ({
					name: upperFirst(value),
					value,
				})),
				description: 'Permission names, sent in lower case as the guide shows',
			},
		],
		output: { kind: 'object' },
	},
];
