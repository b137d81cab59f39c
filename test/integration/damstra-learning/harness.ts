import { DamstraLearning } from '../../../nodes/DamstraLearning/DamstraLearning.node';
import { DamstraLearningApi } from '../../../credentials/DamstraLearningApi.credentials';
import type { DamstraLearningSandbox } from '../../support/sandbox';
import { startDamstraLearningSandbox } from '../../sandboxes/damstra-learning';
import { vendorHarness } from '../vendor-harness';

export const node = new DamstraLearning();
export const credentialType = new DamstraLearningApi();
export const credentialsFor = (sandbox: DamstraLearningSandbox) => ({
	apiKey: sandbox.accessKey,
	baseUrl: sandbox.url,
});

export const { startSandbox, run, calls, useSandbox, listSearchContext } =
	vendorHarness<DamstraLearningSandbox>({
		node,
		credentialType,
		start: startDamstraLearningSandbox,
		credentials: credentialsFor,
		basePath: '/api/v2',
	});
export { json } from '../vendor-harness';
