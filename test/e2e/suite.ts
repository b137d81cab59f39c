import type { N8nHandle } from '../support/e2e';
import { startVendorSuite } from '../support/e2e';
import type { Sandbox } from '../support/sandbox';

/**
 * Registers the hooks of one real-n8n suite: the vendor's sandbox and an n8n with the packed package,
 * the vendor's sandbox credential and its example workflows (`publish` activated). `bind` gets both.
 */
export function useRealN8n<S extends Sandbox>(
	vendor: 'velpic' | 'growsparks' | 'flowapp' | 'snappergrape' | 'onsight',
	examplePrefix: string,
	publish: string[],
	bind: (sandbox: S, n8n: N8nHandle) => void,
): void {
	let suite: { sandbox: unknown; n8n: N8nHandle } | undefined;
	beforeAll(async () => {
		suite = await startVendorSuite(vendor, examplePrefix, publish);
		bind(suite.sandbox as S, suite.n8n);
	}, 300000);
	afterAll(async () => {
		await suite?.n8n.stop();
		await (suite?.sandbox as S | undefined)?.close();
	});
}

/** Runs a Manual Trigger workflow through n8n's REST API and waits for its execution. */
export async function runManual(n8n: N8nHandle, workflowId: string) {
	const executionId = await n8n.runWorkflow(workflowId);
	return await n8n.waitForExecution(workflowId, { executionId });
}
