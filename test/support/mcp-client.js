'use strict';
/**
 * An MCP client from the official TypeScript SDK, for the test of n8n's MCP Server Trigger: connects over
 * streamable HTTP, lists the tools and calls the ones asked for, one after the other.
 */
const { Client } = require('@modelcontextprotocol/sdk/client/index.js');
const {
	StreamableHTTPClientTransport,
} = require('@modelcontextprotocol/sdk/client/streamableHttp.js');

/**
 * @param {string} url the trigger's address, e.g. http://127.0.0.1:5678/mcp/workforce-learning
 * @param {Array<{ name: string, arguments: object }>} calls
 */
async function useMcpServer(url, calls) {
	const client = new Client({ name: 'workforce-learning-test', version: '1.0.0' });
	const transport = new StreamableHTTPClientTransport(new URL(url));
	await client.connect(transport);
	try {
		const { tools } = await client.listTools();
		const results = [];
		for (const call of calls) {
			const started = Date.now();
			const result = await client.callTool(call, undefined, { timeout: 120000 });
			results.push({ ...call, result, ms: Date.now() - started });
		}
		return { tools, results };
	} finally {
		await client.close();
	}
}

module.exports = { useMcpServer };
