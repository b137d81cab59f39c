import type { EndpointSpec, FieldSpec } from './types';
import { isRest } from './types';
import { LIMITS } from '../transport/limits';

/**
 * Endpoints that download a file or read a stream: they offer a Timeout and get a longer deadline.
 */
export function downloads(endpoint: EndpointSpec): boolean {
	const streams = isRest(endpoint) && !!endpoint.streamable;
	return endpoint.output.kind === 'binary' || streams || !!endpoint.downloads;
}

/** The Timeout option every downloading endpoint gets, declared once here. */
export const TIMEOUT_FIELD: FieldSpec = {
	name: 'timeout',
	label: 'Timeout (Seconds)',
	in: 'control',
	type: 'number',
	min: 1,
	max: LIMITS.maxTimeoutSeconds,
	default: LIMITS.downloadDeadlineMs / 1000,
	description: 'How long the whole download or stream may take before the node stops waiting',
};

/** Where an endpoint's optional fields live: the collection name n8n users know from core nodes. */
export function optionalGroup(endpoint: EndpointSpec): {
	name: string;
	label: string;
	placeholder: string;
} {
	if (endpoint.optionalGroup) return endpoint.optionalGroup;
	if ((isRest(endpoint) && endpoint.fullObjectUpdate) || endpoint.operation === 'update')
		return { name: 'updateFields', label: 'Update Fields', placeholder: 'Add Field' };
	if (endpoint.paginated || (endpoint.method === 'GET' && endpoint.output.kind === 'records')) {
		return { name: 'filters', label: 'Filters', placeholder: 'Add Filter' };
	}
	if (endpoint.method === 'GET')
		return { name: 'options', label: 'Options', placeholder: 'Add Option' };
	return { name: 'additionalFields', label: 'Additional Fields', placeholder: 'Add Field' };
}

/**
 * Whether a field is a parameter of its own rather than an entry of the endpoint's collection:
 * required fields, and the record's key fields (`primary`), which Create and Update show up front.
 */
export const isTopLevel = (field: FieldSpec): boolean => !!(field.required || field.primary);

export function topLevelFields(endpoint: EndpointSpec): FieldSpec[] {
	return endpoint.fields.filter(isTopLevel);
}

/**
 * The endpoint's declared fields and those the core adds to every endpoint of its kind (Timeout).
 */
export function allFields(endpoint: EndpointSpec): FieldSpec[] {
	const addTimeout =
		downloads(endpoint) && !endpoint.fields.some((field) => field.name === TIMEOUT_FIELD.name);
	return addTimeout ? [...endpoint.fields, TIMEOUT_FIELD] : endpoint.fields;
}

export function optionalFields(endpoint: EndpointSpec): FieldSpec[] {
	return allFields(endpoint).filter((field) => !isTopLevel(field));
}

/** The whole-request deadline for one run of `endpoint`, from its Timeout option when set. */
export function deadlineOf(
	endpoint: EndpointSpec,
	params: { timeout?: unknown },
): number | undefined {
	return downloads(endpoint) ? downloadDeadline(params) : undefined;
}

/** A download's deadline: the Timeout option in seconds, or the default. */
export function downloadDeadline(params: { timeout?: unknown }): number {
	return typeof params.timeout === 'number' && params.timeout > 0
		? params.timeout * 1000
		: LIMITS.downloadDeadlineMs;
}
