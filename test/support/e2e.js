'use strict';
/** Glue between the Jest e2e suites and the real-n8n harness in e2e/lib. */
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const n8n = require('../../e2e/lib/n8n');
const { packPackage } = require('../../e2e/lib/pack');
const { checkPackageLoaded, workerOf } = require('../../e2e/lib/package-check');

const REPO = path.resolve(__dirname, '..', '..');

/** The tarball `npm test` packed (PKG_TGZ), or a fresh build and pack when run on its own. */
function packageTarball() {
	if (process.env.PKG_TGZ && fs.existsSync(process.env.PKG_TGZ)) return process.env.PKG_TGZ;
	execFileSync('npm', ['run', '--silent', 'build'], { cwd: REPO, stdio: 'inherit' });
	return packPackage(REPO);
}

function loadExample(file) {
	return JSON.parse(fs.readFileSync(path.join(REPO, 'examples', file), 'utf8'));
}

function exampleFiles() {
	return fs.readdirSync(path.join(REPO, 'examples')).filter((f) => f.endsWith('.json'));
}

/**
 * With N8N_E2E_QUEUE=1 (set by jest.e2e-queue.config.js) every suite's n8n runs in queue mode:
 * PostgreSQL, Redis, a main, two workers and a webhook processor (e2e/lib/queue.js).
 */
const QUEUE = process.env.N8N_E2E_QUEUE === '1';

function startN8n(options) {
	const queue = QUEUE && options.queue === undefined ? { label: 'e2e' } : options.queue;
	return n8n.startN8n(queue ? { ...options, queue } : options);
}

/** 'queue' when the suites run in queue mode, else 'single'. */
function e2eMode() {
	return QUEUE ? 'queue' : 'single';
}

module.exports = {
	...n8n,
	startN8n,
	e2eMode,
	checkPackageLoaded,
	workerOf,
	packageTarball,
	loadExample,
	exampleFiles,
};
