// Stage: the project's own unit tests, then its local E2E tests, with each failing test turned
// into a finding on the line that failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findingFactory, type Finding, type FindingExtras, type Location } from '../findings.js';
import type { GateConfig } from '../inputs.js';
import { displayPath, withoutInputVariables } from '../inputs.js';
import {
  defaultE2eCommand,
  defaultUnitCommand,
  describeCommand,
  readScripts,
  withJsonReporter,
} from '../project-tests/project.js';
import { type CommandRun, runCommand } from '../project-tests/run-command.js';
import {
  parseTestResults,
  type SetupFailure,
  type TestFailure,
  type TestResults,
} from '../project-tests/test-results.js';
import { withHookFailures } from '../project-tests/test-results.js';
import { declarationPoint, enclosingHook, type SourcePoint } from '../project-tests/stack-location.js';
import { readVitestErrorsJson, vitestErrorsReporter, type VitestErrors } from '../project-tests/vitest-errors.js';
import {
  addDevCommand,
  detectPackageManager,
  installCommand,
  installHint,
  type PackageManager,
  type ParseYaml,
  PNPM_WORKSPACE,
} from '../project-tests/package-manager.js';
import { afterTestsError, commandNotFound, lastProgress, lockfileRefusal } from '../project-tests/run-output.js';
import { readTextFile } from '../files.js';
import { counted, formatDuration } from '../text.js';
import { checkWranglerForE2e, findPackage, type WranglerCheck } from '../project-tests/wrangler-check.js';
import { declaredInPackageJson, type HarnessUse, mayHoldHarness } from '../project-tests/harness-use.js';
import { suiteFiles } from '../project-tests/suite-files.js';
import type { TestCommand } from '../project-tests/project.js';
import type { TestKind, TestRunData } from '../contract.js';
import type { StageLog, StageOutcome } from './stage.js';

const finding = findingFactory('test', 'test');

interface Step {
  kind: TestKind;
  command: string;
}

/** What every step of one run shares: the project, its scripts and its package manager. */
interface Project {
  config: GateConfig;
  log: StageLog;
  dir: string;
  scripts: Record<string, string>;
  pm: PackageManager;
  /** The E2E step's harness check, started once (while the unit tests run, when there are any). */
  e2eCheck?: () => Promise<E2eCheck>;
}

/** The E2E suite's harnesses and what checking them found, before its run. */
interface E2eCheck {
  uses: HarnessUse[];
  findings: Finding[];
  blocked: boolean;
  harnesses: string[];
}

export async function runTests(config: GateConfig, log: StageLog): Promise<StageOutcome<'test'>> {
  const dir = config.workingDirectory;
  const scripts = readScripts(dir);
  const pm = detectPackageManager(dir, readIfPresent, await yamlParserFor(dir), isFile);
  const plan: Step[] = [];
  const unit = config.testCommand ?? defaultUnitCommand(scripts, pm.name);
  const e2e = config.e2eCommand ?? defaultE2eCommand(scripts, pm.name);
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

  const project: Project = { config, log, dir, scripts, pm };
  if (e2e) {
    // Reading the suite's files (a parser for those that can hold a harness) and the installed
    // packages depends on nothing the unit tests do: it overlaps with them instead of following.
    let checking: Promise<E2eCheck> | undefined;
    const described = describeCommand(e2e, scripts);
    project.e2eCheck = () =>
      (checking ??= suiteHarnesses(dir, described, scripts).then(async (uses) => ({
        uses,
        ...(await checkE2eHarnesses(project, described, uses)),
      })));
  }
  const findings: Finding[] = [];
  const runs: TestRunData[] = [];
  const record = (done: StepDone) => {
    findings.push(...done.findings);
    if (done.run) runs.push(done.run);
  };
  // One command after the other; each one's results are read while the next one runs.
  let previous: StartedStep | undefined;
  for (const step of plan) {
    const ran = await previous?.command?.running;
    const started = await startStep(step, project);
    if (previous) record(await finishStep(previous, ran, project));
    previous = started;
  }
  if (previous) record(await finishStep(previous, await previous.command?.running, project));
  const total = runs.reduce((t, r) => t + (r.totals ? r.totals.passed + r.totals.failed : 0), 0);
  return { findings, data: { runs }, note: `${runs.length} command${runs.length === 1 ? '' : 's'}, ${total} tests` };
}

