import type { IDataObject } from 'n8n-workflow';
import type { SeenKeys } from '../../shared/polling/seen-keys';
import { recordTime } from '../../shared/polling/clock';
import { contentKey } from '../../shared/polling/content-key';

/**
 * Where the next report starts: the `ReferenceDate` of the last finished one, as the server wrote
 * it.
 */
export interface ReportCursor {
	referenceDate: string;
}

export const FINISHED = 'report.finished';
export const MESSAGE = 'report.message';

/**
 * Identical lines (same result, same dates, same progress) are the same event; a changed result is
 * a new one.
 */
export const fingerprint = (line: IDataObject): string => contentKey(line);

/** The settings key an earlier version stored beside its cursor. */
export function legacyConfigKey(parts: unknown): string {
	return fingerprint({ parts } as IDataObject);
}

/** The state an earlier version kept (`cursor`, fingerprints as a list), for the same settings. */
export function migrateReportCursor(
	old: IDataObject,
	legacyKey: string,
): { cursor?: ReportCursor; seen?: unknown } | undefined {
	if (old.configKey !== legacyKey || typeof old.cursor !== 'string') return undefined;
	return { cursor: { referenceDate: old.cursor }, seen: old.seen };
}

/** The `ReferenceDate` of a report's `report.finished` line, wherever it sits. */
export function referenceOf(lines: IDataObject[]): string | undefined {
	const reference = lines.find((line) => line.Type === FINISHED)?.ReferenceDate;
	return reference === undefined || reference === null ? undefined : String(reference);
}

export interface PollOutcome {
	emit: IDataObject[];
	next: ReportCursor;
}

/**
 * Turns one report answer into the lines to emit and the next cursor. Returns undefined when the
 * report has no `report.finished` line (wherever it sits): the report did not complete and the
 * cursor must stay. A line emitted before (same fingerprint) is dropped, whether it sits on the
 * boundary or the server sent it again after its clock went back.
 */
export function advance(
	lines: IDataObject[],
	cursor: ReportCursor | undefined,
	seen: SeenKeys,
	includeMessages: boolean,
	now: number,
): PollOutcome | undefined {
	const reference = referenceOf(lines);
	if (reference === undefined) return undefined;
	// The server's time for this report, for how long its fingerprints are kept.
	const at = recordTime(reference) ?? now;
	const emit: IDataObject[] = [];
	for (const line of lines) {
		if (line.Type === FINISHED || (!includeMessages && line.Type === MESSAGE)) continue;
		if (seen.see(fingerprint(line), at)) emit.push(line);
	}
	// The cursor follows the server's ReferenceDate even when it goes back (Growsparks refuses a
	// DeltaDate after its own time); what it then sends again is dropped by fingerprint.
	const next = { referenceDate: reference };
	seen.prune(Math.min(at, recordTime(cursor?.referenceDate) ?? at), at);
	return { emit, next };
}
