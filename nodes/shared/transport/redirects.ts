/**
 * Redirects are followed by the node itself, never by n8n: n8n would carry the credential's
 * headers, query key or login form to whatever host a redirect names. A redirect within the origin
 * the request went to is followed; any other is refused before a byte is sent there.
 */

export const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export function originOf(url: string): string | undefined {
	try {
		return new URL(url).origin;
	} catch {
		return undefined;
	}
}

/** The absolute URL a Location header points to, resolved against the request's URL. */
export function resolveLocation(location: string | undefined, from: string): string | undefined {
	if (!location) return undefined;
	try {
		return new URL(location, from).toString();
	} catch {
		return undefined;
	}
}

/**
 * 303 always, and 301/302 after a POST, turn the next request into a GET without a body (as
 * browsers and n8n do).
 */
export function redirectMethod(method: string, status: number): string {
	const upper = method.toUpperCase();
	if (status === 303 && upper !== 'GET' && upper !== 'HEAD') return 'GET';
	if ((status === 301 || status === 302) && upper === 'POST') return 'GET';
	return upper;
}

/**
 * Host (and port) of a URL for a message; the path and query may hold signatures and are left out.
 */
export function hostOf(url: string | undefined): string {
	if (!url) return 'an unreadable address';
	try {
		return new URL(url).host || url.split(/[/?#]/)[0];
	} catch {
		return 'an unreadable address';
	}
}
