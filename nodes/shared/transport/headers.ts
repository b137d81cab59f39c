/**
 * Response headers with lower-case names and string values: servers and proxies spell names in any
 * case, and a repeated header arrives as an array, read here as HTTP reads it (comma-joined).
 */
export function lowerCaseHeaders(
	headers: Record<string, unknown> | undefined,
): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, value] of Object.entries(headers ?? {})) {
		if (value === undefined || value === null) continue;
		out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
	}
	return out;
}
