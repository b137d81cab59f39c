/** The trigger fault suite (test/faults): real sandboxes, random faults from a fixed seed, one table of figures. */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['<rootDir>/test/faults/**/*.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
	testTimeout: 1800000,
	maxWorkers: 1,
};
