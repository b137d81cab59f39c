'use strict';
class EchoWebhookTrigger {
  constructor() {
    this.description = {
      displayName: 'Echo Smoke Webhook Trigger',
      name: 'echoWebhookTrigger',
      group: ['trigger'],
      version: 1,
      description: 'Receives a POST',
      defaults: { name: 'Hook' },
      inputs: [],
      outputs: ['main'],
      webhooks: [{ name: 'default', httpMethod: 'POST', isFullPath: true,
        responseMode: '={{$parameter["responseMode"]}}', path: '={{$parameter["path"]}}' }],
      properties: [
        { displayName: 'Path', name: 'path', type: 'string', default: 'echo-smoke' },
        { displayName: 'Respond', name: 'responseMode', type: 'options', default: 'lastNode',
          options: [{ name: 'Immediately', value: 'onReceived' }, { name: 'When Last Node Finishes', value: 'lastNode' }] },
      ],
    };
    this.webhookMethods = { default: {
      async checkExists() { return true; }, async create() { return true; }, async delete() { return true; } } };
  }
  async webhook() {
    return { workflowData: [this.helpers.returnJsonArray([{ received: this.getBodyData(), query: this.getQueryData() }])] };
  }
}
exports.EchoWebhookTrigger = EchoWebhookTrigger;