interface StepDone {
  findings: Finding[];
  run?: TestRunData;
}

/** A step whose command runs, or that its harness check stopped (no `command` then). */
interface StartedStep {
  step: Step;
  described: TestCommand;
  findings: Finding[];
  /** The suite's harnesses: read before an E2E run (to check them), else only for a failure to place. */
  uses?: HarnessUse[];
  label: string;
  command?: { files: StepFiles; reporter?: string; expected?: string; running: Promise<CommandRun> };
}

/** One command: its harness checked (E2E), then started with the runner's reporters. */
async function startStep(step: Step, project: Project): Promise<StartedStep> {
  const { config, log, dir, scripts } = project;
  const described = describeCommand(step.command, scripts);
  const findings: Finding[] = [];
  let uses: HarnessUse[] | undefined;
  const label = step.kind === 'unit' ? 'unit tests' : 'local E2E tests';
  if (step.kind === 'e2e' && project.e2eCheck) {
    const checked = await project.e2eCheck();
    uses = checked.uses;
    findings.push(...checked.findings);
    if (checked.blocked) return { step, described, findings, uses, label };
    for (const line of checked.harnesses) log.write(`local E2E harness: ${line}\n`);
  }
  const files = stepFiles(config.runDir, step.kind, dir);
  const reporter = described.runner === 'vitest' ? writeVitestReporter(files) : undefined;
  const { command, resultsFile: expected } = withJsonReporter(described, scripts, files.results, reporter);
  const env = {
    ...withoutInputVariables(config.env),
    CI: 'true',
    // a spread: an undefined value would unset the variable a unit run inherits
    ...(step.kind === 'e2e' ? { RUN_LOCAL_WORKER_E2E: 'true' } : {}),
  };
  const running = log.group(`${label}: ${step.command}`, () =>
    runCommand(command, { cwd: dir, env, timeoutMs: config.testTimeoutMs, onOutput: (chunk) => log.write(chunk) }),
  );
  // The unit tests are running: the E2E check starts now (awaited, with any error, at its step).
  if (step.kind === 'unit') project.e2eCheck?.().catch(() => undefined);
  return { step, described, findings, uses, label, command: { files, reporter, expected, running } };
}

/** A command that ended (or never started): its outcome as findings. */
async function finishStep(started: StartedStep, run: CommandRun | undefined, project: Project): Promise<StepDone> {
  const { config, dir, scripts } = project;
  const { step, described, findings, label } = started;
  if (!started.command || !run) return { findings };
  const { files, reporter, expected } = started.command;
  if (reporter) removeVitestReporter(reporter, config.runDir);
  const results = expected && existsSync(expected) ? readResults(expected, dir) : undefined;
  const own = reporter && expected ? readVitestErrors(files.errors, dir) : { failures: [] };
  const found = withHookFailures(withVitestErrors(results?.failures ?? [], own.failures), textOf);
  const inWorkerd =
    found.length > 0 &&
    described.runner === 'vitest' &&
    (started.uses ?? (await suiteHarnesses(dir, described, scripts))).some(isWorkersVitest);
  const failures = inWorkerd ? found.map(atDeclaration) : found;
  const data: TestRunData = {
    kind: step.kind,
    command: step.command,
    exitCode: run.exitCode,
    timedOut: run.timedOut,
    durationMs: run.durationMs,
    totals: results?.totals,
    suites: results?.suites.map((s) => ({ ...s, file: displayPath(s.file, dir) })),
  };
  if (own.reporterError || (reporter && results && own.missing && vitestReportsErrors(dir))) {
    findings.push(detailMissing(step, own.reporterError));
  }
  if (run.timedOut) {
    findings.push(timeoutFinding(step, label, run.tail, files.progress, project));
    return { findings, run: data };
  }
  for (const failure of failures) findings.push(failureFinding(failure, step, dir));
  if (run.exitCode !== 0 && failures.length === 0) {
    findings.push(await exitFinding(step, label, run, results?.totals, described, project));
  }
  return { findings, run: data };
}

interface StepFiles {
  results: string;
  errors: string;
  progress: string;
  reporter: string;
}

/**
 * The step's files in the run directory, fresh: nothing left from an earlier run may count. The
 * vitest reporter goes inside the project (node_modules/.cache, ignored by every tool), since vite
 * refuses to load a module from outside the project's root on some versions (vitest 3.1 with vite 6).
 */
