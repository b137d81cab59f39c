import {
	rawRequest,
	runN8nAgent,
	runToolLoop,
	runtimeVersions,
	startScriptedModel,
	type ScriptContext,
	type ScriptedModel,
	type ScriptStep,
	type ToolSpec,
} from '../support/scripted-model-client';

/**
 * The scripted model server (test/sandboxes/scripted-model) proven with the client code n8n runs:
 * LangChain's ChatOpenAI from the pinned n8n runtime, configured as n8n's OpenAI Chat Model node does,
 * on both OpenAI APIs (Chat Completions, Responses), streaming and not; n8n's own tool-calling agent
 * with the history n8n rebuilds between turns; the errors; and the raw HTTP shapes of the streams.
 */

const MODEL = 'scripted-damstra-learning';
const USER = { id: 1004, name: 'Grace Okafor', email: 'grace.okafor@example.com' };
const SCHEDULES: Record<string, Array<Record<string, unknown>>> = {
	due: [
		{ id: 10003, lesson: 'Fire Safety' },
		{ id: 10004, lesson: 'Manual Handling' },
	],
	overdue: [{ id: 10005, lesson: 'First Aid' }],
};

const TOOLS: ToolSpec[] = [
	{
		name: 'Damstra_Learning',
		description: 'Finds a Damstra Learning user by e-mail address',
		args: { email: 'E-mail address of the user' },
	},
	{
		name: 'Damstra_Learning_Schedules',
		description: "Lists a user's lesson schedules with a status",
		args: { userId: 'Id of the user', status: 'Schedule status: due or overdue' },
	},
];

/** A tool's JSON result: the object itself, or (n8n's agent) the first of its output items. */
function first(data: unknown): Record<string, unknown> {
	const value = Array.isArray(data) ? (data[0] as unknown) : data;
	return value as Record<string, unknown>;
}

const count = (data: unknown) => (Array.isArray(data) ? data.length : 0);

const ANSWER = `Grace Okafor (${USER.email}) has 2 due and 1 overdue lessons.`;

const SCRIPT: ScriptStep[] = [
	{ call: [{ tool: 'Damstra_Learning', args: { email: USER.email } }] },
	{
		call: [
			{
				tool: 'Damstra_Learning_Schedules',
				args: (ctx: ScriptContext) => ({
					userId: String(first(ctx.results[0].data).id),
					status: 'due',
				}),
			},
			{
				tool: 'Damstra_Learning_Schedules',
				args: (ctx: ScriptContext) => ({
					userId: String(first(ctx.results[0].data).id),
					status: 'overdue',
				}),
			},
		],
	},
	{
		answer: (ctx: ScriptContext) =>
			`${String(first(ctx.results[0].data).name)} (${String(ctx.results[0].args?.email)}) has ` +
			`${count(ctx.results[1].data)} due and ${count(ctx.results[2].data)} overdue lessons.`,
	},
];

type Call = { name: string; args: Record<string, unknown> };

/** What the tools "return": Damstra_Learning the user, the schedules tool the schedules with that status. */
function toolItems(call: Call): Array<Record<string, unknown>> {
	if (call.name === 'Damstra_Learning') return [USER];
	return SCHEDULES[String(call.args.status)] ?? [];
}

const looseOutput = (call: Call) =>
	JSON.stringify(call.name === 'Damstra_Learning' ? USER : toolItems(call));

let model: ScriptedModel;

beforeAll(async () => {
	model = await startScriptedModel({
		scripts: {
			[MODEL]: SCRIPT,
			'scripted-wrong-tool': [{ call: { tool: 'Growsparks', args: {} } }, { answer: 'never' }],
			'scripted-wrong-keys': [
				{ call: { tool: 'Damstra_Learning', args: { mail: USER.email, limit: '1' } } },
				{ answer: 'never' },
			],
			'scripted-hello': [{ answer: 'Hello from the script.' }],
		},
	});
	// The client packages come from the n8n runtime (installed on first use: minutes, hence the timeout).
	expect(Object.keys(runtimeVersions())).toEqual([
		'@langchain/openai',
		'@langchain/core',
		'@langchain/classic',
		'@n8n/n8n-nodes-langchain',
	]);
}, 1_800_000);

