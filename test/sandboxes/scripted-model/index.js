'use strict';

/**
 * Scripted model server: a dev-only stand-in for OpenAI on 127.0.0.1 that speaks what n8n's OpenAI
 * Chat Model node (LangChain's ChatOpenAI) sends: `POST /v1/chat/completions` and
 * `POST /v1/responses`, streaming or not, and `GET /v1/models` (n8n's credential test and model
 * list). No model, no network: each model name plays a script.
 *
 *   const model = await startScriptedModel({
 *     scripts: {
 *       'scripted-damstra-learning': [
 *         { call: [{ tool: 'Find_Users', args: { search: 'Okafor' } }] },
 *         { call: [{ tool: 'Get_User', args: (ctx) => ({ userId: String(ctx.results[0].data[0].id) }) }] },
 *         { answer: (ctx) => `Grace's e-mail is ${ctx.results[1].data[0].emailAddress}.` },
 *       ],
 *     },
 *   });
 *   // n8n credential "OpenAI": API Key = model.apiKey, Base URL = model.url (…/v1).
 *
 * A script is an array of steps, one per model turn:
 * - `{ call: [{ tool, args }, …] }`: tool calls in one turn (a single `{ tool, args }` works too).
 *   `tool` must be one of the request's `tools` and the keys of `args` exactly that tool's schema
 *   properties (n8n builds the schema from the node's `$fromAI()` keys, all required); otherwise the
 *   request fails with HTTP 400 naming the script, the step and the offered tools or expected keys.
 * - `{ answer }`: the final answer text; it ends the script (a script must end with one).
 * `args` and `answer` may be functions of `ctx = { results, prompt, system, tools, model, step }`:
 * - `results`: the tool results the conversation holds, `[{ tool, args, callId, output, data }]`;
 *   `output` is the raw string the model got back (n8n's agent sends a tool's output items as a JSON
 *   array, or `{"error": …}`), `data` that string parsed as JSON (else undefined), `args` the call's
 *   arguments as the conversation carries them (without the `id` key n8n adds when it rebuilds them);
 * - `prompt`: the last user message; `system`: the system text; `tools`: the offered tools
 *   `[{ name, description, parameters }]`.
 * A throwing function answers 400 too (a test bug should fail loudly, not be retried).
 *
 * The server keeps no session: the number of tool results in the request (Chat: `role: 'tool'`
 * messages; Responses: `function_call_output` items) says which step is next (step k when the calls
 * of steps 0..k-1 add up to it; past the end, the answer; in the middle of a step, 400). Each model
 * request is recorded in `conversations`: `{ seq, api, stream, model, step, tools, toolResults:
 * [{ tool, callId, output, bytes }], prompt, system, reply | error }` (`seq`: the request log's entry).
 *
 * Errors use OpenAI's shape `{ error: { message, type, param, code } }`: wrong or missing key 401
 * (`invalid_api_key`), unknown model 404 (`model_not_found`, naming the scripted ones), a call the
 * request cannot take 400 (`tool_not_offered`, `arguments_mismatch`), `script_mismatch`,
 * `script_error`. None says "tool_calls": LangChain would file such a 400 as INVALID_TOOL_RESULTS.
 *
 * What the client does that matters here (LangChain @langchain/openai 1.4 in n8n 2.41):
 * - Responses streaming: a function call's `response.output_item.added` must carry empty
 *   `arguments`, LangChain appends the deltas to them (full ones would make the call invalid).
 * - The next request repeats the previous response's `output` items (ids, status) as `input`, or,
 *   when n8n's agent rebuilt the history, bare `function_call` items; both are read.
 * - Chat Completions: n8n's agent sends assistant tool-call messages with `content: []`.
 * - A model name containing "codex" makes ChatOpenAI use the Responses API whatever the node says.
 *
 * Control API (besides the framework's): `GET|DELETE /__sandbox/conversations`,
 * `PUT /__sandbox/scripts/:model` (JSON steps, without functions), `GET /__sandbox/scripts`.
 * Standalone: `node test/sandboxes/scripted-model/index.js [--port N] [--api-key K]` prints
 * `{"url":…,"apiKey":…}` and serves until SIGINT/SIGTERM.
 */

