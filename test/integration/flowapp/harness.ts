import { FlowWebinars } from '../../../nodes/FlowWebinars/FlowWebinars.node';
import { FlowWebinarsTrigger } from '../../../nodes/FlowWebinars/FlowWebinarsTrigger.node';
import { FlowWebinarsApi } from '../../../credentials/FlowWebinarsApi.credentials';
import type { FlowSandbox } from '../../support/sandbox';
import { startFlowappSandbox } from '../../sandboxes/flowapp';
import { vendorHarness } from '../vendor-harness';

export const node = new FlowWebinars();
export const trigger = new FlowWebinarsTrigger();
export const credentialType = new FlowWebinarsApi();
export const credentialsFor = (sandbox: FlowSandbox) => ({
	apiSecret: sandbox.apiSecret,
	baseUrl: sandbox.url,
});
const base = {
	credentialType,
	start: startFlowappSandbox,
	credentials: credentialsFor,
	basePath: '/api/v1',
};

export const { run, calls, useSandbox, listSearchContext } = vendorHarness<FlowSandbox>({
	...base,
	node,
});
export const { triggerContext } = vendorHarness<FlowSandbox>({ ...base, node: trigger });
export { json } from '../vendor-harness';
