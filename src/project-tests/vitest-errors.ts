// vitest's JSON reporter drops the errors that happen outside a test: a beforeAll/afterAll that
// throws (the file is "failed" with an empty message) and, without a stack, a file that fails to
// load. The gate adds this small reporter (vitest >= 3's reporter API), which writes them out, and
// the test that is running, so a run stopped at its deadline can name it.
//
// The reporter runs inside the user's vitest, so it must never change that run's outcome: the
// files it writes are baked into its source (a config may replace process.env), and every hook
// catches everything. What went wrong is written for the gate, which says the detail is missing.
import { assertionMessage, type TestFailure } from './test-results.js';
import { failurePoint, type SourcePoint } from './stack-location.js';

export interface VitestReporterFiles {
  /** Errors outside tests, or `{ reporterError }` when the reporter itself failed. */
  errors: string;
  /** The test running now: `{ file, test }`, rewritten as each test starts. */
  progress: string;
}

/** The reporter module's source, writing to `files`. */
export function vitestErrorsReporter(files: VitestReporterFiles): string {
  return `// Written by gateway-deploy-gate: errors outside tests, for the gate's findings.
import { writeFileSync } from 'node:fs';
const ERRORS = ${JSON.stringify(files.errors)};
const PROGRESS = ${JSON.stringify(files.progress)};
const frame = (f) => '    at ' + f.file + ':' + f.line + ':' + f.column;
const stackOf = (e) => [...(e.stacks ?? []).map(frame), e.stack ?? ''].join('\\n');
const entry = (file, e, extra) => ({ file, message: String(e.message ?? e), stack: stackOf(e), ...extra });
const skippedOf = (tests) => tests.filter((t) => t.result().state === 'skipped').map((t) => t.fullName);
// Nothing here may fail the user's run: a failure is recorded for the gate, then dropped.
const safely = (what, fn) => {
  try {
    fn();
  } catch (error) {
    try {
      writeFileSync(ERRORS, JSON.stringify({ reporterError: what + ': ' + String(error?.message ?? error) }));
    } catch {}
  }
};
function errorsOf(modules) {
  const out = [];
  for (const m of modules) {
    // A file's own errors: a load failure when it has no tests, else a top-level hook's.
    const tests = [...m.children.allTests()];
    const scope = tests.length === 0 ? 'module' : 'suite';
    for (const e of m.errors()) out.push(entry(m.moduleId, e, { scope, skipped: skippedOf(tests) }));
    for (const s of m.children.allSuites()) {
      const extra = { scope: 'suite', suite: s.fullName, skipped: skippedOf([...s.children.allTests()]) };
      for (const e of s.errors()) out.push(entry(m.moduleId, e, extra));
    }
  }
  return out;
}
export default class GateErrorsReporter {
  onTestCaseReady(test) {
    safely('onTestCaseReady', () =>
      writeFileSync(PROGRESS, JSON.stringify({ file: test.module.moduleId, test: test.fullName, name: test.name })),
    );
  }
  onTestRunEnd(modules) {
    safely('onTestRunEnd', () => writeFileSync(ERRORS, JSON.stringify(errorsOf(modules))));
  }
}
`;
}

interface ErrorEntry {
  file?: unknown;
  scope?: unknown;
  suite?: unknown;
  message?: unknown;
  stack?: unknown;
  skipped?: unknown;
}

/** What the reporter wrote: the errors, or why it could not. */
export interface VitestErrors {
  failures: TestFailure[];
  reporterError?: string;
}

export function readVitestErrorsJson(json: unknown, projectDir: string): VitestErrors {
  const error = (json as { reporterError?: unknown } | null)?.reporterError;
  if (typeof error === 'string') return { failures: [], reporterError: error };
  return { failures: parseVitestErrors(json, projectDir) };
}

/** The reporter's output as failures: 'module' errors are load failures, 'suite' errors a hook's. */
export function parseVitestErrors(json: unknown, projectDir: string): TestFailure[] {
  if (!Array.isArray(json)) return [];
  return (json as ErrorEntry[]).flatMap((e): TestFailure[] => {
    if (typeof e?.file !== 'string' || typeof e.message !== 'string') return [];
    const stack = typeof e.stack === 'string' ? e.stack : '';
    const point: SourcePoint | undefined = failurePoint(stack, projectDir, e.file);
    const message = assertionMessage(e.message);
    if (e.scope === 'module') {
      return [{ file: e.file, title: 'test file failed to run', message, point, setup: { kind: 'load' as const } }];
    }
    const suite = typeof e.suite === 'string' ? e.suite : undefined;
    const tests = Array.isArray(e.skipped) ? e.skipped.filter((t): t is string => typeof t === 'string') : [];
    const title = `a hook of "${suite ?? e.file}"`;
    return [{ file: e.file, title, message, point, setup: { kind: 'hook', suite, tests } }];
  });
}
