// Stage: the project's own unit tests, then its local E2E tests, with each failing test turned
// into a finding on the line that failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findingFactory, type Finding, type FindingExtras, type Location } from '../findings.js';
import type { GateConfig } from '../inputs.js';
import { displayPath, withoutInputVariables } from '../inputs.js';
import { locatePointers, toPointer } from '../json/json-source.js';
import {
  defaultE2eCommand,
  defaultUnitCommand,
  describeCommand,
  readScripts,
  withJsonReporter,
} from '../project-tests/project.js';
import { runCommand } from '../project-tests/run-command.js';
import {
  parseTestResults,
  type SetupFailure,
  type TestFailure,
  type TestResults,
} from '../project-tests/test-results.js';
import { withHookFailures } from '../project-tests/test-results.js';
import { declarationPoint, enclosingHook, type SourcePoint } from '../project-tests/stack-location.js';
import { parseVitestErrors, VITEST_ERRORS_ENV, VITEST_ERRORS_REPORTER } from '../project-tests/vitest-errors.js';
import { readTextFile } from '../files.js';
import { counted, formatDuration } from '../text.js';
import { checkVitestWorkers, checkWranglerForE2e, type WranglerCheck } from '../project-tests/wrangler-check.js';
import { declaredInPackageJson, detectHarnesses, type HarnessUse } from '../project-tests/harness.js';
import { suiteFiles } from '../project-tests/suite-files.js';
import type { TestCommand } from '../project-tests/project.js';
import type { TestKind, TestRunData } from '../contract.js';
import type { StageLog, StageOutcome } from './stage.js';

const finding = findingFactory('test', 'test');

export async function runTests(config: GateConfig, log: StageLog): Promise<StageOutcome<'test'>> {
  const dir = config.workingDirectory;
  const scripts = readScripts(dir);
  const plan: { kind: TestKind; command: string; script?: string }[] = [];
  const unit = config.testCommand ?? defaultUnitCommand(scripts);
  const e2e = config.e2eCommand ?? defaultE2eCommand(scripts);
  if (unit) plan.push({ kind: 'unit', command: unit });
  if (e2e) plan.push({ kind: 'e2e', command: e2e });
  if (plan.length === 0) {
    return {
      status: 'skipped',
      note: 'no test command',
      findings: [
        finding(
          'no_tests',
          'warning',
          'the project declares no tests: package.json has no test or test:e2e script, and no test-command was given',
          'Add a "test" script to package.json, or set the test-command input.',
        ),
      ],
    };
  }

  const findings: Finding[] = [];
  const runs: TestRunData[] = [];
  for (const step of plan) {
    const described = describeCommand(step.command, scripts);
    if (step.kind === 'e2e') {
      const checked = checkE2eHarnesses(dir, config.env, described, scripts);
      findings.push(...checked.findings);
      if (checked.blocked) continue;
      for (const line of checked.harnesses) log.write(`local E2E harness: ${line}\n`);
    }
    const resultsFile = path.join(config.runDir, `test-${step.kind}-results.json`);
    const errorsFile = path.join(config.runDir, `test-${step.kind}-errors.json`);
    mkdirSync(config.runDir, { recursive: true }); // jest does not create the results' directory
    rmSync(resultsFile, { force: true });
    rmSync(errorsFile, { force: true });
    const reporter = described.runner === 'vitest' ? writeVitestReporter(config.runDir) : undefined;
    const { command, resultsFile: expected } = withJsonReporter(described, scripts, resultsFile, reporter);
    const env = {
      ...withoutInputVariables(config.env),
      CI: 'true',
      [VITEST_ERRORS_ENV]: errorsFile,
      // a spread: an undefined value would unset the variable a unit run inherits
      ...(step.kind === 'e2e' ? { RUN_LOCAL_WORKER_E2E: 'true' } : {}),
    };
    const label = step.kind === 'unit' ? 'unit tests' : 'local E2E tests';
    const run = await log.group(`${label}: ${step.command}`, () =>
      runCommand(command, { cwd: dir, env, timeoutMs: config.testTimeoutMs, onOutput: (chunk) => log.write(chunk) }),
    );
    const results = expected && existsSync(expected) ? readResults(expected, dir) : undefined;
    const textOf = (file: string) => {
      const read = readTextFile(file);
      return read.ok ? read.text : undefined;
    };
    const ownErrors = reporter ? readVitestErrors(errorsFile, dir) : [];
    const found = withHookFailures(withVitestErrors(results?.failures ?? [], ownErrors), textOf);
    const inWorkerd = described.runner === 'vitest' && suiteHarnesses(dir, described, scripts).some(isWorkersVitest);
    const failures = inWorkerd ? found.map(atDeclaration) : found;
    runs.push({
      kind: step.kind,
      command: step.command,
      exitCode: run.exitCode,
      timedOut: run.timedOut,
      durationMs: run.durationMs,
      totals: results?.totals,
      suites: results?.suites.map((s) => ({ ...s, file: displayPath(s.file, dir) })),
    });

    if (run.timedOut) {
      findings.push(
        finding(
          'test_timeout',
          'error',
          `the ${label} (${step.command}) did not finish within ${formatDuration(config.testTimeoutMs)}; the gate stopped them`,
          'A test is hanging (an unclosed server or worker, a missing await); find it in the log above, or raise test-timeout.',
          { evidence: { command: step.command, outputTail: run.tail.slice(-2000) } },
        ),
      );
      continue;
    }
    for (const failure of failures) findings.push(failureFinding(failure, step, dir));
    if (run.exitCode !== 0 && failures.length === 0) {
      findings.push(
        finding(
          'test_command_failed',
          'error',
          `the ${label} (${step.command}) exited with status ${run.exitCode ?? run.signal}${results ? '' : ' and left no machine-readable results'}`,
          'Read the log above; run the same command locally.',
          {
            evidence: { command: step.command, exitCode: run.exitCode, outputTail: run.tail.slice(-2000) },
            ...scriptLocation(dir, described.script),
          },
        ),
      );
    }
  }
  const total = runs.reduce((t, r) => t + (r.totals ? r.totals.passed + r.totals.failed : 0), 0);
  return { findings, data: { runs }, note: `${runs.length} command${runs.length === 1 ? '' : 's'}, ${total} tests` };
}

