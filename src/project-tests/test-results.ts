// The machine-readable results of jest (--json) and vitest (--reporter=json): the same shape,
// one entry per test file with its assertions.
import { stripAnsi } from '../text.js';
import { enclosingHook, failurePoint, type SourcePoint, syntaxErrorPoint } from './stack-location.js';

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
  /** Not a test's own failure: a hook that threw, or a test file that could not be loaded. */
  setup?: SetupFailure;
}

export interface SetupFailure {
  kind: 'hook' | 'load';
  /** The suite whose hook failed ("the worker in workerd"), when the runner names it. */
  suite?: string;
  /** Tests that failed or were skipped because of the hook. */
  tests?: string[];
}

export interface TestResults {
  suites: SuiteResult[];
  failures: TestFailure[];
  totals: { passed: number; failed: number; skipped: number };
}

const SKIPPED = new Set(['pending', 'skipped', 'todo', 'disabled']);
// The runners' own hook callers: jest-circus's, vitest's. An error thrown through them is a hook's.
const HOOK_FRAME = /^\s*at (?:async )?(?:_callCircusHook|callSuiteHook|runHook) \(.*node_modules/m;

export function parseTestResults(json: unknown, projectDir: string): TestResults {
  const all = (json as { testResults?: FileJson[] } | null)?.testResults ?? [];
  const files = all.filter((f): f is FileJson & { name: string } => typeof f?.name === 'string');
  const suites: SuiteResult[] = [];
  const failures: TestFailure[] = [];
  for (const file of files) {
    const assertions = file.assertionResults ?? [];
    const suite = suiteOf(file, assertions);
    const failed = assertions.filter((x) => x.status === 'failed');
    failures.push(...failed.map((a) => assertionFailure(file.name, a, projectDir)));
    const fileFailure = fileLevelFailure(file, assertions, projectDir);
    if (fileFailure) {
      if (assertions.length === 0) suite.failed = 1;
      failures.push(fileFailure);
    }
    suites.push(suite);
  }
  const totals = suites.reduce(
    (t, s) => ({ passed: t.passed + s.passed, failed: t.failed + s.failed, skipped: t.skipped + s.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  return { suites, failures, totals };
}

function suiteOf(file: FileJson & { name: string }, assertions: AssertionJson[]): SuiteResult {
  const duration = assertions.reduce((t, a) => t + (a.duration ?? 0), 0);
  return {
    file: file.name,
    passed: assertions.filter((a) => a.status === 'passed').length,
    failed: assertions.filter((a) => a.status === 'failed').length,
    skipped: assertions.filter((a) => SKIPPED.has(a.status ?? '')).length,
    durationMs: file.endTime && file.startTime ? Math.max(0, file.endTime - file.startTime) : duration,
  };
}

function assertionFailure(file: string, a: AssertionJson, projectDir: string): TestFailure {
  const stack = (a.failureMessages ?? []).join('\n');
  const located = a.location?.line ? { file, line: a.location.line, column: a.location.column ?? 1 } : undefined;
  const title = a.fullName ?? [...(a.ancestorTitles ?? []), a.title ?? ''].join(' > ');
  return {
    file,
    title,
    name: a.title || undefined,
    message: assertionMessage(stack),
    // The assertion's own line (from the stack) beats the line where the test starts.
    point: failurePoint(stack, projectDir, file) ?? located,
    setup: HOOK_FRAME.test(stack) ? { kind: 'hook' as const, tests: [title] } : undefined,
  };
}

/**
 * Test failures that are a hook's: the runner's hook caller is on the stack, or the failing line of
 * the test file is inside a beforeAll/beforeEach (an async hook's stack has no runner frame).
 * jest fails every test of such a hook with its error: one failure for them all.
 */
export function withHookFailures(failures: TestFailure[], textOf: (file: string) => string | undefined): TestFailure[] {
  const marked = failures.map((f): TestFailure => {
    if (f.setup || !f.point || f.point.file !== f.file) return f;
    const text = textOf(f.file);
    const inHook = text !== undefined && enclosingHook(text, f.point.line) !== undefined;
    return inHook ? { ...f, setup: { kind: 'hook', tests: [f.title] } } : f;
  });
  return groupHookFailures(marked);
}

function groupHookFailures(failures: TestFailure[]): TestFailure[] {
  const out: TestFailure[] = [];
  const byHook = new Map<string, TestFailure>();
  for (const f of failures) {
    const key = f.setup ? `${f.message}\n${f.point?.file}:${f.point?.line}:${f.point?.column}` : undefined;
    const same = key === undefined ? undefined : byHook.get(key);
    if (same?.setup) same.setup.tests!.push(...(f.setup?.tests ?? []));
    else out.push(f);
    if (key !== undefined && !same) byHook.set(key, f);
  }
  return out;
}

/**
 * An error outside any test: a file that failed to load (a syntax error, a failing import) has
 * only a message; jest reports a failing afterAll as "Test suite failed to run" next to passing tests.
 */
function fileLevelFailure(
  file: FileJson & { name: string },
  assertions: AssertionJson[],
  projectDir: string,
): TestFailure | undefined {
  if (file.status !== 'failed' || !file.message) return undefined;
  const message = file.message;
  if (assertions.length === 0) {
    const point = syntaxErrorPoint(message) ?? failurePoint(message, projectDir, file.name, projectDir);
    const title = 'test file failed to run';
    return { file: file.name, title, message: loadMessage(message), point, setup: { kind: 'load' } };
  }
  if (assertions.some((a) => a.status === 'failed') || !/Test suite failed to run/.test(message)) return undefined;
  const point = failurePoint(message, projectDir, file.name, projectDir);
  const title = 'a hook of the test file';
  return { file: file.name, title, message: loadMessage(message), point, setup: { kind: 'hook' } };
}

/** jest's file-level message: "● Test suite failed to run", the error, a code frame, frames. */
function loadMessage(text: string): string {
  const lines = assertionMessage(text).split('\n');
  const body = lines.filter((l) => !/^\s*●/.test(l));
  const frame = body.findIndex((l) => /^\s*>?\s*\d+ \|/.test(l));
  return (frame === -1 ? body : body.slice(0, frame)).join('\n').trim() || 'the test file failed to run';
}

/** The message part of a failure: everything before the first stack frame, without colours. */
export function assertionMessage(text: string): string {
  const plain = stripAnsi(text);
  const lines = plain.split('\n');
  const firstFrame = lines.findIndex((l) => /^\s*at /.test(l));
  const head = (firstFrame === -1 ? lines : lines.slice(0, firstFrame)).join('\n').trim();
  return head.length > 2000 ? `${head.slice(0, 2000)}…` : head || 'the test failed';
}
