/**
 * End-to-end tests: a real n8n (Node 24) with the packed package installed as a community package,
 * in two projects run together:
 *
 * - `single`: one n8n process on SQLite (test/e2e/*.e2e.test.ts);
 * - `queue`: the same suites again in queue mode (N8N_E2E_QUEUE=1, see test/support/e2e.js:
 *   PostgreSQL, Redis, a main, two workers and a webhook processor), plus the scenarios only queue
 *   mode has (test/e2e/queue). The hostile-server suite is about the node code, which queue mode
 *   does not change, so it runs once.
 *
 * The suites mostly wait for n8n's minute-by-minute polls, so three run at a time. One project:
 * `npx jest -c jest.e2e.config.js --selectProjects queue`.
 */
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] };

const project = (displayName, extra) => ({
	displayName,
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	transform,
	...extra,
});

module.exports = {
	maxWorkers: 3,
	// A global option (not a project one): hooks too, e.g. stopping four n8n processes.
	testTimeout: 600000,
	projects: [
		project('single', { testMatch: ['<rootDir>/test/e2e/*.e2e.test.ts'] }),
		project('queue', {
			setupFiles: ['<rootDir>/test/e2e/queue/mode.setup.js'],
			testMatch: ['<rootDir>/test/e2e/*.e2e.test.ts', '<rootDir>/test/e2e/queue/*.e2e.test.ts'],
			testPathIgnorePatterns: ['/node_modules/', '/test/e2e/hostile\\.e2e\\.test\\.ts$'],
		}),
	],
};
