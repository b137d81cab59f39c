import type { IHttpRequestMethods } from 'n8n-workflow';
import { DateTime } from 'luxon';
import type { RetryPolicy } from './types';
import { LIMITS } from './limits';

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
	maxAttempts: 5,
	baseDelayMs: 500,
	maxDelayMs: 8000,
	budgetMs: 60000,
	timeoutMs: 60000,
	deadlineMs: LIMITS.requestDeadlineMs,
};

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/**
 * Whether a request may be sent again after a lost or failed answer. A declaration wins: `true` for
 * a POST that is safe to repeat, `false` for a call that must never run twice (even a DELETE that
 * cannot be undone); otherwise the method decides.
 */
export function mayRetry(method: IHttpRequestMethods, declaredIdempotent?: boolean): boolean {
	return declaredIdempotent ?? IDEMPOTENT_METHODS.has(method.toUpperCase());
}

export function isRetryableStatus(status: number): boolean {
	return status === 429 || status === 502 || status === 503 || status === 504 || status === 500;
}

/**
 * Retry-After is either delta-seconds or an HTTP date; returns milliseconds, or undefined when
 * absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
	if (value === undefined || value === '') return undefined;
	const trimmed = value.trim();
	if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
	const date = DateTime.fromHTTP(trimmed);
	if (!date.isValid) return undefined;
	return Math.max(0, date.toMillis() - now);
}

/**
 * Exponential back-off with "equal jitter": half the step is fixed so retries never bunch at zero,
 * half is random so concurrent executions spread out. The server's Retry-After wins when it asks
 * for longer.
 */
export function backoffDelay(
	attempt: number,
	policy: RetryPolicy,
	retryAfterMs?: number,
	random: () => number = Math.random,
): number {
	const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
	const jittered = step / 2 + (random() * step) / 2;
	return retryAfterMs === undefined ? jittered : Math.max(retryAfterMs, 0);
}
