import {
	COMPOSE_FILE,
	DRAFT_2019,
	envExample,
	interpolated,
	mergedAnchors,
	parseCompose,
	schemaKeywords,
	validateCompose,
	type ComposeFile,
	type ComposeService,
} from '../support/compose';
import { readRepoFile } from '../support/repo';

/**
 * The production queue-mode deployment, deploy/docker-compose.yml with deploy/.env.example,
 * checked offline: valid against the Compose Specification's schema, on the n8n the end-to-end
 * tests run, with one shared environment, and with this package installed on every n8n process.
 */
const N8N_IMAGE = 'docker.n8n.io/n8nio/n8n';
/** The n8n processes: service → the n8n command it runs. */
const PROCESSES: Record<string, string> = {
	'n8n-main': 'start',
	'n8n-worker': 'worker',
	'n8n-webhook': 'webhook',
};
/** The one-off service that hands the nodes volume to the user n8n runs as. */
const VOLUME_INIT = 'n8n-nodes-volume';
const NODES_VOLUME = 'n8n_nodes';
const NODES_DIR = '/home/node/.n8n/nodes';
const CHECKSUM_VARIABLE = 'N8N_NODES_WORKFORCE_LEARNING_CHECKSUM';

const runtime = JSON.parse(readRepoFile('e2e/n8n-runtime/package.json')) as {
	dependencies: { n8n: string };
};
const pkg = JSON.parse(readRepoFile('package.json')) as { name: string; version: string };
const envExampleText = readRepoFile('deploy/.env.example');
const compose = parseCompose();
const services = compose.services;
const sharedEnv = compose['x-n8n-env'] as Record<string, string>;

const clone = (value: ComposeFile): ComposeFile => JSON.parse(JSON.stringify(value));
const words = (value: string | string[] | undefined) =>
	Array.isArray(value) ? value : (value ?? '').split(/\s+/).filter(Boolean);
const envOf = (name: string) => services[name].environment ?? {};
/** `repository`, `tag` and `digest` of an image reference. */
function imageParts(image = '') {
	const match = /^([^@]+?)(?::([\w][\w.-]*))?(?:@(sha256:[0-9a-f]{64}))?$/.exec(image);
	return { repository: match?.[1], tag: match?.[2], digest: match?.[3] };
}
/** The service's volume mounts (short syntax) as `{ source, target, readOnly }`. */
const mountsOf = (name: string) =>
	(services[name].volumes ?? []).map((volume) => {
		const [source, target, mode] = volume.split(':');
		return { source, target, readOnly: mode === 'ro' };
	});
/** The service's dependencies: service → condition (the list form means service_started). */
function dependsOn(name: string): Record<string, string> {
	const list = services[name].depends_on ?? {};
	if (Array.isArray(list)) return Object.fromEntries(list.map((s) => [s, 'service_started']));
	return Object.fromEntries(Object.entries(list).map(([s, { condition }]) => [s, condition]));
}
/** `${NAME}` in the mandatory form Compose refuses to start without (`${NAME:?message}`). */
const required = (name: string) => new RegExp(`^\\$\\{${name}:\\?[^}]+\\}$`);
/** The shell command of a CMD-SHELL health check ('' for another form). */
function healthCommand(service: ComposeService) {
	const test = service.healthcheck?.test;
	return Array.isArray(test) && test[0] === 'CMD-SHELL' && test.length === 2 ? test[1] : '';
}
const n8nServices = Object.keys(services).filter(
	(name) => imageParts(services[name].image).repository === N8N_IMAGE,
);