function failureFinding(failure: TestFailure, step: { kind: TestKind; command: string }, dir: string): Finding {
  const point = failure.point ?? (failure.setup ? syntaxCheckPoint(failure) : declaredAt(failure));
  const location = point
    ? { file: displayPath(point.file, dir), line: point.line, column: point.column }
    : { file: displayPath(failure.file, dir), line: 1 };
  const evidence = { kind: step.kind, command: step.command, test: failure.title };
  if (failure.setup) return setupFinding(failure, failure.setup, step, dir, { location, evidence });
  const what = step.kind === 'e2e' ? 'E2E test' : 'test';
  const fix = `Fix the code under test or the test at this line (${step.command}).`;
  const message = `${what} "${failure.title}" failed: ${failure.message}`;
  return finding('test_failed', 'error', message, fix, { location, evidence });
}

/** A hook that threw or a file that did not load: one finding, whatever number of tests it stopped. */
function setupFinding(
  failure: TestFailure,
  setup: SetupFailure,
  step: { command: string },
  dir: string,
  extra: FindingExtras,
): Finding {
  const file = displayPath(failure.file, dir);
  const message = failure.message.split(`${dir}${path.sep}`).join('');
  if (setup.kind === 'load') {
    const what = SYNTAX_ERROR.test(message)
      ? 'the syntax error'
      : 'the import at this line, or the module it loads, which throws';
    const fix = `Fix ${what} (${step.command}); none of the file's tests ran.`;
    return finding('test_file_failed', 'error', `test file ${file} failed to load: ${message}`, fix, extra);
  }
  const read = failure.point && readTextFile(failure.point.file);
  const hook = read && read.ok ? enclosingHook(read.text, failure.point!.line)?.hook : undefined;
  const where = `${hook ? `the ${hook} hook` : 'a hook'}${setup.suite ? ` of "${setup.suite}"` : ''} in ${file}`;
  const before = hook === 'beforeAll' || hook === 'beforeEach';
  const tests = setup.tests?.length ?? 0;
  const stopped = tests ? `; ${counted(tests, 'test')} ${before ? 'did not run' : 'affected'}` : '';
  const skipped = before ? '; the tests it sets up did not run' : '';
  const fix = `Fix ${hook ? `the ${hook} hook` : 'the hook'} at this line (${step.command})${skipped}.`;
  return finding('test_hook_failed', 'error', `${where} failed: ${message}${stopped}`, fix, {
    ...extra,
    evidence: { ...(extra.evidence as object), tests: setup.tests?.length ? setup.tests : undefined },
  });
}

