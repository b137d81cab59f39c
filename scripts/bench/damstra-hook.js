'use strict';
/**
 * The Damstra Learning Trigger workflow the benchmarks post deliveries to (webhook-damstra-learning-trigger.json):
 * version 2, the token in the URL checked against the sandbox's Damstra Learning Webhook API credential, as
 * a real setup has it.
 */
const fs = require('node:fs');
const path = require('node:path');
require('../lib/register-ts');
const { vendorById } = require('../../test/vendors');

const hook = JSON.parse(
	fs.readFileSync(path.join(__dirname, 'webhook-damstra-learning-trigger.json'), 'utf8'),
);
const credentialId = hook.nodes[0].credentials.damstraLearningWebhookApi.id;
/** The token of that credential, as vendorById('damstra-learning').n8nCredentials creates it. */
const token = vendorById('damstra-learning')
	.n8nCredentials({ url: 'http://127.0.0.1', accessKey: '' })
	.find((credential) => credential.id === credentialId).data.token;

module.exports = {
	hook,
	/** The production path of its webhook, below /webhook/. */
	hookPath: `${hook.nodes[0].webhookId}/damstra`,
	/** The query every delivery carries. */
	hookQuery: { token },
};
