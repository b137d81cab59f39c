import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

/** Both Onsight nodes take either credential; the Authentication parameter picks one. */
export const onsightCredentials: INodeCredentialDescription[] = [
	{
		name: 'onsightFlowOAuth2Api',
		required: true,
		displayOptions: { show: { authentication: ['oAuth2'] } },
	},
	{
		name: 'onsightFlowQueryKeyApi',
		required: true,
		displayOptions: { show: { authentication: ['queryKey'] } },
	},
];

export function authenticationProperty(
	oAuth2Reach: string,
	queryKeyReach: string,
): INodeProperties {
	return {
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		options: [
			{ name: 'OAuth2 Client Credentials', value: 'oAuth2', description: oAuth2Reach },
			{ name: 'Query Key', value: 'queryKey', description: queryKeyReach },
		],
		default: 'oAuth2',
	};
}
