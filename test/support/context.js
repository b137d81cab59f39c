'use strict';
/**
 * What n8n hands a node's execute() / listSearch methods, reduced to what our nodes use, with real HTTP
 * (http-client.js) and the credential's own `authenticate` block. Used by the integration tests and the
 * benchmark; the real-n8n e2e suite covers n8n's own implementation.
 */
const { httpRequest: sendRequest } = require('./http-client');
const { applyAuthentication, expirableField } = require('./credentials');

/** `{ __rl: true, mode, value }`, as n8n stores a resource-locator parameter. */
function locator(value, mode = 'id') {
	return { __rl: true, mode, value };
}

function makeNode(nodeType, parameters) {
	return {
		id: 'test-node',
		name: nodeType.description.defaults.name || nodeType.description.displayName,
		type: `n8n-nodes-workforce-learning.${nodeType.description.name}`,
		typeVersion: 1,
		position: [0, 0],
		parameters,
	};
}

function helpers(options) {
	// `timeoutCapMs` shortens every request timeout, so fault tests can provoke timeouts quickly.
	const httpRequest = options.timeoutCapMs
		? (request) =>
				sendRequest({
					...request,
					timeout: Math.min(request.timeout || Infinity, options.timeoutCapMs),
				})
		: sendRequest;
	return {
		// As n8n-core does: fill an empty expirable field through preAuthentication, and on a thrown 401
		// run preAuthentication again and repeat the request once.
		async httpRequestWithAuthentication(credentialTypeName, request) {
			const type = options.credentialType;
			if (credentialTypeName !== type.name)
				throw new Error(`Unexpected credential type ${credentialTypeName}`);
			const field = expirableField(type);
			const refresh = async () =>
				Object.assign(
					options.credentials,
					await type.preAuthentication.call(
						{ helpers: { httpRequest } },
						{ ...options.credentials },
					),
				);
			if (type.preAuthentication && field && !options.credentials[field]) await refresh();
			try {
				return await httpRequest(await applyAuthentication(type, options.credentials, request));
			} catch (error) {
				if (!(type.preAuthentication && field && error.response && error.response.status === 401))
					throw error;
				await refresh();
				return await httpRequest(await applyAuthentication(type, options.credentials, request));
			}
		},
		async httpRequest(request) {
			return await httpRequest(request);
		},
		// n8n's default binary mode keeps the file in memory as base64.
		async prepareBinaryData(data, fileName, mimeType) {
			return {
				data: data.toString('base64'),
				fileName,
				mimeType: mimeType || 'application/octet-stream',
				fileSize: String(data.length),
			};
		},
		// Default binary mode: the input item holds the file as base64.
		async getBinaryDataBuffer(itemIndex, property) {
			const file = (options.items || [])[itemIndex]?.binary?.[property];
			if (!file) throw new Error(`No binary property "${property}" on item ${itemIndex}`);
			return Buffer.from(file.data, 'base64');
		},
		returnJsonArray(data) {
			return (Array.isArray(data) ? data : [data]).map((json) => ({ json }));
		},
	};
}

/** Parameters may be functions of the item index, standing in for n8n expressions. */
function parameterReader(parameters) {
	return (name, itemIndex, fallback, opts) => {
		const path = name.split('.');
		let value = parameters[path[0]];
		if (typeof value === 'function') value = value(itemIndex);
		for (const key of path.slice(1))
			value = value && typeof value === 'object' ? value[key] : undefined;
		if (value === undefined) {
			// As n8n: a parameter that is not set (or hidden) and has no fallback is an error.
			if (fallback === undefined) throw new Error(`Could not get parameter "${name}"`);
			return fallback;
		}
		if (opts && opts.extractValue && value && typeof value === 'object' && value.__rl === true)
			return value.value;
		return value;
	};
}

/** Every line the nodes log through n8n's logger (message and metadata), for tests that inspect logs. */
const loggedLines = [];
function describeMeta(meta) {
	if (meta === undefined) return '';
	try {
		return ` ${JSON.stringify(meta, (key, value) => (value instanceof Error ? Object.fromEntries(Object.getOwnPropertyNames(value).map((name) => [name, value[name]])) : value))}`;
	} catch {
		return ` ${String(meta)}`;
	}
}
const logAt = (level) => (message, meta) => {
	loggedLines.push(`${level} ${String(message)}${describeMeta(meta)}`);
	if (loggedLines.length > 5000) loggedLines.shift();
};
const logger = {
	debug: logAt('debug'),
	info: logAt('info'),
	warn: logAt('warn'),
	error: logAt('error'),
};

function executeContext(options) {
	const node = makeNode(options.nodeType, options.parameters);
	const items = options.items || [{ json: {} }];
	const read = parameterReader(options.parameters);
	return {
		getNode: () => node,
		getInputData: () => items,
		getNodeParameter: (name, itemIndex, fallback, opts) => read(name, itemIndex, fallback, opts),
		getCredentials: async () => options.credentials,
		continueOnFail: () => Boolean(options.continueOnFail),
		getMode: () => 'manual',
		logger,
		helpers: helpers(options),
	};
}

function loadOptionsContext(options) {
	const node = makeNode(options.nodeType, options.parameters);
	const read = parameterReader(options.parameters);
	return {
		getNode: () => node,
		getNodeParameter: (name, fallback) => read(name, 0, fallback),
		getCurrentNodeParameter: (name) => read(name, 0, undefined),
		getCredentials: async () => options.credentials,
		logger,
		helpers: helpers(options),
	};
}

/**
 * What n8n hands a polling trigger's poll(). `staticData` is the workflow's node-scoped static data: pass
 * the same object to successive polls to carry the cursor, as n8n does between scheduled polls.
 */
function pollContext(options) {
	const node = makeNode(options.nodeType, options.parameters);
	const read = parameterReader(options.parameters);
	return {
		getNode: () => node,
		getNodeParameter: (name, fallback, opts) => read(name, 0, fallback, opts),
		getCredentials: async () => options.credentials,
		getMode: () => options.mode || 'trigger',
		getWorkflowStaticData: () => options.staticData,
		getTimezone: () => 'UTC',
		logger,
		helpers: helpers(options),
	};
}

/** Runs a node's execute() as n8n would for one run and returns its first output. */
async function runNode(options) {
	const output = await options.nodeType.execute.call(executeContext(options));
	return output[0];
}

module.exports = { locator, executeContext, loadOptionsContext, pollContext, runNode, loggedLines };