function stepFiles(runDir: string, kind: TestKind, projectDir: string): StepFiles {
  const cache = path.join(projectDir, 'node_modules', '.cache', 'gateway-deploy-gate');
  const reporterDir = existsSync(path.join(projectDir, 'node_modules')) ? cache : runDir;
  const files = {
    results: path.join(runDir, `test-${kind}-results.json`),
    errors: path.join(runDir, `test-${kind}-errors.json`),
    progress: path.join(runDir, `test-${kind}-progress.json`),
    reporter: path.join(reporterDir, `test-${kind}-vitest-reporter-${process.pid}.mjs`),
  };
  mkdirSync(runDir, { recursive: true }); // jest does not create the results' directory
  for (const file of [files.results, files.errors, files.progress]) rmSync(file, { force: true });
  return files;
}

const readIfPresent = (file: string): string | undefined => {
  const read = readTextFile(file);
  return read.ok ? read.text : undefined;
};
const textOf = readIfPresent;

/** A lockfile is there or not: a monorepo's runs to megabytes, and is not read to tell. */
const isFile = (file: string): boolean => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/** The gate's vitest reporter failed or wrote nothing: the findings lack what it adds, nothing else. */
function detailMissing(step: Step, reason: string | undefined): Finding {
  const why = reason ? ` (${reason})` : ' (it wrote nothing)';
  return finding(
    'test_detail_missing',
    'notice',
    `the gate's vitest reporter failed${why}; the ${step.kind} run's outcome is vitest's own, but a failing ` +
      'hook or a test file that does not load is reported with less detail',
    "Nothing to do for the run; tell the gate's maintainers if it persists.",
    { evidence: { command: step.command } },
  );
}

