// The machine-readable results of jest (--json) and vitest (--reporter=json): the same shape,
// one entry per test file with its assertions.
import { stripAnsi } from '../text.js';
import { failurePoint, type SourcePoint } from './stack-location.js';

interface AssertionJson {
  status?: string;
  title?: string;
  fullName?: string;
  ancestorTitles?: string[];
  failureMessages?: string[];
  location?: { line?: number; column?: number } | null;
  duration?: number | null;
}

interface FileJson {
  name?: string;
  status?: string;
  message?: string;
  startTime?: number;
  endTime?: number;
  assertionResults?: AssertionJson[];
}

export interface SuiteResult {
  /** Absolute path of the test file. */
  file: string;
  passed: number;
  failed: number;
  skipped: number;
  durationMs: number;
}

export interface TestFailure {
  file: string;
  /** "describe > it" as the runner names it. */
  title: string;
  /** The test's own name, as written in its `it(…)`. */
  name?: string;
  /** The assertion message, without the stack. */
  message: string;
  point?: SourcePoint;
}

export interface TestResults {
  suites: SuiteResult[];
  failures: TestFailure[];
  totals: { passed: number; failed: number; skipped: number };
}

const SKIPPED = new Set(['pending', 'skipped', 'todo', 'disabled']);

export function parseTestResults(json: unknown, projectDir: string): TestResults {
  const files = ((json as { testResults?: FileJson[] } | null)?.testResults ?? []).filter((f): f is FileJson & { name: string } => typeof f?.name === 'string');
  const suites: SuiteResult[] = [];
  const failures: TestFailure[] = [];
  for (const file of files) {
    const assertions = file.assertionResults ?? [];
    const suite: SuiteResult = {
      file: file.name,
      passed: assertions.filter((a) => a.status === 'passed').length,
      failed: assertions.filter((a) => a.status === 'failed').length,
      skipped: assertions.filter((a) => SKIPPED.has(a.status ?? '')).length,
      durationMs: file.endTime && file.startTime ? Math.max(0, file.endTime - file.startTime) : assertions.reduce((t, a) => t + (a.duration ?? 0), 0),
    };
    for (const a of assertions.filter((x) => x.status === 'failed')) {
      const stack = (a.failureMessages ?? []).join('\n');
      const located = a.location?.line ? { file: file.name, line: a.location.line, column: a.location.column ?? 1 } : undefined;
      failures.push({
        file: file.name,
        title: a.fullName ?? [...(a.ancestorTitles ?? []), a.title ?? ''].join(' > '),
        ...(a.title ? { name: a.title } : {}),
        message: assertionMessage(stack),
        // The assertion's own line (from the stack) beats the line where the test starts.
        point: failurePoint(stack, projectDir, file.name) ?? located,
      });
    }
    // A file that failed to load has no assertions, only a message (a syntax error, a failing import).
    if (assertions.length === 0 && file.status === 'failed' && file.message) {
      suite.failed = 1;
      failures.push({ file: file.name, title: 'test file failed to run', message: assertionMessage(file.message), point: failurePoint(file.message, projectDir, file.name) });
    }
    suites.push(suite);
  }
  const totals = suites.reduce((t, s) => ({ passed: t.passed + s.passed, failed: t.failed + s.failed, skipped: t.skipped + s.skipped }), { passed: 0, failed: 0, skipped: 0 });
  return { suites, failures, totals };
}

/** The message part of a failure: everything before the first stack frame, without colours. */
export function assertionMessage(text: string): string {
  const plain = stripAnsi(text);
  const lines = plain.split('\n');
  const firstFrame = lines.findIndex((l) => /^\s*at /.test(l));
  const head = (firstFrame === -1 ? lines : lines.slice(0, firstFrame)).join('\n').trim();
  return head.length > 2000 ? `${head.slice(0, 2000)}…` : head || 'the test failed';
}
