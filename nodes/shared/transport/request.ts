import { sleep } from 'n8n-workflow';
import { lowerCaseHeaders } from './headers';
import type { ICredentialDataDecryptedObject, IHttpRequestOptions, INode } from 'n8n-workflow';
import type { ApiRequest, ApiResponse, RequestContext, RetryPolicy, VendorApi } from './types';
import {
	DEFAULT_RETRY_POLICY,
	backoffDelay,
	isRetryableStatus,
	mayRetry,
	parseRetryAfter,
} from './retry';
import {
	apiError,
	invalidResponseError,
	limitError,
	redirectError,
	transportError,
	unsendable,
	wrongAnswerError,
} from './errors';
import { collectSecrets } from './redact';
import { BodyLimitError, closeStream, isByteStream, readBody, readHead } from './body';
import type { Deadline } from './deadline';
import { DeadlineWatch, deadlineFor } from './deadline';
import { REDIRECT_STATUSES, hostOf, originOf, redirectMethod, resolveLocation } from './redirects';
import { LIMITS } from './limits';

interface RawResponse {
	body: unknown;
	headers: Record<string, unknown>;
	statusCode: number;
}

type AuthenticatedRequest = (
	this: RequestContext,
	credentialType: string,
	options: IHttpRequestOptions,
	additional?: {
		credentialsDecrypted: {
			id: string;
			name: string;
			type: string;
			data: ICredentialDataDecryptedObject;
		};
	},
) => Promise<RawResponse>;

/** Bytes of an error or redirect answer read to report it; the rest is never downloaded. */
const ERROR_BODY_BYTES = 64 * 1024;

export function resolveBaseUrl(override: unknown, fallback: string): string {
	const chosen =
		typeof override === 'string' && override.trim() !== '' ? override.trim() : fallback;
	return chosen.replace(/\/+$/, '');
}

/**
 * JSON when it parses, text otherwise; `undefined` for an empty body. `text` says the body was not
 * JSON (a JSON string such as `"G_1"` is JSON). Pages can be large: no extra copies.
 */
export function decodeBody(
	buffer: Buffer,
	contentType = '',
): { value: unknown; malformedJson: boolean; text: boolean } {
	if (buffer.length === 0) return { value: undefined, malformedJson: false, text: false };
	const text = buffer.toString('utf8');
	const start = text.search(/\S/);
	if (start === -1) return { value: undefined, malformedJson: false, text: false };
	const saysJson = /json/i.test(contentType);
	const startsJson = '[{"'.includes(text[start]);
	if (saysJson || startsJson || /^(-?\d|true|false|null)/.test(text.slice(start, start + 5))) {
		try {
			return { value: JSON.parse(text) as unknown, malformedJson: false, text: false };
		} catch {
			return {
				value: text,
				malformedJson: (saysJson || startsJson) && !looksLikeHtml(contentType, text),
				text: true,
			};
		}
	}
	return { value: text, malformedJson: false, text: true };
}

/**
 * An HTML document, whatever the content type claims: the start of a sign-in, proxy or error page.
 */
export function looksLikeHtml(contentType: string, text: string): boolean {
	return (
		/html|xml/i.test(contentType) ||
		/^\s*<(!doctype|html|head|body|\?xml|[a-z]+[\s>])/i.test(text.slice(0, 200))
	);
}

/**
 * Bracket-key form encoding: { a: { b: 1 }, c: [1, 2] } → a[b]=1&c=1,2 (list encoding is
 * undocumented; commas are the common form).
 */
export function toForm(body: Record<string, unknown>): string {
	const params = new URLSearchParams();
	const add = (key: string, value: unknown) => {
		if (value === undefined || value === null) return;
		if (Array.isArray(value)) params.append(key, value.map(String).join(','));
		else if (typeof value === 'object')
			for (const [sub, inner] of Object.entries(value as Record<string, unknown>))
				add(`${key}[${sub}]`, inner);
		else params.append(key, String(value));
	};
	for (const [key, value] of Object.entries(body)) add(key, value);
	return params.toString();
}

/**
 * Status, headers and body of an HTTP answer that n8n's helper threw as an error (it wraps the
 * client error).
 */
async function thrownResponse(
	error: unknown,
	deadline: AbortSignal,
): Promise<{ status: number; headers: Record<string, string>; body: unknown } | undefined> {
	const candidate = error as {
		httpCode?: string;
		response?: { status?: number; data?: unknown; headers?: Record<string, unknown> };
		cause?: { response?: { status?: number; data?: unknown; headers?: Record<string, unknown> } };
	};
	const response = candidate.response ?? candidate.cause?.response;
	const status = Number(response?.status ?? candidate.httpCode);
	if (!Number.isFinite(status) || status < 300) return undefined;
	const headers = lowerCaseHeaders(response?.headers);
	const data = response?.data;
	const raw =
		isByteStream(data) || Buffer.isBuffer(data) || data instanceof ArrayBuffer
			? await readHead(data, ERROR_BODY_BYTES, deadline)
			: undefined;
	return { status, headers, body: raw ? decodeBody(raw, headers['content-type']).value : data };
}

