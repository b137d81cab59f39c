import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * The secret a Damstra Learning webhook delivery must carry. Damstra Learning neither signs
 * deliveries nor sends custom headers, so the token travels in the URL pasted into it (`?token=`);
 * kept here, it is encrypted at rest and never part of the workflow or its executions.
 */
export class DamstraLearningWebhookApi implements ICredentialType {
	name = 'damstraLearningWebhookApi';

	displayName = 'Damstra Learning Webhook API';

	icon: Icon = {
		light: 'file:../icons/damstra-learning.svg',
		dark: 'file:../icons/damstra-learning.dark.svg',
	};

	documentationUrl = 'https://developer.velpic.com/webhooks/';

	properties: INodeProperties[] = [
		{
			displayName: 'Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'A long random value (at least 16 characters). Add ?token= followed by the same value to the webhook URL you paste into Damstra Learning: deliveries without it get HTTP 401 and start nothing.',
		},
	];
}
