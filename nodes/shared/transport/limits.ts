/**
 * Every bound the shared core puts on what a server can make a node do, in one place. A server that
 * trickles, pages forever, streams forever or sends an endless line meets one of these and the node
 * stops with an error that names it, instead of waiting or growing without end.
 */
export const LIMITS = {
	/**
	 * Whole request, headers and body, for ordinary API calls (n8n's own timeout is an idle timeout).
	 */
	requestDeadlineMs: 120_000,
	/** Default for downloads and event streams; the node's Timeout option can raise it. */
	downloadDeadlineMs: 300_000,
	/** Largest Timeout a user can set, in seconds. */
	maxTimeoutSeconds: 3_600,
	/** A JSON or text answer larger than this is not read (a page of records is far smaller). */
	maxAnswerBytes: 64 * 1024 * 1024,
	/** A file larger than this is not downloaded. */
	maxFileBytes: 256 * 1024 * 1024,
	/** Default ceiling of Return All, in records; the node's Max Records parameter can raise it. */
	returnAllMaxRecords: 100_000,
	/** Records one trigger poll reads at most (a cursor trigger continues at the next poll). */
	triggerMaxRecordsPerPoll: 100_000,
	/** Keys of emitted records a trigger remembers at most (the least recently seen go first). */
	triggerSeenKeys: 50_000,
	/** A trigger remembers an emitted record's key at least this long after it last saw it. */
	triggerSeenRetentionMs: 24 * 60 * 60 * 1000,
	/** Deliveries a webhook trigger remembers for its repeat check (the oldest go first). */
	webhookRepeatKeys: 10_000,
	/**
	 * How long a webhook trigger lets in deliveries with the token it last read from its credential
	 * before it reads the credential again (see DamstraLearning/trigger/token.ts).
	 */
	webhookTokenReuseMs: 5_000,
	/** Credentials whose token a webhook trigger process keeps at once. */
	webhookTokenCredentials: 1_000,
	/** Largest Max Records a user can set. */
	returnAllMaxRecordsCeiling: 10_000_000,
	/**
	 * An event stream with no event carrying data for this long has stalled (keep-alive comments do
	 * not count).
	 */
	streamIdleMs: 60_000,
	/** Largest single line or event of an event stream. */
	maxStreamEventBytes: 8 * 1024 * 1024,
	/** Largest CSV field or line. */
	maxCsvFieldChars: 1024 * 1024,
	/** Same-origin redirects followed before giving up. */
	maxRedirects: 5,
	/** Longest free-text ID accepted before any request. */
	maxIdLength: 256,
	/** Most IDs in one list parameter. */
	maxIdListLength: 10_000,
	/**
	 * Longest text value sent in a path or query string (URLs beyond ~8 KB are refused by most
	 * servers).
	 */
	maxQueryTextLength: 2_048,
	/** Longest text value sent in a body. */
	maxBodyTextLength: 100_000,
	/** Largest JSON value a user can pass through a JSON parameter, in characters. */
	maxJsonLength: 5_000_000,
	/** Characters of a wrong answer quoted in an error, markup stripped. */
	quotedAnswerChars: 200,
} as const;
