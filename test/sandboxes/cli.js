#!/usr/bin/env node
'use strict';

/*
 * Usage: node test/sandboxes/cli.js [--only damstra-learning,...] [--damstra-learning-port 0] [--seed 42]
 *        [--users N] [--groups N] [--lessons N] [--persons N] [--jobs N]
 * Prints one JSON line { "<vendor id>": { "url": ..., ...credentials } } once every sandbox listens,
 * then runs until SIGINT/SIGTERM. The vendors and their ids come from test/vendors.ts.
 */
require('../../scripts/lib/register-ts');
const { VENDORS } = require('../vendors');

const registry = Object.fromEntries(VENDORS.map((vendor) => [vendor.id, vendor.start]));

const COMMON_NUMERIC = ['seed', 'users', 'groups', 'lessons', 'persons', 'jobs'];

function parseArgs(argv) {
	const args = {};
	for (let i = 0; i < argv.length; i++) {
		const token = argv[i];
		if (!token.startsWith('--')) throw new Error(`Unexpected argument "${token}"`);
		const eq = token.indexOf('=');
		const key = token.slice(2, eq < 0 ? undefined : eq);
		const value = eq < 0 ? argv[++i] : token.slice(eq + 1);
		if (value === undefined) throw new Error(`Missing value for --${key}`);
		args[key] = value;
	}
	return args;
}

function toNumber(key, value) {
	const n = Number(value);
	if (!Number.isInteger(n) || n < 0) throw new Error(`--${key} must be a non-negative integer`);
	return n;
}

function optionsFor(vendor, args) {
	const options = {};
	for (const key of COMMON_NUMERIC)
		if (args[key] !== undefined) options[key] = toNumber(key, args[key]);
	if (args[`${vendor}-port`] !== undefined)
		options.port = toNumber(`${vendor}-port`, args[`${vendor}-port`]);
	return options;
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	const vendors = args.only ? args.only.split(',').map((s) => s.trim()) : Object.keys(registry);
	const known = new Set([
		...COMMON_NUMERIC,
		'only',
		...Object.keys(registry).map((v) => `${v}-port`),
	]);
	for (const key of Object.keys(args))
		if (!known.has(key)) throw new Error(`Unknown option --${key}`);
	for (const vendor of vendors)
		if (!registry[vendor])
			throw new Error(`Unknown vendor "${vendor}" (known: ${Object.keys(registry).join(', ')})`);

	const started = [];
	const shutdown = async (code) => {
		await Promise.allSettled(started.map((s) => s.close()));
		process.exit(code);
	};
	process.once('SIGINT', () => shutdown(0));
	process.once('SIGTERM', () => shutdown(0));

	const summary = {};
	try {
		for (const vendor of vendors) {
			const sandbox = await registry[vendor](optionsFor(vendor, args));
			started.push(sandbox);
			summary[vendor] = { url: sandbox.url, ...sandbox.credentials };
		}
	} catch (err) {
		process.stderr.write(`sandbox start failed: ${err.message}\n`);
		await shutdown(1);
	}
	process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main().catch((err) => {
	process.stderr.write(`${err.message}\n`);
	process.exit(2);
});
