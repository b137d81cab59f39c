import type { INodePropertyOptions } from 'n8n-workflow';
import { resources, words } from '../api/catalog';

/** The 13 resources with a `.report` call, which the trigger can watch. */
export const REPORT_TARGETS = resources.filter((spec) => spec.calls.some((call) => call.report));

export const TARGET_OPTIONS: INodePropertyOptions[] = REPORT_TARGETS.map((spec) => ({
	name: words(spec.name),
	value: spec.slug,
})).sort((a, b) => a.name.localeCompare(b.name));

/** Report selectors: people-side reports pick activity structures, activity-side ones pick authorizables. */
export function selectorsOf(slug: string): { activityStructures: boolean; authorizables: boolean } {
	const report = REPORT_TARGETS.find((spec) => spec.slug === slug)?.calls.find(
		(call) => call.report,
	);
	const names = new Set((report?.body ?? []).map((row) => row[0]));
	return {
		activityStructures: names.has('ActivityStructures'),
		authorizables: names.has('Authorizables'),
	};
}
