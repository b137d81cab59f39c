import {
	DEFAULT_RETRY_POLICY,
	backoffDelay,
	isRetryableStatus,
	mayRetry,
	parseRetryAfter,
} from '../../../nodes/shared/transport/retry';

describe('retry policy', () => {
	it('retries GET, PUT and DELETE on its own, POST and PATCH only when declared idempotent', () => {
		expect(['GET', 'PUT', 'DELETE'].map((m) => mayRetry(m as 'GET'))).toEqual([true, true, true]);
		expect(mayRetry('POST')).toBe(false);
		expect(mayRetry('PATCH')).toBe(false);
		expect(mayRetry('POST', true)).toBe(true);
	});

	it('never retries a call declared not idempotent, whatever its method (a destructive call)', () => {
		expect(['GET', 'PUT', 'DELETE', 'POST'].map((m) => mayRetry(m as 'GET', false))).toEqual([
			false,
			false,
			false,
			false,
		]);
	});

	it('treats 429 and 5xx as retryable, other errors as final', () => {
		expect([429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
		expect([400, 401, 403, 404, 409, 422].some(isRetryableStatus)).toBe(false);
	});

	it('reads Retry-After as seconds or as an HTTP date', () => {
		const now = Date.parse('2026-01-01T00:00:00Z');
		expect(parseRetryAfter('3', now)).toBe(3000);
		expect(parseRetryAfter('0', now)).toBe(0);
		expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
		expect(parseRetryAfter('soon', now)).toBeUndefined();
		expect(parseRetryAfter(undefined, now)).toBeUndefined();
	});

	it('doubles the back-off per attempt with jitter inside [step/2, step], capped', () => {
		const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
		expect(backoffDelay(0, policy, undefined, () => 0)).toBe(50);
		expect(backoffDelay(0, policy, undefined, () => 1)).toBe(100);
		expect(backoffDelay(2, policy, undefined, () => 1)).toBe(400);
		expect(backoffDelay(10, policy, undefined, () => 1)).toBe(1000);
	});

	it('waits exactly what Retry-After asks for when the server says so', () => {
		expect(backoffDelay(0, DEFAULT_RETRY_POLICY, 2500, () => 0.5)).toBe(2500);
	});
});
