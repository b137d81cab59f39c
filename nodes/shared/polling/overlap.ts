import type { INode, INodeProperties } from 'n8n-workflow';
import { requireNumber } from '../validation';

/** A trigger's overlap: how far back each poll reads again, in minutes, at least `min`. */
export interface Overlap {
	minutes: number;
	min: number;
}

const MAX_MINUTES = 1440;

/** The Overlap (Minutes) option of a trigger whose windows need a margin the user can widen. */
export function overlapProperty({ minutes, min }: Overlap, description: string): INodeProperties {
	return {
		displayName: 'Overlap (Minutes)',
		name: 'overlapMinutes',
		type: 'number',
		default: minutes,
		typeOptions: { minValue: min, maxValue: MAX_MINUTES },
		description,
	};
}

/** The overlap the user set (or the default), in milliseconds, checked before any request. */
export function readOverlapMs(node: INode, value: unknown, overlap: Overlap): number {
	return (
		requireNumber(node, 'Overlap (Minutes)', value ?? overlap.minutes, {
			min: overlap.min,
			max: MAX_MINUTES,
		}) * 60000
	);
}
