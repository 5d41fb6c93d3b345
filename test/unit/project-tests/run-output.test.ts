import {
  afterTestsError,
  commandNotFound,
  lastProgress,
  lockfileRefusal,
} from '../../../src/project-tests/run-output.js';

describe("a test command's output", () => {
  it("finds the runner's last progress line: vitest's per test and per file, jest's per file", () => {
    const vitest = ' \u001b[32m✓\u001b[39m test/a.test.js > routes > lists users 3ms\nstdout | something else\n';
    expect(lastProgress(vitest)).toEqual({
      line: '✓ test/a.test.js > routes > lists users 3ms',
      file: 'test/a.test.js',
      test: 'routes > lists users',
      finished: true,
    });
    expect(lastProgress(' ✓ test/a.test.js (2 tests) 5ms\n ❯ test/b.test.js > upstream > waits\n')).toMatchObject({
      file: 'test/b.test.js',
      test: 'upstream > waits',
      finished: false,
    });
    expect(lastProgress('PASS test/a.test.js\nFAIL test/b.test.js (5.2 s)\n  ● x\n')).toMatchObject({
      file: 'test/b.test.js',
      finished: true,
    });
    expect(lastProgress(' RUN  v5.1.1 /app\n')).toBeUndefined();
  });

  it('names the program the shell could not find (exit 127)', () => {
    expect(commandNotFound('> test\n> vitest run\n\nsh: 1: vitest: not found\n')).toBe('vitest');
    expect(commandNotFound('bash: line 1: jest: command not found\n')).toBe('jest');
    expect(commandNotFound('Error: Cannot find module')).toBeUndefined();
  });

  it('recognises a lockfile the package manager refuses', () => {
    const npm =
      'npm error `npm ci` can only install packages when your package.json and package-lock.json or ' +
      'npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.\n';
    expect(lockfileRefusal(npm)?.pm).toBe('npm');
    expect(lockfileRefusal(' ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile"')?.pm).toBe('pnpm');
    expect(lockfileRefusal('1 failed, 3 passed')).toBeUndefined();
  });
});

describe('afterTestsError: why a runner whose tests all passed exited non-zero', () => {
  it("quotes jest's coverage threshold and vitest's, past the package manager's own lines", () => {
    const jest =
      'Tests:       4 passed, 4 total\nJest: "global" coverage threshold for lines (80%) not met: 52.5%\n' +
      ' ELIFECYCLE  Test failed. See above for more details.\n';
    expect(afterTestsError(jest)).toEqual({
      kind: 'coverage',
      line: 'Jest: "global" coverage threshold for lines (80%) not met: 52.5%',
    });
    const vitest =
      '\u001b[31mERROR: Coverage for lines (52.5%) does not meet global threshold (80%)\u001b[39m\n' +
      'npm error Lifecycle script `test` failed with error:\nnpm error code 1\n';
    expect(afterTestsError(vitest)?.kind).toBe('coverage');
  });

  it("quotes an unhandled error and miniflare's one-line reason; nothing when there is no error line", () => {
    const unhandled =
      "⎯⎯ Unhandled Errors ⎯⎯\nTypeError: Cannot read properties of undefined (reading 'close')\n ❯ a.js:3\n";
    expect(afterTestsError(unhandled)).toEqual({
      kind: 'other',
      line: "TypeError: Cannot read properties of undefined (reading 'close')",
    });
    const miniflare =
      'Worker "core:user:runner"\'s binding "WORKER_B" refers to a service "core:user:worker-b", but no such service is defined.';
    expect(afterTestsError(miniflare)?.line).toBe(miniflare);
    expect(afterTestsError('Tests: 2 passed, 2 total\nnpm error code 1\n')).toBeUndefined();
  });
});
