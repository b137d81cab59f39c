import type { INode, INodeProperties } from 'n8n-workflow';
import { requireIsoDate } from '../validation';

/**
 * The Start From parameter every polling trigger offers: on the first activation the trigger
 * emits what the vendor stamps since this date (in the vendor's own time) instead of starting from
 * now. `what` says which records, e.g. "changes".
 */
export function startFromProperty(what: string, extra = ''): INodeProperties {
	return {
		displayName: 'Start From',
		name: 'startFrom',
		type: 'dateTime',
		default: '',
		description: `Backfill: on the first activation, emit ${what} since this date instead of starting from now${extra}`,
	};
}

/** Start From as milliseconds, or undefined when empty; a date in another form fails the poll. */
export function readStartFrom(node: INode, value: unknown): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	return requireIsoDate(node, 'Start From', value).getTime();
}