describe(`${COMPOSE_FILE} against the Compose Specification`, () => {
	it('reads the schema as it is written: draft 2019-09, in keywords draft-07 reads alike', () => {
		const { draft, used, unsupported } = schemaKeywords();
		expect(draft).toBe(DRAFT_2019);
		expect(used).toEqual(expect.arrayContaining(['properties', 'patternProperties', 'oneOf']));
		expect(unsupported).toEqual([]);
		// The check sees what draft-07 would read otherwise.
		const probe = schemaKeywords({
			$defs: { name: { type: 'string' } },
			properties: { a: { $ref: '#/$defs/name', minLength: 1 } },
			unevaluatedProperties: false,
		});
		expect(probe.unsupported).toEqual([
			'#: $defs',
			'#: unevaluatedProperties',
			'#/properties/a: $ref beside minLength',
		]);
	});

	it('is a valid compose file', () => {
		expect(validateCompose(compose)).toEqual([]);
		expect(Object.keys(services).sort()).toEqual(
			[...Object.keys(PROCESSES), VOLUME_INIT, 'postgres', 'redis'].sort(),
		);
	});

	it('is rejected when broken as a typo would break it (the validator is live)', () => {
		const broken: Array<[string, (c: ComposeFile) => void, string]> = [
			['an unknown service key', (c) => (c.services['n8n-main'].imagee = N8N_IMAGE), 'imagee'],
			['an unknown top-level key', (c) => (c.service = {}), '{"additionalProperty":"service"}'],
			[
				'a replica count that is not a number',
				(c) => (c.services['n8n-worker'].deploy = { replicas: 'two' as unknown as number }),
				'.replicas should be integer',
			],
			[
				'a health-check interval that is not a duration',
				(c) => (c.services.redis.healthcheck = { interval: '5 seconds' }),
				'should match format "duration"',
			],
			[
				'a published port that is not a port spec',
				(c) => (c.services['n8n-main'].ports = ['127.0.0.1:5678:5678:5678']),
				'should match format "ports"',
			],
			[
				'a dependency condition Compose does not know',
				(c) => (c.services['n8n-worker'].depends_on = { 'n8n-main': { condition: 'ready' } }),
				'should be equal to one of the allowed values',
			],
		];
		const accepted = broken
			.map(([what, breakIt, expected]) => {
				const copy = clone(compose);
				breakIt(copy);
				return { what, errors: validateCompose(copy).join('\n'), expected };
			})
			.filter(({ errors, expected }) => !errors.includes(expected))
			.map(({ what, errors }) => `${what}: ${errors || 'accepted'}`);
		expect(accepted).toEqual([]);
	});
});

describe('the n8n processes', () => {
	it('are the main, the workers and the webhook processor, each running its n8n command', () => {
		expect(n8nServices.sort()).toEqual([...Object.keys(PROCESSES), VOLUME_INIT].sort());
		for (const [name, command] of Object.entries(PROCESSES))
			expect({ name, command: words(services[name].command)[0] }).toEqual({ name, command });
		expect(words(services['n8n-worker'].command)).toContain('--concurrency=10');
		expect(services['n8n-worker'].deploy?.replicas).toBe(2);
	});

	it('run the n8n version the end-to-end tests run, from the official image', () => {
		expect(runtime.dependencies.n8n).toMatch(/^\d+\.\d+\.\d+$/);
		for (const name of n8nServices)
			expect({ name, ...imageParts(services[name].image) }).toEqual({
				name,
				repository: N8N_IMAGE,
				tag: runtime.dependencies.n8n,
				digest: undefined,
			});
	});

	it('share one environment, merged into each from the x-n8n-env anchor', () => {
		const differ: string[] = [];
		for (const name of Object.keys(PROCESSES)) {
			expect({ name, merged: mergedAnchors(['services', name, 'environment']) }).toEqual({
				name,
				merged: ['n8n-env'],
			});
			for (const [key, value] of Object.entries(sharedEnv))
				if (envOf(name)[key] !== value) differ.push(`${name}: ${key}=${envOf(name)[key]}`);
		}
		expect(differ).toEqual([]);
	});

	it('share the settings queue mode needs', () => {
		expect(sharedEnv).toMatchObject({
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: 'postgres',
			DB_POSTGRESDB_PORT: '5432',
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: 'redis',
			QUEUE_BULL_REDIS_PORT: '6379',
			QUEUE_HEALTH_CHECK_ACTIVE: 'true',
			QUEUE_HEALTH_CHECK_PORT: expect.stringMatching(/^\d+$/),
			N8N_DEFAULT_BINARY_DATA_MODE: 'database',
			OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
			N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true',
			N8N_ENCRYPTION_KEY: expect.stringMatching(required('N8N_ENCRYPTION_KEY')),
			N8N_WEBHOOK_URL: expect.stringMatching(required('N8N_WEBHOOK_URL')),
			GENERIC_TIMEZONE: expect.stringMatching(required('GENERIC_TIMEZONE')),
		});
		// The database the n8n processes log in to is the one the postgres service creates.
		const postgres = services.postgres.environment ?? {};
		for (const [n8n, own] of [
			['DB_POSTGRESDB_DATABASE', 'POSTGRES_DB'],
			['DB_POSTGRESDB_USER', 'POSTGRES_USER'],
			['DB_POSTGRESDB_PASSWORD', 'POSTGRES_PASSWORD'],
		])
			expect({ n8n, value: sharedEnv[n8n] }).toEqual({
				n8n,
				value: expect.stringMatching(required(own)),
			});
		expect(Object.keys(postgres).sort()).toEqual([
			'POSTGRES_DB',
			'POSTGRES_PASSWORD',
			'POSTGRES_USER',
		]);
		for (const own of Object.keys(postgres))
			expect({ own, value: postgres[own] }).toEqual({
				own,
				value: expect.stringMatching(required(own)),
			});
	});

	it('set neither N8N_CUSTOM_EXTENSIONS nor what n8n 2.41 reports as deprecated', () => {
		// N8N_CUSTOM_EXTENSIONS loads the nodes as CUSTOM.* types, which workflows built with the
		// package's type names do not use. WEBHOOK_URL is N8N_WEBHOOK_URL now; N8N_RUNNERS_ENABLED
		// is no longer read (runners are always on).
		const unwanted = ['N8N_CUSTOM_EXTENSIONS', 'WEBHOOK_URL', 'N8N_RUNNERS_ENABLED'];
		const set = [sharedEnv, ...Object.keys(services).map(envOf)].flatMap((env) =>
			Object.keys(env).filter((key) => unwanted.includes(key)),
		);
		expect(set).toEqual([]);
	});
});

