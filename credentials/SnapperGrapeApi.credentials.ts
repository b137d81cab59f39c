import { createHmac } from 'crypto';
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

const host = (credentials: ICredentialDataDecryptedObject) =>
	String(credentials.host ?? '').replace(/\/+$/, '');

/**
 * SWT token as the Grape docs describe it: `&`-joined parameters, then `HMACSHA256=` and an
 * HMAC-SHA256 of everything before it with the installation's shared secret. The exact
 * canonicalisation is undocumented: values are URL-encoded and the signature is base64,
 * URL-encoded.
 */
export function swtToken(credentials: ICredentialDataDecryptedObject, now = Date.now()): string {
	const parts = [
		credentials.issuer ? `Issuer=${encodeURIComponent(String(credentials.issuer))}` : undefined,
		`ExpiresOn=${Math.floor(now / 1000) + 600}`,
		`${String(credentials.identityKey || 'username')}=${encodeURIComponent(String(credentials.identityValue ?? ''))}`,
	].filter(Boolean);
	const signed = parts.join('&');
	const signature = createHmac('sha256', String(credentials.sharedSecret ?? ''))
		.update(signed)
		.digest('base64');
	return `${signed}&HMACSHA256=${encodeURIComponent(signature)}`;
}

/**
 * The documented login call (form fields user_name, password, login=1), shared by the credential
 * and the node.
 */
export function loginRequest(credentials: ICredentialDataDecryptedObject): IHttpRequestOptions {
	return {
		method: 'POST',
		url: `${host(credentials)}/api/login`,
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			user_name: String(credentials.userName ?? ''),
			password: String(credentials.password ?? ''),
			login: '1',
		}).toString(),
		json: true,
		// The form carries the password: never follow a redirect with it, and never wait forever.
		disableFollowRedirect: true,
		sendCredentialsOnCrossOriginRedirect: false,
		timeout: 60_000,
		abortSignal: AbortSignal.timeout(120_000),
	};
}

export class SnapperGrapeApi implements ICredentialType {
	name = 'snapperGrapeApi';

	displayName = 'Snapper Grape API';

	icon: Icon = {
		light: 'file:../icons/snapper-grape.svg',
		dark: 'file:../icons/snapper-grape.dark.svg',
	};

	documentationUrl = 'https://www.snapper.no/grape-api-documentation/2.8/api';

	properties: INodeProperties[] = [
		{
			displayName: 'Installation URL',
			name: 'host',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://yourcompany.snappergrape.no',
			description:
				'Your Grape installation (each customer has its own host); API paths start with /api/',
		},
		{
			displayName: 'Authentication',
			name: 'authMethod',
			type: 'options',
			default: 'session',
			options: [
				{ name: 'User Name and Password (Session)', value: 'session' },
				{ name: 'SWT Token (Shared Secret)', value: 'swt' },
			],
		},
		{
			displayName: 'User Name',
			name: 'userName',
			type: 'string',
			default: '',
			displayOptions: { show: { authMethod: ['session'] } },
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authMethod: ['session'] } },
		},
		{
			displayName: 'Issuer',
			name: 'issuer',
			type: 'string',
			default: '',
			displayOptions: { show: { authMethod: ['swt'] } },
			description: 'The issuer name Snapper configured for your installation (optional)',
		},
		{
			displayName: 'Shared Secret',
			name: 'sharedSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authMethod: ['swt'] } },
		},
		{
			displayName: 'Identity Key',
			name: 'identityKey',
			type: 'options',
			default: 'username',
			displayOptions: { show: { authMethod: ['swt'] } },
			options: [
				{ name: 'External Person ID', value: 'external_person_id' },
				{ name: 'Person ID', value: 'person_id' },
				{ name: 'User Name (username)', value: 'username' },
				{ name: 'User Name (user_name)', value: 'user_name' },
			],
		},
		{
			displayName: 'Identity',
			name: 'identityValue',
			type: 'string',
			default: '',
			displayOptions: { show: { authMethod: ['swt'] } },
			description: 'The user the API acts as; they must already exist in Grape',
		},
		{
			displayName: 'Session ID',
			name: 'sessionToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	/** Logs in once and keeps the session; n8n calls this again when a request answers 401. */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		if (credentials.authMethod === 'swt') return { sessionToken: 'swt' };
		const response = (await this.helpers.httpRequest({
			...loginRequest(credentials),
			returnFullResponse: true,
		})) as {
			body: { logins?: Array<{ session_id?: string }> };
			headers: Record<string, string | string[]>;
		};
		const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
		const fromCookie = cookies.map((cookie) => /tg-visit=([^;]+)/.exec(cookie)?.[1]).find(Boolean);
		return { sessionToken: response.body?.logins?.[0]?.session_id ?? fromCookie ?? '' };
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const headers = { ...requestOptions.headers };
		if (credentials.authMethod === 'swt') headers.Authorization = `SWT ${swtToken(credentials)}`;
		// A session the node renewed itself (see the Snapper Grape client) travels as an explicit
		// cookie and wins.
		else if (!headers.Cookie) headers.Cookie = `tg-visit=${String(credentials.sessionToken ?? '')}`;
		return { ...requestOptions, headers };
	}

	test: ICredentialTestRequest = {
		request: {
			// The test sends the credential too: a redirect to another host must not carry it.
			disableFollowRedirect: true,
			sendCredentialsOnCrossOriginRedirect: false,
			baseURL: '={{$credentials.host.replace(/\\/+$/, "")}}',
			url: '/api/person',
		},
	};
}
