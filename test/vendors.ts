/**
 * The one registry of vendors. Everything that runs "for each vendor" reads it: the proof suites, the fault
 * suite, the real-n8n suites, the benchmark, the sandbox CLI and `npm start`.
 *
 * A vendor's `id` is its one name in files and folders: `nodes/<Node>/`, `test/sandboxes/<id>/`,
 * `test/integration/<id>/`, `vendor-inventories/<id>.json`, `examples/<id>-*.json`. Adding a vendor is its
 * folders plus one entry here (see CONTRIBUTING.md).
 */
import type { ICredentialType, IDataObject, INodeType } from 'n8n-workflow';
import type { VendorCatalog } from '../nodes/shared/declarations/types';
import { DamstraLearning } from '../nodes/DamstraLearning/DamstraLearning.node';
import { DamstraLearningTrigger } from '../nodes/DamstraLearning/DamstraLearningTrigger.node';
import { damstraLearningCatalog } from '../nodes/DamstraLearning/api/catalog';
import { DamstraLearningApi } from '../credentials/DamstraLearningApi.credentials';
import { Growsparks } from '../nodes/Growsparks/Growsparks.node';
import { GrowsparksTrigger } from '../nodes/Growsparks/GrowsparksTrigger.node';
import { growsparksCatalog } from '../nodes/Growsparks/api/catalog';
import { GrowsparksApi } from '../credentials/GrowsparksApi.credentials';
import { FlowWebinars } from '../nodes/FlowWebinars/FlowWebinars.node';
import { FlowWebinarsTrigger } from '../nodes/FlowWebinars/FlowWebinarsTrigger.node';
import { flowWebinarsCatalog } from '../nodes/FlowWebinars/api/catalog';
import { FlowWebinarsApi } from '../credentials/FlowWebinarsApi.credentials';
import { SnapperGrape } from '../nodes/SnapperGrape/SnapperGrape.node';
import { SnapperGrapeTrigger } from '../nodes/SnapperGrape/SnapperGrapeTrigger.node';
import { snapperGrapeCatalog } from '../nodes/SnapperGrape/api/catalog';
import { SnapperGrapeApi } from '../credentials/SnapperGrapeApi.credentials';
import { OnsightFlow } from '../nodes/OnsightFlow/OnsightFlow.node';
import { OnsightFlowTrigger } from '../nodes/OnsightFlow/OnsightFlowTrigger.node';
import { onsightFlowCatalog } from '../nodes/OnsightFlow/api/catalog';
import { OnsightFlowOAuth2Api } from '../credentials/OnsightFlowOAuth2Api.credentials';
import { OnsightFlowQueryKeyApi } from '../credentials/OnsightFlowQueryKeyApi.credentials';
import type { LoggedRequest } from './support/sandbox';
import { startDamstraLearningSandbox } from './sandboxes/damstra-learning';
import { startGrowsparksSandbox } from './sandboxes/growsparks';
import { startFlowWebinarsSandbox } from './sandboxes/flow-webinars';
import { startSnapperGrapeSandbox } from './sandboxes/snapper-grape';
import { startOnsightFlowSandbox } from './sandboxes/onsight-flow';

export type VendorId =
	| 'damstra-learning'
	| 'growsparks'
	| 'flow-webinars'
	| 'snapper-grape'
	| 'onsight-flow';

/** What the suites use of a started sandbox (every vendor's; Onsight Flow's two hosts merged). */
export interface ProofSandbox {
	url: string;
	requests: LoggedRequest[];
	clearRequests(): void;
	clearFaults(): void;
	injectFault(fault: IDataObject): unknown;
	reset(): unknown;
	close(): Promise<void>;
	[key: string]: unknown;
}

/** A credential as `n8n import:credentials` takes it. */
export interface N8nCredential extends IDataObject {
	id: string;
	name: string;
	type: string;
	data: IDataObject;
}

/** One way to authenticate: its credential type, the sandbox options that make it accept `secret`, and the credential. */
export interface Auth {
	name: string;
	credentialType: ICredentialType;
	/** Node parameters this authentication needs (Onsight Flow's `authentication`). */
	parameters: IDataObject;
	/** Sandbox start options under which `secret` is the accepted secret. */
	sandboxOptions: (secret: string) => IDataObject;
	credentials: (sandbox: ProofSandbox, secret: string) => IDataObject;
	/** Which resources this authentication may run (Onsight Flow's query key: only Query). */
	resources?: string[];
	/** The call that logs in or fetches a token before the API call, if any. */
	login?: IDataObject;
}

