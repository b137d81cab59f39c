'use strict';
const { NodeOperationError } = require('n8n-workflow');
class Echo {
  constructor() {
    this.description = {
      displayName: 'Echo Smoke',
      name: 'echo',
      group: ['transform'],
      version: 1,
      description: 'GETs a URL and returns the JSON',
      defaults: { name: 'Echo' },
      inputs: ['main'],
      outputs: ['main'],
      credentials: [{ name: 'echoSmokeApi', required: false }],
      properties: [
        { displayName: 'URL', name: 'url', type: 'string', default: '' },
        { displayName: 'With Binary', name: 'withBinary', type: 'boolean', default: false },
      ],
    };
  }
  async execute() {
    const items = this.getInputData();
    const out = [];
    let creds;
    try { creds = await this.getCredentials('echoSmokeApi'); } catch (e) { creds = undefined; }
    for (let i = 0; i < items.length; i++) {
      try {
        const url = this.getNodeParameter('url', i);
        const headers = creds ? { authorization: 'Bearer ' + creds.token } : {};
        const json = await this.helpers.httpRequest({ method: 'GET', url, json: true, headers });
        const item = { json, pairedItem: { item: i } };
        if (this.getNodeParameter('withBinary', i)) {
          item.binary = { data: await this.helpers.prepareBinaryData(Buffer.from(JSON.stringify(json)), 'echo.json', 'application/json') };
        }
        out.push(item);
      } catch (error) {
        if (this.continueOnFail()) { out.push({ json: { error: error.message }, pairedItem: { item: i } }); continue; }
        throw new NodeOperationError(this.getNode(), error, { itemIndex: i });
      }
    }
    return [out];
  }
}
exports.Echo = Echo;
