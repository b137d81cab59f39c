'use strict';
/**
 * Drives the scripted model server (test/sandboxes/scripted-model) with the client code n8n itself runs:
 * LangChain's ChatOpenAI (@langchain/openai, openai SDK v6), the tool-calling agent n8n's AI Agent builds
 * (@langchain/classic) and n8n's own history rebuild (buildSteps), all loaded from the pinned n8n runtime
 * (e2e/n8n-runtime; installed by scripts/setup-n8n.sh when missing). Also raw HTTP with SSE parsing.
 * Plain JS: the lint that guards node code also reads the TypeScript tests, and this needs node built-ins.
 */
const fs = require('node:fs');
const path = require('node:path');
const { startScriptedModel } = require('../sandboxes/scripted-model');

const REPO = path.resolve(__dirname, '..', '..');

let runtime;

/** The runtime's modules, required by absolute path (they are not dependencies of this package). */
function lc() {
	if (runtime) return runtime;
	let dir = process.env.N8N_RUNTIME_DIR || path.join(REPO, 'e2e', 'n8n-runtime');
	const modules = () => path.join(dir, 'node_modules');
	if (!fs.existsSync(path.join(modules(), '@langchain', 'openai', 'package.json'))) {
		dir = require('../../e2e/lib/runtime').ensureRuntime({ stdio: 'pipe' }).runtimeDir;
	}
	const load = (name) => require(require.resolve(name, { paths: [modules()] }));
	const n8nLangchain = path.join(modules(), '@n8n', 'n8n-nodes-langchain', 'dist', 'utils');
	runtime = {
		dir,
		versions: Object.fromEntries(
			[
				'@langchain/openai',
				'@langchain/core',
				'@langchain/classic',
				'@n8n/n8n-nodes-langchain',
			].map((name) => [
				name,
				JSON.parse(fs.readFileSync(path.join(modules(), name, 'package.json'), 'utf8')).version,
			]),
		),
		ChatOpenAI: load('@langchain/openai').ChatOpenAI,
		tools: load('@langchain/core/tools'),
		messages: load('@langchain/core/messages'),
		prompts: load('@langchain/core/prompts'),
		agents: load('@langchain/classic/agents'),
		z: load('zod').z,
		wrapChatModelMessageInput: require(path.join(n8nLangchain, 'chatModelMessageWrapper.js'))
			.wrapChatModelMessageInput,
		buildSteps: require(path.join(n8nLangchain, 'agent-execution', 'buildSteps.js')).buildSteps,
	};
	return runtime;
}

function runtimeVersions() {
	return lc().versions;
}

/**
 * ChatOpenAI as n8n's OpenAI Chat Model node (LmChatOpenAi.node.js supplyData) builds it: apiKey and
 * model, configuration.baseURL from the credential, maxRetries 2, empty modelKwargs,
 * supportsStrictToolCalling false, useResponsesApi only when "Use Responses API" is on (no zdrEnabled,
 * store or include), and on Chat Completions n8n's wrapper that turns empty tool-call content into ''
 * (bindTools drops it: ChatOpenAI.withConfig builds a new instance, so the agent sends `content: []`).
 * n8n never sets `streaming`; its agent streams through streamEvents. `streaming` here sets the field.
 */
function n8nChatModel({ url, apiKey, model, useResponsesApi = false, streaming = false }) {
	const { ChatOpenAI, wrapChatModelMessageInput } = lc();
	const fields = {
		apiKey,
		model,
		timeout: undefined,
		maxRetries: 2,
		configuration: { baseURL: url, defaultHeaders: {} },
		modelKwargs: {},
		supportsStrictToolCalling: false,
	};
	if (useResponsesApi) fields.useResponsesApi = true;
	if (streaming) fields.streaming = true;
	const chat = new ChatOpenAI(fields);
	return useResponsesApi ? chat : wrapChatModelMessageInput(chat);
}

/** A tool as n8n builds one from a node's $fromAI() keys: a DynamicStructuredTool over z.object(…).required(). */
function n8nTool({ name, description, args }) {
	const { tools, z } = lc();
	const shape = {};
	for (const [key, about] of Object.entries(args)) shape[key] = z.string().describe(about);
	return new tools.DynamicStructuredTool({
		name,
		description,
		schema: z.object(shape).required(),
		func: async () => '',
		metadata: { sourceNodeName: name },
	});
}

function textOf(content) {
	if (typeof content === 'string') return content;
	if (Array.isArray(content))
		return content.map((part) => (typeof part === 'string' ? part : part.text || '')).join('');
	return '';
}

function plainError(err) {
	return {
		name: err && err.name,
		status: err && err.status,
		code: err && err.code,
		message: String(err && err.message ? err.message : err),
	};
}

/**
 * What both runs read from their options: the model and the tools as n8n builds them, and the run's
 * settings. `streamingModel`: whether the model itself is built to stream when `streaming` is asked.
 */
function runOptions(options, streamingModel) {
	const { url, apiKey, model, useResponsesApi, streaming, tools, prompt, outputs, system } =
		options;
	return {
		chat: n8nChatModel({
			url,
			apiKey,
			model,
			useResponsesApi,
			streaming: streamingModel && streaming,
		}),
		tools: tools.map(n8nTool),
		streaming,
		system,
		prompt,
		outputs,
		maxTurns: options.maxTurns ?? 6,
	};
}