/**
 * Before the E2E run: each harness the suite uses, checked where the suite asks for it. A suite
 * whose harness the gate cannot see gets only the wrangler check and a notice.
 */
function checkE2eHarnesses(
  dir: string,
  env: NodeJS.ProcessEnv,
  described: TestCommand,
  scripts: Record<string, string>,
): { findings: Finding[]; blocked: boolean; harnesses: string[] } {
  const uses = suiteHarnesses(dir, described, scripts);
  const fail = (check: WranglerCheck, where: { location?: Location }) =>
    check.ok ? undefined : finding(check.code, 'error', check.message, check.fix, where);
  if (uses.length === 0) {
    const problem = fail(checkWranglerForE2e(dir, env, 'unknown'), scriptLocation(dir, described.script));
    if (problem) return { findings: [problem], blocked: true, harnesses: [] };
    const note = finding(
      'e2e_harness_unknown',
      'notice',
      'the gate could not tell how the local E2E tests start the Worker (no unstable_dev, unstable_startWorker or ' +
        'createTestHarness import from wrangler, no Workers Vitest integration in their files), so it checked only ' +
        'that wrangler is installed',
      'Nothing to do if the tests do not run a Worker locally.',
      scriptLocation(dir, described.script),
    );
    return { findings: [note], blocked: false, harnesses: [] };
  }
  const first = new Map<string, HarnessUse>();
  for (const use of uses) if (!first.has(use.kind)) first.set(use.kind, use);
  const findings: Finding[] = [];
  const harnesses: string[] = [];
  for (const use of first.values()) {
    const check =
      use.kind === 'vitest-workers' ? checkVitestWorkers(dir, use) : checkWranglerForE2e(dir, env, use.kind);
    const problem = fail(check, { location: { file: use.file, line: use.line, column: use.column } });
    if (problem) findings.push(problem);
    else if (check.ok) harnesses.push(`${harnessName(use, check.version)}, ${use.file}:${use.line}`);
  }
  return { findings, blocked: findings.length > 0, harnesses };
}

function harnessName(use: HarnessUse, version: string): string {
  return use.kind === 'vitest-workers'
    ? `${use.pkg ?? 'the Workers Vitest integration'} ${version} (tests run inside workerd)`
    : `${use.kind} (wrangler ${version})`;
}

/** The harnesses in the suite's files; when they name none, a Workers integration package.json declares. */
export function suiteHarnesses(dir: string, described: TestCommand, scripts: Record<string, string>): HarnessUse[] {
  const body = described.script ? (scripts[described.script] ?? '') : described.command;
  const uses = detectHarnesses(suiteFiles(dir, body));
  if (described.runner !== 'vitest' || uses.length > 0) return uses;
  const read = readTextFile(path.join(dir, 'package.json'));
  const declared = read.ok ? declaredInPackageJson(read.text) : undefined;
  return declared ? [...uses, declared] : uses;
}

const isWorkersVitest = (use: HarnessUse) => use.kind === 'vitest-workers';

