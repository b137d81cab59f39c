import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
} from 'n8n-workflow';

/**
 * Applies a credential type's `authenticate` the way n8n does: a function is called; a generic block's
 * simple `={{$credentials.x}}` templates (all our credentials use) are filled in, so tests send exactly
 * the headers and query keys n8n would.
 */
export function resolveTemplate(
	template: unknown,
	credentials: ICredentialDataDecryptedObject,
): unknown {
	if (typeof template !== 'string' || !template.startsWith('=')) return template;
	return template
		.slice(1)
		.replace(/\{\{\s*\$credentials\.([A-Za-z0-9_]+)\s*\}\}/g, (_match, key: string) =>
			String(credentials[key] ?? ''),
		);
}

export async function applyAuthentication(
	type: ICredentialType,
	credentials: ICredentialDataDecryptedObject,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const auth = type.authenticate;
	if (typeof auth === 'function') return await auth.call(type, credentials, options);
	if (!auth || auth.type !== 'generic') return options;
	const headers: IDataObject = { ...(options.headers ?? {}) };
	const qs: IDataObject = { ...(options.qs ?? {}) };
	for (const [key, value] of Object.entries(auth.properties.headers ?? {})) {
		headers[key] = resolveTemplate(value, credentials) as IDataObject[string];
	}
	for (const [key, value] of Object.entries(auth.properties.qs ?? {})) {
		qs[key] = resolveTemplate(value, credentials) as IDataObject[string];
	}
	return { ...options, headers, qs };
}

/** The credential's expirable field, which n8n fills through preAuthentication when it is empty. */
export function expirableField(type: ICredentialType): string | undefined {
	return type.properties.find((property) => property.typeOptions?.expirable)?.name;
}
