import { sleep } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject, IHttpRequestOptions, INode } from 'n8n-workflow';
import type { ApiRequest, ApiResponse, RequestContext, RetryPolicy, VendorApi } from './types';
import { DEFAULT_RETRY_POLICY, backoffDelay, isRetryableStatus, mayRetry, parseRetryAfter } from './retry';
import { apiError, invalidResponseError, transportError } from './errors';
import { collectSecrets } from './redact';

interface RawResponse {
	body: unknown;
	headers: Record<string, unknown>;
	statusCode: number;
}

type AuthenticatedRequest = (
	this: RequestContext,
	credentialType: string,
	options: IHttpRequestOptions,
	additional?: { credentialsDecrypted: { id: string; name: string; type: string; data: ICredentialDataDecryptedObject } },
) => Promise<RawResponse>;

export function resolveBaseUrl(override: unknown, fallback: string): string {
	const chosen = typeof override === 'string' && override.trim() !== '' ? override.trim() : fallback;
	return chosen.replace(/\/+$/, '');
}

function lowerCaseHeaders(headers: Record<string, unknown> | undefined): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, value] of Object.entries(headers ?? {})) {
		if (value === undefined || value === null) continue;
		out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
	}
	return out;
}

function isReadable(body: unknown): body is AsyncIterable<Uint8Array | string> {
	return !!body && typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function' && !Buffer.isBuffer(body);
}

/** An error answer to a streamed request still arrives as a stream: read it whole to report it. */
async function drain(body: AsyncIterable<Uint8Array | string>): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of body) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
	return Buffer.concat(chunks);
}

function toBuffer(body: unknown): Buffer {
	if (Buffer.isBuffer(body)) return body;
	if (body instanceof ArrayBuffer) return Buffer.from(body);
	if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
	if (typeof body === 'string') return Buffer.from(body, 'utf8');
	if (body === undefined || body === null) return Buffer.alloc(0);
	return Buffer.from(JSON.stringify(body), 'utf8');
}

/** JSON when it parses, text otherwise; `undefined` for an empty body. Pages can be large: no extra copies. */
export function decodeBody(buffer: Buffer, contentType = ''): { value: unknown; malformedJson: boolean } {
	if (buffer.length === 0) return { value: undefined, malformedJson: false };
	const text = buffer.toString('utf8');
	const start = text.search(/\S/);
	if (start === -1) return { value: undefined, malformedJson: false };
	const saysJson = /json/i.test(contentType);
	if (saysJson || '[{"'.includes(text[start])) {
		try {
			return { value: JSON.parse(text) as unknown, malformedJson: false };
		} catch {
			return { value: text, malformedJson: saysJson };
		}
	}
	return { value: text, malformedJson: false };
}

/** Bracket-key form encoding: { a: { b: 1 }, c: [1, 2] } → a[b]=1&c=1,2 (list encoding is undocumented; commas are the common form). */
export function toForm(body: Record<string, unknown>): string {
	const params = new URLSearchParams();
	const add = (key: string, value: unknown) => {
		if (value === undefined || value === null) return;
		if (Array.isArray(value)) params.append(key, value.map(String).join(','));
		else if (typeof value === 'object') for (const [sub, inner] of Object.entries(value as Record<string, unknown>)) add(`${key}[${sub}]`, inner);
		else params.append(key, String(value));
	};
	for (const [key, value] of Object.entries(body)) add(key, value);
	return params.toString();
}

/** Status and body of an HTTP error thrown by n8n's request helper (it wraps the client error). */
function thrownResponse(error: unknown): { status: number; body: unknown } | undefined {
	const candidate = error as { httpCode?: string; response?: { status?: number; data?: unknown }; cause?: { response?: { status?: number; data?: unknown } } };
	const response = candidate.response ?? candidate.cause?.response;
	const status = Number(response?.status ?? candidate.httpCode);
	if (!Number.isFinite(status) || status < 400) return undefined;
	const data = response?.data;
	const body = Buffer.isBuffer(data) || data instanceof ArrayBuffer ? decodeBody(toBuffer(data)).value : data;
	return { status, body };
}

function nodeOf(ctx: RequestContext): INode {
	return ctx.getNode();
}

/** Decrypted credentials per execution context and type: n8n decrypts them again on every call otherwise. */
const decryptedCredentials = new WeakMap<object, Map<string, ICredentialDataDecryptedObject>>();

async function credentialsOf(ctx: RequestContext, type: string, itemIndex?: number) {
	const cached = decryptedCredentials.get(ctx)?.get(type);
	if (cached) return cached;
	const get = ctx.getCredentials as (t: string, i?: number) => Promise<ICredentialDataDecryptedObject>;
	const credentials = await get.call(ctx, type, itemIndex);
	if (!decryptedCredentials.has(ctx)) decryptedCredentials.set(ctx, new Map());
	decryptedCredentials.get(ctx)?.set(type, credentials);
	return credentials;
}

