import type { IDataObject } from 'n8n-workflow';

/**
 * How one API pages. The loop in `paginate` is shared; a strategy only says how to ask for the
 * first and next page and where the records are.
 */
export interface PagingStrategy {
	/** Query parameters for the first page, asking for at most `want` records. */
	first(want: number): IDataObject;
	/** Query parameters for the next page, or undefined when the previous one was the last. */
	next(state: PageState, want: number): IDataObject | undefined;
	/** The records of one page. */
	records(body: unknown): unknown[];
}

export interface PageState {
	query: IDataObject;
	body: unknown;
	records: unknown[];
	/** Records received so far, this page included. */
	received: number;
}

/** A dotted path (`meta.totalResultCount`) as its keys, split once per strategy, not per page. */
function keysOf(path: string | undefined): string[] | undefined {
	return path ? path.split('.') : undefined;
}

function readPath(body: unknown, keys: string[] | undefined): unknown {
	if (!keys) return body;
	let current: unknown = body;
	for (const key of keys) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string, unknown>)[key];
	}
	return current;
}

function recordsAt(body: unknown, keys: string[] | undefined): unknown[] {
	const found = readPath(body, keys);
	if (Array.isArray(found)) return found;
	if (Array.isArray(body)) return body;
	return [];
}

export interface OffsetPagingOptions {
	/** Query parameter holding the 0-based offset (`offset`, `startIndex`). */
	offsetParam: string;
	/** Query parameter holding the page size (`limit`, `maxResults`). */
	limitParam: string;
	pageSize: number;
	/** Where the records sit in the body (`results`, `Data`); a bare array is also accepted. */
	recordsPath?: string;
	/** Total count, when the envelope has one (`meta.totalResultCount`). */
	totalPath?: string;
	/** Boolean "more pages follow" flag, when the envelope has one (`HasMore`). */
	hasMorePath?: string;
	/**
	 * `false` when the API's page-size ceiling is unknown: a page shorter than asked may just be the
	 * ceiling, so only an empty page ends the list (one extra request, nothing skipped).
	 */
	shortPageEnds?: boolean;
}

/**
 * Offset paging that stops on whichever signal the envelope gives: total reached, has-more false,
 * empty or short page.
 */
export function offsetPaging(options: OffsetPagingOptions): PagingStrategy {
	const size = (want: number) => Math.max(1, Math.min(options.pageSize, want));
	const recordsKeys = keysOf(options.recordsPath);
	const hasMoreKeys = keysOf(options.hasMorePath);
	const totalKeys = keysOf(options.totalPath);
	return {
		first: (want) => ({ [options.offsetParam]: 0, [options.limitParam]: size(want) }),
		records: (body) => recordsAt(body, recordsKeys),
		next(state, want) {
			if (state.records.length === 0) return undefined;
			if (hasMoreKeys) {
				const hasMore = readPath(state.body, hasMoreKeys);
				if (hasMore === false) return undefined;
				if (hasMore === true) return nextOffset(state, options, size(want));
			}
			if (totalKeys) {
				const total = Number(readPath(state.body, totalKeys));
				if (Number.isFinite(total)) {
					const offset = Number(state.query[options.offsetParam] ?? 0) + state.records.length;
					return offset >= total ? undefined : nextOffset(state, options, size(want));
				}
			}
			const asked = Number(state.query[options.limitParam]);
			if (state.records.length < asked && options.shortPageEnds !== false) return undefined;
			return nextOffset(state, options, size(want));
		},
	};
}

function nextOffset(state: PageState, options: OffsetPagingOptions, size: number): IDataObject {
	const offset = Number(state.query[options.offsetParam] ?? 0) + state.records.length;
	return { [options.offsetParam]: offset, [options.limitParam]: size };
}

/** Lists the API returns whole: one request without paging parameters. */
export function unpaged(recordsPath?: string): PagingStrategy {
	const recordsKeys = keysOf(recordsPath);
	return {
		first: () => ({}),
		next: () => undefined,
		records: (body) => recordsAt(body, recordsKeys),
	};
}

export interface CursorPagingOptions {
	cursorParam: string;
	limitParam?: string;
	pageSize: number;
	recordsPath?: string;
	/** Where the next cursor is; an empty or missing value ends the paging. */
	nextCursorPath: string;
	/** Optional flag that must be true for another page to be fetched. */
	hasMorePath?: string;
}

