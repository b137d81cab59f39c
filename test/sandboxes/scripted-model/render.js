'use strict';

const { json, sse } = require('../framework');

/*
 * The answers, in the shapes @langchain/openai (ChatOpenAI, openai SDK v6) parses:
 * Chat Completions (JSON or `data:` chunks + [DONE]) and Responses (JSON or named SSE events).
 * `turn` is { text } (final answer) or { calls: [{ name, args }] }.
 */

const tokens = (text) => Math.max(1, Math.ceil(String(text).length / 4));

/** Splits text into up to `count` non-empty pieces (by code point), so streams carry several deltas. */
function pieces(text, count = 3) {
	const chars = Array.from(text);
	if (chars.length === 0) return [];
	const size = Math.ceil(chars.length / Math.min(count, chars.length));
	const out = [];
	for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
	return out;
}

/** Ids, argument strings and token counts of a turn, fixed before anything is written. */
function prepareTurn(turn, { nextId, promptText }) {
	const calls = (turn.calls || []).map((call) => ({
		name: call.name,
		args: call.args,
		arguments: JSON.stringify(call.args),
		callId: nextId('call_'),
	}));
	const completionText =
		turn.text !== undefined ? turn.text : calls.map((c) => c.name + c.arguments).join('');
	const promptTokens = tokens(promptText);
	const completionTokens = tokens(completionText);
	return {
		text: turn.text,
		calls,
		promptTokens,
		completionTokens,
		totalTokens: promptTokens + completionTokens,
	};
}

// ---------------------------------------------------------------------------------------------
// Chat Completions

function chatUsage(t) {
	return {
		prompt_tokens: t.promptTokens,
		completion_tokens: t.completionTokens,
		total_tokens: t.totalTokens,
		prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
		completion_tokens_details: {
			reasoning_tokens: 0,
			audio_tokens: 0,
			accepted_prediction_tokens: 0,
			rejected_prediction_tokens: 0,
		},
	};
}

function chatAnswer(t, { id, created, model, stream, includeUsage }) {
	const finishReason = t.calls.length ? 'tool_calls' : 'stop';
	if (!stream) {
		const message = {
			role: 'assistant',
			content: t.calls.length ? null : t.text,
			refusal: null,
			annotations: [],
		};
		if (t.calls.length)
			message.tool_calls = t.calls.map((call) => ({
				id: call.callId,
				type: 'function',
				function: { name: call.name, arguments: call.arguments },
			}));
		return json(200, {
			id,
			object: 'chat.completion',
			created,
			model,
			choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason }],
			usage: chatUsage(t),
			service_tier: 'default',
			system_fingerprint: null,
		});
	}
	const base = {
		id,
		object: 'chat.completion.chunk',
		created,
		model,
		service_tier: 'default',
		system_fingerprint: null,
	};
	const chunk = (delta, finish = null) => ({
		...base,
		choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
		...(includeUsage ? { usage: null } : {}),
	});
	const chunks = [];
	if (t.calls.length) {
		chunks.push(chunk({ role: 'assistant', content: null, refusal: null }));
		t.calls.forEach((call, index) => {
			chunks.push(
				chunk({
					tool_calls: [
						{
							index,
							id: call.callId,
							type: 'function',
							function: { name: call.name, arguments: '' },
						},
					],
				}),
			);
			for (const part of pieces(call.arguments))
				chunks.push(chunk({ tool_calls: [{ index, function: { arguments: part } }] }));
		});
	} else {
		chunks.push(chunk({ role: 'assistant', content: '', refusal: null }));
		for (const part of pieces(t.text)) chunks.push(chunk({ content: part }));
	}
	chunks.push(chunk({}, finishReason));
	if (includeUsage) chunks.push({ ...base, choices: [], usage: chatUsage(t) });
	return sse(async (writer) => {
		for (const data of chunks) writer.write(null, data);
		writer.write(null, '[DONE]');
	});
}

// ---------------------------------------------------------------------------------------------
// Responses