afterAll(async () => {
	await model.close();
});

beforeEach(() => {
	model.clearConversations();
	model.clearRequests();
});

const COMBINATIONS = [
	['Chat Completions', 'not streaming', false, false],
	['Chat Completions', 'streaming', false, true],
	['Responses API', 'not streaming', true, false],
	['Responses API', 'streaming', true, true],
] as const;

describe.each(COMBINATIONS)('%s, %s', (_api, _mode, useResponsesApi, streaming) => {
	const api = useResponsesApi ? 'responses' : 'chat';
	const path = useResponsesApi ? '/v1/responses' : '/v1/chat/completions';
	const base = () => ({
		url: model.url,
		apiKey: model.apiKey,
		useResponsesApi,
		streaming,
		tools: TOOLS,
		prompt: 'Which lessons does Grace Okafor still have to do?',
	});

	it('ChatOpenAI gets the scripted call, then the calls built from its result, then the answer', async () => {
		const result = await runToolLoop({ ...base(), model: MODEL, outputs: looseOutput });

		expect(result.error).toBeUndefined();
		expect(
			result.turns.map((turn) => turn.toolCalls.map(({ name, args }) => ({ name, args }))),
		).toEqual([
			[{ name: 'Damstra_Learning', args: { email: USER.email } }],
			[
				{ name: 'Damstra_Learning_Schedules', args: { userId: '1004', status: 'due' } },
				{ name: 'Damstra_Learning_Schedules', args: { userId: '1004', status: 'overdue' } },
			],
			[],
		]);
		expect(result.turns.flatMap((turn) => turn.toolCalls.map((call) => call.id))).toEqual(
			Array.from({ length: 3 }, () => expect.stringMatching(/^call_/)),
		);
		expect(result.turns.map((turn) => turn.invalidToolCalls)).toEqual([0, 0, 0]);
		expect(result.answer).toBe(ANSWER);

		// What the model received, as the server recorded it.
		const conversations = model.conversations;
		expect(
			conversations.map(({ api: a, stream, model: m, step }) => ({ a, stream, m, step })),
		).toEqual([0, 1, 2].map((step) => ({ a: api, stream: streaming, m: MODEL, step })));
		expect(conversations.map((c) => c.toolResults.map((r) => r.tool))).toEqual([
			[],
			['Damstra_Learning'],
			['Damstra_Learning', 'Damstra_Learning_Schedules', 'Damstra_Learning_Schedules'],
		]);
		const last = conversations[2].toolResults;
		expect(last.map((r) => r.output)).toEqual([
			JSON.stringify(USER),
			JSON.stringify(SCHEDULES.due),
			JSON.stringify(SCHEDULES.overdue),
		]);
		expect(last.map((r) => r.bytes)).toEqual(last.map((r) => r.output.length));
		expect(conversations[0].prompt).toBe('Which lessons does Grace Okafor still have to do?');
		expect(conversations[0].tools).toEqual([
			{
				name: 'Damstra_Learning',
				description: 'Finds a Damstra Learning user by e-mail address',
				parameters: expect.objectContaining({
					type: 'object',
					properties: { email: { type: 'string', description: 'E-mail address of the user' } },
					required: ['email'],
				}),
			},
			expect.objectContaining({ name: 'Damstra_Learning_Schedules' }),
		]);
		expect(conversations[2].reply).toEqual({ answer: ANSWER });

		// The HTTP requests LangChain sent.
		const requests = model.requests;
		expect(requests.map((r) => [r.method, r.pathname, r.status])).toEqual(
			[1, 2, 3].map(() => ['POST', path, 200]),
		);
		const body = requests[0].body as Record<string, unknown>;
		expect(body.stream).toBe(streaming);
		if (!useResponsesApi)
			expect(body.stream_options).toEqual(streaming ? { include_usage: true } : undefined);
		expect(body.store).toBeUndefined();
		expect(body.include).toBeUndefined();
	});

	it("n8n's tool-calling agent, with the history n8n rebuilds between turns, reaches the answer", async () => {
		const result = await runN8nAgent({
			...base(),
			model: MODEL,
			system: 'You are the Damstra Learning assistant.',
			outputs: toolItems,
		});

		expect(result.error).toBeUndefined();
		expect(result.output).toBe(ANSWER);
		expect(result.rounds.map((round) => round.calls?.map((c) => [c.tool, c.toolInput]))).toEqual([
			[['Damstra_Learning', { email: USER.email }]],
			[
				['Damstra_Learning_Schedules', { userId: '1004', status: 'due' }],
				['Damstra_Learning_Schedules', { userId: '1004', status: 'overdue' }],
			],
			undefined,
		]);
		const conversations = model.conversations;
		expect(conversations.map((c) => [c.api, c.stream, c.step])).toEqual([
			[api, streaming, 0],
			[api, streaming, 1],
			[api, streaming, 2],
		]);
		expect(conversations[0].system).toBe('You are the Damstra Learning assistant.');
		// n8n hands the model a tool's output items as a JSON array.
		expect(conversations[2].toolResults.map((r) => r.output)).toEqual([
			JSON.stringify([USER]),
			JSON.stringify(SCHEDULES.due),
			JSON.stringify(SCHEDULES.overdue),
		]);
	});

	it('errors arrive as errors that say what is wrong', async () => {
		const run = ({ name = MODEL, key = model.apiKey }: { name?: string; key?: string }) =>
			runToolLoop({ ...base(), model: name, apiKey: key, outputs: looseOutput });

		const unknown = await run({ name: 'scripted-nope' });
		expect(unknown.error).toMatchObject({ status: 404, code: 'model_not_found' });
		expect(unknown.error?.message).toContain('scripted-nope');
		expect(unknown.error?.message).toContain(MODEL);

		const notOffered = await run({ name: 'scripted-wrong-tool' });
		expect(notOffered.error).toMatchObject({ status: 400, code: 'tool_not_offered' });
		expect(notOffered.error?.message).toContain(
			'Scripted model "scripted-wrong-tool", step 0, call Growsparks: the request does not offer tool "Growsparks"; ' +
				'offered tools: Damstra_Learning, Damstra_Learning_Schedules',
		);

		const impostors = await run({ name: 'scripted-wrong-keys' });
		expect(impostors.error).toMatchObject({ status: 400, code: 'arguments_mismatch' });
		expect(impostors.error?.message).toContain(
			"the argument keys [mail, limit] are not the tool schema's properties [email]; missing: email; " +
				'not in the schema: mail, limit',
		);

		const impostor = 'not-the-key-123456';
		const badKey = await run({ key: impostor });
		expect(badKey.error).toMatchObject({ status: 401, code: 'invalid_api_key' });
		expect(badKey.error?.message).toContain('Incorrect API key provided: not-');
		expect(badKey.error?.message).not.toContain(impostor);

		expect(model.conversations.map((c) => [c.model, c.step, Boolean(c.error)])).toEqual([
			['scripted-nope', null, true],
			['scripted-wrong-tool', 0, true],
			['scripted-wrong-keys', 0, true],
		]);
	});
});

