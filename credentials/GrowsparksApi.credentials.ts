import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class GrowsparksApi implements ICredentialType {
	name = 'growsparksApi';

	displayName = 'Growsparks API';

	icon: Icon = { light: 'file:../icons/growsparks.svg', dark: 'file:../icons/growsparks.dark.svg' };

	documentationUrl = 'https://genapiv1.growsparks.com/rest/genapiv1/V1/help';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Your Growsparks (Flowsparks) API key, sent as a Bearer token',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://genapiv1.growsparks.com/rest/genapiv1/v1',
			description:
				'Leave as is for Growsparks. Change it only to point at a test server or sandbox.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.apiKey}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			// The test sends the credential too: a redirect to another host must not carry it.
			disableFollowRedirect: true,
			sendCredentialsOnCrossOriginRedirect: false,
			baseURL:
				'={{$credentials.baseUrl ? $credentials.baseUrl.replace(/\\/+$/, "") : "https://genapiv1.growsparks.com/rest/genapiv1/v1"}}',
			url: '/persons',
			qs: { limit: 1 },
			headers: { 'Content-Type': 'application/json' },
		},
	};
}
