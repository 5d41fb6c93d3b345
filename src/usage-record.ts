// An invocation that cannot run (a bad flag or input, an output path it cannot write) still leaves
// its record: a report with `result: error` and the usage finding, and the stage's result in the
// run directory, so the report step's verdict is `error` and not "passed".
import { parseArgs } from 'node:util';
import path from 'node:path';
import { STAGE_NAMES, type Finding, type StageName } from './findings.js';
import { buildGateConfig, INPUTS, readRawInputs } from './inputs.js';
import { outputProblem, type OutputProblem, writeProblem } from './output-paths.js';
import { buildReport, writeReport } from './report/report-document.js';
import { RunState } from './run-state.js';
import { flagWithoutValue } from './cli.js';
import { escapeCommand } from './runner-protocol.js';
import type { StageResult } from './contract.js';

export interface RecordTarget {
  stage: StageName;
  /** Absolute; undefined when no report path can be worked out. */
  reportPath?: string;
  runDir?: string;
}

/**
 * Where this invocation's record goes, read as leniently as possible from the same flags and
 * variables a working run uses: the command line itself may be what is wrong.
 */
export function recordTarget(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): RecordTarget {
  const options = Object.fromEntries(
    [...INPUTS.map((i) => i.name), 'run-dir', 'summary'].map((n) => [n, { type: 'string' as const }]),
  );
  // A flag given no value must not swallow the next one (`--config --run-dir x`): it is left out here.
  const valueless = flagWithoutValue(argv);
  const args = valueless ? argv.filter((_, i) => i !== valueless.index) : [...argv];
  const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: false });
  const flags = Object.fromEntries(
    Object.entries(values).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  const named = positionals[0];
  const stage = (STAGE_NAMES as readonly string[]).includes(named ?? '') ? (named as StageName) : 'report';
  const raw = readRawInputs(flags, env);
  const runDirFlag = flags['run-dir'];
  const target: RecordTarget = { stage };
  try {
    // Only the inputs that say where to write: any other input may be the bad one.
    const where = { 'working-directory': raw['working-directory'], report: raw.report };
    const gate = buildGateConfig(where, { cwd, env, isTTY: false, runDir: runDirFlag });
    return { stage, reportPath: gate.reportPath, runDir: gate.runDir };
  } catch {
    // A working directory that does not exist: only explicit paths are known.
    const runDir = runDirFlag ?? env.GATE_RUN_DIR;
    if (runDir) target.runDir = path.resolve(cwd, runDir);
    if (raw.report) target.reportPath = path.resolve(cwd, raw.report);
    else if (target.runDir) target.reportPath = path.join(target.runDir, 'report.json');
    return target;
  }
}

/**
 * Writes the usage error where it can: the report unless its own path is the problem, the
 * stage's result unless the run directory is. Returns the problems met while writing.
 */
export function recordUsageError(
  target: RecordTarget,
  message: string,
  broken: readonly OutputProblem[],
): OutputProblem[] {
  const finding: Finding = {
    stage: target.stage,
    layer: 'config',
    code: 'usage_error',
    category: 'client',
    severity: 'error',
    message,
    fix:
      'Correct the flag or action input named in the message (node dist/index.js --help lists them); ' +
      'the stage did not run.',
  };
  const result: StageResult = {
    name: target.stage,
    status: 'error',
    durationMs: 0,
    findings: [finding],
    note: 'the stage could not run',
  };
  const problems: OutputProblem[] = [];
  const isBroken = (kind: OutputProblem['kind']) => broken.some((p) => p.kind === kind);
  if (target.runDir && !isBroken('run-dir') && !outputProblem('run-dir', target.runDir) && target.stage !== 'report') {
    try {
      new RunState(target.runDir).save(result);
    } catch (error) {
      problems.push(writeProblem('run-dir', target.runDir, error));
    }
  }
  if (target.reportPath && !isBroken('report') && !outputProblem('report', target.reportPath)) {
    try {
      writeReport(target.reportPath, buildReport([result]));
    } catch (error) {
      problems.push(writeProblem('report', target.reportPath, error));
    }
  }
  return problems;
}

/** A usage error, said once on stderr (and as an annotation in Actions), then recorded. */
export function reportUsageError(
  message: string,
  broken: readonly OutputProblem[],
  call: { argv: readonly string[]; env: NodeJS.ProcessEnv; cwd: string },
  say: { stderr: (text: string) => void; stdout: (text: string) => void },
): number {
  const target = recordTarget(call.argv, call.env, call.cwd);
  const problems = [...broken, ...recordUsageError(target, message, broken)];
  const lines = [message, ...problems.filter((p) => !message.includes(p.message)).map((p) => p.message)];
  for (const line of lines) {
    say.stderr(`gateway-deploy-gate: ${line}`);
    if (call.env.GITHUB_ACTIONS === 'true') say.stdout(`::error title=gateway-deploy-gate::${escapeCommand(line)}`);
  }
  if (target.reportPath && !problems.some((p) => p.kind === 'report')) say.stdout(`report: ${target.reportPath}`);
  return 2;
}
