/**
 * ts-jest in ESM mode: @actions/core 3 and @actions/github 9 ship ESM only.
 * The end-to-end suites run twice, on this machine's Node and on Node 24 (what GitHub runs the action on).
 */
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }]
  }
}

export default {
  testTimeout: 120000,
  // End-to-end scenarios mostly wait (GitHub asks for a second between writes), so several run at once.
  maxConcurrency: 6,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'] },
    {
      ...shared,
      displayName: `e2e (node ${process.versions.node.split('.')[0]})`,
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/__tests__/helpers/e2e-setup.ts']
    },
    {
      ...shared,
      displayName: 'e2e (node 24)',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'],
      setupFiles: ['<rootDir>/__tests__/helpers/runtime-node24.ts'],
      setupFilesAfterEnv: ['<rootDir>/__tests__/helpers/e2e-setup.ts']
    }
  ]
}
