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
		options?: { query?: Record<string, string>; headers?: Record<string, string> },
	): Promise<{ status: number; body: unknown; text: string }>;
	readBinary(meta: IBinaryData): Buffer;
	logs(): string;
	stop(): Promise<void>;
}

export declare function startN8n(options: {
	packageTarball: string;
	workflows: IDataObject[];
	publish?: string[];
	credentials?: IDataObject[];
	env?: Record<string, string>;
}): Promise<N8nHandle>;
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
