'use strict';
/**
 * For each vendor: the n8n credential that points at its sandbox, as `n8n import:credentials` takes it.
 * (or a list of them). The ids are the ones the example workflows reference. Adding a vendor is one entry here plus one in
 * test/sandboxes/registry.js.
 */
const vendors = {
	velpic: {
		name: 'Damstra Learning',
		credential: (sandbox) => ({
			id: 'DamstraSandbox0001',
			name: 'Damstra Learning (sandbox)',
			type: 'damstraLearningApi',
			data: { apiKey: sandbox.accessKey, baseUrl: sandbox.url },
		}),
		defaultPort: 5701,
	},
	growsparks: {
		name: 'Growsparks',
		credential: (sandbox) => ({
			id: 'GrowsparksSandbox01',
			name: 'Growsparks (sandbox)',
			type: 'growsparksApi',
			data: { apiKey: sandbox.apiKey, baseUrl: sandbox.url },
		}),
		defaultPort: 5702,
	},
	flowapp: {
		name: 'Flow Webinars',
		credential: (sandbox) => ({
			id: 'FlowWebinarsSandbox1',
			name: 'Flow Webinars (sandbox)',
			type: 'flowWebinarsApi',
			data: { apiSecret: sandbox.apiSecret, baseUrl: sandbox.url },
		}),
		defaultPort: 5703,
	},
	snappergrape: {
		name: 'Snapper Grape',
		credential: (sandbox) => ({
			id: 'SnapperGrapeSandbox',
			name: 'Snapper Grape (sandbox)',
			type: 'snapperGrapeApi',
			data: {
				host: sandbox.url,
				authMethod: 'session',
				userName: sandbox.userName,
				password: sandbox.password,
			},
		}),
		defaultPort: 5704,
	},
	// Two credentials: the OAuth2 client for everything, the Query key for the GraphQL Query API.
	onsight: {
		name: 'Onsight Flow',
		credential: (sandbox) => [
			{
				id: 'OnsightFlowSandbox01',
				name: 'Onsight Flow (sandbox)',
				type: 'onsightFlowOAuth2Api',
				data: {
					clientId: sandbox.credentials.clientId,
					clientSecret: sandbox.credentials.clientSecret,
					scope: '',
					accountsUrl: sandbox.accountsUrl,
					gatewayUrl: sandbox.gatewayUrl,
				},
			},
			{
				id: 'OnsightQueryKeySbx01',
				name: 'Onsight Flow Query Key (sandbox)',
				type: 'onsightFlowQueryKeyApi',
				data: { apiKey: sandbox.credentials.queryKey, gatewayUrl: sandbox.gatewayUrl },
			},
		],
		// The gateway listens on the next port.
		defaultPort: 5705,
	},
};

module.exports = { vendors };
