import { collectSecrets, redactText } from '../../../nodes/shared/transport/redact';
import { containsSecret } from '../../support/leaks';

/** Encodings a server may echo a secret in; each alone and nested two deep. */
const ENCODINGS: Record<string, (text: string) => string> = {
	raw: (text) => text,
	json: (text) => JSON.stringify(text).slice(1, -1),
	'json twice': (text) => JSON.stringify(JSON.stringify(text)).slice(1, -1),
	'\\u lower': (text) =>
		text.replace(
			/[^\x20-\x7e]|["\\']/g,
			(char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
		),
	'\\u upper': (text) =>
		text.replace(
			/[^\x20-\x7e]|["\\']/g,
			(char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
		),
	url: encodeURIComponent,
	'url twice': (text) => encodeURIComponent(encodeURIComponent(text)),
	form: (text) => new URLSearchParams({ s: text }).toString().slice(2),
	html: (text) =>
		text
			.replace(/&/g, '&amp;')
			.replace(/"/g, '&quot;')
			.replace(/</g, '&lt;')
			.replace(/'/g, '&#39;'),
	'html numeric': (text) => [...text].map((char) => `&#${char.codePointAt(0)};`).join(''),
	base64: (text) => Buffer.from(text).toString('base64'),
	base64url: (text) => Buffer.from(text).toString('base64url'),
	'base64 inside user:secret': (text) => Buffer.from(`someone:${text}`).toString('base64'),
	'base64 at offset 2': (text) => Buffer.from(`ab${text}xyz`).toString('base64'),
};

const SECRETS = ['Sentinel"\\ Zoë-🔑/+&=', 'plain-sentinel-0123456789', "it's <b>&amp; ünï"];

describe('redaction of every encoding of a secret', () => {
	it.each(
		SECRETS.flatMap((secret) => Object.keys(ENCODINGS).map((name) => [name, secret] as const)),
	)('%s of %j is masked', (name, secret) => {
		const echoed = `before ${ENCODINGS[name](secret)} after`;
		expect(containsSecret(echoed, secret)).toBe(true);
		const redacted = redactText(echoed, collectSecrets({ key: secret }, ['key']));
		expect(containsSecret(redacted, secret)).toBe(false);
		expect(redacted).toMatch(/^before .*after$/);
	});

	it('leaves ordinary text alone', () => {
		const text = 'HTTP 400: the field "name" is required; Zoë said hello';
		expect(redactText(text, collectSecrets({ key: 'Sentinel"\\ Zoë-🔑' }, ['key']))).toBe(text);
	});
});
