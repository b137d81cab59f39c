import { NodeOperationError } from 'n8n-workflow';
import { DateTime } from 'luxon';
import type { INode } from 'n8n-workflow';
import { LIMITS } from './transport/limits';

/**
 * Input checks that run before any request: each names the parameter as the user sees it and the
 * form it expects, so a mistake costs no API call and leaves nothing half-written.
 */
export class InputError extends NodeOperationError {}

function fail(
	node: INode,
	parameter: string,
	expected: string,
	got: unknown,
	itemIndex?: number,
): never {
	const shown =
		got === undefined || got === null || got === '' ? 'nothing' : JSON.stringify(got).slice(0, 80);
	throw new InputError(node, `Parameter "${parameter}" ${expected}; got ${shown}`, {
		itemIndex,
		description: `Fix "${parameter}" on the node and run it again. No request was sent.`,
	});
}

export interface IdOptions {
	/**
	 * `numeric`: digits only (vendors whose ids are integers). `token`: letters, digits, `_`, `-`,
	 * `.`, `:`.
	 */
	format: 'numeric' | 'token' | 'any';
	itemIndex?: number;
}

/** How a long value is shown in an error: its start and its length, never the whole value. */
function longValue(text: string): string {
	return `${text.slice(0, 20)}… (${text.length} characters)`;
}

export function requireId(
	node: INode,
	parameter: string,
	value: unknown,
	options: IdOptions,
): string {
	const text =
		typeof value === 'number'
			? String(value)
			: typeof value === 'string'
				? value.trim()
				: undefined;
	if (text === undefined || text === '')
		fail(node, parameter, 'is required and must be an ID', value, options.itemIndex);
	if (text.length > LIMITS.maxIdLength) {
		fail(
			node,
			parameter,
			`must be an ID of at most ${LIMITS.maxIdLength} characters`,
			longValue(text),
			options.itemIndex,
		);
	}
	if (options.format === 'numeric' && !/^\d+$/.test(text)) {
		fail(node, parameter, 'must be a numeric ID such as 1234', value, options.itemIndex);
	}
	if (options.format === 'token' && !/^[A-Za-z0-9_.:-]+$/.test(text)) {
		fail(
			node,
			parameter,
			'must be an ID made of letters, digits, "_", "-", "." or ":"',
			value,
			options.itemIndex,
		);
	}
	return text;
}

