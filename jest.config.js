/** ts-jest in ESM mode: @actions/core 3 and @actions/github 9 ship ESM only. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }]
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 120000,
  // End-to-end scenarios mostly wait (GitHub asks for a second between writes), so several run at once.
  maxConcurrency: 6
}
