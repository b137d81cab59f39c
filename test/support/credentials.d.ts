import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestOptions,
} from 'n8n-workflow';

export declare function applyAuthentication(
	type: ICredentialType,
	credentials: ICredentialDataDecryptedObject,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions>;
export declare function expirableField(type: ICredentialType): string | undefined;
export declare function resolveTemplate(
	template: unknown,
	credentials: ICredentialDataDecryptedObject,
): unknown;
