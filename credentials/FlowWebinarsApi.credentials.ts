import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class FlowWebinarsApi implements ICredentialType {
	name = 'flowWebinarsApi';

	displayName = 'Flow Webinars API';

	icon: Icon = {
		light: 'file:../icons/flow-webinars.svg',
		dark: 'file:../icons/flow-webinars.dark.svg',
	};

	documentationUrl =
		'https://support.flowapp.com/support/solutions/articles/12000076814-flow-api-0-0-4';

	properties: INodeProperties[] = [
		{
			displayName: 'API Secret',
			name: 'apiSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'In Flow: Dashboard → Account → "Show API Key". It grants full account rights, so keep it in n8n only.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://prod.flowapp.com/api/v1',
			description: 'Leave as is for Flow. Change it only to point at a test server or sandbox.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				'api-secret': '={{$credentials.apiSecret}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			// The test sends the credential too: a redirect to another host must not carry it.
			disableFollowRedirect: true,
			sendCredentialsOnCrossOriginRedirect: false,
			baseURL:
				'={{$credentials.baseUrl ? $credentials.baseUrl.replace(/\\/+$/, "") : "https://prod.flowapp.com/api/v1"}}',
			url: '/users',
			headers: { 'Content-Type': 'application/json' },
		},
	};
}