const { createSandbox, json, empty } = require('../framework');
const errors = require('./errors');
const { parseChatRequest, parseResponsesRequest } = require('./conversation');
const { normalizeScript, currentStep, playStep, scriptContext } = require('./scripts');
const { prepareTurn, chatAnswer, responsesAnswer } = require('./render');

const BASE_PATH = '/v1';
const DEFAULT_API_KEY = 'sandbox-model-key';

/**
 * @param {{ port?: number, apiKey?: string, scripts?: Record<string, Array<object>> }} [options]
 */
async function startScriptedModel({ port = 0, apiKey = DEFAULT_API_KEY, scripts = {} } = {}) {
	const registered = new Map();
	const conversations = [];
	let idCounter = 0;
	const nextId = (prefix) => `${prefix}scripted${String(++idCounter).padStart(4, '0')}`;
	const nowSeconds = () => Math.floor(Date.now() / 1000);

	function script(model, steps) {
		registered.set(model, normalizeScript(model, steps));
	}
	for (const [model, steps] of Object.entries(scripts)) script(model, steps);

	function modelEntry(id) {
		return { id, object: 'model', created: 1767225600, owned_by: 'scripted' };
	}

	function answer(ctx, parse) {
		const request = parse(ctx.body);
		const record = {
			seq: ctx.logEntry ? ctx.logEntry.seq : null,
			api: request.api,
			stream: request.stream,
			model: request.model,
			step: null,
			tools: request.tools,
			toolResults: request.toolResults.map(({ tool, callId, output, bytes }) => ({
				tool,
				callId,
				output,
				bytes,
			})),
			prompt: request.prompt,
			system: request.system,
		};
		conversations.push(record);
		try {
			const steps = registered.get(request.model);
			if (!steps) {
				const known = [...registered.keys()];
				errors.fail(
					404,
					`The model \`${request.model}\` does not exist or you do not have access to it. ` +
						`Scripted models: ${known.length ? known.join(', ') : '(none registered)'}`,
					{ code: 'model_not_found', param: 'model' },
				);
			}
			const index = currentStep(request.model, steps, request.toolResults.length);
			record.step = index;
			const turn = playStep(
				request.model,
				steps,
				index,
				scriptContext(request.model, index, request),
			);
			const prepared = prepareTurn(turn, { nextId, promptText: ctx.rawBody });
			record.reply =
				prepared.text !== undefined
					? { answer: prepared.text }
					: {
							calls: prepared.calls.map(({ name, args, callId }) => ({ tool: name, args, callId })),
						};
			if (request.api === 'chat')
				return chatAnswer(prepared, {
					id: nextId('chatcmpl-'),
					created: nowSeconds(),
					model: request.model,
					stream: request.stream,
					includeUsage: request.includeUsage,
				});
			const meta = {
				id: nextId('resp_'),
				createdAt: nowSeconds(),
				model: request.model,
				body: ctx.body,
			};
			return responsesAnswer(prepared, meta, { stream: request.stream, nextId });
		} catch (err) {
			record.error = err.message;
			throw err;
		}
	}

	const routes = [
		{
			method: 'GET',
			path: '/models',
			handler: () => ({ object: 'list', data: [...registered.keys()].map(modelEntry) }),
		},
		{
			method: 'GET',
			path: '/models/:model',
			handler: (ctx) => {
				if (registered.has(ctx.params.model)) return modelEntry(ctx.params.model);
				return errors.openAiError(404, `The model '${ctx.params.model}' does not exist`, {
					code: 'model_not_found',
					param: 'model',
				});
			},
		},
		{ method: 'POST', path: '/chat/completions', handler: (ctx) => answer(ctx, parseChatRequest) },
		{ method: 'POST', path: '/responses', handler: (ctx) => answer(ctx, parseResponsesRequest) },
	];

	const controlRoutes = [
		{ method: 'GET', path: '/conversations', handler: () => ({ conversations }) },
		{
			method: 'DELETE',
			path: '/conversations',
			handler: () => {
				conversations.length = 0;
				return empty(204);
			},
		},
		{
			method: 'GET',
			path: '/scripts',
			handler: () => ({
				scripts: Object.fromEntries(
					[...registered].map(([model, steps]) => [
						model,
						steps.map((step) =>
							step.call
								? {
										call: step.call.map((c) => ({
											tool: c.tool,
											args: typeof c.args === 'function' ? '(function)' : c.args,
										})),
									}
								: { answer: typeof step.answer === 'function' ? '(function)' : step.answer },
						),
					]),
				),
			}),
		},
		{
			method: 'PUT',
			path: '/scripts/:model',
			handler: (ctx) => {
				try {
					script(ctx.params.model, ctx.body);
				} catch (err) {
					return json(400, { error: err.message });
				}
				return { model: ctx.params.model, steps: registered.get(ctx.params.model).length };
			},
		},
	];

	const sandbox = await createSandbox({
		name: 'scripted-model',
		basePath: BASE_PATH,
		port,
		routes,
		authenticate: (ctx) => {
			const header = ctx.headers.authorization;
			const match = typeof header === 'string' ? /^Bearer\s+(.*)$/i.exec(header.trim()) : null;
			if (match && match[1] === apiKey) return null;
			return errors.unauthorized(match ? match[1] : header);
		},
		describe: () => ({
			vendor: 'Scripted model server (OpenAI Chat Completions + Responses)',
			credentials: { apiKey, header: 'Authorization: Bearer <apiKey>' },
			models: [...registered.keys()],
			conversations: conversations.length,
		}),
		onReset: () => {
			conversations.length = 0;
		},
		controlRoutes,
		faultBody: errors.faultBody,
		invalidBody: (ctx, message) =>
			errors.openAiError(400, `We could not parse the JSON body of your request. (${message})`),
		notFound: (ctx) => errors.openAiError(404, `Invalid URL (${ctx.method} ${ctx.pathname})`),
	});

	return {
		url: sandbox.url,
		origin: sandbox.origin,
		port: sandbox.port,
		apiKey,
		credentials: { apiKey, url: sandbox.url },
		script,
		get models() {
			return [...registered.keys()];
		},
		get conversations() {
			return conversations.slice();
		},
		clearConversations: () => {
			conversations.length = 0;
		},
		get requests() {
			return sandbox.requests;
		},
		clearRequests: () => sandbox.clearRequests(),
		injectFault: (fault) => sandbox.injectFault(fault),
		clearFaults: () => sandbox.clearFaults(),
		reset: (opts) => sandbox.reset(opts),
		info: () => sandbox.info(),
		close: () => sandbox.close(),
		sandbox,
	};
}

function flag(argv, name) {
	const index = argv.indexOf(name);
	return index >= 0 ? argv[index + 1] : undefined;
}

if (require.main === module) {
	const argv = process.argv.slice(2);
	startScriptedModel({
		port: Number(flag(argv, '--port') || 0),
		apiKey: flag(argv, '--api-key') || DEFAULT_API_KEY,
	}).then(
		(server) => {
			process.stdout.write(`${JSON.stringify({ url: server.url, apiKey: server.apiKey })}\n`);
			const stop = () => server.close().then(() => process.exit(0));
			process.on('SIGINT', stop);
			process.on('SIGTERM', stop);
		},
		(err) => {
			process.stderr.write(`${err.stack || err}\n`);
			process.exit(1);
		},
	);
}

module.exports = { startScriptedModel, BASE_PATH, DEFAULT_API_KEY };