describe('raw HTTP', () => {
	const chatTools = TOOLS.map((tool) => ({
		type: 'function',
		function: {
			name: tool.name,
			description: tool.description,
			parameters: {
				type: 'object',
				properties: Object.fromEntries(
					Object.keys(tool.args).map((key) => [key, { type: 'string' }]),
				),
				required: Object.keys(tool.args),
			},
		},
	}));
	const responsesTools = chatTools.map((tool) => ({
		type: 'function',
		...tool.function,
		strict: false,
	}));
	const post = (path: string, body: unknown) =>
		rawRequest(`${model.url}${path}`, { method: 'POST', apiKey: model.apiKey, body });
	const firstCall = {
		id: 'call_1',
		type: 'function',
		function: { name: 'Damstra_Learning', arguments: JSON.stringify({ email: USER.email }) },
	};

	it('lists the scripts as models, and answers in OpenAI error shapes', async () => {
		const models = await rawRequest(`${model.url}/models`, { apiKey: model.apiKey });
		expect(models.status).toBe(200);
		expect(models.json).toEqual({
			object: 'list',
			data: model.models.map((id) => ({
				id,
				object: 'model',
				created: expect.any(Number),
				owned_by: 'scripted',
			})),
		});
		expect(model.models).toContain(MODEL);

		const missing = await rawRequest(`${model.url}/models`);
		expect(missing.status).toBe(401);
		expect(missing.json?.error).toEqual({
			message: expect.stringContaining("You didn't provide an API key"),
			type: 'invalid_request_error',
			param: null,
			code: 'invalid_api_key',
		});

		const nowhere = await rawRequest(`${model.url}/embeddings`, {
			method: 'POST',
			apiKey: model.apiKey,
			body: {},
		});
		expect(nowhere.status).toBe(404);
		expect(nowhere.json?.error?.message).toBe('Invalid URL (POST /v1/embeddings)');
	});

	it('streams Chat Completions chunks: role, tool call header with empty arguments, fragments, finish, usage, [DONE]', async () => {
		const calls = await post('/chat/completions', {
			model: MODEL,
			stream: true,
			stream_options: { include_usage: true },
			messages: [
				{ role: 'user', content: 'Grace?' },
				{ role: 'assistant', content: null, tool_calls: [firstCall] },
				{ role: 'tool', tool_call_id: 'call_1', content: JSON.stringify(USER) },
			],
			tools: chatTools,
		});
		expect(calls.status).toBe(200);
		expect(calls.contentType).toMatch(/^text\/event-stream/);
		const events = calls.events;
		expect(events.every((e) => e.event === null)).toBe(true);
		expect(events[events.length - 1].raw).toBe('[DONE]');
		const chunks = events.slice(0, -1).map((e) => e.data);
		expect(chunks.every((c) => c.object === 'chat.completion.chunk' && c.id === chunks[0].id)).toBe(
			true,
		);
		expect(chunks[0].choices?.[0].delta).toEqual({
			role: 'assistant',
			content: null,
			refusal: null,
		});
		const deltas = chunks.flatMap((c) => c.choices?.[0]?.delta?.tool_calls ?? []);
		const headers = deltas.filter((d) => d.id !== undefined);
		expect(headers).toEqual(
			[0, 1].map((index) => ({
				index,
				id: expect.stringMatching(/^call_/),
				type: 'function',
				function: { name: 'Damstra_Learning_Schedules', arguments: '' },
			})),
		);
		const argsOf = (index: number) =>
			deltas
				.filter((d) => d.index === index)
				.map((d) => d.function.arguments)
				.join('');
		expect([argsOf(0), argsOf(1)]).toEqual([
			JSON.stringify({ userId: '1004', status: 'due' }),
			JSON.stringify({ userId: '1004', status: 'overdue' }),
		]);
		expect(deltas.filter((d) => d.index === 0).length).toBeGreaterThan(2);
		const finish = chunks[chunks.length - 2];
		expect(finish.choices?.[0]).toMatchObject({ delta: {}, finish_reason: 'tool_calls' });
		const usage = chunks[chunks.length - 1];
		expect(usage.choices).toEqual([]);
		expect(usage.usage).toMatchObject({
			prompt_tokens: expect.any(Number),
			total_tokens: expect.any(Number),
		});

		const answer = await post('/chat/completions', {
			model: 'scripted-hello',
			stream: true,
			messages: [{ role: 'user', content: 'Hi' }],
		});
		const answerChunks = answer.events.slice(0, -1).map((e) => e.data);
		const texts = answerChunks.map((c) => c.choices?.[0]?.delta?.content).filter((t) => t);
		expect(texts.length).toBeGreaterThan(1);
		expect(texts.join('')).toBe('Hello from the script.');
		expect(answerChunks[answerChunks.length - 1].choices?.[0].finish_reason).toBe('stop');
		expect(answerChunks.every((c) => c.usage === undefined)).toBe(true);
	});

	it('streams Responses events in OpenAI order, a call added with empty arguments', async () => {
		const calls = await post('/responses', {
			model: MODEL,
			stream: true,
			input: [
				{ role: 'user', content: [{ type: 'input_text', text: 'Grace?' }] },
				{
					type: 'function_call',
					call_id: 'call_1',
					name: 'Damstra_Learning',
					arguments: firstCall.function.arguments,
				},
				{ type: 'function_call_output', call_id: 'call_1', output: JSON.stringify(USER) },
			],
			tools: responsesTools,
		});
		expect(calls.status).toBe(200);
		const events = calls.events;
		const perCall = [
			'response.output_item.added',
			'response.function_call_arguments.delta',
			'response.function_call_arguments.delta',
			'response.function_call_arguments.delta',
			'response.function_call_arguments.done',
			'response.output_item.done',
		];
		expect(events.map((e) => e.event)).toEqual([
			'response.created',
			'response.in_progress',
			...perCall,
			...perCall,
			'response.completed',
		]);
		expect(events.map((e) => [e.data.type, e.data.sequence_number])).toEqual(
			events.map((e, index) => [e.event, index]),
		);
		const added = events.filter((e) => e.event === 'response.output_item.added').map((e) => e.data);
		expect(
			added.map((a) => [a.output_index, a.item?.type, a.item?.name, a.item?.arguments]),
		).toEqual([
			[0, 'function_call', 'Damstra_Learning_Schedules', ''],
			[1, 'function_call', 'Damstra_Learning_Schedules', ''],
		]);
		for (const index of [0, 1]) {
			const deltas = events
				.filter(
					(e) =>
						e.event === 'response.function_call_arguments.delta' && e.data.output_index === index,
				)
				.map((e) => e.data.delta)
				.join('');
			const done = events.find(
				(e) => e.event === 'response.function_call_arguments.done' && e.data.output_index === index,
			);
			expect(deltas).toBe(done?.data.arguments);
		}
		const completed = events[events.length - 1].data.response;
		expect(completed?.status).toBe('completed');
		expect(completed?.output?.map((item) => [item.type, item.call_id, item.arguments])).toEqual([
			['function_call', added[0].item?.call_id, JSON.stringify({ userId: '1004', status: 'due' })],
			[
				'function_call',
				added[1].item?.call_id,
				JSON.stringify({ userId: '1004', status: 'overdue' }),
			],
		]);
		expect(completed?.usage).toMatchObject({
			input_tokens: expect.any(Number),
			output_tokens: expect.any(Number),
		});

		const answer = await post('/responses', { model: 'scripted-hello', stream: true, input: 'Hi' });
		expect(answer.events.map((e) => e.event)).toEqual([
			'response.created',
			'response.in_progress',
			'response.output_item.added',
			'response.content_part.added',
			'response.output_text.delta',
			'response.output_text.delta',
			'response.output_text.delta',
			'response.output_text.done',
			'response.content_part.done',
			'response.output_item.done',
			'response.completed',
		]);
		const message = answer.events[answer.events.length - 1].data.response?.output?.[0];
		expect(message).toMatchObject({
			type: 'message',
			role: 'assistant',
			status: 'completed',
			content: [{ type: 'output_text', text: 'Hello from the script.', annotations: [] }],
		});
	});

	it('answers without streaming in the shapes LangChain parses', async () => {
		const chat = await post('/chat/completions', {
			model: MODEL,
			messages: [{ role: 'user', content: 'Grace?' }],
			tools: chatTools,
		});
		expect(chat.json).toMatchObject({
			object: 'chat.completion',
			model: MODEL,
			choices: [
				{
					index: 0,
					message: {
						role: 'assistant',
						content: null,
						tool_calls: [
							{
								id: expect.stringMatching(/^call_/),
								type: 'function',
								function: { name: 'Damstra_Learning', arguments: firstCall.function.arguments },
							},
						],
					},
					finish_reason: 'tool_calls',
				},
			],
			usage: { prompt_tokens: expect.any(Number), completion_tokens: expect.any(Number) },
		});

		const responses = await post('/responses', {
			model: MODEL,
			instructions: 'Be brief.',
			input: 'Grace?',
			tools: responsesTools,
		});
		expect(responses.json).toMatchObject({
			id: expect.stringMatching(/^resp_/),
			object: 'response',
			status: 'completed',
			error: null,
			instructions: 'Be brief.',
			output: [
				{
					type: 'function_call',
					id: expect.stringMatching(/^fc_/),
					call_id: expect.stringMatching(/^call_/),
					name: 'Damstra_Learning',
					arguments: firstCall.function.arguments,
					status: 'completed',
				},
			],
			usage: {
				input_tokens: expect.any(Number),
				output_tokens: expect.any(Number),
				total_tokens: expect.any(Number),
			},
		});
		expect(model.conversations.map((c) => [c.api, c.prompt, c.system])).toEqual([
			['chat', 'Grace?', ''],
			['responses', 'Grace?', 'Be brief.'],
		]);
	});

	it('finds the step from the tool results the conversation holds', async () => {
		const withResults = (outputs: string[]) => [
			{ role: 'user', content: 'Grace?' },
			{
				role: 'assistant',
				content: null,
				tool_calls: outputs.map((_, index) => ({ ...firstCall, id: `call_${index}` })),
			},
			...outputs.map((content, index) => ({
				role: 'tool',
				tool_call_id: `call_${index}`,
				content,
			})),
		];
		// Step 1 has two calls: one result more than step 0's is in the middle of it.
		const middle = await post('/chat/completions', {
			model: MODEL,
			messages: withResults([JSON.stringify(USER), '[]']),
			tools: chatTools,
		});
		expect(middle.status).toBe(400);
		expect(middle.json?.error).toMatchObject({
			code: 'script_mismatch',
			message: expect.stringContaining(
				'holds 2 tool result(s), which does not end any step of the script (steps begin after 0, 1, 3 results)',
			),
		});

		// Past the last step: the answer again. Outputs are recorded with their size in bytes.
		const big = 'é'.repeat(5000);
		const past = await post('/chat/completions', {
			model: MODEL,
			messages: withResults([JSON.stringify(USER), '[1,2]', '[3]', big]),
			tools: chatTools,
		});
		expect(past.json?.choices?.[0].message?.content).toBe(
			`Grace Okafor (${USER.email}) has 2 due and 1 overdue lessons.`,
		);
		const record = model.conversations[1];
		expect(record.step).toBe(2);
		expect(record.toolResults[3]).toEqual({
			tool: 'Damstra_Learning',
			callId: 'call_3',
			output: big,
			bytes: 10000,
		});
	});

	it('refuses malformed scripts when they are registered', () => {
		const bad: Array<[unknown, string]> = [
			[[], 'must be a non-empty array of steps'],
			[[{ answer: 'a' }, { answer: 'b' }], 'an answer ends the script'],
			[[{ call: { tool: 'X', args: {} } }], 'must end with an { answer } step'],
			[[{ call: { args: {} } }, { answer: 'a' }], 'every call needs a "tool" name'],
			[
				[{ call: { tool: 'X', args: 'x' } }, { answer: 'a' }],
				'"args" must be an object or a function',
			],
			[[{ call: [], answer: 'a' }], 'exactly one of "call" or "answer"'],
		];
		for (const [steps, message] of bad)
			expect(() => model.script('scripted-bad', steps as ScriptStep[])).toThrow(message);
		expect(model.models).not.toContain('scripted-bad');
	});
});
