// What a test command's output says when it ends without results: the last progress line the
// runner printed (for a run stopped at its deadline), the program the shell could not find (exit
// 127), a lockfile the package manager refused. Pure: text in, facts out.
import { stripAnsi } from '../text.js';

export interface Progress {
  /** The line as the runner printed it, without colours. */
  line: string;
  file?: string;
  test?: string;
  /** Whether the line says the file/test finished (jest's PASS/FAIL, vitest's ✓/×) or started. */
  finished: boolean;
}

const TEST_PATH = String.raw`(\S+\.[cm]?[jt]sx?)`;
// vitest: " ✓ test/a.test.js > suite > test 3ms" (verbose) or " ✓ test/a.test.js (2 tests) 5ms".
const DURATION = String.raw`(?:\s+\d+(?:\.\d+)?\s*m?s)?`;
const VITEST_TEST = new RegExp(String.raw`^\s*([✓✔×✗↓❯])\s+${TEST_PATH}\s+>\s+(.+?)${DURATION}$`);
const VITEST_FILE = new RegExp(String.raw`^\s*([✓✔×✗❯])\s+${TEST_PATH}\s+\(\d+ tests?`);
// jest: "PASS test/a.test.js", "FAIL test/b.test.js (5 s)", "RUNS test/c.test.js" (interactive only).
const JEST_FILE = new RegExp(String.raw`^\s*(PASS|FAIL|RUNS)\s+${TEST_PATH}`);

/** The last line of the output that reports a test file or a test. */
export function lastProgress(output: string): Progress | undefined {
  const lines = stripAnsi(output).split(/\r?\n|\r/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.trim();
    const test = VITEST_TEST.exec(line);
    if (test) return { line, file: test[2], test: test[3], finished: test[1] !== '❯' };
    const file = VITEST_FILE.exec(line) ?? JEST_FILE.exec(line);
    if (file) return { line, file: file[2], finished: file[1] !== 'RUNS' };
  }
  return undefined;
}

/** The program the shell could not find: "sh: 1: vitest: not found", "bash: line 1: jest: command not found". */
export function commandNotFound(output: string): string | undefined {
  const text = stripAnsi(output);
  const m = /(?:^|\n)\S*(?:sh|bash)(?::\s*line\s*\d+)?(?::\s*\d+)?:\s*([^\s:]+):\s*(?:command\s+)?not found/.exec(text);
  return m?.[1];
}

/** The package manager refusing a lockfile that does not match package.json. */
export function lockfileRefusal(output: string): { pm: 'npm' | 'pnpm' | 'yarn' | 'bun'; line: string } | undefined {
  const text = stripAnsi(output);
  const patterns: ['npm' | 'pnpm' | 'yarn' | 'bun', RegExp][] = [
    [
      'npm',
      /npm (?:ERR!|error) `?npm ci`? can only install packages when your package\.json and package-lock\.json[^\n]*/,
    ],
    ['pnpm', /ERR_PNPM_OUTDATED_LOCKFILE[^\n]*/],
    ['yarn', /(?:Your lockfile needs to be updated|The lockfile would have been modified by this install)[^\n]*/],
    ['bun', /lockfile had changes, but lockfile is frozen[^\n]*/],
  ];
  for (const [pm, pattern] of patterns) {
    const m = pattern.exec(text);
    if (m) return { pm, line: m[0].trim() };
  }
  return undefined;
}

/** What a runner that passed every test still failed on: its own error line, and what kind it is. */
export interface AfterTestsError {
  line: string;
  kind: 'log-after-tests' | 'coverage' | 'other';
}

// The package manager's own lines about the script's exit say nothing about why the runner failed.
const PACKAGE_MANAGER_LINE =
  /^(?:npm (?:ERR!|error)|ELIFECYCLE|ERR_PNPM|error Command failed|error: script ".*" exited|Test failed\. See above)/;
const RUNNER_ERROR: [AfterTestsError['kind'], RegExp][] = [
  ['log-after-tests', /Cannot log after tests are done/],
  // jest: 'Jest: "global" coverage threshold for lines (80%) not met: 50%';
  // vitest: 'Coverage for lines (50%) does not meet'.
  ['coverage', /coverage threshold for .* not met|Coverage for \w+ \([\d.]+%\) does not meet/i],
  ['other', /^(?:✘ \[ERROR\]\s*)?(?:Uncaught )?(?:[A-Z]\w*)?Error(?: \[[\w-]+\])?:\s|no such service is defined/],
];

/**
 * The runner's last error line in its output, for a run whose tests all passed but that exited
 * non-zero (jest's "Cannot log after tests are done", a coverage threshold, an unhandled error).
 */
export function afterTestsError(output: string): AfterTestsError | undefined {
  const lines = stripAnsi(output)
    .split(/\r?\n|\r/)
    .map((l) => l.replace(/^[\s●]+/, '').trimEnd());
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line === '' || PACKAGE_MANAGER_LINE.test(line)) continue;
    const kind = RUNNER_ERROR.find(([, pattern]) => pattern.test(line))?.[0];
    if (!kind) continue;
    // jest names what was logged on the next line: 'Attempted to log "upstream retry scheduled".'
    const next = lines[i + 1]?.trim() ?? '';
    const detail = kind === 'log-after-tests' && next.startsWith('Attempted to log') ? ` ${next}` : '';
    return { line: `${line}${detail}`.slice(0, 300), kind };
  }
  return undefined;
}
