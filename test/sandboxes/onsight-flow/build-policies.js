#!/usr/bin/env node
'use strict';

/*
 * Writes policies.json (endpoint id → host, method, router path, policy, scopesAnyOf) and the scope list
 * from the vendor inventory. Run once when the inventory changes; the sandbox reads only policies.json.
 *   node test/sandboxes/onsight-flow/build-policies.js [vendor-inventories/onsight-flow.json]
 */
const fs = require('node:fs');
const path = require('node:path');

const source =
	process.argv[2] || path.resolve(__dirname, '../../../vendor-inventories/onsight-flow.json');
const inventory = JSON.parse(fs.readFileSync(source, 'utf8'));
const norm = (scope) => scope.replace(/([^:/])\/\/+/g, '$1/');
const TEAM_ADMIN = 'https://www.flow.librestream.com/auth/team.admin';

const endpoints = inventory.rest.map((r) => {
	const routePath =
		r.path
			.replace(/\?.*$/, '')
			.replace(/\{(\w+)\}/g, ':$1')
			.replace(/\/+$/, '') || '/';
	let scopes = (r.scopesAnyOf || []).map(norm);
	// Footnote 1: the user-management writes print Trigger_Admin, almost surely meaning Team_Admin; accept either.
	if (r.section === 'Users' && r.policy === 'Trigger_Admin')
		scopes = [...new Set([...scopes, TEAM_ADMIN])];
	return {
		id: r.id,
		section: r.section,
		host: r.host.includes('accounts') ? 'accounts' : 'gateway',
		method: r.method,
		path: routePath,
		documentedPath: r.path,
		policy: r.policy,
		scopesAnyOf: r.id === 'auth.token' ? null : scopes,
	};
});

const scopes = [...new Set(inventory.auth.distinctScopes.map((s) => norm(s.scope)))];
const out = { source: `${inventory.source.title} ${inventory.source.version}`, scopes, endpoints };
fs.writeFileSync(path.join(__dirname, 'policies.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`policies.json: ${endpoints.length} endpoints, ${scopes.length} scopes`);