/** A list of IDs typed as "1, 2, 3", or given as an array by an expression. */
export function requireIdList(
	node: INode,
	parameter: string,
	value: unknown,
	options: IdOptions & { allowEmpty?: boolean },
): string[] {
	const parts = Array.isArray(value)
		? value.map((entry) =>
				typeof entry === 'object' && entry !== null && 'id' in entry
					? (entry as { id: unknown }).id
					: entry,
			)
		: typeof value === 'string' || typeof value === 'number'
			? String(value).split(/[\s,;]+/)
			: undefined;
	if (parts === undefined)
		fail(node, parameter, 'must be a comma-separated list of IDs', value, options.itemIndex);
	if (parts.length > LIMITS.maxIdListLength) {
		fail(
			node,
			parameter,
			`must list at most ${LIMITS.maxIdListLength} IDs`,
			`${parts.length} IDs`,
			options.itemIndex,
		);
	}
	const ids = parts.map((part) => String(part ?? '').trim()).filter((part) => part !== '');
	if (ids.length === 0 && !options.allowEmpty) {
		fail(
			node,
			parameter,
			'needs at least one ID (comma-separated, e.g. 101, 102)',
			value,
			options.itemIndex,
		);
	}
	return ids.map((id) => requireId(node, parameter, id, options));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Accepts ISO 8601 dates and date-times (what n8n's date picker and `$now.toISO()` produce). */
export function requireIsoDate(
	node: INode,
	parameter: string,
	value: unknown,
	itemIndex?: number,
): Date {
	const text =
		value instanceof Date
			? value.toISOString()
			: typeof value === 'object' &&
				  value !== null &&
				  typeof (value as { toISO?: unknown }).toISO === 'function'
				? String((value as { toISO: () => string }).toISO())
				: typeof value === 'string'
					? value.trim()
					: '';
	if (!ISO_DATE.test(text)) {
		fail(
			node,
			parameter,
			'must be an ISO 8601 date such as 2024-05-01 or 2024-05-01T09:30:00Z',
			value,
			itemIndex,
		);
	}
	// A date-time without a zone is read as UTC, so the result does not depend on the server's zone;
	// a day the month does not have (2026-02-30) or an hour the day does not have is refused.
	const date = DateTime.fromISO(text.replace(' ', 'T'), { zone: 'utc' });
	if (!date.isValid) fail(node, parameter, 'must be a real calendar date', value, itemIndex);
	return date.toJSDate();
}

export function requireJson<T = unknown>(
	node: INode,
	parameter: string,
	value: unknown,
	shape: 'object' | 'array' | 'any',
	itemIndex?: number,
): T {
	let parsed: unknown = value;
	if (typeof value === 'string') {
		if (value.trim() === '')
			fail(
				node,
				parameter,
				`must be a JSON ${shape === 'any' ? 'value' : shape}`,
				value,
				itemIndex,
			);
		if (value.length > LIMITS.maxJsonLength)
			fail(
				node,
				parameter,
				`must be at most ${LIMITS.maxJsonLength} characters of JSON`,
				longValue(value),
				itemIndex,
			);
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			fail(node, parameter, `must be valid JSON (${(error as Error).message})`, value, itemIndex);
		}
	}
	if (shape === 'array' && !Array.isArray(parsed))
		fail(node, parameter, 'must be a JSON array, e.g. [{"key": "value"}]', value, itemIndex);
	if (
		shape === 'object' &&
		(parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
	) {
		fail(node, parameter, 'must be a JSON object, e.g. {"key": "value"}', value, itemIndex);
	}
	return parsed as T;
}

export function requireText(
	node: INode,
	parameter: string,
	value: unknown,
	options: { maxLength?: number; pattern?: RegExp; expected?: string; itemIndex?: number } = {},
): string {
	const text =
		typeof value === 'number'
			? String(value)
			: typeof value === 'string'
				? value.trim()
				: undefined;
	if (text === undefined || text === '')
		fail(node, parameter, 'is required', value, options.itemIndex);
	if (options.maxLength !== undefined && text.length > options.maxLength) {
		fail(
			node,
			parameter,
			`must be at most ${options.maxLength} characters`,
			longValue(text),
			options.itemIndex,
		);
	}
	if (options.pattern && !options.pattern.test(text)) {
		fail(
			node,
			parameter,
			options.expected ?? `must match ${options.pattern}`,
			value,
			options.itemIndex,
		);
	}
	return text;
}

export function requireNumber(
	node: INode,
	parameter: string,
	value: unknown,
	options: { min?: number; max?: number; integer?: boolean; itemIndex?: number } = {},
): number {
	const number =
		typeof value === 'number'
			? value
			: typeof value === 'string' && value.trim() !== ''
				? Number(value)
				: NaN;
	if (!Number.isFinite(number)) fail(node, parameter, 'must be a number', value, options.itemIndex);
	if (options.integer && !Number.isInteger(number))
		fail(node, parameter, 'must be a whole number', value, options.itemIndex);
	if (options.min !== undefined && number < options.min)
		fail(node, parameter, `must be at least ${options.min}`, value, options.itemIndex);
	if (options.max !== undefined && number > options.max)
		fail(node, parameter, `must be at most ${options.max}`, value, options.itemIndex);
	return number;
}

export function requireEmail(
	node: INode,
	parameter: string,
	value: unknown,
	itemIndex?: number,
): string {
	return requireText(node, parameter, value, {
		maxLength: 254,
		pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
		expected: 'must be an email address such as jane@example.com',
		itemIndex,
	});
}
