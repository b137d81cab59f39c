'use strict';
// Packs a package directory with `npm pack` into a fresh temp dir and returns the tarball path.
// Builds nothing: the caller must build first (the repo has no `prepack`).
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

/**
 * @param {string} packageDir directory containing package.json (e.g. the repo root)
 * @param {{ destination?: string, timeoutMs?: number }} [opts]
 * @returns {string} absolute path of the .tgz
 */
function packPackage(packageDir, opts = {}) {
	const dir = path.resolve(packageDir);
	const dest = opts.destination
		? path.resolve(opts.destination)
		: fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-pack-'));
	fs.mkdirSync(dest, { recursive: true });
	let out;
	try {
		out = execFileSync(
			'npm',
			['pack', '--silent', '--ignore-scripts', '--pack-destination', dest],
			{
				cwd: dir,
				encoding: 'utf8',
				timeout: opts.timeoutMs || 120000,
				stdio: ['ignore', 'pipe', 'pipe'],
			},
		);
	} catch (err) {
		throw new Error(
			`npm pack failed in ${dir}: ${err.message}\n${err.stderr || ''}${err.stdout || ''}`,
		);
	}
	const name = out.trim().split('\n').pop().trim();
	const tgz = path.join(dest, name);
	if (!name.endsWith('.tgz') || !fs.existsSync(tgz)) {
		throw new Error(
			`npm pack in ${dir} did not produce a tarball (output: ${JSON.stringify(out)})`,
		);
	}
	return tgz;
}

module.exports = { packPackage };