function nodeOf(ctx: RequestContext): INode {
	return ctx.getNode();
}

/**
 * What every request of one execution context to one API starts from, worked out on its first
 * request: the credentials (n8n decrypts them again on every call otherwise), the same credentials
 * in the form n8n takes them back in (then it neither decrypts them again nor loses a renewal), and
 * the base URL they name.
 */
interface Prepared {
	credentials: ICredentialDataDecryptedObject;
	decrypted: Parameters<AuthenticatedRequest>[2];
	baseUrl: string;
}

/** Per execution context: the credentials read, by type, and each API's start for its requests. */
const preparedByContext = new WeakMap<
	object,
	{ credentials: Map<string, ICredentialDataDecryptedObject>; apis: Map<VendorApi, Prepared> }
>();

async function prepared(ctx: RequestContext, api: VendorApi, itemIndex?: number) {
	let kept = preparedByContext.get(ctx);
	const ready = kept?.apis.get(api);
	if (ready) return ready;
	if (!kept) {
		kept = { credentials: new Map(), apis: new Map() };
		preparedByContext.set(ctx, kept);
	}
	// APIs of one vendor may share a credential (Onsight Flow's gateway and accounts hosts): it is
	// read once, so a renewal through one is seen by the other.
	let credentials = kept.credentials.get(api.credentialType);
	if (!credentials) {
		const get = ctx.getCredentials as (
			t: string,
			i?: number,
		) => Promise<ICredentialDataDecryptedObject>;
		credentials = await get.call(ctx, api.credentialType, itemIndex);
		kept.credentials.set(api.credentialType, credentials);
	}
	const fresh: Prepared = {
		credentials,
		decrypted: {
			credentialsDecrypted: {
				id: '',
				name: api.displayName,
				type: api.credentialType,
				data: credentials,
			},
		},
		baseUrl: resolveBaseUrl(credentials?.[api.baseUrlField], api.defaultBaseUrl),
	};
	kept.apis.set(api, fresh);
	return fresh;
}

/**
 * Sessions the node renewed itself, per execution context, so one renewal serves the rest of the
 * run.
 */
const renewedSessions = new WeakMap<object, { headers: Record<string, string>; secret: string }>();

/**
 * Hands n8n an abort signal it cannot lose: n8n replaces a request's `abortSignal` with the
 * execution's cancel signal, so the deadline is kept in an accessor that answers with both. The
 * accessor is written in the literal: added by Object.defineProperty, it made the options (and
 * the copy n8n's authentication makes of them) several microseconds slower, on every page of
 * Return All.
 */
function withDeadline(options: IHttpRequestOptions, deadline: Deadline): IHttpRequestOptions {
	let outer: AbortSignal | undefined;
	return {
		...options,
		get abortSignal() {
			return deadline.or(outer);
		},
		set abortSignal(value: AbortSignal | undefined) {
			outer = value;
		},
	};
}

/** What was due instead of `decoded`, or undefined when the answer is what the endpoint returns. */
function wrongAnswer(
	decoded: { value: unknown; text: boolean },
	contentType: string,
	expect: ApiRequest['expect'],
): string | undefined {
	const value = decoded.value;
	if (decoded.text && looksLikeHtml(contentType, value as string))
		return expect === 'text' ? 'a JSON or text answer' : 'JSON';
	if (expect === 'text') return undefined;
	if (decoded.text) return 'JSON';
	if (expect === 'records' && (value === undefined || value === null || typeof value !== 'object'))
		return 'a list of records';
	return undefined;
}

/**
 * The one way every node in this package talks to a vendor: authenticated through n8n's credential
 * system, only ever to the origin the credential names, under a deadline and a size ceiling, with
 * retries on 429/5xx for requests that are safe to repeat, and errors turned into NodeApiErrors
 * that say what to fix and never contain a secret.
 */
