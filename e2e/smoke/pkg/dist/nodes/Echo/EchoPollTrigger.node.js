'use strict';
class EchoPollTrigger {
  constructor() {
    this.description = {
      displayName: 'Echo Smoke Poll Trigger',
      name: 'echoPollTrigger',
      group: ['trigger'],
      version: 1,
      description: 'Polls a URL',
      defaults: { name: 'Poll' },
      polling: true,
      inputs: [],
      outputs: ['main'],
      properties: [{ displayName: 'URL', name: 'url', type: 'string', default: '' }],
    };
  }
  async poll() {
    const json = await this.helpers.httpRequest({ method: 'GET', url: this.getNodeParameter('url'), json: true });
    return [this.helpers.returnJsonArray([{ ...json, mode: this.getMode() }])];
  }
}
exports.EchoPollTrigger = EchoPollTrigger;
