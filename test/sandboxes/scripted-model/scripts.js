'use strict';

const { fail } = require('./errors');
const { parseArgs, isObject } = require('./conversation');

/*
 * A script is an array of steps, played one model turn at a time:
 *   { call: [{ tool, args }, …] }   one turn with one or more tool calls (a single { tool, args } works too)
 *   { answer: 'text' }              the final answer; it ends the script
 * `args` and `answer` may be functions of ctx = { results, prompt, system, tools, model, step }.
 */

function normalizeScript(model, steps) {
	const where = (index) => `Script "${model}", step ${index}`;
	if (typeof model !== 'string' || !model) throw new TypeError('A script needs a model name');
	if (!Array.isArray(steps) || steps.length === 0)
		throw new TypeError(`Script "${model}" must be a non-empty array of steps`);
	return steps.map((step, index) => {
		if (!isObject(step) || 'call' in step === 'answer' in step)
			throw new TypeError(`${where(index)} must have exactly one of "call" or "answer"`);
		if ('answer' in step) {
			if (typeof step.answer !== 'string' && typeof step.answer !== 'function')
				throw new TypeError(`${where(index)}: "answer" must be a string or a function`);
			if (index !== steps.length - 1)
				throw new TypeError(
					`${where(index)}: an answer ends the script, so it must be the last step`,
				);
			return { answer: step.answer };
		}
		const calls = Array.isArray(step.call) ? step.call : [step.call];
		if (calls.length === 0) throw new TypeError(`${where(index)}: "call" lists no tool calls`);
		for (const call of calls) {
			if (!isObject(call) || typeof call.tool !== 'string' || !call.tool)
				throw new TypeError(`${where(index)}: every call needs a "tool" name`);
			if (!isObject(call.args) && typeof call.args !== 'function')
				throw new TypeError(
					`${where(index)}, call ${call.tool}: "args" must be an object or a function`,
				);
		}
		if (index === steps.length - 1)
			throw new TypeError(`Script "${model}" must end with an { answer } step`);
		return { call: calls.map((call) => ({ tool: call.tool, args: call.args })) };
	});
}

/**
 * The step a conversation is at: step k is next when the calls of steps 0..k-1 add up to the number
 * of tool results the conversation already holds. Past the last step: the last step (the answer).
 */
function currentStep(model, steps, resultCount) {
	const starts = [];
	let done = 0;
	for (const step of steps) {
		starts.push(done);
		if (step.call) done += step.call.length;
	}
	const index = starts.indexOf(resultCount);
	if (index >= 0) return index;
	if (resultCount > starts[starts.length - 1]) return steps.length - 1;
	fail(
		400,
		`Scripted model "${model}": the conversation holds ${resultCount} tool result(s), which does not end any ` +
			`step of the script (steps begin after ${starts.join(', ')} results).`,
		{ code: 'script_mismatch' },
	);
}

function run(model, index, label, fn, ctx) {
	try {
		return fn(ctx);
	} catch (err) {
		fail(
			400,
			`Scripted model "${model}", step ${index}: ${label} threw: ${err && err.message ? err.message : err}`,
			{
				code: 'script_error',
			},
		);
	}
}

function sameKeys(actual, expected) {
	return actual.length === expected.length && expected.every((key) => actual.includes(key));
}

/** Plays step `index`: { calls: [{ name, args }] } or { text }; throws an OpenAI 400 when the request does not fit. */
function playStep(model, steps, index, ctx) {
	const step = steps[index];
	if ('answer' in step) {
		const text =
			typeof step.answer === 'function'
				? run(model, index, 'answer()', step.answer, ctx)
				: step.answer;
		if (typeof text !== 'string')
			fail(
				400,
				`Scripted model "${model}", step ${index}: answer() must return a string, got ${typeof text}`,
				{
					code: 'script_error',
				},
			);
		return { text };
	}
	const offered = ctx.tools.map((tool) => tool.name);
	const calls = step.call.map((call) => {
		const where = `Scripted model "${model}", step ${index}, call ${call.tool}`;
		const tool = ctx.tools.find((candidate) => candidate.name === call.tool);
		if (!tool)
			fail(
				400,
				`${where}: the request does not offer tool "${call.tool}"; offered tools: ${offered.length ? offered.join(', ') : '(none)'}`,
				{ code: 'tool_not_offered', param: 'tools' },
			);
		const args =
			typeof call.args === 'function'
				? run(model, index, `args() of ${call.tool}`, call.args, ctx)
				: call.args;
		if (!isObject(args))
			fail(400, `${where}: args() must return an object`, { code: 'script_error' });
		const expected = Object.keys((isObject(tool.parameters) && tool.parameters.properties) || {});
		const actual = Object.keys(args);
		if (!sameKeys(actual, expected)) {
			const missing = expected.filter((key) => !actual.includes(key));
			const extra = actual.filter((key) => !expected.includes(key));
			fail(
				400,
				`${where}: the argument keys [${actual.join(', ')}] are not the tool schema's properties ` +
					`[${expected.join(', ')}]` +
					(missing.length ? `; missing: ${missing.join(', ')}` : '') +
					(extra.length ? `; not in the schema: ${extra.join(', ')}` : ''),
				{ code: 'arguments_mismatch', param: 'tools' },
			);
		}
		return { name: call.tool, args };
	});
	return { calls };
}

/** ctx for args()/answer(): the tool results so far, with their outputs parsed when they are JSON. */
function scriptContext(model, index, request) {
	return {
		model,
		step: index,
		prompt: request.prompt,
		system: request.system,
		tools: request.tools.map((tool) => ({ ...tool })),
		results: request.toolResults.map((result) => ({
			tool: result.tool,
			args: result.args,
			callId: result.callId,
			output: result.output,
			data: parseArgs(result.output),
		})),
	};
}

module.exports = { normalizeScript, currentStep, playStep, scriptContext };
