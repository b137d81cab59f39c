import type { IDataObject } from 'n8n-workflow';

export declare function startWebhookHost(
	handle: (request: IDataObject, response: IDataObject) => Promise<object | undefined>,
	options?: { responseData?: string },
): Promise<{ url: string; close(): Promise<void> }>;
