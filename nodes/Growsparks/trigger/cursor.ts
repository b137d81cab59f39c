import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';
import type { SeenKeys } from '../../shared/polling/seen-keys';
import { recordTime } from '../../shared/polling/clock';

/**
 * Where the next report starts: the `ReferenceDate` of the last finished one, as the server wrote
 * it.
 */
export interface ReportCursor {
	referenceDate: string;
}

export const FINISHED = 'report.finished';
export const MESSAGE = 'report.message';

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
	const finished = lines.find((line) => line.Type === FINISHED);
	if (!finished || finished.ReferenceDate === undefined || finished.ReferenceDate === null)
		return undefined;
	const reference = String(finished.ReferenceDate);
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
