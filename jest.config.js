/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/schema', '<rootDir>/subgraphs', '<rootDir>/gateway', '<rootDir>/seed', '<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  setupFiles: ['reflect-metadata', '<rootDir>/tests/support/test-env.ts'],
  testTimeout: 180000,
  maxWorkers: 2,
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
};
