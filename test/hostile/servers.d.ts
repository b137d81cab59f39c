/** The parts of a Node.js server response the hostile tests use (structural, so no node import is needed). */
export interface Answer {
	writeHead(status: number, headers?: Record<string, string>): Answer;
	write(chunk: string | Buffer): boolean;
	end(chunk?: string | Buffer): void;
	readonly destroyed: boolean;
	readonly socket: unknown;
}

export interface ProxiedRequest {
	method: string;
	path: string;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

export interface ForwardedAnswer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

export interface Proxy {
	url: string;
	origin: string;
	requests: ProxiedRequest[];
	/** Answers a request itself (returns true) or lets it through to the sandbox (false). */
	intercept?: (
		request: ProxiedRequest,
		res: Answer,
		forward: (changed?: ProxiedRequest) => Promise<ForwardedAnswer>,
	) => boolean | Promise<boolean>;
	close(): Promise<void>;
}

export interface Bait {
	origin: string;
	requests: Array<{ method: string; path: string; headers: Record<string, unknown>; body: string }>;
	close(): Promise<void>;
}

export declare function startProxy(targetOrigin: string): Promise<Proxy>;
export declare function startBait(): Promise<Bait>;
/** Writes `text` one character every `everyMs` to a socket or response until it closes. */
export declare function trickle(target: unknown, text: string, everyMs: number): void;
export declare function endless(res: Answer, chunk: () => string | Buffer): void;
