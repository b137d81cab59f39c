/**
 * Finds a secret in anything a node hands back (errors, items, log lines), whatever the encoding a server
 * echoed it in: every string reachable from the value is decoded every way a server might have encoded
 * it (JSON string escapes, \u escapes, URL and form encoding, HTML entities, base64 and base64url runs),
 * repeatedly, and each decoding is searched for the raw secret. No list of encoded forms to keep in step.
 */

/** Every string reachable from `value` (own properties, enumerable or not, `cause` included), to a depth. */
export function* strings(value: unknown, seen = new Set<unknown>(), depth = 0): Generator<string> {
	if (typeof value === 'string') yield value;
	else if (Buffer.isBuffer(value)) yield value.toString('utf8');
	if (value === null || typeof value !== 'object' || seen.has(value) || depth > 8) return;
	seen.add(value);
	for (const key of Object.getOwnPropertyNames(value)) {
		yield key;
		let inner: unknown;
		try {
			inner = (value as Record<string, unknown>)[key];
		} catch {
			continue;
		}
		if (typeof inner !== 'function') yield* strings(inner, seen, depth + 1);
	}
}

const HTML: Record<string, string> = {
	quot: '"',
	amp: '&',
	apos: "'",
	lt: '<',
	gt: '>',
	nbsp: ' ',
};

function decodings(text: string): string[] {
	const out: string[] = [];
	// JSON / JavaScript string escapes, as many levels deep as they come.
	const unescaped = text
		.replace(/\\+u([0-9a-fA-F]{4})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
		.replace(/\\+(["\\/'])/g, '$1');
	out.push(unescaped);
	try {
		out.push(decodeURIComponent(text.replace(/\+/g, ' ')));
	} catch {
		out.push(
			text.replace(/%([0-9a-fA-F]{2})/g, (_m, hex: string) =>
				String.fromCharCode(parseInt(hex, 16)),
			),
		);
	}
	out.push(
		text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (match, entity: string) =>
			entity.startsWith('#x')
				? String.fromCodePoint(parseInt(entity.slice(2), 16))
				: entity.startsWith('#')
					? String.fromCodePoint(Number(entity.slice(1)))
					: (HTML[entity] ?? match),
		),
	);
	// Base64 runs, at every alignment: a secret inside a longer encoded value starts anywhere.
	for (const run of text.match(/[A-Za-z0-9+/_-]{8,}={0,2}/g) ?? []) {
		for (let skip = 0; skip < 4; skip++) {
			const part = run.slice(skip).replace(/=+$/, '');
			out.push(Buffer.from(part.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8'));
		}
	}
	return out.filter((decoded) => decoded !== text);
}

/** Whether `text`, decoded up to `depth` times in any combination, contains `secret`. */
export function containsSecret(text: string, secret: string, depth = 3): boolean {
	if (text.includes(secret)) return true;
	if (depth === 0) return false;
	return decodings(text).some((decoded) => containsSecret(decoded, secret, depth - 1));
}

/** Where `secret` appears in `value`, in any encoding; empty when it appears nowhere. */
export function leaksOf(value: unknown, secret: string): string[] {
	const found: string[] = [];
	for (const text of strings(value))
		if (containsSecret(text, secret)) found.push(JSON.stringify(text.slice(0, 160)));
	return found;
}
