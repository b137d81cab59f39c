import { Growsparks } from '../../../nodes/Growsparks/Growsparks.node';
import { GrowsparksTrigger } from '../../../nodes/Growsparks/GrowsparksTrigger.node';
import { GrowsparksApi } from '../../../credentials/GrowsparksApi.credentials';
import type { GrowsparksSandbox } from '../../support/sandbox';
import { startGrowsparksSandbox } from '../../sandboxes/growsparks';
import { vendorHarness } from '../vendor-harness';

export const node = new Growsparks();
export const trigger = new GrowsparksTrigger();
export const credentialType = new GrowsparksApi();
export const credentialsFor = (sandbox: GrowsparksSandbox) => ({
	apiKey: sandbox.apiKey,
	baseUrl: sandbox.url,
});
const base = {
	credentialType,
	start: startGrowsparksSandbox,
	credentials: credentialsFor,
	basePath: '/rest/genapiv1/v1',
};

export const { startSandbox, run, calls, useSandbox, listSearchContext } =
	vendorHarness<GrowsparksSandbox>({ ...base, node });
export const { triggerContext } = vendorHarness<GrowsparksSandbox>({ ...base, node: trigger });
export { json } from '../vendor-harness';
