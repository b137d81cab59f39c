import type { INodePropertyOptions } from 'n8n-workflow';
import { declaredCall } from '../../shared/declarations/declared-call';
import type { DeclaredCall } from '../../shared/declarations/declared-call';
import { growsparksCatalog, resources } from '../api/catalog';

const declared = (slug: string, operation: string) =>
	growsparksCatalog.endpoints.find(
		(endpoint) => endpoint.resource === slug && endpoint.operation === operation,
	);
const reportOf = (slug: string) => declared(slug, 'report');

/** The `.report` call on one record of a target, as the action node declares it. */
export function reportCall(slug: string, id: string): DeclaredCall {
	const endpoint = reportOf(slug);
	const pathField = endpoint?.fields.find((field) => field.in === 'path');
	if (!endpoint || !pathField) throw new Error(`Growsparks declares no report on ${slug}`);
	const placeholder = pathField.apiName ?? pathField.name;
	return declaredCall(growsparksCatalog, endpoint.id, { [placeholder]: id });
}

/** The target's Get Many call, read for the list envelope's Date (the server's time). */
export function listCall(slug: string): DeclaredCall {
	const endpoint = declared(slug, 'getAll');
	if (!endpoint) throw new Error(`Growsparks declares no list of ${slug}`);
	return declaredCall(growsparksCatalog, endpoint.id);
}

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
