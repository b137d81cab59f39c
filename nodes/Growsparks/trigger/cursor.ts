import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

/** What the trigger keeps in the workflow's static data between polls. */
export interface ReportCursor {
	/** The target and options the cursor belongs to; any change starts over. */
	configKey?: string;
	/** The `ReferenceDate` of the last finished report, exactly as the server wrote it. */
	cursor?: string;
	/** Fingerprints of the lines emitted by the last poll, to drop repeats on the boundary. */
	seen?: string[];
}

export const FINISHED = 'report.finished';
export const MESSAGE = 'report.message';

/** Bounded, so static data cannot grow without limit on a very busy account. */
const MAX_SEEN = 10000;

function canonical(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(canonical);
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.keys(value as IDataObject)
				.sort()
				.map((key) => [key, canonical((value as IDataObject)[key])]),
		);
	}
	return value;
}

/**
 * Identical lines (same result, same dates, same progress) are the same event; a changed result is
 * a new one.
 */
export function fingerprint(line: IDataObject): string {
	return createHash('sha1')
		.update(JSON.stringify(canonical(line)))
		.digest('base64');
}

export function configKeyOf(parts: unknown): string {
	return fingerprint({ parts } as IDataObject);
}

export interface PollOutcome {
	emit: IDataObject[];
	next: ReportCursor;
}

/**
 * Turns one report answer into the lines to emit and the next cursor. Returns undefined when the
 * report has no `report.finished` line (wherever it sits): the report did not complete and the
 * cursor must stay.
 */
export function advance(
	lines: IDataObject[],
	state: ReportCursor,
	includeMessages: boolean,
	configKey: string,
): PollOutcome | undefined {
	const finished = lines.find((line) => line.Type === FINISHED);
	if (!finished || finished.ReferenceDate === undefined || finished.ReferenceDate === null)
		return undefined;
	const seen = new Set(state.seen ?? []);
	const emit: IDataObject[] = [];
	const fingerprints: string[] = [];
	for (const line of lines) {
		if (line.Type === FINISHED || (!includeMessages && line.Type === MESSAGE)) continue;
		const print = fingerprint(line);
		if (seen.has(print) || fingerprints.includes(print)) continue;
		fingerprints.push(print);
		emit.push(line);
	}
	const cursor = String(finished.ReferenceDate);
	// A quiet poll that did not move the boundary must still remember what sits on it.
	const keep =
		fingerprints.length === 0 && cursor === state.cursor ? (state.seen ?? []) : fingerprints;
	return { emit, next: { configKey, cursor, seen: keep.slice(-MAX_SEEN) } };
}
