// ESM TypeScript through ts-jest; run with NODE_OPTIONS=--experimental-vm-modules (see package.json).
// Two projects: `unit` (pure, no process started: `npm run test:unit`) and `integration` (real wrangler,
// workerd, the local Cloudflare, HTTP on loopback: `npm run test:integration`). `npm test` runs both.
const shared = {
  // Node's, and it removes the temp directories the helpers made once a test file ends.
  testEnvironment: '<rootDir>/test/helpers/environment.cjs',
  // In the repo (gitignored), not the temp directory: a test run leaves nothing there, and jest's record
  // of each suite's duration (it starts the slowest first) stays with the checkout.
  cacheDirectory: '<rootDir>/.cache/jest',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }],
  },
};

/** @type {import('jest').Config} */
export default {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/helpers/no-processes.cjs'],
    },
    { ...shared, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
  ],
  testTimeout: 60000,
  // Three on a 2-core machine: a suite waits (on wrangler, workerd, loopback HTTP) about a sixth of its
  // time, which a third worker fills. A clean-clone .ci/run: 366 s against 415 s with two, the same CPU.
  maxWorkers: 3,
  // The slowest suites first, also on a fresh clone (test/suite-durations.json).
  testSequencer: '<rootDir>/test/helpers/sequencer.cjs',
};
