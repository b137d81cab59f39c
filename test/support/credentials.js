'use strict';
/**
 * Applies a credential type's declarative `authenticate` block the way n8n does for the simple
 * `={{$credentials.x}}` templates our credentials use, so tests send exactly the headers n8n would.
 */
function resolveTemplate(template, credentials) {
	if (typeof template !== 'string' || !template.startsWith('=')) return template;
	return template
		.slice(1)
		.replace(/\{\{\s*\$credentials\.([A-Za-z0-9_]+)\s*\}\}/g, (_m, key) =>
			String(credentials[key] ?? ''),
		);
}

async function applyAuthentication(credentialType, credentials, options) {
	const auth = credentialType.authenticate;
	if (typeof auth === 'function') return await auth.call(credentialType, credentials, options);
	if (!auth || auth.type !== 'generic') return options;
	const out = {
		...options,
		headers: { ...(options.headers || {}) },
		qs: { ...(options.qs || {}) },
	};
	for (const [key, value] of Object.entries(auth.properties.headers || {}))
		out.headers[key] = resolveTemplate(value, credentials);
	for (const [key, value] of Object.entries(auth.properties.qs || {}))
		out.qs[key] = resolveTemplate(value, credentials);
	return out;
}

/** The credential's expirable field, which n8n fills through preAuthentication when it is empty. */
function expirableField(credentialType) {
	const field = (credentialType.properties || []).find(
		(p) => p.typeOptions && p.typeOptions.expirable,
	);
	return field && field.name;
}

module.exports = { applyAuthentication, resolveTemplate, expirableField };
