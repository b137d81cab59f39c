/** Unit and sandbox-integration tests: the nodes run over real HTTP against the sandboxes in test/sandboxes. */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: [
		'<rootDir>/test/unit/**/*.test.ts',
		'<rootDir>/test/integration/**/*.test.ts',
		'<rootDir>/test/proof/**/*.test.ts',
	],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
	testTimeout: 60000,
};
