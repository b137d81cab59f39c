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
	/** With `status`: the answer's JSON body also carries the request's headers, raw query string and raw body. */
	echo?: boolean;
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

export interface DamstraLearningSandbox extends Sandbox {
	accessKey: string;
	sendWebhook(
		targetUrl: string,
		eventName: string,
		overrides?: IDataObject,
	): Promise<{ status: number; body: unknown; payload: IDataObject }>;
}

export interface GrowsparksSandbox extends Sandbox {
	apiKey: string;
	fixtures: Record<string, string> & { persons: string[] };
	clock: {
		set(date: string | Date): void;
		advance(ms: number): void;
		freeze(): void;
		unfreeze(): void;
		now(): Date;
		iso(): string;
	};
	settings: { reportFinished: 'first' | 'middle' | 'last' | 'missing' };
	addResult(spec: IDataObject): IDataObject;
	updateResult(id: string, spec: IDataObject): IDataObject;
}

export interface FlowWebinarsSandbox extends Sandbox {
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

export interface SnapperGrapeSandbox extends Sandbox {
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

/** Onsight Flow (Librestream): two hosts (accounts + gateway) over one shared state; `url` is the accounts origin. */
export interface OnsightClient {
	clientId: string;
	clientSecret: string;
	scopes: string[];
}

export interface OnsightLoggedRequest extends LoggedRequest {
	host: 'accounts' | 'gateway';
}

export interface OnsightFault extends Fault {
	/** Which host's queue gets the fault (default 'gateway'). */
	host?: 'accounts' | 'gateway';
}

export interface OnsightUpload {
	kind: 'collection' | 'workflow';
	fileSize: number;
	/** Bytes received so far (re-sent blocks count once). */
	received: number;
	complete: boolean;
	buffer: Buffer;
	/** Hex SHA-256 of the assembled file once complete, else null. */
	sha256: string | null;
}

export interface OnsightFlowSandbox extends Omit<Sandbox, 'requests' | 'injectFault' | 'reset'> {
	/** Puts the service's clock `ms` ahead (+) or behind (-) of this machine's. */
	setClockSkew(ms: number): void;
	accountsUrl: string;
	gatewayUrl: string;
	gatewayPort: number;
	credentials: {
		clientId: string;
		clientSecret: string;
		queryKey: string;
		accountsUrl: string;
		gatewayUrl: string;
	};
	clients: { full: OnsightClient; readOnly: OnsightClient };
	secondaryKey: string;
	/** Both hosts' logs merged in arrival order. */
	requests: OnsightLoggedRequest[];
	injectFault(fault: OnsightFault): void;
	reset(options?: IDataObject): void;
	fixtures: IDataObject & {
		apiUserId: string;
		userIds: string[];
		workflowIds: Record<string, string>;
		groupIds: Record<string, string>;
		collectionIds: Record<string, string>;
		reportTemplateIds: Record<string, string>;
		defaultReportTemplateId: string | null;
		scheduledJobIds: string[];
		triggerIds: string[];
		completedJobIds: string[];
		openJobs: Array<{ jobId: string; clientJobId: string; status: string; userId: string }>;
	};
	/** Tokens minted since the start or the last reset. */
	readonly tokensIssued: number;
	/** Every token issued so far answers 401 from now on; returns how many tokens that affected. */
	expireTokens(): number;
	/** Completes new jobs now (or created at `createdAt`); they take the next completedJobCursor values. */
	completeJobs(
		count: number,
		options?: { workflowId?: string; userId?: string; createdAt?: string },
	): Array<IDataObject & { jobId: string; completedJobCursor: string }>;
	/** Bumps a job's `updated` (jobId or clientJobId); its cursor stays. */
	touchJob(
		jobId: string,
		updatedAt?: string,
	): IDataObject & { jobId: string; completedJobCursor: string | null };
	upload(uploadId: string): OnsightUpload;
	/** A new 1-hour Query API key, as an HTTP Trigger payload would carry it. */
	temporaryKey(): { value: string; expiry: string };
	info(): { accounts: IDataObject; gateway: IDataObject };
	accounts: unknown;
	gateway: unknown;
}
