import type { IDataObject } from 'n8n-workflow';
import { SnapperGrape } from '../../../nodes/SnapperGrape/SnapperGrape.node';
import { SnapperGrapeTrigger } from '../../../nodes/SnapperGrape/SnapperGrapeTrigger.node';
import { SnapperGrapeApi } from '../../../credentials/SnapperGrapeApi.credentials';
import type { SnapperGrapeSandbox } from '../../support/sandbox';
import { startSnapperGrapeSandbox } from '../../sandboxes/snapper-grape';
import { vendorHarness } from '../vendor-harness';

export const node = new SnapperGrape();
export const trigger = new SnapperGrapeTrigger();
export const credentialType = new SnapperGrapeApi();
/** A fresh credential each time: it has no session yet, so the first call logs in. */
export const credentialsFor = (sandbox: SnapperGrapeSandbox): IDataObject => ({
	host: sandbox.url,
	authMethod: 'session',
	userName: sandbox.userName,
	password: sandbox.password,
	sessionToken: '',
});
const base = {
	credentialType,
	start: startSnapperGrapeSandbox,
	credentials: credentialsFor,
	basePath: '',
};

export const { run, calls, useSandbox, listSearchContext, startSandbox } =
	vendorHarness<SnapperGrapeSandbox>({ ...base, node });
export const { triggerContext } = vendorHarness<SnapperGrapeSandbox>({ ...base, node: trigger });
export { json } from '../vendor-harness';
