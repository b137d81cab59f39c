import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

/** Every n8n context that may send an authenticated request. */
export type RequestContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IPollFunctions
	| IHookFunctions
	| IWebhookFunctions;

/** What the shared transport needs to know about one vendor; the vendor folder supplies it. */
export interface VendorApi {
	/** n8n credential type name, e.g. `damstraLearningApi`. */
	credentialType: string;
	/** Display name used in error messages. */
	displayName: string;
	/** Default base URL, used when the credential leaves its override empty. */
	defaultBaseUrl: string;
	/** Credential property holding the base URL override. */
	baseUrlField: string;
	/** That property's label, for messages that tell the user what to check (default "Base URL"). */
	baseUrlLabel?: string;
	/** Credential properties whose values must never appear in errors or output. */
	secretFields: string[];
	/** Headers sent on every request. */
	defaultHeaders?: Record<string, string>;
	/** Pulls the vendor's own error message and code out of an error body. */
	parseError?: (body: unknown) => { message?: string; code?: string | number } | undefined;
	/** Vendor-specific advice for a status / internal code; falls back to the generic advice. */
	adviceFor?: (status: number, code?: string | number) => string | undefined;
	/** Retry policy overrides. */
	retry?: Partial<RetryPolicy>;
	/** `form`: object bodies are sent form-encoded with bracket keys (`person_data[firstname]=…`). */
	bodyEncoding?: 'json' | 'form';
	/**
	 * Let HTTP 401 reach n8n, which then runs the credential's preAuthentication again (a new
	 * session) and repeats the request once.
	 */
	refreshOn401?: boolean;
	/** A 2xx answer that still reports failure (e.g. `{ valid: false }`). */
	isFailure?: (body: unknown) => boolean;
	/**
	 * For APIs that report an expired session inside a 2xx answer, where n8n's own refresh (which
	 * needs an HTTP error) cannot see it: the node logs in again itself and repeats the request once.
	 */
	session?: SessionRenewal;
}

export interface SessionRenewal {
	/** The answer says the session is no longer valid. */
	expired(body: unknown): boolean;
	/**
	 * Logs in again and returns the headers that carry the new session, and the session itself (to
	 * redact it).
	 */
	renew(
		this: RequestContext,
		credentials: ICredentialDataDecryptedObject,
	): Promise<{ headers: Record<string, string>; secret: string } | undefined>;
}

export interface RetryPolicy {
	/** Attempts including the first one. */
	maxAttempts: number;
	/** First back-off step; doubled on every attempt. */
	baseDelayMs: number;
	/** Ceiling of one computed back-off step (Retry-After may ask for more, within the budget). */
	maxDelayMs: number;
	/** Total time an operation may spend on retries and waiting. */
	budgetMs: number;
	/** Idle timeout of one request (n8n's `timeout`: time without a byte). */
	timeoutMs: number;
	/** Whole-request deadline: headers and body. */
	deadlineMs: number;
}

export interface ApiRequest {
	method: IHttpRequestMethods;
	/** Path below the base URL, already URL-encoded (build it with `expandPath`). */
	path: string;
	qs?: IDataObject;
	body?: unknown;
	headers?: Record<string, string>;
	/**
	 * `true`: a POST/PATCH safe to repeat; `false`: never repeated; unset: GET, PUT and DELETE are,
	 * others not.
	 */
	idempotent?: boolean;
	/**
	 * `binary` keeps the body as a Buffer whatever its content type; `stream` hands back the open
	 * body stream.
	 */
	responseType?: 'json' | 'binary' | 'stream';
	/** Item index, for error messages. */
	itemIndex?: number;
	/**
	 * Advice for this call's error statuses (e.g. which scope a 403 lacks); wins over the vendor's.
	 */
	advice?: Partial<Record<number, string>>;
	/**
	 * What a 2xx answer must hold, checked for `json` requests: `records` (a JSON array or object),
	 * `json` (JSON or an empty body; the default), `text` (plain text is fine too). HTML is never
	 * accepted.
	 */
	expect?: 'records' | 'json' | 'text';
	/** Overrides the deadline of the whole request (downloads, streams), in milliseconds. */
	deadlineMs?: number;
	/** Overrides the size ceiling of the answer, in bytes. */
	maxBytes?: number;
}

export interface ApiResponse<T = unknown> {
	status: number;
	headers: Record<string, string>;
	/**
	 * Parsed JSON, `undefined` for an empty body, a string for non-JSON text, a Buffer for `binary`,
	 * a readable stream for `stream`.
	 */
	body: T;
	/** For `stream` answers: the request's deadline, which the reader must keep watching. */
	deadline?: AbortSignal;
}