/** vitest >= 3 calls the gate's reporter; an older one never does, and that is no fault. */
function vitestReportsErrors(dir: string): boolean {
  const pkg = findPackage(dir, 'vitest');
  const version = pkg ? readIfPresent(path.join(pkg, 'package.json')) : undefined;
  const major = Number(/"version"\s*:\s*"(\d+)/.exec(version ?? '')?.[1]);
  return Number.isInteger(major) && major >= 3;
}

/** A run stopped at its deadline: which test was running, as the gate's reporter or the runner's output tells. */
function timeoutFinding(step: Step, label: string, tail: string, progressFile: string, project: Project): Finding {
  const { config, dir } = project;
  const running = runningTest(progressFile, dir);
  const printed = running ? undefined : lastProgress(tail);
  const where = running
    ? `; the test running when it stopped: "${running.test}" in ${displayPath(running.file, dir)}`
    : printed
      ? `; the runner's last progress line: "${printed.line}"${printed.finished ? ' (the next test was running)' : ''}`
      : '; the runner printed no progress line, so the gate cannot tell which test was running';
  const fix = running
    ? 'This test hangs (an unclosed server or worker, a missing await, a promise that never settles); ' +
      'fix it, or raise test-timeout.'
    : 'A test is hanging (an unclosed server or worker, a missing await): find it in the test output' +
      " (the gate step's log in Actions, the terminal locally), or raise test-timeout.";
  const at = running?.point ?? (printed?.file ? { file: printed.file, line: 1, column: 1 } : undefined);
  return finding(
    'test_timeout',
    'error',
    `the ${label} (${step.command}) did not finish within ${formatDuration(config.testTimeoutMs)}; ` +
      `the gate stopped them${where}`,
    fix,
    {
      evidence: { command: step.command, test: running?.test ?? printed?.test, outputTail: tail.slice(-2000) },
      ...(at ? { location: { ...at, file: displayPath(at.file, dir) } } : {}),
    },
  );
}

/** The test the gate's vitest reporter saw start last, and the line of its `it(…)`. */
function runningTest(file: string, dir: string): { file: string; test: string; point?: SourcePoint } | undefined {
  const text = readIfPresent(file);
  if (text === undefined) return undefined;
  try {
    const progress = JSON.parse(text) as { file?: unknown; test?: unknown; name?: unknown };
    if (typeof progress.file !== 'string' || typeof progress.test !== 'string') return undefined;
    const testFile = path.resolve(dir, progress.file);
    const source = typeof progress.name === 'string' ? readIfPresent(testFile) : undefined;
    const at = source !== undefined ? declarationPoint(source, progress.name as string) : undefined;
    return { file: testFile, test: progress.test, point: at ? { file: testFile, ...at } : undefined };
  } catch {
    return undefined;
  }
}

/** The project's package manager itself is not on the runner. */
function managerMissing(step: Step, label: string, evidence: Record<string, unknown>, pm: PackageManager): Finding {
  const told =
    pm.source === 'packageManager' ? "package.json's packageManager field" : (pm.lockfile ?? 'its workspace');
  return finding(
    'test_command_not_found',
    'error',
    `the ${label} (${step.command}) exited with status 127: the project uses ${pm.name} (${told}), ` +
      `but ${pm.name} is not installed on the runner`,
    `Set up ${pm.name} before the gate (corepack enable, or the ${pm.name} setup action), then ${installCommand(pm)}.`,
    { evidence },
  );
}

/** A command that failed with no test to blame: not found (127), a refused lockfile, or its status. */
async function exitFinding(
  step: Step,
  label: string,
  run: CommandRun,
  totals: { passed: number; failed: number } | undefined,
  described: TestCommand,
  project: Project,
): Promise<Finding> {
  const { dir, pm } = project;
  const evidence = { command: step.command, exitCode: run.exitCode, outputTail: run.tail.slice(-2000) };
  const where = await scriptLocation(dir, described.script);
  const refused = lockfileRefusal(run.tail);
  if (refused) {
    const lockfile = pm.lockfile ?? 'the lockfile';
    return finding(
      'test_lockfile_out_of_sync',
      'error',
      `the ${label} (${step.command}) stopped because ${refused.pm} refused ${lockfile}: it is out of sync with ` +
        `package.json ("${refused.line}")`,
      `Update the lockfile (${refused.pm} install), commit it, and install with ${installHint(pm, dir)}.`,
      { evidence, ...where },
    );
  }
  if (run.exitCode === 127) {
    const missing = commandNotFound(run.tail);
    if (missing === pm.name) return managerMissing(step, label, evidence, pm);
    const what = missing ? `\`${missing}\` was not found` : 'a command it runs was not found';
    return finding(
      'test_command_not_found',
      'error',
      `the ${label} (${step.command}) exited with status 127: ${what}; the project's dependencies are probably ` +
        'not installed',
      `Install dependencies before the gate runs (${installHint(pm, dir)})` +
        `${missing ? `, or add ${missing} as a devDependency (${addDevCommand(pm.name, missing)})` : ''}.`,
      { evidence, ...where },
    );
  }
  if (totals && totals.failed === 0 && totals.passed > 0) {
    const { message, fix } = passedButFailed(step, label, run, totals.passed);
    return finding('test_command_failed', 'error', message, fix, { evidence, ...where });
  }
  const noResults = totals ? '' : ' and left no machine-readable results';
  return finding(
    'test_command_failed',
    'error',
    `the ${label} (${step.command}) exited with status ${run.exitCode ?? run.signal}${noResults}`,
    "Read the command's output (the gate step's log in Actions, the terminal locally); run the same command locally.",
    { evidence, ...where },
  );
}

const AFTER_TESTS_FIX = {
  'log-after-tests':
    'Something a test starts (a timer, a promise not awaited) logs after the tests end: await it, or clear it ' +
    'in afterEach/afterAll.',
  coverage: "Raise the coverage to the threshold, or lower the threshold in the runner's config.",
  other: 'Fix what the runner names (an error outside any test, an open handle, a setup that fails at exit).',
} as const;

/** Every test passed and the runner still exited non-zero: say so, with the runner's own reason. */
function passedButFailed(step: Step, label: string, run: CommandRun, passed: number) {
  const error = afterTestsError(run.tail);
  const status = run.exitCode ?? run.signal;
  const reason = error
    ? `: the runner's last error: "${error.line}"`
    : '; the runner printed no error line the gate recognises';
  const all = passed === 1 ? 'the one test' : `all ${passed} tests`;
  const message = `${all} passed, but the ${label} (${step.command}) exited with status ${status} after them${reason}`;
  const where = "The whole output is in the gate step's log in Actions (the terminal locally).";
  return { message, fix: `${AFTER_TESTS_FIX[error?.kind ?? 'other']} ${where}` };
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
async function checkE2eHarnesses(
  { dir, config, pm }: Project,
  described: TestCommand,
  uses: HarnessUse[],
): Promise<{ findings: Finding[]; blocked: boolean; harnesses: string[] }> {
  const env = config.env;
  const fail = (check: WranglerCheck, where: { location?: Location }) =>
    check.ok ? undefined : finding(check.code, 'error', check.message, check.fix, where);
  if (uses.length === 0) {
    const where = await scriptLocation(dir, described.script);
    const problem = fail(checkWranglerForE2e(dir, env, 'unknown', pm), where);
    if (problem) return { findings: [problem], blocked: true, harnesses: [] };
    const note = finding(
      'e2e_harness_unknown',
      'notice',
      'the gate could not tell how the local E2E tests start the Worker (no unstable_dev, unstable_startWorker or ' +
        'createTestHarness import from wrangler, no Workers Vitest integration in their files), so it checked only ' +
        'that wrangler is installed',
      'Nothing to do if the tests do not run a Worker locally.',
      where,
    );
    return { findings: [note], blocked: false, harnesses: [] };
  }
  const first = new Map<string, HarnessUse>();
  for (const use of uses) if (!first.has(use.kind)) first.set(use.kind, use);
  const findings: Finding[] = [];
  const harnesses: string[] = [];
  for (const use of first.values()) {
    // semver (for the integration's peer ranges) loads only for a suite that runs in workerd.
    const check =
      use.kind === 'vitest-workers'
        ? (await import('../project-tests/vitest-workers-check.js')).checkVitestWorkers(dir, use, pm)
        : checkWranglerForE2e(dir, env, use.kind, pm);
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

/** The YAML parser, loaded only when a pnpm-workspace.yaml above the project needs reading. */
async function yamlParserFor(dir: string): Promise<ParseYaml | undefined> {
  for (let up = path.dirname(path.resolve(dir)); ; up = path.dirname(up)) {
    if (existsSync(path.join(up, PNPM_WORKSPACE))) return (await import('yaml')).parse;
    if (path.dirname(up) === up) return undefined;
  }
}

/**
 * The harnesses in the suite's files; when they name none, a Workers integration package.json
 * declares. The parser is loaded only when a file can hold a harness (most unit suites have none).
 */
export async function suiteHarnesses(
  dir: string,
  described: TestCommand,
  scripts: Record<string, string>,
): Promise<HarnessUse[]> {
  const body = described.script ? (scripts[described.script] ?? '') : described.command;
  const candidates = suiteFiles(dir, body).filter((source) => mayHoldHarness(source.text));
  const uses = candidates.length ? (await import('../project-tests/harness.js')).detectHarnesses(candidates) : [];
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

/** The gate's vitest reporter, with the files it writes in its source (no environment needed). */
function writeVitestReporter(files: StepFiles): string {
  // Made only for vitest, and removed after it when empty: the project keeps no trace of the gate.
  mkdirSync(path.dirname(files.reporter), { recursive: true });
  writeFileSync(files.reporter, vitestErrorsReporter({ errors: files.errors, progress: files.progress }));
  return files.reporter;
}

/** The reporter file, then its directory and node_modules/.cache when that left them empty. */
function removeVitestReporter(file: string, runDir: string): void {
  rmSync(file, { force: true });
  const dir = path.dirname(file);
  if (dir === runDir) return;
  for (const empty of [dir, path.dirname(dir)]) {
    try {
      rmdirSync(empty); // only an empty directory goes (another run's reporter keeps it)
    } catch {
      return;
    }
  }
}

function readVitestErrors(file: string, dir: string): VitestErrors & { missing?: boolean } {
  const text = readIfPresent(file);
  // vitest < 3 does not call the reporter; its JSON still counts.
  if (text === undefined) return { failures: [], missing: true };
  try {
    return readVitestErrorsJson(JSON.parse(text), dir);
  } catch {
    return { failures: [], reporterError: `${path.basename(file)} is not JSON` };
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

/** The script's line in package.json, where a person changes the command (its JSON reader loaded only then). */
async function scriptLocation(dir: string, script: string | undefined): Promise<{ location?: Location }> {
  const file = path.join(dir, 'package.json');
  if (!script || !existsSync(file)) return {};
  const { locatePointers, toPointer } = await import('../json/json-source.js');
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
