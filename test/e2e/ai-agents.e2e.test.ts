import type { IDataObject } from 'n8n-workflow';
import type { N8nHandle } from '../support/e2e';
import { e2eMode, getNodeOutput, loadExample, packageTarball, startN8n } from '../support/e2e';
import { useMcpServer } from '../support/mcp-client';
import { printLines } from '../support/measure';
import type { LoggedRequest } from '../support/sandbox';
import { runManual } from './suite';
import { VENDORS, vendorById, type Vendor, type VendorId } from '../vendors';
import { toolDescriptionOf } from '../../nodes/shared/declarations/tool-descriptions';
import { startScriptedModel } from '../sandboxes/scripted-model';
import { EXAMPLE_SCRIPTS, modelCredential } from '../sandboxes/scripted-model/examples';

/**
 * The five action nodes as tools of n8n's AI Agent and of its MCP Server Trigger, in a real n8n 2.41.1
 * (one instance, and queue mode in the queue project), offline: the agent's model is the scripted model
 * server, which plays each example's script (examples/<vendor id>-ai-agent.json). Checked: what reached
 * the sandboxes, what the model read back (descriptions, results and their size, errors), and the answer.
 */

type Sandbox = Awaited<ReturnType<Vendor['start']>> & {
	requests: LoggedRequest[];
	clearRequests(): void;
	close(): Promise<void>;
};
/** What the scripted model recorded of one request it answered. */
interface Conversation {
	api: 'chat' | 'responses';
	stream: boolean;
	model: string;
	tools: Array<{ name: string; description: string }>;
	toolResults: Array<{ tool: string; output: string; bytes: number }>;
}
type Model = Awaited<ReturnType<typeof startScriptedModel>>;

let n8n: N8nHandle;
let model: Model;
const sandboxes = new Map<VendorId, Sandbox>();
const sizes: string[] = [];

const MCP_PATH = 'workforce-learning-tools';
const STREAM_HOOKS = {
	responses: 'c0a8e2d4-1b6f-4e0a-9d3c-5f7e8a9b0c01',
	chat: 'c0a8e2d4-1b6f-4e0a-9d3c-5f7e8a9b0c02',
};
const READ_ONLY = { id: 'OnsightReadOnly0001', name: 'Onsight Flow read-only client (sandbox)' };

/** Per vendor: the requests the agent's tools must have sent, in the order they were made. */
const EXPECTED: Record<VendorId, Array<{ method: string; path: RegExp; holds?: string }>> = {
	'damstra-learning': [
		{ method: 'GET', path: /\/user\/999999$/ },
		{ method: 'GET', path: /\/user$/, holds: 'Walsh' },
		{ method: 'GET', path: /\/user\/\d+$/ },
		{ method: 'POST', path: /\/user\/\d+$/, holds: '0400 123 456' },
	],
	growsparks: [
		{ method: 'GET', path: /\/persons\/G_00000000-0000-4000-8000-000000000000$/ },
		{ method: 'GET', path: /\/persons$/, holds: "LastName eq 'Peeters'" },
		{ method: 'GET', path: /\/persons\/G_[0-9a-f-]+$/ },
		{ method: 'POST', path: /\/persons$/, holds: 'grace.hopper@example.com' },
	],
	'flow-webinars': [
		{ method: 'GET', path: /\/events\/sessions\/NoSuchSess9$/ },
		{ method: 'GET', path: /\/events\/sessions$/, holds: 'future' },
		{ method: 'GET', path: /\/events\/sessions\/\w+$/ },
		{ method: 'POST', path: /\/registrants$/, holds: 'grace.hopper@example.com' },
	],
	'snapper-grape': [
		{ method: 'GET', path: /\/api\/persons\/no\.such\.person$/ },
		{ method: 'GET', path: /\/api\/persons$/, holds: '103' },
		{ method: 'GET', path: /\/api\/persons\/[\w.]+$/ },
		{ method: 'PUT', path: /\/api\/persons\/[\w.]+$/, holds: '+47 400 00 000' },
	],
	'onsight-flow': [
		{ method: 'GET', path: /\/api\/team\/user\/f{24}$/ },
		{ method: 'POST', path: /\/api\/query\/v2\/graph$/, holds: 'Pump Station Check' },
		{ method: 'GET', path: /\/api\/team\/user\/[0-9a-f]{24}$/ },
		{ method: 'PUT', path: /\/api\/team\/user\/[0-9a-f]{24}$/, holds: 'Pump Station Lead' },
	],
};

/** A tool result the model may read whole: a few records, simplified where records are wide. */
const MAX_RESULT_BYTES = 8 * 1024;