export interface Vendor {
	id: VendorId;
	/** The product name, as users read it. */
	name: string;
	catalog: VendorCatalog;
	node: INodeType;
	trigger: INodeType;
	/** Trigger parameter sets the proofs poll with (none for a webhook trigger). */
	triggerParameters: (sandbox: ProofSandbox) => IDataObject[];
	/** Starts the vendor's sandbox (port 0 unless given). */
	start: (options?: IDataObject) => Promise<ProofSandbox>;
	/** The port `npm start` gives the sandbox (Onsight Flow's gateway listens on the next one). */
	defaultPort: number;
	/** The credentials that point a real n8n at a started sandbox; the ids are the ones examples/ use. */
	n8nCredentials: (sandbox: ProofSandbox) => N8nCredential[];
	auths: Auth[];
}

const starter =
	(fn: (options: IDataObject) => Promise<unknown>) =>
	async (options: IDataObject = {}) =>
		(await fn({ port: 0, ...options })) as ProofSandbox;
const fixture = (sandbox: ProofSandbox, ...path: Array<string | number>) =>
	path.reduce<unknown>((value, key) => (value as IDataObject)?.[key as string], sandbox.fixtures);
const locator = (value: string) => ({ __rl: true, mode: 'id', value });

export const VENDORS: Vendor[] = [
	{
		id: 'damstra-learning',
		name: 'Damstra Learning',
		catalog: damstraLearningCatalog,
		node: new DamstraLearning(),
		trigger: new DamstraLearningTrigger(),
		triggerParameters: () => [],
		start: starter(startDamstraLearningSandbox as never),
		defaultPort: 5701,
		n8nCredentials: (sandbox) => [
			{
				id: 'DamstraSandbox0001',
				name: 'Damstra Learning (sandbox)',
				type: 'damstraLearningApi',
				data: { apiKey: sandbox.accessKey as string, baseUrl: sandbox.url },
			},
			// The token the examples' webhook URL carries (?token=).
			{
				id: 'DamstraWebhookTok01',
				name: 'Damstra Learning webhook token (sandbox)',
				type: 'damstraLearningWebhookApi',
				data: { token: 'sandbox-webhook-token' },
			},
		],
		auths: [
			{
				name: 'access key',
				credentialType: new DamstraLearningApi(),
				parameters: {},
				sandboxOptions: (secret) => ({ accessKey: secret }),
				credentials: (sandbox, secret) => ({ apiKey: secret, baseUrl: sandbox.url }),
			},
		],
	},
	{
		id: 'growsparks',
		name: 'Growsparks',
		catalog: growsparksCatalog,
		node: new Growsparks(),
		trigger: new GrowsparksTrigger(),
		triggerParameters: (sandbox) => [
			{
				target: 'persons',
				record: locator(String(fixture(sandbox, 'person'))),
				startFrom: '',
				options: {},
			},
		],
		start: starter(startGrowsparksSandbox as never),
		defaultPort: 5702,
		n8nCredentials: (sandbox) => [
			{
				id: 'GrowsparksSandbox01',
				name: 'Growsparks (sandbox)',
				type: 'growsparksApi',
				data: { apiKey: sandbox.apiKey as string, baseUrl: sandbox.url },
			},
		],
		auths: [
			{
				name: 'API key',
				credentialType: new GrowsparksApi(),
				parameters: {},
				sandboxOptions: (secret) => ({ apiKey: secret }),
				credentials: (sandbox, secret) => ({ apiKey: secret, baseUrl: sandbox.url }),
			},
		],
	},
	{
		id: 'flow-webinars',
		name: 'Flow Webinars',
		catalog: flowWebinarsCatalog,
		node: new FlowWebinars(),
		trigger: new FlowWebinarsTrigger(),
		triggerParameters: (sandbox) => {
			const sessions = (fixture(sandbox, 'sessions') as IDataObject) ?? {};
			const session = locator(String(Object.values(sessions)[0] ?? 'abc'));
			return ['newEvent', 'newRegistrant', 'attendeeJoined'].map((event) => ({
				event,
				period: 'future',
				sessionToken: session,
			}));
		},
		start: starter(startFlowWebinarsSandbox as never),
		defaultPort: 5703,
		n8nCredentials: (sandbox) => [
			{
				id: 'FlowWebinarsSandbox1',
				name: 'Flow Webinars (sandbox)',
				type: 'flowWebinarsApi',
				data: { apiSecret: sandbox.apiSecret as string, baseUrl: sandbox.url },
			},
		],
		auths: [
			{
				name: 'API secret',
				credentialType: new FlowWebinarsApi(),
				parameters: {},
				sandboxOptions: (secret) => ({ apiSecret: secret }),
				credentials: (sandbox, secret) => ({ apiSecret: secret, baseUrl: sandbox.url }),
			},
		],
	},
	{
		id: 'snapper-grape',
		name: 'Snapper Grape',
		catalog: snapperGrapeCatalog,
		node: new SnapperGrape(),
		trigger: new SnapperGrapeTrigger(),
		triggerParameters: () => [
			{ type: 'personcompetence', scope: 'none' },
			{ type: 'event', scope: 'internal', organisationId: 1 },
		],
		start: starter(startSnapperGrapeSandbox as never),
		defaultPort: 5704,
		n8nCredentials: (sandbox) => [
			{
				id: 'SnapperGrapeSandbox',
				name: 'Snapper Grape (sandbox)',
				type: 'snapperGrapeApi',
				data: {
					host: sandbox.url,
					authMethod: 'session',
					userName: sandbox.userName as string,
					password: sandbox.password as string,
				},
			},
		],
		auths: [
			{
				name: 'session login',
				credentialType: new SnapperGrapeApi(),
				parameters: {},
				sandboxOptions: (secret) => ({ password: secret }),
				credentials: (sandbox, secret) => ({
					host: sandbox.url,
					authMethod: 'session',
					userName: String(sandbox.userName),
					password: secret,
					sessionToken: '',
				}),
				login: { method: 'POST', path: '/api/login' },
			},
			{
				name: 'SWT shared secret',
				credentialType: new SnapperGrapeApi(),
				parameters: {},
				sandboxOptions: (secret) => ({ swtSecret: secret }),
				credentials: (sandbox, secret) => ({
					host: sandbox.url,
					authMethod: 'swt',
					issuer: String(sandbox.swtIssuer),
					sharedSecret: secret,
					identityKey: 'username',
					identityValue: String(sandbox.userName),
					sessionToken: '',
				}),
			},
		],
	},
	{
		id: 'onsight-flow',
		name: 'Onsight Flow',
		catalog: onsightFlowCatalog,
		node: new OnsightFlow(),
		trigger: new OnsightFlowTrigger(),
		triggerParameters: () =>
			['jobCompleted', 'jobUpdated'].map((event) => ({
				authentication: 'oAuth2',
				event,
				fields: ['jobId', 'completedJobCursor', 'updated'],
				options: {},
			})),
		start: starter(startOnsightFlowSandbox as never),
		defaultPort: 5705,
		// Two credentials: the OAuth2 client for everything, the Query key for the GraphQL Query API.
		n8nCredentials: (sandbox) => {
			const credentials = sandbox.credentials as IDataObject;
			return [
				{
					id: 'OnsightFlowSandbox01',
					name: 'Onsight Flow (sandbox)',
					type: 'onsightFlowOAuth2Api',
					data: {
						clientId: credentials.clientId,
						clientSecret: credentials.clientSecret,
						scope: '',
						accountsUrl: sandbox.accountsUrl as string,
						gatewayUrl: sandbox.gatewayUrl as string,
					},
				},
				{
					id: 'OnsightQueryKeySbx01',
					name: 'Onsight Flow Query Key (sandbox)',
					type: 'onsightFlowQueryKeyApi',
					data: { apiKey: credentials.queryKey, gatewayUrl: sandbox.gatewayUrl as string },
				},
			];
		},
		auths: [
			{
				name: 'OAuth2 client credentials',
				credentialType: new OnsightFlowOAuth2Api(),
				parameters: { authentication: 'oAuth2' },
				sandboxOptions: (secret) => ({ clientSecret: secret }),
				credentials: (sandbox, secret) => {
					const credentials = sandbox.credentials as IDataObject;
					return {
						clientId: String(credentials.clientId),
						clientSecret: secret,
						scope: '',
						accountsUrl: String(sandbox.accountsUrl),
						gatewayUrl: String(sandbox.gatewayUrl),
						accessToken: '',
					};
				},
				login: { host: 'accounts', method: 'POST', path: '/connect/token' },
			},
			{
				name: 'query key',
				credentialType: new OnsightFlowQueryKeyApi(),
				parameters: { authentication: 'queryKey' },
				sandboxOptions: (secret) => ({ queryKey: secret }),
				credentials: (sandbox, secret) => ({
					apiKey: secret,
					gatewayUrl: String(sandbox.gatewayUrl),
				}),
				resources: ['query'],
			},
		],
	},
];

/** The registry entry of `id`; an unknown id is a mistake in the caller, so it throws. */
export function vendorById(id: VendorId): Vendor {
	const found = VENDORS.find((candidate) => candidate.id === id);
	if (!found) throw new Error(`No vendor "${id}" in test/vendors.ts`);
	return found;
}
