import type { INodePropertyOptions } from 'n8n-workflow';
import { growsparksCatalog, resources } from '../api/catalog';

const reportOf = (slug: string) =>
	growsparksCatalog.endpoints.find(
		(endpoint) => endpoint.resource === slug && endpoint.operation === 'report',
	);

/** The 13 resources with a `.report` call, which the trigger can watch. */
export const REPORT_TARGETS = resources.filter((spec) => reportOf(spec.slug) !== undefined);

export const TARGET_OPTIONS: INodePropertyOptions[] = REPORT_TARGETS.map((spec) => ({
	name: spec.label,
	value: spec.slug,
})).sort((a, b) => a.name.localeCompare(b.name));

/**
 * Report selectors: people-side reports pick activity structures, activity-side ones pick
 * authorizables.
 */
export function selectorsOf(slug: string): { activityStructures: boolean; authorizables: boolean } {
	const names = new Set((reportOf(slug)?.fields ?? []).map((field) => field.apiName));
	return {
		activityStructures: names.has('ActivityStructures'),
		authorizables: names.has('Authorizables'),
	};
}
