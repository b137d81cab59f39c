import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { escapeRegExp } from 'lodash';

const MASK = '[redacted]';

/**
 * Secrets shorter than this are not masked: masking "1" or "ab" would shred ordinary text without
 * protecting anything.
 */
const MIN_SECRET_LENGTH = 4;

/** Base64 runs shorter than this are not masked on their own (too likely to match by chance). */
const MIN_BASE64_CORE = 8;

/** The secret values of a credential: every named field that holds text long enough to mask. */
export function collectSecrets(
	credentials: ICredentialDataDecryptedObject | undefined,
	fields: string[],
	extra: unknown[] = [],
): string[] {
	const secrets = new Set<string>();
	const add = (value: unknown) => {
		if (typeof value === 'string' && value.length >= MIN_SECRET_LENGTH) secrets.add(value);
	};
	if (credentials) for (const field of fields) add(credentials[field]);
	for (const value of extra) add(value);
	return [...secrets].sort((a, b) => b.length - a.length);
}

/** A hex number matching either case, so `\u00E9` and `\u00e9` are both found. */
const anyCaseHex = (value: number, width: number) =>
	value
		.toString(16)
		.padStart(width, '0')
		.replace(/[a-f]/g, (digit) => `[${digit}${digit.toUpperCase()}]`);

const HTML_NAMES: Record<string, string[]> = {
	'"': ['quot'],
	'&': ['amp'],
	"'": ['apos', '#39'],
	'<': ['lt'],
	'>': ['gt'],
};

/**
 * Every way one character can be written by a server that echoes a request: as itself, JSON- or
 * JS-escaped (`\"`, `\\`, `\u00e9`, escaped again when a JSON text is embedded in another), URL- or
 * form-encoded (`%C3%A9`, `+`, also encoded twice), or as an HTML entity.
 */
function characterPattern(char: string): string {
	const alternatives = [escapeRegExp(char)];
	if ('"\\/\''.includes(char)) alternatives.push(`\\\\{1,7}${escapeRegExp(char)}`);
	const units = [...Array(char.length).keys()].map((index) => char.charCodeAt(index));
	alternatives.push(units.map((unit) => `\\\\{1,7}u${anyCaseHex(unit, 4)}`).join(''));
	const bytes = [...Buffer.from(char, 'utf8')];
	alternatives.push(bytes.map((byte) => `%(?:25)?${anyCaseHex(byte, 2)}`).join(''));
	if (char === ' ') alternatives.push('\\+');
	const codePoint = char.codePointAt(0) ?? 0;
	alternatives.push(`&#0*${codePoint};`, `&#[xX]0*${anyCaseHex(codePoint, 1)};`);
	for (const name of HTML_NAMES[char] ?? []) alternatives.push(`&${name};`);
	return `(?:${alternatives.join('|')})`;
}

/**
 * Base64 and base64url of the secret, also the runs that appear when it sits inside a longer
 * encoded value.
 */
function base64Forms(secret: string): string[] {
	const bytes = Buffer.from(secret, 'utf8');
	const forms = new Set<string>();
	for (const encoding of ['base64', 'base64url'] as const) {
		forms.add(bytes.toString(encoding));
		// Inside "user:secret" or a JSON document the secret starts at any offset; whole 3-byte groups
		// of it encode to the same run of characters whatever comes before.
		for (let skip = 0; skip < 3; skip++) {
			const whole = Math.floor((bytes.length - skip) / 3) * 3;
			const core = whole > 0 ? bytes.subarray(skip, skip + whole).toString(encoding) : '';
			if (core.length >= MIN_BASE64_CORE) forms.add(core.replace(/=+$/, ''));
		}
	}
	return [...forms].sort((a, b) => b.length - a.length);
}

interface Matcher {
	exact: string[];
	pattern: RegExp;
}

function matcherOf(secret: string): Matcher {
	const pattern = [...secret].map(characterPattern).join('');
	return { exact: base64Forms(secret), pattern: new RegExp(pattern, 'g') };
}

