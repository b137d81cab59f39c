import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

const MASK = '[redacted]';

/** Secrets shorter than this are not masked: masking "1" or "ab" would shred ordinary text without protecting anything. */
const MIN_SECRET_LENGTH = 4;

export function collectSecrets(
	credentials: ICredentialDataDecryptedObject | undefined,
	fields: string[],
): string[] {
	if (!credentials) return [];
	const secrets = new Set<string>();
	for (const field of fields) {
		const value = credentials[field];
		if (typeof value === 'string' && value.length >= MIN_SECRET_LENGTH) {
			secrets.add(value);
			// Servers often echo a secret URL-encoded (as in a path, or as in a form body or query string, where a
			// space is "+") or base64-encoded.
			secrets.add(encodeURIComponent(value));
			secrets.add(new URLSearchParams({ s: value }).toString().slice(2));
			secrets.add(Buffer.from(value).toString('base64'));
		}
	}
	return [...secrets].sort((a, b) => b.length - a.length);
}

export function redactText(text: string, secrets: string[]): string {
	let out = text;
	for (const secret of secrets) {
		if (secret && out.includes(secret)) out = out.split(secret).join(MASK);
	}
	return out;
}

/** Deep copy of a JSON-like value with every secret masked, keys included. */
export function redactValue<T>(value: T, secrets: string[]): T {
	if (secrets.length === 0 || value === undefined) return value;
	if (Buffer.isBuffer(value)) return value;
	const json = JSON.stringify(value);
	if (json === undefined) return value;
	return JSON.parse(redactText(json, secrets)) as T;
}
