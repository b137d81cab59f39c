'use strict';
/**
 * Runs a sandbox's own self-check (test/sandboxes/<id>/selfcheck.js: every endpoint of the vendor's
 * inventory, its auth, paging, errors and faults, over real HTTP) as a child process.
 * Plain JS: the lint that guards node code also reads the TypeScript tests, and this needs processes.
 */
const { execFile } = require('node:child_process');
const path = require('node:path');

const SANDBOXES = path.resolve(__dirname, '..', 'sandboxes');

function runSelfcheck(id) {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			[path.join(SANDBOXES, id, 'selfcheck.js')],
			{ cwd: path.resolve(SANDBOXES, '..', '..'), timeout: 240000, maxBuffer: 16 * 1024 * 1024 },
			(error, stdout, stderr) =>
				resolve({ code: error ? (error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
		);
	});
}

module.exports = { runSelfcheck };
