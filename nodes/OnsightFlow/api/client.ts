import type { IDataObject } from 'n8n-workflow';
import type { EndpointSpec } from '../../shared/declarations/types';
import type { VendorApi } from '../../shared/transport/types';
import {
	ONSIGHT_ACCOUNTS_URL,
	ONSIGHT_GATEWAY_URL,
} from '../../../credentials/OnsightFlowOAuth2Api.credentials';
import { policies } from './policies';
import type { PolicyName } from './policies';

/** Token-endpoint errors are OAuth2 codes; everything else carries `message`. */
function parseError(body: unknown) {
	if (!body || typeof body !== 'object') return undefined;
	const record = body as IDataObject;
	if (
		typeof record.error === 'string' &&
		/^(invalid|unsupported|unauthorized)_/.test(record.error)
	) {
		return {
			message: String(record.error_description ?? record.message ?? record.error),
			code: record.error,
		};
	}
	return typeof record.message === 'string' ? { message: record.message } : undefined;
}

function adviceFor(status: number, code?: string | number): string | undefined {
	if (code === 'invalid_client' || code === 'unauthorized_client') {
		return 'The token request was refused: check the Client ID and Client Secret in the Onsight Flow OAuth2 credential (the secret is shown only once, when the client is created).';
	}
	if (code === 'invalid_scope') {
		return 'The Scope field of the Onsight Flow OAuth2 credential asks for a scope the M2M client was not given: remove it there, or create a client that has it.';
	}
	if (status === 401) {
		return 'Onsight Flow did not accept the token even after n8n fetched a new one: check the Client ID, Client Secret and Accounts URL in the credential.';
	}
	if (status === 403)
		return 'The token lacks the scope this call needs, or the client lacks the permission.';
	return undefined;
}

const oauth2Base = {
	credentialType: 'onsightFlowOAuth2Api',
	secretFields: ['clientSecret', 'accessToken'],
	// A 401 (token expired after its hour) goes to n8n, which fetches a new token and repeats the
	// call once.
	refreshOn401: true,
	parseError,
	adviceFor,
};

/** Identity server: users, group list/delete, M2M clients. */
export const accountsApi: VendorApi = {
	...oauth2Base,
	displayName: 'Onsight Flow (accounts)',
	defaultBaseUrl: ONSIGHT_ACCOUNTS_URL,
	baseUrlField: 'accountsUrl',
};

/** API gateway: every other REST service and the GraphQL Query API. */
export const gatewayApi: VendorApi = {
	...oauth2Base,
	displayName: 'Onsight Flow',
	defaultBaseUrl: ONSIGHT_GATEWAY_URL,
	baseUrlField: 'gatewayUrl',
};

/** The Query API through the team's query key (`?key=`) instead of a token. */
export const queryKeyApi: VendorApi = {
	credentialType: 'onsightFlowQueryKeyApi',
	displayName: 'Onsight Flow Query API',
	defaultBaseUrl: ONSIGHT_GATEWAY_URL,
	baseUrlField: 'gatewayUrl',
	secretFields: ['apiKey'],
	parseError,
	adviceFor: (status) =>
		status === 401 || status === 403
			? 'The Query API refused the key: check the key in the Onsight Flow Query Key credential; it stops working when it is regenerated in the Query Designer.'
			: undefined,
};

export type Host = 'accounts' | 'gateway';

/**
 * An Onsight Flow endpoint declares the host it lives on and the access policy that guards it; the
 * catalog derives the host's API and what a 403 means from these (`onHost`). `family` marks the
 * operations beyond the REST inventory: `upload` runs a whole chunked upload (several documented
 * calls), `graphql` is a Query API operation.
 */
export type OnsightFlowEndpoint = EndpointSpec & {
	host: Host;
	policy: PolicyName;
	family?: 'upload' | 'graphql';
};

const short = (scope: string) => scope.replace('https://www.flow.librestream.com/', '');

/** What a 403 means for a call guarded by `policy`: the scopes and permissions to grant. */
export function scopeAdvice(policy: PolicyName): string | undefined {
	const { scopes, permissions } = policies[policy];
	if (scopes.length === 0) return undefined;
	const who = permissions.length
		? ` and the client needs the ${permissions.join(' or ')} permission`
		: '';
	return `The token has none of the scopes this call needs: grant ${scopes.map(short).join(' or ')} to the M2M client${who}. If the credential's Scope field is set, add the scope there too.`;
}

/** The endpoint with its host's API and, unless it says otherwise, the scope advice for a 403. */
export function onHost(endpoint: OnsightFlowEndpoint): OnsightFlowEndpoint {
	const advice =
		endpoint.advice ?? (scopeAdvice(endpoint.policy) && { 403: scopeAdvice(endpoint.policy) });
	return {
		...endpoint,
		api: endpoint.host === 'accounts' ? accountsApi : gatewayApi,
		...(advice ? { advice } : {}),
	};
}
