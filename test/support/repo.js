'use strict';
/**
 * The repository's own files, for tests that check the repository itself (self-containment, package.json).
 * Plain JS: the lint that guards node code also reads the TypeScript tests, and these need the file system.
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const SKIP = new Set(['node_modules', '.git', '.runtime', 'dist', 'coverage']);
const TEXT = /\.(ts|js|mjs|cjs|json|md|sh|yml|yaml|txt)$|^\.[a-z]+rc$|^run$/;

/** Every text file of the repository (relative paths), without installed or generated folders. */
function repoFiles(dir = ROOT) {
	const out = [];
	for (const name of fs.readdirSync(dir)) {
		if (SKIP.has(name)) continue;
		const full = path.join(dir, name);
		if (fs.statSync(full).isDirectory()) {
			// The pinned n8n runtime installs its own node_modules; only its manifest and lockfile are ours.
			if (path.relative(ROOT, full) === path.join('e2e', 'n8n-runtime')) continue;
			out.push(...repoFiles(full));
		} else if (TEXT.test(name)) out.push(path.relative(ROOT, full));
	}
	return out;
}

const readRepoFile = (relative) => fs.readFileSync(path.join(ROOT, relative), 'utf8');
const repoFileExists = (relative) => fs.existsSync(path.join(ROOT, relative));
const repoFileSize = (relative) => fs.statSync(path.join(ROOT, relative)).size;

/** The ESLint configuration the project's lint applies to `relative` (ESLint's --print-config). */
function lintConfigFor(relative) {
	const { execFileSync } = require('node:child_process');
	const bin = path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
	const out = execFileSync(process.execPath, [bin, '--print-config', relative], {
		cwd: ROOT,
		encoding: 'utf8',
	});
	return JSON.parse(out);
}

module.exports = { repoFiles, readRepoFile, repoFileExists, repoFileSize, lintConfigFor };