/**
 * Tests run inside workerd by the Workers Vitest integration report frames in the transformed
 * module's lines (measured: one or two lines late, the column of the rewritten code), so a test's
 * failure goes on the line of its `it(…)`, and a hook's on the line of the hook, which are certain.
 * Load errors keep their frame (a file that does not parse fails in Node, before workerd).
 */
function atDeclaration(failure: TestFailure): TestFailure {
  if (failure.setup?.kind === 'load') return failure;
  const fallback = { file: failure.file, line: 1, column: 1 };
  if (!failure.setup) return { ...failure, point: declaredAt(failure) ?? fallback };
  if (failure.point?.file !== failure.file) return failure;
  const read = readTextFile(failure.file);
  // Two lines up (the measured shift) is inside the hook or is its first line: the hook's own line.
  const hook = read.ok ? enclosingHook(read.text, Math.max(1, failure.point.line - 2)) : undefined;
  const column = read.ok && hook ? read.text.split('\n')[hook.line - 1]!.indexOf(hook.hook) + 1 : 1;
  return { ...failure, point: hook ? { file: failure.file, line: hook.line, column } : fallback };
}

/** vitest's own errors replace what its JSON says of the same files (a bare message, no stack). */
function withVitestErrors(failures: TestFailure[], errors: TestFailure[]): TestFailure[] {
  const covered = new Set(errors.map((e) => e.file));
  return [...failures.filter((f) => !(f.setup && covered.has(f.file))), ...errors];
}

function writeVitestReporter(runDir: string): string {
  const file = path.join(runDir, 'vitest-errors-reporter.mjs');
  writeFileSync(file, VITEST_ERRORS_REPORTER);
  return file;
}

function readVitestErrors(file: string, dir: string): TestFailure[] {
  try {
    return parseVitestErrors(JSON.parse(readFileSync(file, 'utf8')), dir);
  } catch {
    return []; // vitest < 3 does not call the reporter; its JSON still counts.
  }
}

// jest's (Babel's) and vitest's (Vite's) words for a file that does not parse.
const SYNTAX_ERROR = /SyntaxError|invalid JS syntax|Failed to parse/i;

/** A JavaScript test file that does not parse: where Node's parser stops (`node --check`). */
function syntaxCheckPoint(failure: TestFailure): SourcePoint | undefined {
  if (failure.setup?.kind !== 'load' || !/\.[cm]?js$/.test(failure.file)) return undefined;
  if (!SYNTAX_ERROR.test(failure.message)) return undefined;
  const check = spawnSync(process.execPath, ['--check', failure.file], { encoding: 'utf8', timeout: 10_000 });
  // Node prints "<file>:<line>", the source line, then a caret under the column.
  const lines = (check.stderr ?? '').split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${failure.file}:`));
  const line = at === -1 ? NaN : Number(lines[at]!.slice(failure.file.length + 1));
  const caret = lines[at + 2]?.indexOf('^') ?? -1;
  return Number.isInteger(line) && line > 0 ? { file: failure.file, line, column: caret + 1 || 1 } : undefined;
}

function readResults(file: string, dir: string): TestResults | undefined {
  try {
    return parseTestResults(JSON.parse(readFileSync(file, 'utf8')), dir);
  } catch {
    return undefined;
  }
}

/** The script's line in package.json, where a person changes the command. */
function scriptLocation(dir: string, script: string | undefined): { location?: Location } {
  const file = path.join(dir, 'package.json');
  if (!script || !existsSync(file)) return {};
  const pointer = toPointer(['scripts', script]);
  const range = locatePointers(readFileSync(file, 'utf8'), [{ pointer, target: 'key' }]).get(`key:${pointer}`);
  return range ? { location: { file: 'package.json', line: range.line, column: range.column } } : {};
}

/** A failure whose stack never passes through the test file: the line of its `it(…)`. */
function declaredAt(failure: TestFailure): SourcePoint | undefined {
  if (!failure.name) return undefined;
  const read = readTextFile(failure.file);
  const at = read.ok ? declarationPoint(read.text, failure.name) : undefined;
  return at ? { file: failure.file, ...at } : undefined;
}
