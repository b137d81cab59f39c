import type { IBinaryData, IDataObject } from 'n8n-workflow';

export interface Execution {
	id: string;
	status: string;
	mode: string;
	runData: IDataObject;
	error?: IDataObject;
}

/** A row of listExecutions: read straight from execution_entity, without run data. */
export interface ExecutionSummary {
	id: number;
	workflowId: string;
	mode: string;
	status: string;
	finished: number;
	startedAt: string | null;
	stoppedAt: string | null;
}

export interface N8nHandle {
	baseUrl: string;
	runWorkflow(id: string, options?: { triggerToStartFrom?: { name: string } }): Promise<string>;
	waitForExecution(
		workflowId: string,
		options?: {
			mode?: string;
			sinceId?: string | number;
			executionId?: string | number;
			timeoutMs?: number;
		},
	): Promise<Execution>;
	lastExecutionId(workflowId?: string): Promise<number>;
	listExecutions(workflowId: string): Promise<ExecutionSummary[]>;
	/** The raw text n8n stored for an execution (execution data and workflow data). */
	storedExecution(id: string): Promise<string>;
	postWebhook(
		path: string,
		body: unknown,
		options?: {
			query?: Record<string, string>;
			headers?: Record<string, string>;
			/** Where to send it; default webhookBaseUrl. */
			base?: string;
			/** How long a 404 is retried (workflow activation is asynchronous); default 20 s. */
			retryTimeoutMs?: number;
			timeoutMs?: number;
		},
	): Promise<{ status: number; body: unknown; text: string }>;
	readBinary(meta: IBinaryData): Promise<Buffer>;
	/** A call to n8n's internal REST API (/rest/…) as the owner. */
	rest(
		method: string,
		path: string,
		body?: unknown,
	): Promise<{ status: number; body: unknown; text: string }>;
	logs(): string;
	/** Where production webhooks arrive: the webhook processor in queue mode, else baseUrl. */
	webhookBaseUrl: string;
	/** Queue mode only: the run's database and Redis prefix, and its processes by label. */
	queue: QueueHandle | null;
	stop(): Promise<void>;
}

export interface QueueHandle {
	run: { database: string; redisPrefix: string };
	plans: Array<{ role: 'main' | 'worker' | 'webhook'; label: string; port?: number }>;
	/**
	 * Starts a stopped process (e.g. 'main', 'worker-1') and waits until it is ready; `env` adds to
	 * its environment for this start.
	 */
	start(label: string, options?: { env?: Record<string, string> }): Promise<unknown>;
	/** SIGTERM: n8n's graceful shutdown. */
	stop(label: string): Promise<void>;
	/** SIGKILL: a crash. */
	kill(label: string): Promise<void>;
	exited(): Array<{ label: string; code: number | null; signal: string | null }>;
}

export declare function startN8n(options: {
	packageTarball: string;
	workflows: IDataObject[];
	publish?: string[];
	credentials?: IDataObject[];
	env?: Record<string, string>;
	/** Queue mode; false keeps one instance even when the suites run in queue mode. */
	queue?: { workers?: number; webhooks?: number; concurrency?: number; label?: string } | false;
}): Promise<N8nHandle>;
/** 'queue' when N8N_E2E_QUEUE=1 runs the suites in queue mode, else 'single'. */
export declare function e2eMode(): 'single' | 'queue';
export declare function getNodeOutput(runData: IDataObject, nodeName: string): IDataObject[];
export declare function getNodeBinary(
	runData: IDataObject,
	nodeName: string,
): Array<Record<string, IBinaryData> | null>;
export declare function getNodeError(
	runData: IDataObject,
	nodeName: string,
): IDataObject | undefined;
export declare function packageTarball(): string;
export declare function loadExample(file: string): IDataObject;
export declare function exampleFiles(): string[];

export interface PackageCheck {
	ok: boolean;
	processes: Array<{ label: string; ok: boolean; detail: string }>;
}
/** Whether every process of a run has loaded the package (e2e/lib/package-check.js). */
export declare function checkPackageLoaded(
	n8n: N8nHandle,
	options: { workflows: IDataObject[]; probeWorkflowId: string; timeoutMs?: number },
): Promise<PackageCheck>;
/** The queue-mode process ("worker-1", …) whose log says it finished the execution. */
export declare function workerOf(logs: string, executionId: string | number): string | undefined;
