/**
 * The five vendors as the proofs drive them: action node and catalog, trigger, sandbox, every way to
 * authenticate, and how to run one operation over real HTTP as n8n would.
 */
import type { ICredentialType, IDataObject, INodeExecutionData, INodeType } from 'n8n-workflow';
import type { EndpointSpec, VendorCatalog } from '../../nodes/shared/declarations/types';
import { DamstraLearning } from '../../nodes/DamstraLearning/DamstraLearning.node';
import { damstraCatalog } from '../../nodes/DamstraLearning/api/catalog';
import { DamstraLearningApi } from '../../credentials/DamstraLearningApi.credentials';
import { Growsparks } from '../../nodes/Growsparks/Growsparks.node';
import { GrowsparksTrigger } from '../../nodes/Growsparks/GrowsparksTrigger.node';
import { growsparksCatalog } from '../../nodes/Growsparks/api/catalog';
import { GrowsparksApi } from '../../credentials/GrowsparksApi.credentials';
import { FlowWebinars } from '../../nodes/FlowWebinars/FlowWebinars.node';
import { FlowWebinarsTrigger } from '../../nodes/FlowWebinars/FlowWebinarsTrigger.node';
import { flowCatalog } from '../../nodes/FlowWebinars/api/catalog';
import { FlowWebinarsApi } from '../../credentials/FlowWebinarsApi.credentials';
import { SnapperGrape } from '../../nodes/SnapperGrape/SnapperGrape.node';
import { SnapperGrapeTrigger } from '../../nodes/SnapperGrape/SnapperGrapeTrigger.node';
import { grapeCatalog } from '../../nodes/SnapperGrape/api/catalog';
import { SnapperGrapeApi } from '../../credentials/SnapperGrapeApi.credentials';
import { OnsightFlow } from '../../nodes/OnsightFlow/OnsightFlow.node';
import { OnsightFlowTrigger } from '../../nodes/OnsightFlow/OnsightFlowTrigger.node';
import { onsightCatalog } from '../../nodes/OnsightFlow/api/catalog';
import { OnsightFlowOAuth2Api } from '../../credentials/OnsightFlowOAuth2Api.credentials';
import { OnsightFlowQueryKeyApi } from '../../credentials/OnsightFlowQueryKeyApi.credentials';
import { locator, runNode } from '../support/context';
import { withDefaults } from '../support/node-defaults';
import type { LoggedRequest } from '../support/sandbox';
import { startVelpicSandbox } from '../sandboxes/velpic';
import { startGrowsparksSandbox } from '../sandboxes/growsparks';
import { startFlowappSandbox } from '../sandboxes/flowapp';
import { startSnapperGrapeSandbox } from '../sandboxes/snappergrape';
import { startOnsightSandbox } from '../sandboxes/onsight';

/** What the proofs use of a started sandbox (every vendor's, Onsight's two hosts merged). */
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

/** One way to authenticate a vendor: its credential type, the sandbox options that make it accept `secret`, and the credential. */
export interface Auth {
	name: string;
	credentialType: ICredentialType;
	/** Node parameters this authentication needs (Onsight's `authentication`). */
	parameters: IDataObject;
	/** Sandbox start options under which `secret` is the accepted secret. */
	sandboxOptions: (secret: string) => IDataObject;
	credentials: (sandbox: ProofSandbox, secret: string) => IDataObject;
	/** Which resources this authentication may run (Onsight's query key: only Query). */
	resources?: string[];
	/** The call that logs in or fetches a token before the API call, if any. */
	login?: IDataObject;
}

export interface Vendor {
	key: string;
	name: string;
	catalog: VendorCatalog;
	node: INodeType;
	trigger?: INodeType;
	/** Trigger parameter sets to poll with. */
	triggerParameters: (sandbox: ProofSandbox) => IDataObject[];
	start: (options: IDataObject) => Promise<ProofSandbox>;
	auths: Auth[];
}

const start = (fn: (options: IDataObject) => Promise<unknown>) => async (options: IDataObject) =>
	(await fn({ port: 0, ...options })) as ProofSandbox;
const fixture = (sandbox: ProofSandbox, ...path: Array<string | number>) =>
	path.reduce<unknown>((value, key) => (value as IDataObject)?.[key as string], sandbox.fixtures);

export const VENDORS: Vendor[] = [
	{
		key: 'damstra',
		name: 'Damstra Learning',
		catalog: damstraCatalog,
		node: new DamstraLearning(),
		triggerParameters: () => [],
		start: start(startVelpicSandbox as never),
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
		key: 'growsparks',
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
		start: start(startGrowsparksSandbox as never),
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
		key: 'flow',
		name: 'Flow Webinars',
		catalog: flowCatalog,
		node: new FlowWebinars(),
		trigger: new FlowWebinarsTrigger(),
		triggerParameters: (sandbox) => {
			const session = locator(
				String(Object.values((fixture(sandbox, 'sessions') as IDataObject) ?? {})[0] ?? 'abc'),
			);
			return ['newEvent', 'newRegistrant', 'attendeeJoined'].map((event) => ({
				event,
				period: 'future',
				sessionToken: session,
			}));
		},
		start: start(startFlowappSandbox as never),
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
		key: 'grape',
		name: 'Snapper Grape',
		catalog: grapeCatalog,
		node: new SnapperGrape(),
		trigger: new SnapperGrapeTrigger(),
		triggerParameters: () => [
			{ type: 'personcompetence', scope: 'none' },
			{ type: 'event', scope: 'internal', organisationId: 1 },
		],
		start: start(startSnapperGrapeSandbox as never),
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
		key: 'onsight',
		name: 'Onsight Flow',
		catalog: onsightCatalog,
		node: new OnsightFlow(),
		trigger: new OnsightFlowTrigger(),
		triggerParameters: () => [
			{
				authentication: 'oAuth2',
				event: 'jobCompleted',
				fields: ['jobId', 'completedJobCursor', 'updated'],
				options: {},
			},
			{
				authentication: 'oAuth2',
				event: 'jobUpdated',
				fields: ['jobId', 'completedJobCursor', 'updated'],
				options: {},
			},
		],
		start: start(startOnsightSandbox as never),
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

/** A small CSV in the input item's `data` field, for the upload operations. */
export const INPUT_ITEMS: INodeExecutionData[] = [
	{
		json: {},
		binary: {
			data: {
				data: Buffer.from('Name,Site\nPump A,North\n').toString('base64'),
				fileName: 'parts.csv',
				mimeType: 'text/csv',
				fileSize: '23',
			},
		},
	},
];

/** Runs one operation of a vendor's action node over real HTTP, as n8n would. */
export async function runOperation(
	vendor: Vendor,
	auth: Auth,
	sandbox: ProofSandbox,
	secret: string,
	endpoint: EndpointSpec,
	parameters: IDataObject,
	continueOnFail = false,
): Promise<INodeExecutionData[]> {
	return await runNode({
		nodeType: vendor.node,
		parameters: withDefaults(vendor.node, {
			...auth.parameters,
			resource: endpoint.resource,
			operation: endpoint.operation,
			...parameters,
		}),
		credentialType: auth.credentialType,
		credentials: auth.credentials(sandbox, secret) as never,
		items: INPUT_ITEMS,
		continueOnFail,
	});
}
