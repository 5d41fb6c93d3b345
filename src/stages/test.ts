// Stage: the project's own unit tests, then its local E2E tests, with each failing test turned
// into a finding on the line that failed.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Finding, Location } from '../findings.js';
import type { GateConfig } from '../inputs.js';
import { displayPath } from '../inputs.js';
import { locatePointers, toPointer } from '../json/json-source.js';
import { defaultE2eCommand, defaultUnitCommand, describeCommand, readScripts, withJsonReporter } from '../testing/project.js';
import { runCommand } from '../testing/run-command.js';
import { parseTestResults, type TestFailure, type TestResults } from '../testing/test-results.js';
import { declarationPoint, type SourcePoint } from '../testing/stack-location.js';
import { readTextFile } from '../files.js';
import { checkWranglerForE2e } from '../testing/wrangler-check.js';
import { formatDuration } from '../report/terminal.js';
import type { StageLog, StageOutcome } from './stage.js';

export type TestKind = 'unit' | 'e2e';

export interface TestRunData {
  kind: TestKind;
  command: string;
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  totals?: TestResults['totals'];
  suites?: { file: string; passed: number; failed: number; skipped: number; durationMs: number }[];
}

const finding = (code: string, message: string, fix: string, extra: Partial<Finding> = {}): Finding => ({
  stage: 'test',
  layer: 'test',
  code,
  severity: 'error',
  message,
  fix,
  ...extra,
});

export async function runTests(config: GateConfig, log: StageLog): Promise<StageOutcome> {
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
        {
          ...finding('no_tests', 'the project declares no tests: package.json has no test or test:e2e script, and no test-command was given', 'Add a "test" script to package.json, or set the test-command input.'),
          severity: 'warning',
        },
      ],
    };
  }

  const findings: Finding[] = [];
  const runs: TestRunData[] = [];
  for (const step of plan) {
    const described = describeCommand(step.command, scripts);
    if (step.kind === 'e2e') {
      const check = checkWranglerForE2e(dir, config.env);
      if (!check.ok) {
        findings.push(finding(check.code, check.message, check.fix, scriptLocation(dir, described.script)));
        continue;
      }
    }
    const resultsFile = path.join(config.runDir, `test-${step.kind}-results.json`);
    mkdirSync(config.runDir, { recursive: true }); // jest does not create the results' directory
    rmSync(resultsFile, { force: true });
    const { command, resultsFile: expected } = withJsonReporter(described, scripts, resultsFile);
    const env = { ...config.env, CI: 'true', ...(step.kind === 'e2e' ? { RUN_LOCAL_WORKER_E2E: 'true' } : {}) };
    const label = step.kind === 'unit' ? 'unit tests' : 'local E2E tests';
    const run = await log.group(`${label}: ${step.command}`, () =>
      runCommand(command, { cwd: dir, env, timeoutMs: config.testTimeoutMs, onOutput: (chunk) => log.write(chunk) }),
    );
    const results = expected && existsSync(expected) ? readResults(expected, dir) : undefined;
    runs.push({
      kind: step.kind,
      command: step.command,
      exitCode: run.exitCode,
      timedOut: run.timedOut,
      durationMs: run.durationMs,
      ...(results
        ? { totals: results.totals, suites: results.suites.map((s) => ({ ...s, file: displayPath(s.file, dir) })) }
        : {}),
    });

    if (run.timedOut) {
      findings.push(
        finding(
          'test_timeout',
          `the ${label} (${step.command}) did not finish within ${formatDuration(config.testTimeoutMs)}; the gate stopped them`,
          'A test is hanging (an unclosed server or worker, a missing await); find it in the log above, or raise test-timeout.',
          { evidence: { command: step.command, outputTail: run.tail.slice(-2000) } },
        ),
      );
      continue;
    }
    for (const failure of results?.failures ?? []) {
      const point = failure.point ?? declaredAt(failure);
      findings.push(
        finding('test_failed', `${step.kind === 'e2e' ? 'E2E test' : 'test'} "${failure.title}" failed: ${failure.message}`, `Fix the code under test or the test at this line (${step.command}).`, {
          ...(point ? { location: { file: displayPath(point.file, dir), line: point.line, column: point.column } } : { location: { file: displayPath(failure.file, dir), line: 1 } }),
          evidence: { kind: step.kind, command: step.command, test: failure.title },
        }),
      );
    }
    if (run.exitCode !== 0 && (results?.failures.length ?? 0) === 0) {
      findings.push(
        finding('test_command_failed', `the ${label} (${step.command}) exited with status ${run.exitCode ?? run.signal}${results ? '' : ' and left no machine-readable results'}`, 'Read the log above; run the same command locally.', {
          evidence: { command: step.command, exitCode: run.exitCode, outputTail: run.tail.slice(-2000) },
          ...scriptLocation(dir, described.script),
        }),
      );
    }
  }
  const total = runs.reduce((t, r) => t + (r.totals ? r.totals.passed + r.totals.failed : 0), 0);
  return { findings, data: { runs }, note: `${runs.length} command${runs.length === 1 ? '' : 's'}, ${total} tests` };
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
