import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { INode, JsonObject } from 'n8n-workflow';
import type { VendorApi } from './types';
import { redactText, redactValue } from './redact';
import { LIMITS } from './limits';

const GENERIC_ADVICE: Record<number, string> = {
	400: 'Check the values you set on the node: the service rejected the request as invalid.',
	401: 'Check the credential: the key or password is missing, wrong or revoked.',
	403: 'Check the credential and its permissions: the service refused this request for this account.',
	404: 'Check the ID you entered: the record does not exist, was deleted, or belongs to another account.',
	405: 'This operation is not available on this account or API version.',
	409: 'The record changed or already exists: fetch it again and retry with current data.',
	413: 'The request is too large: send fewer records per call.',
	422: 'Check the values you set on the node: the service could not process them.',
	429: 'The service is rate limiting this account and the retry budget ran out: run fewer executions at once or try again later.',
};

function adviceFor(
	api: VendorApi,
	status: number,
	code?: string | number,
	callAdvice?: Partial<Record<number, string>>,
): string {
	if (callAdvice?.[status]) return callAdvice[status] as string;
	const vendorAdvice = api.adviceFor?.(status, code);
	if (vendorAdvice) return vendorAdvice;
	if (GENERIC_ADVICE[status]) return GENERIC_ADVICE[status];
	if (status >= 500)
		return 'The service had a problem: try again later. If it keeps failing, contact the vendor with the time of the error.';
	return 'Check the node parameters and the credential.';
}

/**
 * The readable start of a text answer: markup, scripts and styles stripped, entities for spaces and
 * quotes read, whitespace collapsed, at most about 200 characters.
 */