export function cursorPaging(options: CursorPagingOptions): PagingStrategy {
	const size = (want: number) => Math.max(1, Math.min(options.pageSize, want));
	const withLimit = (query: IDataObject, want: number) =>
		options.limitParam ? { ...query, [options.limitParam]: size(want) } : query;
	const recordsKeys = keysOf(options.recordsPath);
	const hasMoreKeys = keysOf(options.hasMorePath);
	const cursorKeys = keysOf(options.nextCursorPath);
	return {
		first: (want) => withLimit({}, want),
		records: (body) => recordsAt(body, recordsKeys),
		next(state, want) {
			if (state.records.length === 0) return undefined;
			if (hasMoreKeys && readPath(state.body, hasMoreKeys) !== true) return undefined;
			const cursor = readPath(state.body, cursorKeys);
			if (cursor === undefined || cursor === null || cursor === '') return undefined;
			return withLimit({ [options.cursorParam]: cursor as string }, want);
		},
	};
}

/** Why Return All stopped before the server said it was done. */
export class PagingError extends Error {
	constructor(
		readonly reason: 'repeated-page' | 'repeated-request' | 'ceiling',
		message: string,
	) {
		super(message);
	}
}

/**
 * A page's identity: its length and its first and last records. Two pages of a list that advances
 * never share all three; a server that ignores the offset or cycles its cursor sends the same page
 * again.
 */
export function fingerprint(records: unknown[]): string {
	if (records.length === 0) return '0';
	return `${records.length}|${JSON.stringify(records[0])}|${JSON.stringify(records[records.length - 1])}`;
}

/** The paging part of a request, with keys in a stable order. */
function requestKey(query: IDataObject): string {
	return JSON.stringify(
		Object.keys(query)
			.sort()
			.map((key) => [key, query[key]]),
	);
}

/**
 * Adds the first `count` of `records` to `all`, each through `shape` when given. A function of its
 * own: the loop runs once per record, and inside `paginate` it made V8 compile all of `paginate`
 * (tens of milliseconds of CPU, in the middle of a Return All) instead of these few lines. An index
 * rather than for…of, which costs an object per step until the code is optimised.
 */
function append<T>(
	all: T[],
	records: unknown[],
	count: number,
	shape: ((record: unknown) => T) | undefined,
): void {
	if (shape) for (let i = 0; i < count; i++) all.push(shape(records[i]));
	else for (let i = 0; i < count; i++) all.push(records[i] as T);
}

export interface PagingBounds {
	/** Records wanted: the user's Limit, or Infinity for Return All. */
	limit?: number;
	/** Return All stops with an error past this many records (a server that pages forever). */
	ceiling?: number;
}

/**
 * Fetches pages until the strategy says stop or `limit` records are in hand. `fetchPage` does the
 * request; the loop never holds more than the records it returns. It ends whatever the server says:
 * a request already sent (a cursor seen before), a page already received (an offset ignored) and
 * the ceiling each stop it with a PagingError. `shape` turns each record into what is returned (an
 * n8n item): done here, as the records arrive, a Return All builds one list, not a list of records
 * and then one of items.
 */
export async function paginate<T = unknown>(
	strategy: PagingStrategy,
	fetchPage: (query: IDataObject) => Promise<unknown>,
	bounds: number | PagingBounds = Infinity,
	shape?: (record: unknown) => T,
): Promise<T[]> {
	const { limit = Infinity, ceiling = Infinity } =
		typeof bounds === 'number' ? { limit: bounds } : bounds;
	const all: T[] = [];
	const sent = new Set<string>();
	const pages = new Set<string>();
	/** Sends the request for `query`, unless it was sent before. */
	const ask = (query: IDataObject, received: number) => {
		const key = requestKey(query);
		if (sent.has(key)) {
			throw new PagingError(
				'repeated-request',
				`the service pointed back to a page it already sent (${key}) after ${received} records`,
			);
		}
		sent.add(key);
		return fetchPage(query);
	};
	let query: IDataObject | undefined = strategy.first(limit);
	let pending: Promise<unknown> | undefined = ask(query, 0);
	while (query && pending) {
		const body = await pending;
		const records = strategy.records(body);
		const print = fingerprint(records);
		if (records.length > 0 && pages.has(print)) {
			throw new PagingError(
				'repeated-page',
				`the service sent the same page again after ${all.length} records (it ignores the paging parameters)`,
			);
		}
		pages.add(print);
		const kept = Math.min(records.length, Math.min(limit, ceiling) - all.length);
		const received = all.length + kept;
		let next: IDataObject | undefined;
		if (received < limit) {
			next = strategy.next({ query, body, records, received }, limit - received);
			if (next && received >= ceiling) {
				throw new PagingError(
					'ceiling',
					`Return All reached its ceiling of ${ceiling} records and the service still reports more`,
				);
			}
		}
		// The next page is asked for before this one's records become items. That does not overlap
		// the two: the request goes out only once this synchronous work is done (the send goes on
		// after an await, and code cannot yield to the event loop here without a timer).
		pending = next ? ask(next, received) : undefined;
		append(all, records, kept, shape);
		query = next;
	}
	return all;
}