function responsesUsage(t) {
	return {
		input_tokens: t.promptTokens,
		input_tokens_details: { cached_tokens: 0 },
		output_tokens: t.completionTokens,
		output_tokens_details: { reasoning_tokens: 0 },
		total_tokens: t.totalTokens,
	};
}

function outputItems(t, nextId) {
	if (t.calls.length)
		return t.calls.map((call) => ({
			id: nextId('fc_'),
			type: 'function_call',
			status: 'completed',
			arguments: call.arguments,
			call_id: call.callId,
			name: call.name,
		}));
	return [
		{
			id: nextId('msg_'),
			type: 'message',
			status: 'completed',
			content: [{ type: 'output_text', annotations: [], logprobs: [], text: t.text }],
			role: 'assistant',
		},
	];
}

/** The response object; `body` is the request, whose settings a real response echoes. */
function responseObject({ id, createdAt, model, body }, status, output, usage) {
	return {
		id,
		object: 'response',
		created_at: createdAt,
		status,
		background: false,
		error: null,
		incomplete_details: null,
		instructions: body.instructions ?? null,
		max_output_tokens: body.max_output_tokens ?? null,
		metadata: body.metadata ?? {},
		model,
		output,
		parallel_tool_calls: body.parallel_tool_calls ?? true,
		previous_response_id: body.previous_response_id ?? null,
		reasoning: { effort: null, summary: null },
		service_tier: 'default',
		store: body.store ?? true,
		temperature: body.temperature ?? 1,
		text: { format: { type: 'text' }, verbosity: 'medium', ...body.text },
		tool_choice: body.tool_choice ?? 'auto',
		tools: Array.isArray(body.tools) ? body.tools : [],
		top_p: body.top_p ?? 1,
		truncation: body.truncation ?? 'disabled',
		usage,
		user: body.user ?? null,
	};
}

/** The named events OpenAI streams for a response, in its order, each with its sequence_number. */
function responseEvents(meta, output, usage) {
	const events = [];
	const emit = (type, fields) => events.push({ type, sequence_number: events.length, ...fields });
	emit('response.created', { response: responseObject(meta, 'in_progress', [], null) });
	emit('response.in_progress', { response: responseObject(meta, 'in_progress', [], null) });
	output.forEach((item, outputIndex) => {
		if (item.type === 'function_call') {
			// Empty arguments here: LangChain appends the deltas to them, so full ones would count twice.
			emit('response.output_item.added', {
				output_index: outputIndex,
				item: { ...item, status: 'in_progress', arguments: '' },
			});
			for (const delta of pieces(item.arguments))
				emit('response.function_call_arguments.delta', {
					item_id: item.id,
					output_index: outputIndex,
					delta,
				});
			emit('response.function_call_arguments.done', {
				item_id: item.id,
				output_index: outputIndex,
				name: item.name,
				arguments: item.arguments,
			});
		} else {
			const text = item.content[0].text;
			const at = { item_id: item.id, output_index: outputIndex, content_index: 0 };
			emit('response.output_item.added', {
				output_index: outputIndex,
				item: { ...item, status: 'in_progress', content: [] },
			});
			emit('response.content_part.added', {
				...at,
				part: { type: 'output_text', annotations: [], logprobs: [], text: '' },
			});
			for (const delta of pieces(text))
				emit('response.output_text.delta', { ...at, delta, logprobs: [] });
			emit('response.output_text.done', { ...at, text, logprobs: [] });
			emit('response.content_part.done', { ...at, part: item.content[0] });
		}
		emit('response.output_item.done', { output_index: outputIndex, item });
	});
	emit('response.completed', { response: responseObject(meta, 'completed', output, usage) });
	return events;
}

function responsesAnswer(t, meta, { stream, nextId }) {
	const output = outputItems(t, nextId);
	const usage = responsesUsage(t);
	if (!stream) return json(200, responseObject(meta, 'completed', output, usage));
	const events = responseEvents(meta, output, usage);
	return sse(async (writer) => {
		for (const event of events) writer.write(event.type, event);
	});
}

module.exports = { prepareTurn, chatAnswer, responsesAnswer, responseEvents, pieces, tokens };
