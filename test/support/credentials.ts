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
	return templateParts(template)
		.map((part, index) => (index % 2 ? String(credentials[part] ?? '') : part))
		.join('');
}

/**
 * A template as its literal text and credential field names, alternating, split once per
 * template: the benchmark sends tens of thousands of requests through here.
 */
const splitTemplates = new Map<string, string[]>();
function templateParts(template: string): string[] {
	let parts = splitTemplates.get(template);
	if (!parts) {
		parts = template.slice(1).split(/\{\{\s*\$credentials\.([A-Za-z0-9_]+)\s*\}\}/);
		splitTemplates.set(template, parts);
	}
	return parts;
}

export async function applyAuthentication(
	type: ICredentialType,
	credentials: ICredentialDataDecryptedObject,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const auth = type.authenticate;
	if (typeof auth === 'function') return await auth.call(type, credentials, options);
	if (!auth || auth.type !== 'generic') return options;
	const add = (to: IDataObject | undefined, from: IDataObject | undefined) => {
		if (!from) return to;
		const out: IDataObject = { ...(to ?? {}) };
		for (const key in from)
			out[key] = resolveTemplate(from[key], credentials) as IDataObject[string];
		return out;
	};
	return {
		...options,
		headers: add(options.headers, auth.properties.headers),
		qs: add(options.qs, auth.properties.qs),
	};
}

/** The credential's expirable field, which n8n fills through preAuthentication when it is empty. */
export function expirableField(type: ICredentialType): string | undefined {
	return type.properties.find((property) => property.typeOptions?.expirable)?.name;
}
