/**
 * Response headers with lower-case names and string values: servers and proxies spell names in any
 * case, and a repeated header arrives as an array, read here as HTTP reads it (comma-joined).
 */
export function lowerCaseHeaders(
	headers: Record<string, unknown> | undefined,
): Record<string, string> {
	const out: Record<string, string> = {};
	if (!headers) return out;
	// Keys, not entries: this runs once per page of Return All, and entries cost an array per header.
	for (const key of Object.keys(headers)) {
		const value = headers[key];
		if (value === undefined || value === null) continue;
		out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
	}
	return out;
}