const agentExample = (vendor: Vendor) => loadExample(`${vendor.id}-ai-agent.json`);

/** The MCP workflow: the MCP Server Trigger with one Get tool of every vendor. */
function mcpWorkflow(): IDataObject {
	const nodes: IDataObject[] = [
		{
			id: 'mcp',
			name: 'MCP Server Trigger',
			type: '@n8n/n8n-nodes-langchain.mcpTrigger',
			typeVersion: 2.1,
			position: [0, 0],
			webhookId: 'b7b0f0e4-3d55-4a1e-9a43-6c1f7d3f0a01',
			parameters: { path: MCP_PATH, authentication: 'none' },
		},
	];
	const connections: IDataObject = {};
	for (const vendor of VENDORS) {
		const example = agentExample(vendor);
		const get = (example.nodes as IDataObject[]).find((n) => /^Get /.test(String(n.name)))!;
		const name = `${vendor.name} ${get.name}`;
		nodes.push({ ...get, id: `mcp-${vendor.id}`, name });
		connections[name] = { ai_tool: [[{ node: 'MCP Server Trigger', type: 'ai_tool', index: 0 }]] };
	}
	return {
		id: 'McpAllVendors001',
		name: 'MCP server: one tool of every vendor',
		active: false,
		nodes,
		connections,
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/**
 * A workflow made from a vendor's agent example: only the nodes named in `keep` (and their
 * connections), the model switched to `model`, each kept node passed through `change`.
 */
function fromExample(
	id: VendorId,
	keep: string[],
	model: string,
	change: (node: IDataObject) => IDataObject = (node) => node,
): { example: IDataObject; nodes: IDataObject[]; connections: IDataObject } {
	const example = agentExample(vendorById(id));
	const nodes = (example.nodes as IDataObject[])
		.filter((n) => keep.includes(String(n.name)))
		.map((n) => {
			if (n.name !== 'Scripted Model') return change(n);
			const parameters = n.parameters as IDataObject;
			const named = { ...(parameters.model as IDataObject), value: model };
			return change({ ...n, parameters: { ...parameters, model: named } });
		});
	const connections = Object.fromEntries(
		Object.entries(example.connections as IDataObject).filter(([name]) =>
			nodes.some((n) => n.name === name),
		),
	);
	return { example, nodes, connections };
}

/**
 * The Onsight agent example with only its Rename User tool, on a client whose token lacks the write
 * scope, and a script that tries it and reports back.
 */
function permissionWorkflow(): IDataObject {
	const keep = ["When clicking 'Execute workflow'", 'AI Agent', 'Scripted Model', 'Rename User'];
	const { example, nodes, connections } = fromExample(
		'onsight-flow',
		keep,
		'scripted-permission',
		(n) =>
			n.name === 'Rename User' ? { ...n, credentials: { onsightFlowOAuth2Api: READ_ONLY } } : n,
	);
	return {
		...example,
		id: 'AgentPermission01',
		name: 'Agent: a tool without permission',
		nodes,
		connections,
	};
}

/**
 * A streaming chat: n8n's Chat Trigger (public webhook, Streaming) and the Damstra agent example's
 * Get User tool, on model `scripted-stream-<api>` over the Responses or the Chat Completions API.
 */
function streamingWorkflow(api: 'responses' | 'chat'): IDataObject {
	const trigger = {
		id: 'chat',
		name: 'When chat message received',
		type: '@n8n/n8n-nodes-langchain.chatTrigger',
		typeVersion: 1.4,
		position: [0, 0],
		webhookId: STREAM_HOOKS[api],
		parameters: { public: true, mode: 'webhook', options: { responseMode: 'streaming' } },
	};
	const { example, nodes, connections } = fromExample(
		'damstra-learning',
		['AI Agent', 'Scripted Model', 'Get User'],
		`scripted-stream-${api}`,
		(n) => {
			if (n.name === 'AI Agent') return { ...n, parameters: { promptType: 'auto', options: {} } };
			if (n.name !== 'Scripted Model') return n;
			const parameters = {
				...(n.parameters as IDataObject),
				responsesApiEnabled: api === 'responses',
			};
			return { ...n, parameters };
		},
	);
	connections[trigger.name] = { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] };
	return {
		...example,
		id: api === 'responses' ? 'AgentStreamResp01' : 'AgentStreamChat01',
		name: `Agent streaming over the ${api === 'responses' ? 'Responses' : 'Chat Completions'} API`,
		nodes: [trigger, ...nodes],
		connections,
	};
}

beforeAll(async () => {
	for (const vendor of VENDORS) sandboxes.set(vendor.id, (await vendor.start()) as Sandbox);
	model = await startScriptedModel({ scripts: EXAMPLE_SCRIPTS });
	n8n = await startN8n({
		packageTarball: packageTarball(),
		workflows: [
			...VENDORS.map(agentExample),
			mcpWorkflow(),
			permissionWorkflow(),
			streamingWorkflow('responses'),
			streamingWorkflow('chat'),
		],
		publish: ['McpAllVendors001', 'AgentStreamResp01', 'AgentStreamChat01'],
		credentials: [
			...VENDORS.flatMap((vendor) => vendor.n8nCredentials(sandboxes.get(vendor.id) as never)),
			modelCredential(model),
			readOnlyCredential(),
		],
	});
}, 300000);

afterAll(async () => {
	await n8n?.stop();
	await model?.close();
	await Promise.allSettled([...sandboxes.values()].map((sandbox) => sandbox.close()));
	if (sizes.length) printLines(`Tool results the model read (${e2eMode()}):`, sizes);
}, 120000);

/** The catalog endpoint a tool node of the example runs. */
function endpointOf(vendor: Vendor, node: IDataObject) {
	const params = node.parameters as IDataObject;
	return vendor.catalog.endpoints.find(
		(e) => e.resource === params.resource && e.operation === params.operation,
	)!;
}

describe.each(VENDORS.map((vendor) => [vendor.name, vendor] as const))(
	'%s tools in an AI Agent',
	(_name, vendor) => {
		it('the agent lists, reads and writes through the tools, recovers from a tool error and answers', async () => {
			const sandbox = sandboxes.get(vendor.id)!;
			sandbox.clearRequests();
			const example = agentExample(vendor);
			const modelName = `scripted-${vendor.id}`;
			const before = model.conversations.length;

			const execution = await runManual(n8n, String(example.id));
			expect(execution.status).toBe('success');
			const [answer] = getNodeOutput(execution.runData, 'AI Agent');
			expect(String(answer.output)).toMatch(/does not exist/);

			const turns = (model.conversations as Conversation[])
				.slice(before)
				.filter((c) => c.model === modelName);
			expect(turns.length).toBe(5);
			const last = turns[turns.length - 1];

			// The model chose among the tools by the descriptions written for it.
			const tools = (example.nodes as IDataObject[]).filter((n) => /Tool$/.test(String(n.type)));
			expect(Object.fromEntries(last.tools.map((t) => [t.name, t.description]))).toEqual(
				Object.fromEntries(
					tools.map((n) => [
						String(n.name).replace(/[^a-zA-Z0-9_-]+/g, '_'),
						toolDescriptionOf(endpointOf(vendor, n), vendor.name),
					]),
				),
			);

			// What the tools sent: the model's arguments arrived, in order, after the usual checks.
			const sent = sandbox.requests.filter((r) => !r.pathname.includes('/oauth'));
			const expected = EXPECTED[vendor.id];
			let from = 0;
			for (const step of expected) {
				const at = sent.findIndex(
					(r, i) =>
						i >= from &&
						r.method === step.method &&
						step.path.test(r.pathname) &&
						(!step.holds || JSON.stringify([r.query, r.body]).includes(step.holds)),
				);
				expect({ step: `${step.method} ${step.path}`, found: at >= 0 }).toEqual({
					step: `${step.method} ${step.path}`,
					found: true,
				});
				from = at + 1;
			}

			// What the model read back: the error says what to fix; the results are compact.
			const [error, list, record, written] = last.toolResults;
			expect(error.output).toMatch(/"error"/);
			expect(error.output).toMatch(/404/);
			expect(error.output).toMatch(/Check the ID/i);
			for (const result of [list, record, written]) {
				expect(result.output).not.toMatch(/"error"/);
				expect(result.bytes).toBeLessThanOrEqual(MAX_RESULT_BYTES);
			}
			sizes.push(
				`  ${vendor.name.padEnd(17)} ${last.toolResults.map((r) => `${r.tool} ${r.bytes} B`).join(', ')}`,
			);
		});
	},
);

describe.each([['Responses', 'responses'] as const, ['Chat Completions', 'chat'] as const])(
	'A streaming chat over the %s API',
	(_name, api) => {
		it('streams the answer the model wrote from a tool result, in several pieces', async () => {
			model.script(`scripted-stream-${api}`, [
				{ call: [{ tool: 'Get_User', args: { userId: '1001' } }] },
				{
					answer: (ctx: { results: Array<{ data?: Array<{ firstName?: string }> }> }) =>
						`User 1001 is ${ctx.results[0].data?.[0]?.firstName}, who is registered in Damstra Learning and can be scheduled lessons right away.`,
				},
			]);
			const before = model.conversations.length;
			const reply = await n8n.postWebhook(`${STREAM_HOOKS[api]}/chat`, {
				action: 'sendMessage',
				sessionId: `stream-${api}`,
				chatInput: 'Who is user 1001?',
			});
			expect(reply.status).toBe(200);
			const chunks = reply.text
				.split('\n')
				.filter((line) => line.trim() !== '')
				.map((line) => JSON.parse(line) as { type: string; content?: string });
			const pieces = chunks.filter((c) => c.type === 'item').map((c) => c.content ?? '');
			expect(pieces.join('')).toBe(
				'User 1001 is Morgan, who is registered in Damstra Learning and can be scheduled lessons right away.',
			);
			expect(pieces.length).toBeGreaterThan(1);
			const turns = (model.conversations as Conversation[]).slice(before);
			expect(turns.map((t) => [t.api, t.stream])).toEqual([
				[api, true],
				[api, true],
			]);
		});
	},
);

describe('A tool without permission', () => {
	it('the model reads which scope to grant, and the agent answers instead of failing', async () => {
		const userId = String(fixture('onsight-flow', 'apiUserId'));
		model.script('scripted-permission', [
			{ call: [{ tool: 'Rename_User', args: { userId, name: 'Pump Station Lead' } }] },
			{
				answer: (ctx: { results: Array<{ output: string }> }) =>
					`I could not rename the user: ${ctx.results[0].output}`,
			},
		]);
		const before = model.conversations.length;
		const execution = await runManual(n8n, 'AgentPermission01');
		expect(execution.status).toBe('success');
		const [last] = (model.conversations as Conversation[]).slice(before).slice(-1);
		const [refused] = last.toolResults;
		expect(refused.output).toMatch(/403/);
		expect(refused.output).toMatch(/grant .+ to the M2M client/);
		const [answer] = getNodeOutput(execution.runData, 'AI Agent');
		expect(String(answer.output)).toContain('I could not rename the user');
		const puts = sandboxes
			.get('onsight-flow')!
			.requests.filter(
				(r) => r.method === 'PUT' && r.pathname.endsWith(`/api/team/user/${userId}`),
			);
		expect(puts.map((r) => r.status)).toEqual([403]);
	});
});

describe('MCP Server Trigger', () => {
	it('exposes a tool of every vendor to an MCP client, which calls each', async () => {
		const calls = [
			{ name: 'Damstra_Learning_Get_User', arguments: { userId: '1001' } },
			{
				name: 'Growsparks_Get_Person',
				arguments: { personId: String(fixture('growsparks', 'person')) },
			},
			{ name: 'Flow_Webinars_Get_Event', arguments: { sessionToken: 'FutLaunchA5' } },
			{ name: 'Snapper_Grape_Get_Person', arguments: { userName: 'ola.hansen' } },
			{
				name: 'Onsight_Flow_Get_User',
				arguments: { userId: String(fixture('onsight-flow', 'apiUserId')) },
			},
		];
		const { tools, results } = await useMcpServer(`${n8n.webhookBaseUrl}/mcp/${MCP_PATH}`, calls);
		expect(tools.map((t) => t.name).sort()).toEqual(calls.map((c) => c.name).sort());
		for (const tool of tools) expect(tool.description).toMatch(/ in .+: .+ Needs .+ Returns /);
		for (const { name, result } of results) {
			const text = result.content.map((c) => c.text ?? '').join('');
			expect({ name, isError: result.isError ?? false }).toEqual({ name, isError: false });
			expect(text).not.toMatch(/"error"/);
		}
		const text = (i: number) => results[i].result.content.map((c) => c.text ?? '').join('');
		expect(JSON.parse(text(0))).toEqual([expect.objectContaining({ id: 1001 })]);
		expect(text(2)).toContain('FutLaunchA5');
		expect(text(3)).toContain('ola.hansen');
	});
});

/** Onsight's read-only M2M client: it may read, but not change users. */
function readOnlyCredential() {
	const sandbox = sandboxes.get('onsight-flow') as unknown as IDataObject;
	const client = (sandbox.clients as Record<string, IDataObject>).readOnly;
	return {
		...READ_ONLY,
		type: 'onsightFlowOAuth2Api',
		data: {
			clientId: client.clientId,
			clientSecret: client.clientSecret,
			scope: '',
			accountsUrl: sandbox.accountsUrl,
			gatewayUrl: sandbox.gatewayUrl,
		},
	};
}

function fixture(id: VendorId, key: string): unknown {
	return (sandboxes.get(id) as unknown as { fixtures: IDataObject }).fixtures[key];
}
