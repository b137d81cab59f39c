import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

/**
 * The team's Primary/Secondary (or a temporary) Query API key, sent as `?key=`; it reads completed
 * job data only.
 */
export class OnsightFlowQueryKeyApi implements ICredentialType {
	name = 'onsightFlowQueryKeyApi';

	displayName = 'Onsight Flow Query Key API';

	icon: Icon = {
		light: 'file:../icons/onsight-flow.svg',
		dark: 'file:../icons/onsight-flow.dark.svg',
	};

	documentationUrl = 'https://dashboard.flow.librestream.com/query';

	properties: INodeProperties[] = [
		{
			displayName: 'Query Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Dashboard → Query Designer → Keys: the Primary or Secondary key. Regenerating that key in Onsight Flow breaks this credential.',
		},
		{
			displayName: 'Gateway URL',
			name: 'gatewayUrl',
			type: 'string',
			default: 'https://gateway.flow.librestream.com',
			description: 'Change it only for a test server or sandbox',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			qs: { key: '={{$credentials.apiKey}}' },
		},
	};

	test: ICredentialTestRequest = {
		request: {
			// The test sends the credential too: a redirect to another host must not carry it.
			disableFollowRedirect: true,
			sendCredentialsOnCrossOriginRedirect: false,
			baseURL:
				'={{($credentials.gatewayUrl || "https://gateway.flow.librestream.com").replace(/\\/+$/, "")}}',
			url: '/api/query/v2/graph',
			qs: { query: '{ users { name } }' },
		},
	};
}
