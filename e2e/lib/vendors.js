'use strict';
/**
 * For each vendor: the n8n credential that points at its sandbox, as `n8n import:credentials` takes it.
 * The ids are the ones the example workflows reference. Adding a vendor is one entry here plus one in
 * test/sandboxes/registry.js.
 */
const vendors = {
	velpic: {
		credential: (sandbox) => ({
			id: 'DamstraSandbox0001',
			name: 'Damstra Learning (sandbox)',
			type: 'damstraLearningApi',
			data: { apiKey: sandbox.accessKey, baseUrl: sandbox.url },
		}),
		defaultPort: 5701,
	},
	growsparks: {
		credential: (sandbox) => ({
			id: 'GrowsparksSandbox01',
			name: 'Growsparks (sandbox)',
			type: 'growsparksApi',
			data: { apiKey: sandbox.apiKey, baseUrl: sandbox.url },
		}),
		defaultPort: 5702,
	},
	flowapp: {
		credential: (sandbox) => ({
			id: 'FlowWebinarsSandbox1',
			name: 'Flow Webinars (sandbox)',
			type: 'flowWebinarsApi',
			data: { apiSecret: sandbox.apiSecret, baseUrl: sandbox.url },
		}),
		defaultPort: 5703,
	},
	snappergrape: {
		credential: (sandbox) => ({
			id: 'SnapperGrapeSandbox',
			name: 'Snapper Grape (sandbox)',
			type: 'snapperGrapeApi',
			data: { host: sandbox.url, authMethod: 'session', userName: sandbox.userName, password: sandbox.password },
		}),
		defaultPort: 5704,
	},
};

module.exports = { vendors };
