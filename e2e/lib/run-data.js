'use strict';
/**
 * Reading an execution's run data (runData from waitForExecution/getExecution or executeCli):
 * a node's items, binary metadata and error, and the binary content n8n stored on disk.
 */
const fs = require('fs');
const path = require('path');

/**
 * Items of one node's output from an execution's runData.
 * Returns json[] (the `json` of each item). Options: runIndex (default: last run), outputIndex (0).
 */
function getNodeOutput(runData, nodeName, { runIndex, outputIndex = 0 } = {}) {
	return getNodeItems(runData, nodeName, { runIndex, outputIndex }).map((i) => i.json);
}

/** Full items ({ json, binary?, pairedItem? }) of one node's output. Throws if the node did not run. */
function getNodeItems(runData, nodeName, { runIndex, outputIndex = 0 } = {}) {
	const runs = runData && runData[nodeName];
	if (!runs || runs.length === 0) {
		const ran = runData ? Object.keys(runData) : [];
		throw new Error(`node "${nodeName}" did not run (nodes that ran: ${ran.join(', ') || 'none'})`);
	}
	const run = runs[runIndex === undefined ? runs.length - 1 : runIndex];
	if (!run) throw new Error(`node "${nodeName}" has no run #${runIndex} (runs: ${runs.length})`);
	if (run.error && !run.data) {
		throw new Error(`node "${nodeName}" failed: ${run.error.message || JSON.stringify(run.error)}`);
	}
	const main = (run.data && run.data.main) || [];
	return main[outputIndex] || [];
}

/**
 * Binary metadata of one node's output: one entry per item, { [property]: { mimeType, fileName,
 * fileSize, fileExtension, id?, data? } } (or null when an item has no binary).
 */
function getNodeBinary(runData, nodeName, opts = {}) {
	return getNodeItems(runData, nodeName, opts).map((i) => i.binary || null);
}

/** The error recorded for a node (or undefined). */
function getNodeError(runData, nodeName, { runIndex } = {}) {
	const runs = (runData && runData[nodeName]) || [];
	const run = runs[runIndex === undefined ? runs.length - 1 : runIndex];
	return run && run.error;
}

/**
 * Content of a binary property (from getNodeBinary) as a Buffer: inline (default mode), on disk
 * (filesystem mode) or in the database (queue mode's `database` mode, read through `db`).
 * The second argument is the harness's { env, userFolder, db }: env may move the storage path.
 */
async function readBinary(meta, { env, userFolder, db }) {
	if (!meta) throw new Error('readBinary: no binary metadata');
	if (meta.data && meta.data !== 'filesystem-v2' && !meta.id)
		return Buffer.from(meta.data, 'base64');
	const id = meta.id || '';
	const stored = /^database:(.+)$/.exec(id);
	if (stored) {
		const rows = await db.all('select data from binary_data where "fileId" = ?', [stored[1]]);
		if (!rows[0]) throw new Error(`readBinary: no binary_data row ${stored[1]}`);
		return Buffer.from(rows[0].data);
	}
	const m = /^filesystem(?:-v2)?:(.+)$/.exec(id);
	if (!m) throw new Error(`readBinary: unsupported binary id ${JSON.stringify(id)}`);
	// n8n 2.x default: filesystem mode under <userFolder>/.n8n/storage (older: .n8n/binaryData)
	const bases = [
		env.N8N_BINARY_DATA_STORAGE_PATH,
		env.N8N_STORAGE_PATH,
		path.join(userFolder, '.n8n', 'storage'),
		path.join(userFolder, '.n8n', 'binaryData'),
	].filter(Boolean);
	for (const base of bases) {
		const f = path.join(base, m[1]);
		if (fs.existsSync(f)) return fs.readFileSync(f);
	}
	throw new Error(`readBinary: ${m[1]} not found under ${bases.join(', ')}`);
}

module.exports = { getNodeOutput, getNodeItems, getNodeBinary, getNodeError, readBinary };
