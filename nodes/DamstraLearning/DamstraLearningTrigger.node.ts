import { createHash, timingSafeEqual } from 'crypto';
import { NodeApiError, NodeConnectionTypes } from 'n8n-workflow';
import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
	JsonObject,
} from 'n8n-workflow';
import { apiRequest } from '../shared/transport/request';
import { damstraLearningApi } from './api/client';
import { ALL_EVENTS, DAMSTRA_EVENTS, normaliseEvent } from './trigger/events';

function sameSecret(given: string, expected: string): boolean {
	// Hash both sides so the comparison takes the same time whatever the lengths.
	const a = createHash('sha256').update(given).digest();
	const b = createHash('sha256').update(expected).digest();
	return timingSafeEqual(a, b);
}

const SETUP =
	'Damstra Learning has no API for registering webhooks, so n8n cannot do it for you. Publish this workflow, copy the Production URL shown above (add ?token=YOUR_SECRET if you set a Secret Token), then in Damstra Learning open Manage → Integrations → WebHooks, paste the URL, pick the event or All Events and click Add. Remove it there when you no longer need it.';

export class DamstraLearningTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Damstra Learning Trigger',
		name: 'damstraLearningTrigger',
		icon: {
			light: 'file:../../icons/damstra-learning.svg',
			dark: 'file:../../icons/damstra-learning.dark.svg',
		},
		group: ['trigger'],
		version: 1,
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
		],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'damstra',
			},
		],
		properties: [
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
				displayName: 'Secret Token',
				name: 'secretToken',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description:
					'Damstra Learning does not sign its webhooks. Set a long random value here and add ?token= followed by the same value to the URL you paste into Damstra Learning: deliveries without it get HTTP 401 and start nothing.',
			},
			{
				displayName: 'Fetch Full Record',
				name: 'fetchRecord',
				type: 'boolean',
				default: false,
				description:
					'Whether to also fetch the user (user events) or the lesson schedule (lesson schedule events) the event is about, since deliveries carry only IDs',
			},
		],
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

		const secret = this.getNodeParameter('secretToken', '') as string;
		if (secret) {
			const token = request.query?.token;
			if (typeof token !== 'string' || !sameSecret(token, secret)) {
				response.status(401).json({ message: 'Missing or wrong token' });
				return { noWebhookResponse: true };
			}
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

		const event = normaliseEvent(body);
		if (this.getNodeParameter('fetchRecord', false) as boolean) {
			try {
				if (body.name.startsWith('user.') && event.userId) {
					event.user = (
						await apiRequest.call(this, damstraLearningApi, {
							method: 'GET',
							path: `/user/${encodeURIComponent(String(event.userId))}`,
						})
					).body as IDataObject;
				} else if (body.name.startsWith('lesson.schedule.') && event.lessonScheduleId) {
					event.lessonSchedule = (
						await apiRequest.call(this, damstraLearningApi, {
							method: 'GET',
							path: `/lesson_schedule/${encodeURIComponent(String(event.lessonScheduleId))}`,
						})
					).body as IDataObject;
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

		return { workflowData: [this.helpers.returnJsonArray([event])] };
	}
}
