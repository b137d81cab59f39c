import type { IExecuteFunctions, NodeApiError, NodeOperationError } from 'n8n-workflow';

/**
 * The node runs as a tool of an AI agent or of the MCP Server Trigger: n8n builds that variant as
 * `<node>Tool`.
 */
export const runsAsTool = (ctx: IExecuteFunctions): boolean => ctx.getNode().type.endsWith('Tool');

/**
 * A model reads only an error's message: n8n hands a tool's error to the agent as
 * `[{ "error": message }]` and drops the description, which is where the nodes say what to fix. As a
 * tool, the message carries both, so the model can correct its call or tell the user what to do.
 */
export function withAdviceForModel<E extends NodeApiError | NodeOperationError>(
	ctx: IExecuteFunctions,
	error: E,
): E {
	const advice = error.description;
	if (!runsAsTool(ctx) || !advice || error.message.includes(advice)) return error;
	error.message = `${error.message}${/[.!?]$/.test(error.message) ? '' : '.'} ${advice}`;
	return error;
}
