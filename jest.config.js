/**
 * Two projects, both run by `npm test`: `unit` (each package's own tests, under src/__tests__) and
 * `stack` (test/: the whole stack through the gateway). Tests run against a real PostgreSQL:
 * TEST_DATABASE_URL when set (then in parallel, each test file on its own copy of a seeded template
 * database, see test/databases.ts), otherwise an embedded PGlite in band (it runs one transaction
 * at a time). Types are checked by `npm run typecheck`, so ts-jest only transpiles (tsconfig.test.json).
 */
const parallel = Boolean(process.env.TEST_DATABASE_URL);
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }] },
  setupFilesAfterEnv: ['<rootDir>/test/file-database.ts'],
  // npm run build's copies of the workspaces (package.json and all) are not more modules to map.
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};

module.exports = {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/services/*/src/**/__tests__/**/*.test.ts', '<rootDir>/gateway/src/**/__tests__/**/*.test.ts', '<rootDir>/dashboard/src/**/__tests__/**/*.test.ts'] },
    { ...shared, displayName: 'stack', testMatch: ['<rootDir>/test/**/*.test.ts'] },
  ],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  maxWorkers: parallel ? Number(process.env.TEST_WORKERS || 3) : 1,
  // In band on PGlite the files share one database: a file may first have to republish every figure an
  // earlier file left stale or removed (a full refresh of the demo, about two minutes there).
  testTimeout: parallel ? 120_000 : 300_000,
};
