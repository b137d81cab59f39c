import type { INodeProperties } from 'n8n-workflow';
import type { EndpointSpec, FieldSpec, VendorCatalog } from './types';
import { optionalFields, topLevelFields } from './groups';

/** Optional fields named in a tool description; the rest are counted ("and 12 more"). */
const OPTIONAL_NAMED = 5;
/** Simplify keys named in a tool description. */
const KEYS_NAMED = 8;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

const labels = (fields: FieldSpec[]): string[] => fields.map((field) => field.label);

function needs(endpoint: EndpointSpec): string {
	const required = labels(topLevelFields(endpoint));
	// Optional control fields (Timeout) steer the node, not the request a model asks for.
	const optional = labels(optionalFields(endpoint).filter((field) => field.in !== 'control'));
	if (endpoint.paginated) optional.push('Return All', 'Limit');
	const named = optional.slice(0, OPTIONAL_NAMED);
	const more = optional.length - named.length;
	const optionalText =
		named.length === 0 ? '' : `optional: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
	if (required.length === 0)
		return optionalText ? `Needs no input (${optionalText}).` : 'Needs no input.';
	return `Needs ${required.join(', ')}${optionalText ? ` (${optionalText})` : ''}.`;
}

function returns(endpoint: EndpointSpec): string {
	switch (endpoint.output.kind) {
		case 'records': {
			const keys = endpoint.simplify ?? [];
			const simplified =
				keys.length === 0
					? ''
					: `, simplified by default to ${keys.slice(0, KEYS_NAMED).join(', ')}${keys.length > KEYS_NAMED ? ' and more' : ''}`;
			return `Returns one item per record${simplified}.`;
		}
		case 'deleted':
			return 'Returns { deleted: true, id }.';
		case 'binary':
			return 'Returns a file as binary data, which stays in n8n (an agent reads only the JSON).';
		default:
			return 'Returns the answer as one item.';
	}
}

/**
 * What an AI agent (or an MCP client) reads about one operation: what it does, what it needs and
 * what it returns. n8n's own automatic text is only "<action> in <node>", which leaves a model
 * guessing.
 */
export function toolDescriptionOf(endpoint: EndpointSpec, nodeName: string): string {
	const said = endpoint.description;
	const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9 ]/g, '');
	// "Create a group: create a group." says it twice.
	const does =
		words(said) === words(endpoint.action)
			? `${endpoint.action} in ${nodeName}.`
			: `${endpoint.action} in ${nodeName}: ${sentence(lowerFirst(said))}`;
	const parts = [does];
	if (endpoint.destructive && !/undone/i.test(said)) parts.push('It cannot be undone.');
	parts.push(needs(endpoint));
	if (!/\breturns?\b/i.test(said)) parts.push(returns(endpoint));
	return parts.filter((part) => part !== '').join(' ');
}

/**
 * One Description per operation, shown only in the node's tool variant (`<node>Tool`, which n8n builds
 * for `usableAsTool`) and prefilled with `toolDescriptionOf`. n8n adds its own Description switch
 * only to nodes without a `toolDescription` parameter, and sends this text to the model as it is, in
 * an AI Agent and over the MCP Server Trigger alike.
 */
export function toolDescriptionProperties(
	catalog: VendorCatalog,
	nodeName: string,
): INodeProperties[] {
	return catalog.endpoints.map((endpoint) => ({
		displayName: 'Description',
		name: 'toolDescription',
		type: 'string',
		default: toolDescriptionOf(endpoint, nodeName),
		typeOptions: { rows: 3 },
		description:
			'What the AI agent reads about this tool: what it does, what it needs and what it returns',
		displayOptions: {
			show: { '@tool': [true], resource: [endpoint.resource], operation: [endpoint.operation] },
		},
	}));
}
