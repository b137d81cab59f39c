/**
 * Fills `{name}` placeholders with URL-encoded values, so an ID such as `../x` or `a/b` stays one
 * path segment and can never walk the URL. A value of `.` or `..` is refused: URL parsers resolve
 * those segments (even percent-encoded), so `/user/..` would address another resource.
 */
export function expandPath(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{([^}]+)\}/g, (_match, name: string) => {
		const value = values[name];
		if (value === undefined || value === '') {
			throw new Error(`Path parameter "${name}" has no value for ${template}`);
		}
		if (/^\.{1,2}$/.test(String(value))) {
			throw new Error(
				`Path parameter "${name}" cannot be "${String(value)}" (a path step, not an ID)`,
			);
		}
		return encodeURIComponent(String(value));
	});
}
