'use strict';

/*
 * Vendor name → async start(options) resolving to a sandbox with { url, credentials, close() }.
 * Adding a vendor is one line here; cli.js derives its --<vendor>-port flag from the name.
 */
const registry = {
	velpic: (options) => require('./velpic').startVelpicSandbox(options),
	growsparks: (options) => require('./growsparks').startGrowsparksSandbox(options),
	flowapp: (options) => require('./flowapp').startFlowappSandbox(options),
	snappergrape: (options) => require('./snappergrape').startSnapperGrapeSandbox(options),
	onsight: (options) => require('./onsight').startOnsightSandbox(options),
};

module.exports = { registry };
