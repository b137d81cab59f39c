import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	INodeExecutionData,
	INodeType,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { executeContext } from './context';
import { startWebhookHost } from './webhook-host';

export interface HostedTrigger {
	url: string;
	/** Every run the trigger started, each the items it emitted. */
	runs: INodeExecutionData[][];
	close(): Promise<void>;
}

/** Serves a webhook trigger node on a real port, as n8n's webhook server would for its production URL. */
let hostedCount = 0;

export async function hostWebhookTrigger(options: {
	nodeType: INodeType;
	parameters: Record<string, unknown>;
	credentialType: ICredentialType;
	credentials: ICredentialDataDecryptedObject;
	typeVersion?: number;
	otherCredentials?: Record<string, ICredentialDataDecryptedObject>;
}): Promise<HostedTrigger> {
	const runs: INodeExecutionData[][] = [];
	// Each hosted trigger is a workflow of its own, as n8n would give it.
	const workflow = { id: `hosted-workflow-${++hostedCount}`, name: 'Hosted trigger', active: true };
	const base = executeContext({ ...options, items: [] });
	// As n8n evaluates it: a webhook without responseData answers with the word 'firstEntryJson'.
	const responseData = String(
		options.nodeType.description.webhooks?.[0]?.responseData ?? 'firstEntryJson',
	);
	const host = await startWebhookHost(
		async (request: IDataObject, response: IDataObject) => {
			const context = {
				...base,
				getNode: base.getNode,
				getNodeParameter: (name: string, fallback?: unknown) =>
					base.getNodeParameter(name, 0, fallback),
				getRequestObject: () => request,
				getResponseObject: () => response,
				getBodyData: () => request.body,
				getHeaderData: () => request.headers,
				getQueryData: () => request.query,
				getWebhookName: () => 'default',
				getWorkflow: () => workflow,
			} as unknown as IWebhookFunctions;
			const webhook = options.nodeType.webhook as (
				this: IWebhookFunctions,
			) => Promise<IWebhookResponseData>;
			const result = await webhook.call(context);
			if (result.workflowData) runs.push(result.workflowData[0]);
			return result;
		},
		{ responseData },
	);
	return { url: host.url, runs, close: host.close };
}