describe('the package on every n8n process', () => {
	it('is declared on the main, at the version of package.json, with a checksum from .env', () => {
		const main = envOf('n8n-main');
		expect(main.N8N_COMMUNITY_PACKAGES_MANAGED_BY_ENV).toBe('true');
		expect(JSON.parse(String(main.N8N_COMMUNITY_PACKAGES))).toEqual([
			{
				name: pkg.name,
				version: pkg.version,
				checksum: expect.stringMatching(required(CHECKSUM_VARIABLE)),
			},
		]);
		expect(envExample().variables[CHECKSUM_VARIABLE]).toMatch(/^sha512-/);
		// Only the main installs packages from the environment; the others load what it installed.
		const declaring = Object.keys(PROCESSES).filter(
			(name) => 'N8N_COMMUNITY_PACKAGES' in envOf(name),
		);
		expect(declaring).toEqual(['n8n-main']);
	});

	it('reaches workers and webhook processor in the nodes volume, once the main is healthy', () => {
		expect(Object.keys(compose.volumes ?? {})).toContain(NODES_VOLUME);
		expect(mountsOf('n8n-main')).toContainEqual({
			source: NODES_VOLUME,
			target: NODES_DIR,
			readOnly: false,
		});
		for (const name of ['n8n-worker', 'n8n-webhook']) {
			expect({ name, mounts: mountsOf(name) }).toEqual({
				name,
				mounts: expect.arrayContaining([
					{ source: NODES_VOLUME, target: NODES_DIR, readOnly: true },
				]),
			});
			expect({ name, main: dependsOn(name)['n8n-main'] }).toEqual({
				name,
				main: 'service_healthy',
			});
		}
	});

	it('is installed into a nodes folder that the main, running as node, can write', () => {
		const init = services[VOLUME_INIT];
		expect(init.user).toBe('root');
		expect(words(init.entrypoint)).toEqual(['chown', 'node:node', NODES_DIR]);
		expect(init.restart).toBe('no');
		expect(mountsOf(VOLUME_INIT)).toEqual([
			{ source: NODES_VOLUME, target: NODES_DIR, readOnly: false },
		]);
		expect(dependsOn('n8n-main')[VOLUME_INIT]).toBe('service_completed_successfully');
	});
});

