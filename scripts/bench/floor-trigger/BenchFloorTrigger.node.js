'use strict';
/**
 * The webhook floor of the benchmark (n8n-compare.js), never shipped: a community-style webhook trigger
 * that does nothing but hand n8n one item. n8n loads it from this folder (N8N_CUSTOM_EXTENSIONS) as
 * `CUSTOM.benchFloorTrigger`. Any trigger whose node is not n8n's own Webhook node pays what n8n
 * spends around it per delivery (n8n 2.41 acquires an expression isolate for every such request,
 * `webhookPhaseNeedsIsolate` in its webhooks/live-webhooks.js), so this is the fastest a community
 * trigger can be, and the Damstra Learning Trigger is measured against it.
 */
class BenchFloorTrigger {
	constructor() {
		this.description = {
			displayName: 'Bench Floor Trigger',
			name: 'benchFloorTrigger',
			group: ['trigger'],
			version: 1,
			description: 'Starts the workflow on every POST, checking nothing (benchmark only)',
			defaults: { name: 'Bench Floor Trigger' },
			inputs: [],
			outputs: ['main'],
			// Never read: attached in webhook-floor-credential.json, it shows what n8n itself spends per
			// execution of a workflow whose node carries a credential (it checks the workflow may use it).
			credentials: [{ name: 'httpHeaderAuth', required: false }],
			// As the Damstra Learning Trigger declares its webhook: the same mode and answer.
			webhooks: [
				{
					name: 'default',
					httpMethod: 'POST',
					responseMode: 'onReceived',
					path: 'floor',
					responseData: '',
				},
			],
			properties: [],
		};
	}

	async webhook() {
		return {
			workflowData: [[{ json: this.getBodyData() }]],
			webhookResponse: { received: true },
		};
	}
}

module.exports = { BenchFloorTrigger };
