import type { EndpointSpec, FieldSpec } from './types';

/** Where an endpoint's optional fields live: the collection name n8n users know from core nodes. */
export function optionalGroup(endpoint: EndpointSpec): { name: string; label: string; placeholder: string } {
	if (endpoint.optionalGroup) return endpoint.optionalGroup;
	if (endpoint.fullObjectUpdate || endpoint.operation === 'update') return { name: 'updateFields', label: 'Update Fields', placeholder: 'Add Field' };
	if (endpoint.paginated || (endpoint.method === 'GET' && endpoint.output.kind === 'records')) {
		return { name: 'filters', label: 'Filters', placeholder: 'Add Filter' };
	}
	if (endpoint.method === 'GET') return { name: 'options', label: 'Options', placeholder: 'Add Option' };
	return { name: 'additionalFields', label: 'Additional Fields', placeholder: 'Add Field' };
}

export function requiredFields(endpoint: EndpointSpec): FieldSpec[] {
	return endpoint.fields.filter((field) => field.required);
}

export function optionalFields(endpoint: EndpointSpec): FieldSpec[] {
	return endpoint.fields.filter((field) => !field.required);
}