/** Sessions the node renewed itself, per execution context, so one renewal serves the rest of the run. */
const renewedSessions = new WeakMap<object, Record<string, string>>();

/**
 * The one way every node in this package talks to a vendor: authenticated through n8n's credential
 * system, against the credential's base URL, with retries on 429/5xx for requests that are safe to repeat,
 * and errors turned into NodeApiErrors that say what to fix and never contain a secret.
 */
export async function apiRequest<T = unknown>(
	this: RequestContext,
	api: VendorApi,
	request: ApiRequest,
): Promise<ApiResponse<T>> {
	const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...api.retry };
	const credentials = await credentialsOf(this, api.credentialType, request.itemIndex);
	// A renewed token or session lands in `credentials` (n8n assigns it there), so secrets are read when needed.
	const secrets = () => collectSecrets(credentials, api.secretFields);
	// The credentials read once are handed back to n8n, which then neither decrypts them again nor loses a renewal.
	const decrypted = { credentialsDecrypted: { id: '', name: api.displayName, type: api.credentialType, data: credentials } };
	const baseUrl = resolveBaseUrl(credentials?.[api.baseUrlField], api.defaultBaseUrl);
	const retryable = mayRetry(request.method, request.idempotent);
	const started = Date.now();
	const send = this.helpers.httpRequestWithAuthentication as unknown as AuthenticatedRequest;

	const options: IHttpRequestOptions = {
		method: request.method,
		url: `${baseUrl}${request.path}`,
		headers: { ...api.defaultHeaders, ...request.headers },
		qs: request.qs,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		encoding: request.responseType === 'stream' ? 'stream' : 'arraybuffer',
		json: false,
		timeout: policy.timeoutMs,
	};
	if (api.refreshOn401) options.ignoreHttpStatusErrors = { ignore: true, except: [401] };
	if (request.body !== undefined) {
		options.body = request.body as IHttpRequestOptions['body'];
		if (!Buffer.isBuffer(request.body) && typeof request.body === 'object' && request.body !== null) {
			const form = api.bodyEncoding === 'form';
			options.headers = { ...options.headers, 'Content-Type': form ? 'application/x-www-form-urlencoded' : 'application/json' };
			options.body = form ? toForm(request.body as Record<string, unknown>) : JSON.stringify(request.body);
		}
	}

	let renewed = false;
	const ownSession = api.session ? renewedSessions.get(this) : undefined;
	if (ownSession) options.headers = { ...options.headers, ...ownSession };

	for (let attempt = 0; ; attempt++) {
		const canRetry = (waitMs: number) =>
			retryable && attempt + 1 < policy.maxAttempts && Date.now() - started + waitMs <= policy.budgetMs;

		let raw: RawResponse;
		try {
			raw = await send.call(this, api.credentialType, options, decrypted);
		} catch (error) {
			// An HTTP error n8n let through (see refreshOn401) is an answer, not a lost connection.
			const answered = thrownResponse(error);
			if (answered) throw apiError(nodeOf(this), api, answered, secrets(), request.itemIndex, request.advice);
			const wait = backoffDelay(attempt, policy);
			if (canRetry(wait)) {
				await sleep(wait);
				continue;
			}
			throw transportError(nodeOf(this), api, error, secrets(), request.itemIndex, attempt + 1);
		}

		const status = raw.statusCode;
		const headers = lowerCaseHeaders(raw.headers);
		if (request.responseType === 'stream' && status >= 200 && status < 300) return { status, headers, body: raw.body as T };
		const buffer = isReadable(raw.body) ? await drain(raw.body) : toBuffer(raw.body);

		if (status >= 200 && status < 300) {
			if (request.responseType === 'binary') return { status, headers, body: buffer as T };
			const decoded = decodeBody(buffer, headers['content-type']);
			if (decoded.malformedJson) {
				const wait = backoffDelay(attempt, policy);
				if (canRetry(wait)) {
					await sleep(wait);
					continue;
				}
				throw invalidResponseError(nodeOf(this), api, 'the JSON body is incomplete', request.itemIndex);
			}
			if (api.isFailure?.(decoded.value)) {
				if (api.session && !renewed && api.session.expired(decoded.value)) {
					renewed = true;
					const headers = await api.session.renew.call(this, credentials);
					if (headers) {
						renewedSessions.set(this, headers);
						options.headers = { ...options.headers, ...headers };
						continue;
					}
				}
				throw apiError(nodeOf(this), api, { status, body: decoded.value }, secrets(), request.itemIndex, request.advice);
			}
			return { status, headers, body: decoded.value as T };
		}

		if (isRetryableStatus(status)) {
			const wait = backoffDelay(attempt, policy, parseRetryAfter(headers['retry-after']));
			if (canRetry(wait)) {
				await sleep(wait);
				continue;
			}
		}
		throw apiError(
			nodeOf(this),
			api,
			{ status, body: decodeBody(buffer, headers['content-type']).value },
			secrets(),
			request.itemIndex,
			request.advice,
		);
	}
}
