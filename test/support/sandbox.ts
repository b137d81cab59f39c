import type { IDataObject } from 'n8n-workflow';

/** What every vendor sandbox in test/sandboxes exposes in-process. */
export interface LoggedRequest {
	seq: number;
	method: string;
	path: string;
	pathname: string;
	query: Record<string, string>;
	headers: Record<string, string>;
	body: unknown;
	status: number;
}

export interface Fault {
	method?: string;
	path?: string | RegExp;
	times?: number;
	status?: number;
	retryAfter?: number;
	delayMs?: number;
	truncate?: boolean;
	reset?: boolean;
	body?: unknown;
	/** Growsparks: write N records of a stream or report, half of the next, then drop the connection. */
	cutAfter?: number;
	/** Growsparks: move or drop the report.finished line of the next matching report. */
	reportFinished?: 'first' | 'middle' | 'last' | 'missing';
}

export interface Sandbox {
	url: string;
	origin: string;
	port: number;
	requests: LoggedRequest[];
	clearRequests(): void;
	injectFault(fault: Fault): void;
	clearFaults(): void;
	state: IDataObject;
	reset(): void;
	close(): Promise<void>;
}

export interface VelpicSandbox extends Sandbox {
	accessKey: string;
	sendWebhook(targetUrl: string, eventName: string, overrides?: IDataObject): Promise<{ status: number; body: unknown }>;
}

export interface GrowsparksSandbox extends Sandbox {
	apiKey: string;
	fixtures: Record<string, string> & { persons: string[] };
	clock: { set(date: string | Date): void; advance(ms: number): void; freeze(): void; unfreeze(): void; now(): Date; iso(): string };
	settings: { reportFinished: 'first' | 'middle' | 'last' | 'missing' };
	addResult(spec: IDataObject): IDataObject;
	updateResult(id: string, spec: IDataObject): IDataObject;
}

export interface FlowSandbox extends Sandbox {
	apiSecret: string;
	fixtures: {
		accountToken: string;
		operatorIds: number[];
		sessions: Record<string, string>;
		registrants: Record<string, string[]>;
		registrantCounts: Record<string, number>;
		attendedCounts: Record<string, number>;
		surveys: Record<string, number>;
		rooms?: unknown;
	} & IDataObject;
	setSummaryAs(shape: 'csv' | 'json'): void;
	addRegistrant(sessionToken: string, spec: IDataObject): IDataObject;
	markAttended(sessionToken: string, tokenOrEmail: string, times?: IDataObject): IDataObject;
	addEvent(spec: IDataObject): IDataObject;
}

export interface GrapeSandbox extends Sandbox {
	userName: string;
	password: string;
	swtIssuer: string;
	swtSecret: string;
	logins: number;
	fixtures: IDataObject;
	clock: { set(date: string | number | Date): void; advance(ms: number): void; now(): number };
	setSettings(patch: IDataObject): void;
	expireSessions(): void;
	addChange(spec: IDataObject): IDataObject;
}
