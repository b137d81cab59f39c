import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { SeenKeys } from './seen-keys';

/**
 * What a polling trigger remembers between polls, in its node-scoped static data: the settings it
 * belongs to, its cursor and the keys it has emitted.
 */
export interface PollState<C> {
	/** The cursor of the last committed poll; undefined before the first activation recorded one. */
	cursor: C | undefined;
	seen: SeenKeys;
	/**
	 * Replaces the stored state with `cursor` and the seen keys. n8n saves static data only when the
	 * poll succeeds, so a poll that fails after this changes nothing: the state moves together with
	 * the items the poll returns.
	 */
	commit(cursor: C): void;
	/**
	 * How long the last committed poll took, from its start to its commit, in n8n's time (0 before
	 * one was recorded). A trigger reads that much (and a slack) before its cursor, so a vendor clock
	 * that steps back by less than that loses nothing.
	 */
	lastPollMs: number;
	/**
	 * The earliest vendor time a record created since the last committed poll can carry: the
	 * vendor's time now less the time n8n has seen pass since that poll began, less a slack. A
	 * vendor clock that stepped back puts this before the cursor; the trigger then reads again from
	 * here. Undefined without the vendor's time or a recorded poll.
	 */
	earliestNew(vendorNow: number | undefined): number | undefined;
}

/** Allowance for request times and clock rates between n8n and the vendor. */
export const CLOCK_SLACK_MS = 2000;

/** A key for the trigger's settings: state kept under other settings is not reused. */
export function configKeyOf(settings: unknown): string {
	return JSON.stringify(settings, (_key, value: unknown) =>
		value && typeof value === 'object' && !Array.isArray(value)
			? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
			: value,
	);
}

/**
 * Opens the trigger's state for `settings`. State stored under other settings starts afresh;
 * `migrate` reads the state an earlier version of the trigger stored (and checks it belongs to the
 * same settings), so an upgrade loses nothing.
 */
export function openPollState<C>(
	ctx: IPollFunctions,
	settings: unknown,
	now: number,
	migrate?: (old: IDataObject) => { cursor?: C; seen?: unknown } | undefined,
): PollState<C> {
	const staticData = ctx.getWorkflowStaticData('node');
	const configKey = configKeyOf(settings);
	let stored: { cursor?: C; seen?: unknown; polledAt?: unknown; pollMs?: unknown } | undefined;
	if (staticData.kit === 1) {
		if (staticData.configKey === configKey)
			stored = {
				cursor: staticData.cursor as C,
				seen: staticData.seen,
				polledAt: staticData.polledAt,
				pollMs: staticData.pollMs,
			};
	} else if (migrate && Object.keys(staticData).length > 0) stored = migrate(staticData);
	const seen = SeenKeys.from(stored?.seen, now);
	// n8n's clock serves only to measure time passing between polls, never as a point in time.
	const polledAt = finite(stored?.polledAt);
	return {
		cursor: stored?.cursor,
		seen,
		lastPollMs: Math.max(0, finite(stored?.pollMs) ?? 0),
		earliestNew(vendorNow) {
			if (vendorNow === undefined || polledAt === undefined) return undefined;
			return vendorNow - Math.max(0, Date.now() - polledAt) - CLOCK_SLACK_MS;
		},
		commit(cursor: C) {
			for (const key of Object.keys(staticData)) delete staticData[key];
			Object.assign(staticData, {
				kit: 1,
				configKey,
				cursor,
				seen: seen.toJSON(),
				polledAt: now,
				pollMs: Math.max(0, Date.now() - now),
			});
		},
	};
}

const finite = (value: unknown) =>
	typeof value === 'number' && Number.isFinite(value) ? value : undefined;
