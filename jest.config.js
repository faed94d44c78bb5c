/** Tests run against a real PostgreSQL: TEST_DATABASE_URL when set, otherwise an embedded PGlite
 * that test/global-setup.ts starts in its own process. They run in band because they share it. */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }] },
  testMatch: ['<rootDir>/services/*/src/**/__tests__/**/*.test.ts', '<rootDir>/gateway/src/**/__tests__/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 120000,
};
