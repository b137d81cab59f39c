/**
 * The real-browser test: the n8n editor in headless Chromium (Debian's), with the packed package
 * installed as `npm start` installs it.
 */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
	testTimeout: 600000,
	maxWorkers: 1,
};
