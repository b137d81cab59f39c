import { NodeApiError, NodeConnectionTypes } from 'n8n-workflow';
import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	IDataObject,
	IHookFunctions,
	INodeCredentialTestResult,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
	JsonObject,
} from 'n8n-workflow';
import { apiRequest } from '../shared/transport/request';
import { declaredCall } from '../shared/declarations/declared-call';
import { damstraLearningCatalog } from './api/catalog';
import { ALL_EVENTS, DAMSTRA_EVENTS, normaliseEvent } from './trigger/events';
import { isRepeat } from './trigger/repeats';
import { credentialTokenAccepted, sameSecret } from './trigger/token';
import { requireNumber } from '../shared/validation';

const SETUP =
	'Damstra Learning has no API for registering webhooks, so n8n cannot do it for you. ' +
	'Publish this workflow, copy the Production URL shown above and add ?token= followed by ' +
	'the token of the Damstra Learning Webhook API credential, then in Damstra Learning open ' +
	'Manage → Integrations → WebHooks, paste the URL, pick the event or All Events and click ' +
	'Add. Remove it there when you no longer need it.';

/** A token shorter than this is too easy to guess for the only thing that guards the webhook. */
const MIN_TOKEN_LENGTH = 16;

export class DamstraLearningTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Damstra Learning Trigger',
		name: 'damstraLearningTrigger',
		icon: {
			light: 'file:../../icons/damstra-learning.svg',
			dark: 'file:../../icons/damstra-learning.dark.svg',
		},
		group: ['trigger'],
		// Version 2 keeps the secret token in a credential; version 1 kept it in a node parameter.
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description:
			'Starts the workflow when Damstra Learning (formerly Velpic) sends a webhook event',
		defaults: { name: 'Damstra Learning Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'damstraLearningApi',
				required: true,
				displayOptions: { show: { fetchRecord: [true] } },
			},
			{
				name: 'damstraLearningWebhookApi',
				required: true,
				testedBy: 'damstraLearningWebhookToken',
				displayOptions: { show: { '@version': [2], authentication: ['urlToken'] } },
			},
		],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'damstra',
				// No fixed answer: an accepted delivery gets the small JSON acknowledgement webhook()
				// returns.
				responseData: '',
			},
		],
		properties: [
			// First, as in n8n's own nodes.
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				default: 'urlToken',
				displayOptions: { show: { '@version': [2] } },
				options: [
					{
						name: 'Token in URL',
						value: 'urlToken',
						description:
							'Deliveries must carry ?token= with the token of a Damstra Learning Webhook API credential',
					},
					{
						name: 'None',
						value: 'none',
						description: 'Anyone who knows the URL can start the workflow',
					},
				],
			},
			// n8n shows the credentials just above the parameter they depend on (this one, for the API
			// credential), so the panel reads Authentication, the credentials, then this.
			{
				displayName: 'Fetch Full Record',
				name: 'fetchRecord',
				type: 'boolean',
				default: false,
				description:
					'Whether to also fetch the user (user events) or the lesson schedule (lesson schedule events) the event is about, since deliveries carry only IDs',
			},
			{ displayName: SETUP, name: 'setupNotice', type: 'notice', default: '' },
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: [ALL_EVENTS],
				options: [{ name: 'All Events', value: ALL_EVENTS }, ...DAMSTRA_EVENTS],
				description: 'Events that start the workflow; others are acknowledged and ignored',
			},
			{
				displayName:
					'This version keeps the secret token in the workflow. Add the trigger again to get version 2, which keeps it in an encrypted Damstra Learning Webhook API credential.',
				name: 'tokenNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { '@version': [1] } },
			},
			{
				displayName: 'Secret Token',
				name: 'secretToken',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description:
					'Damstra Learning does not sign its webhooks. Set a long random value here and add ' +
					'?token= followed by the same value to the URL you paste into Damstra Learning: ' +
					'deliveries without it get HTTP 401 and start nothing.',
				displayOptions: { show: { '@version': [1] } },
			},
			{
				displayName: 'Ignore Repeated Deliveries',
				name: 'ignoreRepeats',
				type: 'boolean',
				default: false,
				description:
					'Whether to acknowledge but not run the workflow for a delivery identical to one this ' +
					'trigger received shortly before, e.g. when Damstra Learning sends an event again ' +
					'because it did not see the first answer. Compared in memory on the n8n process that ' +
					'receives the delivery.',
			},
			{
				displayName: 'Repeat Window (Seconds)',
				name: 'repeatWindowSeconds',
				type: 'number',
				default: 60,
				typeOptions: { minValue: 1, maxValue: 3600 },
				description: 'How long after a delivery an identical one counts as a repeat',
				displayOptions: { show: { ignoreRepeats: [true] } },
			},
		],
	};

	methods = {
		credentialTest: {
			/** Nothing to ask Damstra Learning: the token is checked for being hard enough to guess. */
			async damstraLearningWebhookToken(
				this: ICredentialTestFunctions,
				credential: ICredentialsDecrypted,
			): Promise<INodeCredentialTestResult> {
				const token = String(credential.data?.token ?? '');
				if (token.length < MIN_TOKEN_LENGTH)
					return {
						status: 'Error',
						message: `The token must be at least ${MIN_TOKEN_LENGTH} characters long`,
					};
				if (!/^[\x21-\x7e]+$/.test(token))
					return {
						status: 'Error',
						message: 'The token must be printable ASCII without spaces, so it survives in a URL',
					};
				return { status: 'OK', message: 'The token is long enough to guard the webhook' };
			},
		},
	};

	webhookMethods = {
		default: {
			// No registration API exists: the user adds the URL in the vendor's app (see the notice).
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = this.getRequestObject();
		const response = this.getResponseObject();

		if (!(await deliveryAuthorised(this, request.query?.token))) {
			response.status(401).json({ message: 'Missing or wrong token' });
			return { noWebhookResponse: true };
		}

		const body = this.getBodyData() as IDataObject;
		if (
			!body ||
			typeof body !== 'object' ||
			Array.isArray(body) ||
			typeof body.name !== 'string' ||
			body.name === ''
		) {
			response
				.status(400)
				.json({ message: 'Expected a JSON object with a "name" field naming the event' });
			return { noWebhookResponse: true };
		}

		const wanted = this.getNodeParameter('events', []) as string[];
		if (!wanted.includes(ALL_EVENTS) && !wanted.includes(body.name)) {
			return { webhookResponse: { received: true, ignored: body.name } };
		}

		if (this.getNodeParameter('ignoreRepeats', false) as boolean) {
			const window = requireNumber(
				this.getNode(),
				'Repeat Window (Seconds)',
				this.getNodeParameter('repeatWindowSeconds', 60),
				{ min: 1, max: 3600 },
			);
			const trigger = `${this.getWorkflow().id ?? ''}/${this.getNode().id}`;
			if (isRepeat(trigger, body, Date.now(), window * 1000))
				return { webhookResponse: { received: true, repeated: body.name } };
		}

		const event = normaliseEvent(body);
		if (this.getNodeParameter('fetchRecord', false) as boolean) {
			try {
				if (body.name.startsWith('user.') && event.userId) {
					const { api, request } = declaredCall(damstraLearningCatalog, 'user.get', {
						userId: String(event.userId),
					});
					event.user = (await apiRequest.call(this, api, request)).body as IDataObject;
				} else if (body.name.startsWith('lesson.schedule.') && event.lessonScheduleId) {
					const { api, request } = declaredCall(damstraLearningCatalog, 'lessonSchedule.get', {
						lessonScheduleId: String(event.lessonScheduleId),
					});
					event.lessonSchedule = (await apiRequest.call(this, api, request)).body as IDataObject;
				}
			} catch (error) {
				// The delivery itself is good: keep it and say why the record is missing rather than lose
				// the event.
				event.fetchError = error instanceof NodeApiError ? error.message : (error as Error).message;
				this.logger.warn(
					`Damstra Learning Trigger could not fetch the record: ${String(event.fetchError)}`,
					error as JsonObject,
				);
			}
		}

		return {
			workflowData: [this.helpers.returnJsonArray([event])],
			webhookResponse: { received: true, event: body.name },
		};
	}
}

/**
 * Whether the delivery's token is the one asked for: the credential's (version 2, unless
 * Authentication is None) or the node parameter's (version 1, where empty means none is asked for).
 */
async function deliveryAuthorised(ctx: IWebhookFunctions, token: unknown): Promise<boolean> {
	if (ctx.getNode().typeVersion < 2) {
		const secret = ctx.getNodeParameter('secretToken', '') as string;
		return secret === '' || (typeof token === 'string' && sameSecret(token, secret));
	}
	if (ctx.getNodeParameter('authentication', 'urlToken') === 'none') return true;
	return await credentialTokenAccepted(ctx, token, Date.now());
}
