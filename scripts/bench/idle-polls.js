'use strict';
/**
 * Requests per idle poll of each polling trigger. The trigger runs through test/support/context.js's
 * pollContext with one static-data object and one credential object carried between polls, as n8n carries
 * them: first activation, one poll, then the counted poll, with nothing new on the server. Login and token
 * calls are counted apart from API calls.
 */
const path = require('node:path');
require('../lib/register-ts');
const { vendorById } = require('../../test/vendors');
const { pollContext } = require('../../test/support/context');
const { withDefaults } = require('../../test/support/node-defaults');
const { record } = require('./results');

const root = path.resolve(__dirname, '..', '..');
const dist = (file, name) => new (require(path.join(root, 'dist', file))[name])();
const locator = (value) => ({ __rl: true, mode: 'id', value });

/** Polls `setup` three times and counts the sandbox requests of the third (idle) one. */
async function idlePoll(vendor, label, sandbox, setup, isLogin) {
	const staticData = {};
	const parameters = withDefaults(setup.nodeType, setup.parameters);
	const poll = () => setup.nodeType.poll.call(pollContext({ ...setup, parameters, staticData }));
	sandbox.clearRequests();
	await poll(); // first activation
	await poll(); // one poll
	const before = sandbox.requests.length;
	const primed = sandbox.requests.map((r) => `${r.method} ${r.pathname}`);
	sandbox.clearRequests();
	const emitted = await poll();
	if (emitted !== null)
		throw new Error(`${label}: the idle poll emitted ${emitted[0].length} items`);
	const calls = sandbox.requests.map((r) => `${r.method} ${r.pathname}`);
	const logins = calls.filter(isLogin);
	const api = calls.filter((c) => !isLogin(c));
	record({
		vendor,
		metric: `requests per idle poll (${label})`,
		value: api.length,
		unit: 'req',
		target: { op: '=', value: 1, of: 'value' },
		note: `+${logins.length} login/token calls; activation + first poll: ${before} requests, ${primed.filter(isLogin).length} of them login/token`,
	});
	console.log(
		`  ${vendor.padEnd(17)} ${label.padEnd(36)} idle poll: ${api.length} API + ${logins.length} login/token (${api.join(', ')}); first two polls: ${primed.join(', ')}`,
	);
}

const never = () => false;

(async () => {
	console.log(
		'Requests per idle poll (first activation, one poll, then the counted poll; nothing new on the server)',
	);

	const growsparks = await vendorById('growsparks').start();
	try {
		await idlePoll(
			'Growsparks',
			'Growsparks Trigger, person report',
			growsparks,
			{
				nodeType: dist('nodes/Growsparks/GrowsparksTrigger.node.js', 'GrowsparksTrigger'),
				credentialType: dist('credentials/GrowsparksApi.credentials.js', 'GrowsparksApi'),
				credentials: { apiKey: growsparks.apiKey, baseUrl: growsparks.url },
				parameters: {
					target: 'persons',
					record: locator(growsparks.fixtures.person),
					startFrom: '',
					options: {},
				},
			},
			never,
		);
	} finally {
		await growsparks.close();
	}

	const flow = await vendorById('flow-webinars').start();
	try {
		await idlePoll(
			'Flow Webinars',
			'Flow Webinars Trigger, New Registrant',
			flow,
			{
				nodeType: dist('nodes/FlowWebinars/FlowWebinarsTrigger.node.js', 'FlowWebinarsTrigger'),
				credentialType: dist('credentials/FlowWebinarsApi.credentials.js', 'FlowWebinarsApi'),
				credentials: { apiSecret: flow.apiSecret, baseUrl: flow.url },
				parameters: {
					event: 'newRegistrant',
					period: 'future',
					sessionToken: locator(flow.fixtures.sessions.launchApac),
				},
			},
			never,
		);
	} finally {
		await flow.close();
	}

	const grape = await vendorById('snapper-grape').start();
	try {
		await idlePoll(
			'Snapper Grape',
			'Snapper Grape Trigger, session login',
			grape,
			{
				nodeType: dist('nodes/SnapperGrape/SnapperGrapeTrigger.node.js', 'SnapperGrapeTrigger'),
				credentialType: dist('credentials/SnapperGrapeApi.credentials.js', 'SnapperGrapeApi'),
				credentials: {
					host: grape.url,
					authMethod: 'session',
					userName: grape.userName,
					password: grape.password,
					sessionToken: '',
				},
				parameters: { type: 'personcompetence', scope: 'none' },
			},
			(call) => call.endsWith(' /api/login'),
		);
	} finally {
		await grape.close();
	}

	const onsight = await vendorById('onsight-flow').start();
	try {
		for (const [event, label] of [
			['jobCompleted', 'Onsight Flow Trigger, Job Completed'],
			['jobUpdated', 'Onsight Flow Trigger, Job Updated'],
		]) {
			await idlePoll(
				'Onsight Flow',
				label,
				onsight,
				{
					nodeType: dist('nodes/OnsightFlow/OnsightFlowTrigger.node.js', 'OnsightFlowTrigger'),
					credentialType: dist(
						'credentials/OnsightFlowOAuth2Api.credentials.js',
						'OnsightFlowOAuth2Api',
					),
					credentials: {
						clientId: onsight.clients.full.clientId,
						clientSecret: onsight.clients.full.clientSecret,
						scope: '',
						accountsUrl: onsight.accountsUrl,
						gatewayUrl: onsight.gatewayUrl,
						accessToken: '',
					},
					parameters: { authentication: 'oAuth2', event, options: {} },
				},
				(call) => call.endsWith(' /connect/token'),
			);
		}
	} finally {
		await onsight.close();
	}
})().catch((error) => {
	console.error(error);
	process.exit(1);
});