const HTML_ENTITIES: Record<string, string> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>' };

/**
 * One pass of each decoding a server might have applied: HTML entities, URL encoding, JSON escapes.
 */
function decodeOnce(text: string): string {
	let out = text.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[a-z]+);/g, (match, entity: string) => {
		if (entity[0] !== '#') return HTML_ENTITIES[entity] ?? match;
		const code =
			entity[1] === 'x' || entity[1] === 'X'
				? parseInt(entity.slice(2), 16)
				: Number(entity.slice(1));
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
	});
	out = out.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
		try {
			return decodeURIComponent(run);
		} catch {
			return run;
		}
	});
	return out
		.replace(/\\+u([0-9a-fA-F]{4})/g, (_match, hex: string) =>
			String.fromCharCode(parseInt(hex, 16)),
		)
		.replace(/\\+(["\\/'])/g, '$1');
}

/**
 * Base64 runs of `text` decoded at every alignment (a secret inside a longer encoded value starts
 * anywhere).
 */
function base64Decodings(text: string): string[] {
	const out: string[] = [];
	for (const run of text.match(/[A-Za-z0-9+/_-]{8,}/g) ?? []) {
		const standard = run.replace(/-/g, '+').replace(/_/g, '/');
		for (let skip = 0; skip < 4; skip++)
			out.push(Buffer.from(standard.slice(skip), 'base64').toString('latin1'));
	}
	return out;
}

/**
 * Whether `token`, decoded in layers (entities, URL, JSON, `+` as space, base64), holds `secret`.
 */
function hidesSecret(token: string, secret: string, utf8Secret: string, depth = 2): boolean {
	let current = token;
	for (let layer = 0; layer < 4; layer++) {
		if (current.includes(secret) || current.replace(/\+/g, ' ').includes(secret)) return true;
		if (
			depth > 0 &&
			base64Decodings(current).some(
				(decoded) =>
					decoded.includes(utf8Secret) ||
					hidesSecret(
						Buffer.from(decoded, 'latin1').toString('utf8'),
						secret,
						utf8Secret,
						depth - 1,
					),
			)
		) {
			return true;
		}
		const next = decodeOnce(current);
		if (next === current) break;
		current = next;
	}
	return false;
}

/**
 * Masks every secret in `text`, in any encoding a server might echo it in. First every known form
 * is replaced where it stands; then any word that still decodes to a secret (encodings layered on
 * encodings: JSON inside base64, \u escapes of JSON escapes) is masked whole. Built per call, so no
 * secret outlives the error it was masked in.
 */
export function redactText(text: string, secrets: string[]): string {
	if (secrets.length === 0 || !text) return text;
	let out = text;
	for (const secret of secrets) {
		if (!secret) continue;
		const matcher = matcherOf(secret);
		out = out.replace(matcher.pattern, MASK);
		for (const form of matcher.exact) if (out.includes(form)) out = out.split(form).join(MASK);
	}
	const shortest = Math.min(...secrets.map((secret) => secret.length));
	return out.replace(/\S+/g, (token) => {
		if (token.length < shortest * 0.75 || token === MASK) return token;
		return secrets.some((secret) =>
			hidesSecret(token, secret, Buffer.from(secret, 'utf8').toString('latin1')),
		)
			? MASK
			: token;
	});
}

/** Deep copy of a JSON-like value with every secret masked, keys included. */
export function redactValue<T>(value: T, secrets: string[]): T {
	if (secrets.length === 0 || value === undefined || value === null) return value;
	if (typeof value === 'string') return redactText(value, secrets) as T;
	if (Buffer.isBuffer(value)) return redactText(value.toString('utf8'), secrets) as T;
	if (Array.isArray(value)) return value.map((entry: unknown) => redactValue(entry, secrets)) as T;
	if (typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [key, entry] of Object.entries(value as Record<string, unknown>))
			out[redactText(key, secrets)] = redactValue(entry, secrets);
		return out as T;
	}
	return value;
}