/**
 * A plain LangChain tool loop: bindTools, invoke (or, when streaming, .stream() and concat the chunks,
 * the path n8n's streaming agent takes), then the AI message and one ToolMessage per call fed back.
 * (invoke with `streaming: true` on Chat Completions makes LangChain count tokens with tiktoken, which
 * downloads its tables from tiktoken.pages.dev: no network here, so it is not used.)
 */
async function runToolLoop(options) {
	// The model streams here as it does under n8n's streaming agent.
	const { chat, tools, streaming, system, prompt, outputs, maxTurns } = runOptions(options, true);
	const { messages } = lc();
	const bound = chat.bindTools(tools);
	const history = [];
	if (system) history.push(new messages.SystemMessage(system));
	history.push(new messages.HumanMessage(prompt));
	const turns = [];
	try {
		for (let turn = 0; turn < maxTurns; turn++) {
			let ai;
			if (streaming) {
				for await (const chunk of await bound.stream(history)) ai = ai ? ai.concat(chunk) : chunk;
			} else ai = await bound.invoke(history);
			const toolCalls = (ai.tool_calls || []).map(({ id, name, args }) => ({ id, name, args }));
			turns.push({
				text: textOf(ai.content),
				toolCalls,
				invalidToolCalls: (ai.invalid_tool_calls || []).length,
			});
			history.push(ai);
			if (toolCalls.length === 0) break;
			for (const call of toolCalls)
				history.push(new messages.ToolMessage({ tool_call_id: call.id, content: outputs(call) }));
		}
		return { turns, answer: turns.length ? turns[turns.length - 1].text : undefined };
	} catch (err) {
		return { turns, error: plainError(err) };
	}
}

/**
 * n8n's AI Agent (V3) against the model: createToolCallingAgent with n8n's prompt (system message,
 * chat history, human input, scratchpad), one agent call per model turn; tool calls go out as n8n's
 * engine requests and come back through n8n's buildSteps (the history n8n rebuilds: one AI message per
 * call, args plus the call `id`, observation = JSON of the tool's output items). With `streaming`, the
 * agent runs through streamEvents (v2), as n8n's does when streaming is available.
 */
async function runN8nAgent(options) {
	// n8n's agent streams through streamEvents, with a model built as for any other run.
	const { chat, tools, streaming, system, prompt, outputs, maxTurns } = runOptions(options, false);
	const { agents, prompts, buildSteps } = lc();
	const agent = agents.createToolCallingAgent({
		llm: chat,
		tools,
		prompt: prompts.ChatPromptTemplate.fromMessages([
			['system', '{system_message}'],
			['placeholder', '{chat_history}'],
			['human', '{input}'],
			['placeholder', '{agent_scratchpad}'],
		]),
		streamRunnable: false,
	});
	let steps = [];
	const rounds = [];
	try {
		for (let turn = 0; turn < maxTurns; turn++) {
			const input = {
				steps,
				input: prompt,
				system_message: system || 'You are a helpful assistant',
				chat_history: [],
			};
			let out;
			if (streaming) {
				for await (const event of agent.streamEvents(input, { version: 'v2' }))
					if (event.event === 'on_chain_end' && (event.parent_ids || []).length === 0)
						out = event.data.output;
			} else out = await agent.invoke(input);
			if (!Array.isArray(out)) {
				rounds.push({ finish: true });
				return { output: textOf(out.returnValues.output), rounds, steps };
			}
			rounds.push({
				calls: out.map((a) => ({ tool: a.tool, toolInput: a.toolInput, id: a.toolCallId })),
			});
			const response = {
				actionResponses: out.map((action) => ({
					action: {
						actionType: 'ExecutionNodeAction',
						nodeName: action.tool,
						input: action.toolInput,
						type: 'ai_tool',
						id: action.toolCallId,
						metadata: { itemIndex: 0, toolName: action.tool },
					},
					data: {
						data: {
							ai_tool: [
								outputs({ id: action.toolCallId, name: action.tool, args: action.toolInput }).map(
									(json) => ({ json }),
								),
							],
						},
					},
				})),
				metadata: { previousRequests: steps },
			};
			steps = buildSteps(response, 0);
		}
		return { rounds, steps, error: { message: `no answer after ${maxTurns} turns` } };
	} catch (err) {
		return { rounds, steps, error: plainError(err) };
	}
}

/** Parses a text/event-stream body into [{ event, data, raw }] (data JSON-parsed, else {}). */
function parseSse(text) {
	const events = [];
	for (const block of text.split(/\n\n+/)) {
		if (!block.trim()) continue;
		let event = null;
		const data = [];
		for (const line of block.split('\n')) {
			if (line.startsWith('event:')) event = line.slice(6).trim();
			else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
		}
		const raw = data.join('\n');
		let parsed = {};
		try {
			parsed = JSON.parse(raw);
		} catch {
			// [DONE]: the text stays in `raw`
		}
		events.push({ event, data: parsed, raw });
	}
	return events;
}

/** One raw HTTP call: status, content type, the body (JSON-parsed when it parses) and SSE events. */
async function rawRequest(url, { method = 'GET', apiKey, body, headers = {} } = {}) {
	const response = await fetch(url, {
		method,
		headers: {
			...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
			...(body !== undefined ? { 'content-type': 'application/json' } : {}),
			...headers,
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	const contentType = response.headers.get('content-type') || '';
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return {
		status: response.status,
		contentType,
		text,
		json,
		events: contentType.startsWith('text/event-stream') ? parseSse(text) : [],
	};
}

module.exports = {
	startScriptedModel,
	runtimeVersions,
	runToolLoop,
	runN8nAgent,
	rawRequest,
	parseSse,
};