export function plainText(text: string, max: number = LIMITS.quotedAnswerChars): string {
	const head = text.slice(0, 20_000);
	const stripped = head
		.replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
		.replace(/<!--[\s\S]*?(-->|$)/g, ' ')
		.replace(/<[^>]*>?/g, ' ')
		.replace(/&nbsp;|&#160;/gi, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return stripped.length > max ? `${stripped.slice(0, max - 1).trimEnd()}…` : stripped;
}

/**
 * Finds a human message in the error bodies vendors send: `message`, `error`, `detail`, `reason`,
 * `errors[0]`.
 */
export function messageFromBody(body: unknown): string | undefined {
	if (typeof body === 'string') return plainText(body) || undefined;
	if (!body || typeof body !== 'object') return undefined;
	const record = body as Record<string, unknown>;
	for (const key of [
		'message',
		'error_description',
		'error',
		'detail',
		'reason',
		'title',
		'Message',
		'Error',
	]) {
		const value = record[key];
		if (typeof value === 'string' && value.trim()) return plainText(value, 500);
	}
	const errors = record.errors;
	if (Array.isArray(errors) && errors.length > 0) {
		const first = errors[0] as unknown;
		if (typeof first === 'string') return first;
		const nested = messageFromBody(first);
		if (nested) return nested;
	}
	return undefined;
}

export function apiError(
	node: INode,
	api: VendorApi,
	response: { status: number; body: unknown },
	secrets: string[],
	itemIndex?: number,
	callAdvice?: Partial<Record<number, string>>,
): NodeApiError {
	const parsed = api.parseError?.(response.body);
	const vendorMessage = parsed?.message ?? messageFromBody(response.body);
	const code = parsed?.code;
	const codePart = code !== undefined ? ` (code ${code})` : '';
	const message = redactText(
		`${api.displayName} returned HTTP ${response.status}${codePart}${vendorMessage ? `: ${vendorMessage}` : ''}`,
		secrets,
	);
	const safeBody = redactValue(
		Buffer.isBuffer(response.body) ? response.body.toString('utf8').slice(0, 2000) : response.body,
		secrets,
	);
	return new NodeApiError(
		node,
		{ status: response.status, body: (safeBody ?? null) as JsonObject } as JsonObject,
		{
			message,
			description: redactText(adviceFor(api, response.status, code, callAdvice), secrets),
			httpCode: String(response.status),
			itemIndex,
		},
	);
}

/** A request Node.js refused to build (a header value with characters HTTP cannot carry). */
export function unsendable(cause: unknown): boolean {
	const code = String(
		(cause as { code?: unknown })?.code ??
			(cause as { cause?: { code?: unknown } })?.cause?.code ??
			'',
	);
	return (
		code === 'ERR_INVALID_CHAR' ||
		code === 'ERR_INVALID_HTTP_TOKEN' ||
		/Invalid character in header content/.test(String((cause as Error)?.message))
	);
}

/** A request that never got an HTTP answer: refused, reset, timed out, or a body cut short. */
export function transportError(
	node: INode,
	api: VendorApi,
	cause: unknown,
	secrets: string[],
	itemIndex?: number,
	attempts = 1,
): NodeApiError {
	const raw = cause instanceof Error ? cause.message : String(cause);
	const detail = redactText(raw, secrets);
	if (unsendable(cause)) {
		const error = new NodeApiError(node, { message: detail } as JsonObject, {
			message: `The ${api.displayName} credential holds characters a request cannot carry`,
			description:
				`Open the ${api.displayName} credential and paste the key again: HTTP headers carry ` +
				`only plain ASCII characters, so a key with accents, symbols from another alphabet ` +
				`or a line break is refused before it is sent. No request was sent.`,
			itemIndex,
		});
		error.message = `The ${api.displayName} credential holds characters a request cannot carry`;
		return error;
	}
	const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
	const message = `Could not reach ${api.displayName}${tries}: ${detail}`;
	const error = new NodeApiError(node, { message: detail } as JsonObject, {
		message,
		description:
			'Check the base URL in the credential and that the service is reachable from n8n. A ' +
			'POST that failed this way is not retried automatically, because it may already have ' +
			'been applied: check the record before running it again.',
		itemIndex,
	});
	// n8n swaps messages naming a socket code (ECONNRESET, …) for a generic line; ours already says
	// what happened.
	error.message = message;
	return error;
}

export function invalidResponseError(
	node: INode,
	api: VendorApi,
	what: string,
	itemIndex?: number,
): NodeOperationError {
	return new NodeOperationError(
		node,
		`${api.displayName} sent a response the node could not read: ${what}`,
		{
			description:
				'The response was cut short or is not in the documented format. Try again; if it persists, contact the vendor.',
			itemIndex,
		},
	);
}

/** Whose advice a message gives: the credential field that names the vendor's address. */
function addressAdvice(api: VendorApi): string {
	return `Check the ${api.baseUrlLabel ?? 'Base URL'} in the ${api.displayName} credential: it must be the address the service answers on itself.`;
}

/** A redirect to another origin: refused before anything is sent there, credential included. */
export function redirectError(
	node: INode,
	api: VendorApi,
	status: number,
	targetHost: string,
	itemIndex?: number,
): NodeApiError {
	const error = new NodeApiError(node, { status, target: targetHost } as JsonObject, {
		message: `${api.displayName} redirected the request to another host (${targetHost}); the node did not follow it, so the credential was not sent there`,
		description: `${addressAdvice(api)} A proxy or an old address that forwards to another host would receive the credential, so such redirects are refused.`,
		httpCode: String(status),
		itemIndex,
	});
	return error;
}

/**
 * A 2xx answer that is not what the endpoint returns: a sign-in page, a proxy page, text, or
 * nothing.
 */
export function wrongAnswerError(
	node: INode,
	api: VendorApi,
	answer: { status: number; contentType: string; text: string; expected: string },
	secrets: string[],
	itemIndex?: number,
): NodeApiError {
	const quoted = plainText(answer.text);
	const type = answer.contentType ? answer.contentType.split(';')[0].trim() : 'no content type';
	const message = redactText(
		`${api.displayName} answered HTTP ${answer.status} with ${quoted ? `${type}: "${quoted}"` : `an empty body (${type})`} where ${answer.expected} was due`,
		secrets,
	);
	const error = new NodeApiError(node, { status: answer.status, contentType: type } as JsonObject, {
		message,
		description: `This is not an answer of the ${api.displayName} API: often a sign-in page, a proxy or captive portal, or a wrong address. ${addressAdvice(api)} Nothing was output.`,
		httpCode: String(answer.status),
		itemIndex,
	});
	error.message = message;
	return error;
}

/** A limit the node sets on a server: a deadline, a size, a page loop. */
export function limitError(
	node: INode,
	api: VendorApi,
	what: string,
	advice: string,
	itemIndex?: number,
): NodeOperationError {
	return new NodeOperationError(node, `${api.displayName}: ${what}`, {
		description: advice,
		itemIndex,
	});
}
