/**
 * Fills `{name}` placeholders with URL-encoded values, so an ID such as `../x` or `a/b` stays one
 * path segment and can never walk the URL.
 */
export function expandPath(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{([^}]+)\}/g, (_match, name: string) => {
		const value = values[name];
		if (value === undefined || value === '') {
			throw new Error(`Path parameter "${name}" has no value for ${template}`);
		}
		return encodeURIComponent(String(value));
	});
}
