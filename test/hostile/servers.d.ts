import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

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
	intercept?: (request: ProxiedRequest, res: ServerResponse<IncomingMessage>, forward: (changed?: ProxiedRequest) => Promise<ForwardedAnswer>) => boolean | Promise<boolean>;
	close(): Promise<void>;
}

export interface Bait {
	origin: string;
	requests: Array<{ method: string; path: string; headers: Record<string, unknown>; body: string }>;
	close(): Promise<void>;
}

export declare function startProxy(targetOrigin: string): Promise<Proxy>;
export declare function startBait(): Promise<Bait>;
export declare function trickle(socket: Socket | ServerResponse<IncomingMessage>, text: string, everyMs: number): void;
export declare function endless(res: ServerResponse<IncomingMessage>, chunk: () => string | Buffer): void;
