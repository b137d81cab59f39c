import { DateTime } from 'luxon';

/**
 * The vendor's time at an answer, from its Date header (milliseconds), or undefined when the header
 * is missing or unreadable. Triggers anchor their windows on it rather than on n8n's clock, so a
 * vendor running minutes or an hour off loses nothing.
 */
export function vendorTime(headers: Record<string, string> | undefined): number | undefined {
	const header = headers?.date;
	if (!header) return undefined;
	const time = DateTime.fromHTTP(header);
	return time.isValid ? time.toMillis() : undefined;
}

/** A record's own time from a vendor date string (ISO, with or without a zone: none means UTC). */
export function recordTime(value: unknown): number | undefined {
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const text = value.trim().replace(' ', 'T');
	const time = DateTime.fromISO(text, { zone: 'utc' });
	return time.isValid ? time.toMillis() : undefined;
}
