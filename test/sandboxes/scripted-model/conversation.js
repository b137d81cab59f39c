'use strict';

const { fail } = require('./errors');

/*
 * Reads a Chat Completions or Responses request into one shape:
 * { api, stream, includeUsage, model, tools: [{ name, description, parameters }], prompt, system,
 *   toolResults: [{ tool, callId, args, output, bytes }] }
 * `tool`/`args` of a result come from the assistant turn that made the call (matched by call id).
 */

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Text of a message content: a string, or the text parts of a content array. */
function contentText(content) {
	if (typeof content === 'string') return content;
	if (Array.isArray(content))
		return content
			.map((part) => {
				if (typeof part === 'string') return part;
				if (isObject(part) && typeof part.text === 'string') return part.text;
				return '';
			})
			.join('');
	if (content === null || content === undefined) return '';
	return JSON.stringify(content);
}

/** A tool output as the model reads it: strings as they are, content arrays as their text. */
function outputText(output) {
	if (typeof output === 'string') return output;
	if (Array.isArray(output) && output.every((part) => isObject(part) && 'text' in part))
		return contentText(output);
	return output === undefined ? '' : JSON.stringify(output);
}

function parseArgs(text) {
	if (isObject(text)) return text;
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

function requireModel(body) {
	if (!isObject(body)) fail(400, 'The request body must be a JSON object.');
	if (typeof body.model !== 'string' || !body.model)
		fail(400, 'you must provide a model parameter', { param: 'model' });
}

/** The call's arguments; n8n's agent adds the call id as an `id` key when it rebuilds the history, dropped here. */
function callArgs(call, callId) {
	const args = parseArgs(call.arguments);
	if (!isObject(args) || args.id !== callId) return args;
	const rest = { ...args };
	delete rest.id;
	return rest;
}

function toolResult(calls, callId, output) {
	const call = calls.get(callId);
	const text = outputText(output);
	return {
		tool: call ? call.name : null,
		callId,
		args: call ? callArgs(call, callId) : undefined,
		output: text,
		bytes: Buffer.byteLength(text, 'utf8'),
	};
}

function parseChatRequest(body) {
	requireModel(body);
	if (!Array.isArray(body.messages) || body.messages.length === 0)
		fail(400, "Missing required parameter: 'messages'.", { param: 'messages' });
	const tools = (Array.isArray(body.tools) ? body.tools : [])
		.filter((tool) => isObject(tool) && tool.type === 'function' && isObject(tool.function))
		.map(({ function: fn }) => ({
			name: fn.name,
			description: fn.description,
			parameters: fn.parameters,
		}));
	const calls = new Map();
	const toolResults = [];
	const system = [];
	let prompt = '';
	for (const message of body.messages) {
		if (!isObject(message)) continue;
		if (message.role === 'assistant' && Array.isArray(message.tool_calls)) {
			for (const call of message.tool_calls)
				if (isObject(call) && isObject(call.function))
					calls.set(call.id, { name: call.function.name, arguments: call.function.arguments });
		} else if (message.role === 'tool') {
			toolResults.push(toolResult(calls, message.tool_call_id, message.content));
		} else if (message.role === 'user') {
			prompt = contentText(message.content);
		} else if (message.role === 'system' || message.role === 'developer') {
			system.push(contentText(message.content));
		}
	}
	return {
		api: 'chat',
		stream: body.stream === true,
		includeUsage: isObject(body.stream_options) && body.stream_options.include_usage === true,
		model: body.model,
		tools,
		prompt,
		system: system.join('\n\n'),
		toolResults,
	};
}

function parseResponsesRequest(body) {
	requireModel(body);
	const input =
		typeof body.input === 'string' ? [{ role: 'user', content: body.input }] : body.input;
	if (!Array.isArray(input) || input.length === 0)
		fail(400, "Missing required parameter: 'input'.", { param: 'input' });
	const tools = (Array.isArray(body.tools) ? body.tools : [])
		.filter((tool) => isObject(tool) && tool.type === 'function')
		.map((tool) => ({
			name: tool.name,
			description: tool.description,
			parameters: tool.parameters,
		}));
	const calls = new Map();
	const toolResults = [];
	const system =
		typeof body.instructions === 'string' && body.instructions ? [body.instructions] : [];
	let prompt = '';
	for (const item of input) {
		if (!isObject(item)) continue;
		if (item.type === 'function_call') {
			calls.set(item.call_id, { name: item.name, arguments: item.arguments });
		} else if (item.type === 'function_call_output') {
			toolResults.push(toolResult(calls, item.call_id, item.output));
		} else if (item.type === undefined || item.type === 'message') {
			if (item.role === 'user') prompt = contentText(item.content);
			else if (item.role === 'system' || item.role === 'developer')
				system.push(contentText(item.content));
		}
	}
	return {
		api: 'responses',
		stream: body.stream === true,
		includeUsage: true,
		model: body.model,
		tools,
		prompt,
		system: system.join('\n\n'),
		toolResults,
	};
}

module.exports = { parseChatRequest, parseResponsesRequest, parseArgs, contentText, isObject };
