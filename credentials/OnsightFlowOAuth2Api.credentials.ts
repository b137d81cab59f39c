import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

export const ONSIGHT_ACCOUNTS_URL = 'https://accounts.flow.librestream.com';
export const ONSIGHT_GATEWAY_URL = 'https://gateway.flow.librestream.com';

const trimmed = (value: unknown, fallback: string) =>
	(String(value ?? '').trim() || fallback).replace(/\/+$/, '');

/**
 * The documented token request: client credentials in a form body, an optional space-separated
 * scope.
 */
export function tokenRequest(credentials: ICredentialDataDecryptedObject): IHttpRequestOptions {
	const form = new URLSearchParams({
		grant_type: 'client_credentials',
		client_id: String(credentials.clientId ?? ''),
		client_secret: String(credentials.clientSecret ?? ''),
	});
	const scope = String(credentials.scope ?? '')
		.trim()
		.split(/[\s,]+/)
		.filter(Boolean)
		.join(' ');
	if (scope) form.set('scope', scope);
	return {
		method: 'POST',
		url: `${trimmed(credentials.accountsUrl, ONSIGHT_ACCOUNTS_URL)}/connect/token`,
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: form.toString(),
		json: true,
		// The form carries the client secret: never follow a redirect with it, and never wait forever.
		disableFollowRedirect: true,
		sendCredentialsOnCrossOriginRedirect: false,
		timeout: 60_000,
		abortSignal: AbortSignal.timeout(120_000),
	};
}

/**
 * Machine-to-machine client (client-credentials grant). The token lasts an hour and has no refresh
 * token: n8n asks for a new one whenever a call answers 401.
 */
export class OnsightFlowOAuth2Api implements ICredentialType {
	name = 'onsightFlowOAuth2Api';

	displayName = 'Onsight Flow OAuth2 API';

	icon: Icon = {
		light: 'file:../icons/onsight-flow.svg',
		dark: 'file:../icons/onsight-flow.dark.svg',
	};

	documentationUrl =
		'https://github.com/workforce-learning/n8n-nodes-workforce-learning#onsight-flow-librestream';

	properties: INodeProperties[] = [
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description:
				'The clientId returned when the M2M client was created (Onsight Flow node → Client → Create, or the Developer API Guide §2.3)',
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The newSecret returned once when the client was created',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'string',
			default: '',
			placeholder:
				'https://www.flow.librestream.com/auth/workflow.read https://www.flow.librestream.com/auth/job.read_all',
			description:
				'Leave empty to receive every scope of the client. Space-separated scope URIs ask for a narrower token (the guide implies this is possible; it does not document the field).',
		},
		{
			displayName: 'Accounts URL',
			name: 'accountsUrl',
			type: 'string',
			default: ONSIGHT_ACCOUNTS_URL,
			description:
				'Identity server: tokens, users, listing and deleting groups. Change it only for a test server or sandbox.',
		},
		{
			displayName: 'Gateway URL',
			name: 'gatewayUrl',
			type: 'string',
			default: ONSIGHT_GATEWAY_URL,
			description:
				'API gateway: jobs, workflows, reports, GraphQL and the other services. Change it only for a test server or sandbox.',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	/** Fetches a token; n8n runs this again when the stored one is empty or a call answers 401. */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const answer = (await this.helpers.httpRequest(tokenRequest(credentials))) as {
			access_token?: string;
		};
		return { accessToken: answer?.access_token ?? '' };
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return {
			...requestOptions,
			headers: {
				...requestOptions.headers,
				Authorization: `Bearer ${String(credentials.accessToken ?? '')}`,
			},
		};
	}

	test: ICredentialTestRequest = {
		request: {
			// The test sends the credential too: a redirect to another host must not carry it.
			disableFollowRedirect: true,
			sendCredentialsOnCrossOriginRedirect: false,
			baseURL:
				'={{($credentials.accountsUrl || "https://accounts.flow.librestream.com").replace(/\\/+$/, "")}}',
			url: '/api/team/user',
		},
	};
}
