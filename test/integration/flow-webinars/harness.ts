import { FlowWebinars } from '../../../nodes/FlowWebinars/FlowWebinars.node';
import { FlowWebinarsTrigger } from '../../../nodes/FlowWebinars/FlowWebinarsTrigger.node';
import { FlowWebinarsApi } from '../../../credentials/FlowWebinarsApi.credentials';
import type { FlowWebinarsSandbox } from '../../support/sandbox';
import { startFlowWebinarsSandbox } from '../../sandboxes/flow-webinars';
import { vendorHarness } from '../vendor-harness';

export const node = new FlowWebinars();
export const trigger = new FlowWebinarsTrigger();
export const credentialType = new FlowWebinarsApi();
export const credentialsFor = (sandbox: FlowWebinarsSandbox) => ({
	apiSecret: sandbox.apiSecret,
	baseUrl: sandbox.url,
});
const base = {
	credentialType,
	start: startFlowWebinarsSandbox,
	credentials: credentialsFor,
	basePath: '/api/v1',
};

export const { run, calls, useSandbox, listSearchContext } = vendorHarness<FlowWebinarsSandbox>({
	...base,
	node,
});
export const { triggerContext } = vendorHarness<FlowWebinarsSandbox>({ ...base, node: trigger });
export { json } from '../vendor-harness';