export async function apiRequest<T = unknown>(
	this: RequestContext,
	api: VendorApi,
	request: ApiRequest,
): Promise<ApiResponse<T>> {
	const policy: RetryPolicy = api.retry
		? { ...DEFAULT_RETRY_POLICY, ...api.retry }
		: DEFAULT_RETRY_POLICY;
	const { credentials, decrypted, baseUrl } = await prepared(this, api, request.itemIndex);
	// A renewed token or session lands in `credentials` (n8n assigns it there), so secrets are read
	// when needed.
	const secrets = () =>
		collectSecrets(credentials, api.secretFields, [renewedSessions.get(this)?.secret]);
	const retryable = mayRetry(request.method, request.idempotent);
	const deadlineMs = request.deadlineMs ?? policy.deadlineMs;
	const maxBytes =
		request.maxBytes ??
		(request.responseType === 'binary' ? LIMITS.maxFileBytes : LIMITS.maxAnswerBytes);
	const started = Date.now();
	const send = this.helpers.httpRequestWithAuthentication as unknown as AuthenticatedRequest;
	const node = nodeOf(this);

	let url = `${baseUrl}${request.path}`;
	let method: string = request.method;
	let qs = request.qs;
	let headers: Record<string, string> = { ...api.defaultHeaders, ...request.headers };
	let body: IHttpRequestOptions['body'];
	if (request.body !== undefined) {
		body = request.body as IHttpRequestOptions['body'];
		if (
			!Buffer.isBuffer(request.body) &&
			typeof request.body === 'object' &&
			request.body !== null
		) {
			const form = api.bodyEncoding === 'form';
			headers = {
				...headers,
				'Content-Type': form ? 'application/x-www-form-urlencoded' : 'application/json',
			};
			body = form ? toForm(request.body as Record<string, unknown>) : JSON.stringify(request.body);
		}
	}
	const ownSession = api.session ? renewedSessions.get(this) : undefined;
	if (ownSession) headers = { ...headers, ...ownSession.headers };

	let renewed = false;
	let redirects = 0;
	let attempt = 0;
	/**
	 * Waits out the back-off before the next attempt and says whether there is one: only for a
	 * request that is safe to repeat, within the attempts and the time budget. `retryAfterMs` is the
	 * server's ask.
	 */
	const retried = async (retryAfterMs?: number) => {
		const wait = backoffDelay(attempt, policy, retryAfterMs);
		const allowed =
			retryable &&
			attempt + 1 < policy.maxAttempts &&
			Date.now() - started + wait <= policy.budgetMs;
		if (!allowed) return false;
		attempt++;
		await sleep(wait);
		return true;
	};
	for (;;) {
		const deadline = deadlineFor(this, deadlineMs);
		const late = `${api.displayName} did not finish answering within ${Math.round(deadlineMs / 1000)} s`;
		// One watch follows this attempt's deadline from sending to the body's last byte.
		const watch = new DeadlineWatch(deadline, late);
		try {
			const options = withDeadline(
				{
					method: method as IHttpRequestOptions['method'],
					url,
					headers,
					qs,
					body,
					returnFullResponse: true,
					ignoreHttpStatusErrors: api.refreshOn401 ? { ignore: true, except: [401] } : true,
					encoding: 'stream',
					json: false,
					timeout: policy.timeoutMs,
					// Redirects are the node's to follow (see redirects.ts): n8n would carry the credential
					// along.
					disableFollowRedirect: true,
					sendCredentialsOnCrossOriginRedirect: false,
				},
				deadline,
			);

			let raw: RawResponse;
			try {
				raw = await watch.answer(send.call(this, api.credentialType, options, decrypted));
			} catch (error) {
				if (error instanceof BodyLimitError || deadline.passed)
					throw deadlineError(node, api, deadlineMs, request.itemIndex);
				// An HTTP error n8n let through (see refreshOn401), or a login / token call's answer, is an
				// answer.
				const answered = await thrownResponse(error, deadline.signal);
				if (answered && REDIRECT_STATUSES.has(answered.status)) {
					throw redirectError(
						node,
						api,
						answered.status,
						hostOf(resolveLocation(answered.headers.location, url)),
						request.itemIndex,
					);
				}
				if (answered)
					throw apiError(node, api, answered, secrets(), request.itemIndex, request.advice);
				// A request Node.js refuses to build fails the same way every time.
				if (!unsendable(error) && (await retried())) continue;
				throw transportError(node, api, error, secrets(), request.itemIndex, attempt + 1);
			}

			const status = raw.statusCode;
			const responseHeaders = lowerCaseHeaders(raw.headers);

			if (REDIRECT_STATUSES.has(status)) {
				closeStream(raw.body);
				const target = resolveLocation(responseHeaders.location, url);
				if (!target || originOf(target) !== originOf(url)) {
					throw redirectError(
						node,
						api,
						status,
						target ? (originOf(target) ?? hostOf(target)) : 'no address (an empty Location)',
						request.itemIndex,
					);
				}
				if (++redirects > LIMITS.maxRedirects) {
					throw limitError(
						node,
						api,
						`more than ${LIMITS.maxRedirects} redirects`,
						'The service keeps redirecting within its own address: check the base URL in the credential.',
						request.itemIndex,
					);
				}
				url = target;
				qs = undefined;
				const next = redirectMethod(method, status);
				if (next !== method) body = undefined;
				method = next;
				continue;
			}

			if (request.responseType === 'stream' && status >= 200 && status < 300) {
				const contentType = responseHeaders['content-type'] ?? '';
				if (/html/i.test(contentType)) {
					const head = await readHead(raw.body, 20_000, deadline.signal);
					throw wrongAnswerError(
						node,
						api,
						{ status, contentType, text: head.toString('utf8'), expected: 'the documented answer' },
						secrets(),
						request.itemIndex,
					);
				}
				return {
					status,
					headers: responseHeaders,
					body: raw.body as T,
					deadline: deadline.signal,
				};
			}

			let buffer: Buffer;
			try {
				// The watch ends the body at the deadline; readBody needs no listener of its own.
				buffer =
					status >= 200 && status < 300
						? await readBody(raw.body, {
								maxBytes,
								deadlineMessage: late,
								sizeMessage: `the answer is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`,
								contentLength: Number(responseHeaders['content-length']) || undefined,
							})
						: await readHead(raw.body, ERROR_BODY_BYTES, deadline.signal);
			} catch (error) {
				if (deadline.passed || (error instanceof BodyLimitError && error.reason === 'deadline'))
					throw deadlineError(node, api, deadlineMs, request.itemIndex);
				if (error instanceof BodyLimitError) {
					throw limitError(
						node,
						api,
						error.message,
						"The node does not read answers this large, so one answer cannot exhaust n8n's memory. Ask for fewer records per call (a Limit, a filter).",
						request.itemIndex,
					);
				}
				// The connection broke mid-body: like a lost answer, safe to repeat only for idempotent
				// calls.
				if (await retried()) continue;
				throw transportError(node, api, error, secrets(), request.itemIndex, attempt + 1);
			}

			if (status >= 200 && status < 300) {
				if (request.responseType === 'binary') {
					// A sign-in or proxy page is not the file that was asked for.
					const head = buffer.subarray(0, 512).toString('utf8');
					if (looksLikeHtml(responseHeaders['content-type'] ?? '', head)) {
						throw wrongAnswerError(
							node,
							api,
							{
								status,
								contentType: responseHeaders['content-type'] ?? '',
								text: buffer.subarray(0, 20_000).toString('utf8'),
								expected: 'a file',
							},
							secrets(),
							request.itemIndex,
						);
					}
					return { status, headers: responseHeaders, body: buffer as T };
				}
				const contentType = responseHeaders['content-type'] ?? '';
				const decoded = decodeBody(buffer, contentType);
				const expected = decoded.malformedJson
					? undefined
					: wrongAnswer(decoded, contentType, request.expect);
				if (expected) {
					throw wrongAnswerError(
						node,
						api,
						{ status, contentType, text: buffer.subarray(0, 20_000).toString('utf8'), expected },
						secrets(),
						request.itemIndex,
					);
				}
				if (decoded.malformedJson) {
					if (await retried()) continue;
					throw invalidResponseError(node, api, 'the JSON body is incomplete', request.itemIndex);
				}
				if (api.isFailure?.(decoded.value)) {
					if (api.session && !renewed && api.session.expired(decoded.value)) {
						renewed = true;
						const session = await api.session.renew.call(this, credentials);
						if (session) {
							renewedSessions.set(this, session);
							headers = { ...headers, ...session.headers };
							continue;
						}
					}
					throw apiError(
						node,
						api,
						{ status, body: decoded.value },
						secrets(),
						request.itemIndex,
						request.advice,
					);
				}
				return { status, headers: responseHeaders, body: decoded.value as T };
			}

			const retryAfterMs = parseRetryAfter(responseHeaders['retry-after']);
			if (isRetryableStatus(status) && (await retried(retryAfterMs))) continue;
			throw apiError(
				node,
				api,
				{ status, body: decodeBody(buffer, responseHeaders['content-type']).value },
				secrets(),
				request.itemIndex,
				request.advice,
			);
		} finally {
			watch.stop();
		}
	}
}

function deadlineError(node: INode, api: VendorApi, deadlineMs: number, itemIndex?: number) {
	return limitError(
		node,
		api,
		`did not finish answering within ${Math.round(deadlineMs / 1000)} s; the node stopped waiting`,
		"The deadline covers the whole answer, not only the first byte: the service is slow or the connection trickles. Try again later; for a large download or stream, raise the node's Timeout option.",
		itemIndex,
	);
}
