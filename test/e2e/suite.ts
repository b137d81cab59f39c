import type { N8nHandle } from '../support/e2e';
import { exampleFiles, loadExample, packageTarball, startN8n } from '../support/e2e';
import type { Sandbox } from '../support/sandbox';
import { vendorById, type VendorId } from '../vendors';

/**
 * Registers the hooks of one real-n8n suite: the vendor's sandbox and an n8n with the packed package,
 * the vendor's sandbox credentials and its example workflows (`examples/<vendor id>-*.json`, the ones in
 * `publish` activated). `bind` gets both.
 */
export function useRealN8n<S extends Sandbox>(
	id: VendorId,
	publish: string[],
	bind: (sandbox: S, n8n: N8nHandle) => void,
): void {
	let sandbox: S | undefined;
	let n8n: N8nHandle | undefined;
	beforeAll(async () => {
		const vendor = vendorById(id);
		const started = await vendor.start();
		sandbox = started as unknown as S;
		n8n = await startN8n({
			packageTarball: packageTarball(),
			workflows: exampleFiles()
				.filter((file) => file.startsWith(`${id}-`))
				.map(loadExample),
			publish,
			credentials: vendor.n8nCredentials(started),
		});
		bind(sandbox, n8n);
	}, 300000);
	afterAll(async () => {
		await n8n?.stop();
		await sandbox?.close();
	}, 120000);
}

/** Runs a Manual Trigger workflow through n8n's REST API and waits for its execution. */
export async function runManual(n8n: N8nHandle, workflowId: string) {
	const executionId = await n8n.runWorkflow(workflowId);
	return await n8n.waitForExecution(workflowId, { executionId });
}
