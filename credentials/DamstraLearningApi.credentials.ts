import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class DamstraLearningApi implements ICredentialType {
	name = 'damstraLearningApi';

	displayName = 'Damstra Learning API';

	icon: Icon = {
		light: 'file:../icons/damstra-learning.svg',
		dark: 'file:../icons/damstra-learning.dark.svg',
	};

	documentationUrl = 'https://developer.velpic.com/api-docs.html';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				"The account's API access key. In Damstra Learning go to Manage → Integrations → API Access Keys → Generate. Generating a new key revokes the old one at once.",
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://app.velpic.com/api/v2',
			description:
				'Leave as is for the Damstra Learning cloud. Change it only to point at a test server or sandbox.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				AccessKey: '={{$credentials.apiKey}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			// The test sends the credential too: a redirect to another host must not carry it.
			disableFollowRedirect: true,
			sendCredentialsOnCrossOriginRedirect: false,
			baseURL:
				'={{$credentials.baseUrl ? $credentials.baseUrl.replace(/\\/+$/, "") : "https://app.velpic.com/api/v2"}}',
			url: '/user',
			qs: { maxResults: 1 },
			headers: { 'Content-Type': 'application/json' },
		},
	};
}
