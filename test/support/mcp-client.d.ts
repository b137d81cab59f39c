export interface McpTool {
	name: string;
	description?: string;
	inputSchema: { type: 'object'; properties?: Record<string, unknown>; required?: string[] };
}
export interface McpCallResult {
	content: Array<{ type: string; text?: string }>;
	isError?: boolean;
}
/** Connects to an MCP server over streamable HTTP, lists its tools and calls `calls` in order. */
export declare function useMcpServer(
	url: string,
	calls: Array<{ name: string; arguments: Record<string, unknown> }>,
): Promise<{
	tools: McpTool[];
	results: Array<{
		name: string;
		arguments: Record<string, unknown>;
		result: McpCallResult;
		ms: number;
	}>;
}>;