describe('health checks, dependencies and ports', () => {
	it('checks each service where it reports ready', () => {
		const readiness = (port: string) =>
			`wget -qO- http://localhost:${port}/healthz/readiness || exit 1`;
		expect({
			'n8n-main': healthCommand(services['n8n-main']),
			'n8n-worker': healthCommand(services['n8n-worker']),
			'n8n-webhook': healthCommand(services['n8n-webhook']),
		}).toEqual({
			'n8n-main': readiness('5678'),
			'n8n-worker': readiness(sharedEnv.QUEUE_HEALTH_CHECK_PORT),
			'n8n-webhook': readiness('5678'),
		});
		expect(healthCommand(services.postgres)).toMatch(/^pg_isready\b/);
		expect(healthCommand(services.redis)).toMatch(/^redis-cli ping\b/);
	});

	it('waits only on what a service can report, and starts n8n after its database and queue', () => {
		const wrong: string[] = [];
		for (const name of Object.keys(services))
			for (const [target, condition] of Object.entries(dependsOn(name))) {
				if (!services[target]) wrong.push(`${name} → ${target}: no such service`);
				else if (condition === 'service_healthy' && !services[target].healthcheck)
					wrong.push(`${name} → ${target}: no health check`);
				else if (
					condition === 'service_completed_successfully' &&
					services[target].restart !== 'no'
				)
					wrong.push(`${name} → ${target}: restarts, so never completes`);
			}
		expect(wrong).toEqual([]);
		for (const name of Object.keys(PROCESSES))
			expect({ name, ...dependsOn(name) }).toMatchObject({
				name,
				postgres: 'service_healthy',
				redis: 'service_healthy',
			});
	});

	it('publishes the editor from the main, production webhooks from the webhook processor', () => {
		const published = (name: string) =>
			(services[name].ports ?? []).map((port) => String(port).split(':').slice(-2));
		expect(published('n8n-main')).toEqual([['5678', '5678']]);
		const [[host, container]] = published('n8n-webhook');
		expect({ container, other: host !== '5678' }).toEqual({ container: '5678', other: true });
		for (const name of ['n8n-worker', 'postgres', 'redis', VOLUME_INIT])
			expect({ name, ports: services[name].ports }).toEqual({ name, ports: undefined });
	});

	it('pins every image to a version', () => {
		const loose = Object.entries(services)
			.map(([name, service]) => ({ name, ...imageParts(service.image) }))
			.filter(({ tag, digest }) => !digest && (!tag || tag === 'latest' || !/\d/.test(tag)));
		expect(loose).toEqual([]);
		expect(imageParts(services.postgres.image)).toMatchObject({
			repository: 'postgres',
			tag: expect.stringMatching(/^17\.\d+$/),
		});
		expect(imageParts(services.redis.image)).toMatchObject({
			repository: 'redis',
			tag: expect.stringMatching(/^7\.\d+\.\d+$/),
		});
		// The check sees an unpinned image.
		expect(['redis', 'redis:latest', 'redis:alpine'].map((i) => imageParts(i).tag)).toEqual([
			undefined,
			'latest',
			'alpine',
		]);
	});
});

describe('deploy/.env.example', () => {
	it('defines every variable the compose file reads, and only those, each explained', () => {
		const { braced, bare } = interpolated();
		const { variables, uncommented } = envExample();
		expect(bare).toEqual([]);
		expect(braced).toEqual(Object.keys(variables).sort());
		expect(uncommented).toEqual([]);
		// The checks see each form a variable can take, and an unexplained one.
		expect(interpolated({ a: ['$$HOME ${A:-x} ${B:?y}', { b: '$C ${D}' }] })).toEqual({
			braced: ['A', 'B', 'D'],
			bare: ['C'],
		});
		expect(envExample('A=1\n\n# explained\nB=2\n').uncommented).toEqual(['A']);
	});

	it('says how to make the encryption key and where the checksum comes from', () => {
		expect(envExampleText).toContain('openssl rand -hex 32');
		expect(envExampleText).toContain(`npm view ${pkg.name}@${pkg.version} dist.integrity`);
	});
});
