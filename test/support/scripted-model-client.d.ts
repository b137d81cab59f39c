/** What a script's `args(ctx)` / `answer(ctx)` receive. */
export interface ScriptContext {
	model: string;
	step: number;
	/** The tool results the conversation holds, oldest first. */
	results: Array<{
		tool: string | null;
		args: Record<string, unknown> | undefined;
		callId: string;
		/** The raw string the model got back. */
		output: string;
		/** `output` parsed as JSON, or undefined when it is not JSON. */
		data: unknown;
	}>;
	prompt: string;
	system: string;
	tools: OfferedTool[];
}

export interface OfferedTool {
	name: string;
	description?: string;
	parameters?: { properties?: Record<string, unknown>; required?: string[] } & Record<
		string,
		unknown
	>;
}

export type ScriptStep =
	| {
			call: ScriptCall | ScriptCall[];
	  }
	| { answer: string | ((ctx: ScriptContext) => string) };

export interface ScriptCall {
	tool: string;
	args: Record<string, unknown> | ((ctx: ScriptContext) => Record<string, unknown>);
}

export interface Conversation {
	seq: number | null;
	api: 'chat' | 'responses';
	stream: boolean;
	model: string;
	step: number | null;
	tools: OfferedTool[];
	toolResults: Array<{ tool: string | null; callId: string; output: string; bytes: number }>;
	prompt: string;
	system: string;
	reply?:
		| { answer: string }
		| { calls: Array<{ tool: string; args: Record<string, unknown>; callId: string }> };
	error?: string;
}

export interface ScriptedModel {
	/** Base URL ending in /v1: what n8n's OpenAI credential takes as Base URL. */
	url: string;
	origin: string;
	port: number;
	apiKey: string;
	credentials: { apiKey: string; url: string };
	/** Registers or replaces the script of a model name; throws a TypeError on a malformed script. */
	script(model: string, steps: ScriptStep[]): void;
	readonly models: string[];
	readonly conversations: Conversation[];
	clearConversations(): void;
	readonly requests: Array<{
		seq: number;
		method: string;
		pathname: string;
		body: unknown;
		status: number | null;
	}>;
	clearRequests(): void;
	injectFault(fault: Record<string, unknown>): unknown;
	clearFaults(): void;
	close(): Promise<void>;
}

export declare function startScriptedModel(options?: {
	port?: number;
	apiKey?: string;
	scripts?: Record<string, ScriptStep[]>;
}): Promise<ScriptedModel>;

/** Versions of the client packages loaded from the n8n runtime. */
export declare function runtimeVersions(): Record<string, string>;

/** A tool as n8n builds it from $fromAI() keys: every key a required string with a description. */
export interface ToolSpec {
	name: string;
	description: string;
	args: Record<string, string>;
}

export interface ClientError {
	name?: string;
	status?: number;
	code?: string;
	message: string;
}

export interface LoopOptions {
	url: string;
	apiKey: string;
	model: string;
	useResponsesApi: boolean;
	streaming: boolean;
	tools: ToolSpec[];
	prompt: string;
	system?: string;
	maxTurns?: number;
}

/** LangChain's ChatOpenAI (as n8n configures it) with bindTools, fed back one ToolMessage per call. */
export declare function runToolLoop(
	options: LoopOptions & {
		outputs: (call: { id: string; name: string; args: Record<string, unknown> }) => string;
	},
): Promise<{
	turns: Array<{
		text: string;
		toolCalls: Array<{ id: string; name: string; args: Record<string, unknown> }>;
		invalidToolCalls: number;
	}>;
	answer?: string;
	error?: ClientError;
}>;

/** n8n's tool-calling agent with n8n's rebuilt history (buildSteps); outputs are the tool's output items. */
export declare function runN8nAgent(
	options: LoopOptions & {
		outputs: (call: {
			id: string;
			name: string;
			args: Record<string, unknown>;
		}) => Array<Record<string, unknown>>;
	},
): Promise<{
	output?: string;
	rounds: Array<{
		finish?: true;
		calls?: Array<{ tool: string; toolInput: Record<string, unknown>; id: string }>;
	}>;
	steps: unknown[];
	error?: ClientError;
}>;

export interface ToolCallDelta {
	index: number;
	id?: string;
	type?: string;
	function: { name?: string; arguments: string };
}

export interface OutputItem {
	type: string;
	id: string;
	status?: string;
	arguments?: string;
	call_id?: string;
	name?: string;
	role?: string;
	content?: Array<{ type: string; text: string; annotations: unknown[] }>;
}

/** The parts of OpenAI's bodies and stream events the tests read. */
export interface OpenAiBody {
	error?: { message: string; type: string; param: string | null; code: string | null };
	id?: string;
	object?: string;
	type?: string;
	status?: string;
	model?: string;
	sequence_number?: number;
	output_index?: number;
	content_index?: number;
	item_id?: string;
	delta?: string;
	text?: string;
	arguments?: string;
	item?: OutputItem;
	output?: OutputItem[];
	response?: OpenAiBody;
	data?: Array<{ id: string; object: string; created: number; owned_by: string }>;
	choices?: Array<{
		index: number;
		delta?: { role?: string; content?: string | null; tool_calls?: ToolCallDelta[] };
		message?: { role: string; content: string | null; tool_calls?: ToolCallDelta[] };
		finish_reason: string | null;
	}>;
	usage?: Record<string, unknown> | null;
}

/** One server-sent event: its `event:` name and its data (`{}` for `[DONE]`, whose text is in `raw`). */
export interface SseEvent {
	event: string | null;
	data: OpenAiBody;
	raw: string;
}

export declare function parseSse(text: string): SseEvent[];

export declare function rawRequest(
	url: string,
	options?: { method?: string; apiKey?: string; body?: unknown; headers?: Record<string, string> },
): Promise<{
	status: number;
	contentType: string;
	text: string;
	json: OpenAiBody | undefined;
	events: SseEvent[];
}>;
