import { DamstraLearning } from '../../../nodes/DamstraLearning/DamstraLearning.node';
import { DamstraLearningApi } from '../../../credentials/DamstraLearningApi.credentials';
import type { VelpicSandbox } from '../../support/sandbox';
import { startVelpicSandbox } from '../../sandboxes/velpic';
import { vendorHarness } from '../vendor-harness';

export const node = new DamstraLearning();
export const credentialType = new DamstraLearningApi();
export const credentialsFor = (sandbox: VelpicSandbox) => ({
	apiKey: sandbox.accessKey,
	baseUrl: sandbox.url,
});

export const { startSandbox, run, calls, useSandbox, listSearchContext } =
	vendorHarness<VelpicSandbox>({
		node,
		credentialType,
		start: startVelpicSandbox,
		credentials: credentialsFor,
		basePath: '/api/v2',
	});
export { json } from '../vendor-harness';
