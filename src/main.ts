// The gate's entry: parse the command line (or the runner's inputs), run the stages, publish
// the results. Every failure ends as a message and an exit status, never a stack trace.
import { asResult, type DeployCheckpoint, resultOf } from './contract.js';
import {
  CHANGES_PRODUCTION,
  cancelledFinding,
  type CancelWatch,
  servingVersion,
  STAGE_GRACE_MS,
  watchForCancel,
} from './cancellation.js';
import { parseCommandLine, usage } from './cli.js';
import { errorMessage, StageError, UsageError } from './errors.js';
import type { Finding, StageName } from './findings.js';
import { buildGateConfig, type GateConfig, readRawInputs } from './inputs.js';
import { printOpenApi } from './gateway/openapi-command.js';
import { installResolver } from './resolve.js';
import { pathPrefixOf, planAnnotations } from './report/annotations.js';
import { buildReport, type GateReport, writeReport } from './report/report-document.js';
import { addStageSection, addVerdict } from './report/summary.js';
import { digest } from './report/digest.js';
import { reportLinkOf, type LeadOptions } from './report/verdict-lead.js';
import { publishToGitHub } from './report/github-publish.js';
import { gatewayIdentity, gatewayLabel } from './report/gateway-identity.js';
import { formatStageResult } from './report/terminal.js';
import { outputProblems } from './output-paths.js';
import { Redactor, redactingStream } from './redaction.js';
import { RunState, writeFileAtomic } from './run-state.js';
import { markRunInProgress } from './run-directory.js';
import { withMissingSteps } from './step-outcomes.js';
import { reportUsageError } from './usage-record.js';
import { annotate, type CoreModule, escapeCommand, loadCore, setOutputs, writeSummary } from './runner-protocol.js';
import { exitCode, gateResult, type StageResult, statusFromFindings } from './stage-result.js';
import { PIPELINE_STAGES } from './stages/index.js';
import type { StageContext, StageDefinition, StageDefinitionOf, StageLog, StageOutcome } from './stages/stage.js';

export interface Io {
  /** A line (the newline is added). */
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** A chunk of a tool's output as it streams (written as is). */
  write: (chunk: string) => void;
  cwd: string;
  isTTY: boolean;
}

// A closed pipe (`gate validate | head`) must not cost the report, the summary or the exit status.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

const defaultIo = (): Io => ({
  stdout: (t) => process.stdout.write(t + '\n'),
  stderr: (t) => process.stderr.write(t + '\n'),
  write: (t) => process.stdout.write(t),
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
});

export async function run(
  argv: readonly string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
  io: Io = defaultIo(),
): Promise<number> {
  const cancel = watchForCancel();
  let code = 2;
  try {
    code = await runGate(argv, env, io, cancel);
    return code;
  } finally {
    cancel.dispose();
    // A cancelled run ends once its report is written: API requests still retrying must not keep it alive.
    if (cancel.reason) process.exit(code);
  }
}

async function runGate(argv: readonly string[], env: NodeJS.ProcessEnv, io: Io, cancel: CancelWatch): Promise<number> {
  let gate: GateConfig;
  let stage: string | undefined;
  try {
    const cmd = parseCommandLine(argv);
    if (cmd.help || cmd.stage === undefined) {
      (cmd.help ? io.stdout : io.stderr)(usage());
      return cmd.help ? 0 : 2;
    }
    stage = cmd.stage;
    gate = buildGateConfig(readRawInputs(cmd.flags, env), {
      cwd: io.cwd,
      env,
      isTTY: io.isTTY,
      freshRun: stage === 'run',
      runDir: cmd.runDir || undefined,
      summaryFile: cmd.summary || undefined,
    });
    // An output path the gate cannot write is the user's to fix, and is said before anything runs.
    const broken = outputProblems(gate);
    const said = broken.map((p) => p.message).join('\n');
    if (broken.length > 0) return reportUsageError(said, broken, { argv, env, cwd: io.cwd }, io);
  } catch (error) {
    if (error instanceof UsageError) return reportUsageError(error.message, [], { argv, env, cwd: io.cwd }, io);
    throw error;
  }

  if (stage === 'openapi') return await printOpenApi(gate, io);
  if (gate.runDirNote) io.stderr(`gateway-deploy-gate: ${gate.runDirNote}`);
  // While a `run` goes on, a stage command started beside it keeps out of its run directory.
  const unmark = stage === 'run' ? markRunInProgress(gate.runDir) : undefined;
  try {
    const core = gate.github ? await loadCore() : undefined;
    if (core) maskSecrets(core, gate);
    const redactor = new Redactor(secretValues(gate));
    // Every line the gate prints (a GitHub API error, a deployment note) is redacted too.
    io = redactedIo(io, redactor);
    await installResolver(gate.resolve);
    const state = new RunState(gate.runDir, redactor);
    if (stage === 'report') return await publishReport(gate, state, io, core);
    const stages = stage === 'run' ? PIPELINE_STAGES : PIPELINE_STAGES.filter((s) => s.name === stage);
    const context: StageContext = { previous: (name) => resultOf(state.load(), name) };
    const ran: StageResult[] = [];
    let stopped = false;
    for (const definition of stages) {
      if (stage === 'run') {
        // Nothing downstream of a failed stage is worth running, except the rollback of a failed smoke test.
        if (definition.afterFailure ? !(stopped && ran.at(-1)?.name === 'smoke') : stopped) continue;
        if (!stopped) io.stdout(`▶ ${definition.name}`);
      }
      const result = await withGitHubDeployment(
        await executeStage(definition, gate, io, context, redactor, cancel),
        gate,
        io,
      );
      state.redactToolFiles();
      state.save(result);
      ran.push(result);
      if (stage !== 'run') return await publishStage(result, gate, state, io, core);
      io.stdout(formatStageResult(result, gate.color));
      if (cancel.reason) break;
      if (result.status === 'failed' || result.status === 'error') stopped = true;
    }
    return await publishReport(gate, state, io, core, ran);
  } catch (error) {
    // A run directory this gate cannot read (another version's): the finding says which file and why.
    if (error instanceof StageError) {
      for (const f of error.findings) io.stderr(`gateway-deploy-gate: ${f.message}${f.fix ? `\n  fix: ${f.fix}` : ''}`);
      return 2;
    }
    // Only a defect of the gate itself gets here: still a report, still no stack trace.
    io.stderr(`gateway-deploy-gate: internal error: ${new Redactor(secretValues(gate)).text(errorMessage(error))}`);
    if (env.RUNNER_DEBUG === '1' || env.GATE_DEBUG) io.stderr(String((error as Error)?.stack ?? ''));
    return 2;
  } finally {
    unmark?.();
  }
}

async function executeStage(
  definition: StageDefinition,
  gate: GateConfig,
  io: Io,
  context: StageContext,
  redactor: Redactor,
  cancel: CancelWatch,
): Promise<StageResult> {
  const result = await runStageSafely(definition, gate, io, context, redactor, cancel);
  // Whatever a stage saw (an upstream echoing a token, a tool printing a value), nothing it
  // records holds a secret: the run directory, the report and every publication derive from this.
  return redactor.deep(result);
}

async function runStageSafely<N extends StageName>(
  definition: StageDefinitionOf<N>,
  gate: GateConfig,
  io: Io,
  context: StageContext,
  redactor: Redactor,
  cancel: CancelWatch,
): Promise<StageResult> {
  // A failure to load surfaces again from run(), as the stage's crash.
  await definition.load?.().catch(() => undefined);
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const log = stageLog(gate, io, redactor);
  let checkpoint: DeployCheckpoint | undefined;
  const running = definition.run(gate, log, { ...context, checkpoint: (data) => (checkpoint = data) });
  running.catch(() => undefined); // a stage abandoned after a cancel may still reject later
  // After a cancel the stage gets a short grace to return what it knows; then it is abandoned.
  const abandoned = cancel.requested.then(
    () => new Promise<undefined>((r) => setTimeout(() => r(undefined), STAGE_GRACE_MS)),
  );
  let outcome: StageOutcome<N> | undefined;
  let failure: unknown;
  try {
    outcome = await Promise.race([running, abandoned]);
  } catch (error) {
    failure = error;
  } finally {
    log.flush();
  }
  if (cancel.reason) {
    const known = checkpoint ?? context.previous('deploy')?.data;
    const result = await cancelledResult(definition.name, gate, cancel.reason, known, elapsed());
    return outcome ? withReturnedRecord(result, outcome) : result;
  }
  if (!outcome) return crashedResult(definition.name, failure, gate.env, elapsed());
  return asResult({
    name: definition.name,
    status: outcome.status ?? statusFromFindings(outcome.findings),
    durationMs: elapsed(),
    findings: outcome.findings,
    note: outcome.note || undefined,
    data: outcome.data,
  });
}

/** With a github-token in Actions, a deploy's result carries the GitHub deployment it created. */
async function withGitHubDeployment(result: StageResult, gate: GateConfig, io: Io): Promise<StageResult> {
  if (result.name !== 'deploy' || !gate.github || !gate.githubToken) return result;
  // Loaded on use, like the check run: a laptop run never talks to GitHub.
  const { recordGitHubDeployment } = await import('./report/github-deployments.js');
  return recordGitHubDeployment(gate, result, io.stdout);
}

function crashedResult(name: StageName, error: unknown, env: NodeJS.ProcessEnv, durationMs: number): StageResult {
  const findings: Finding[] =
    error instanceof StageError
      ? error.findings
      : [
          {
            stage: name,
            layer: 'config',
            code: 'internal_error',
            severity: 'error',
            message: `the ${name} stage crashed: ${errorMessage(error)}`,
            fix:
              'This is a defect of the gate: rerun with GATE_DEBUG=1 for the stack trace and report it with the' +
              ' JSON report.',
            evidence: env.GATE_DEBUG ? { stack: String((error as Error)?.stack ?? '') } : undefined,
          },
        ];
  return { name, status: 'error', durationMs, findings, note: 'the stage could not run' };
}

/** A cancelled stage: what was stopped and, where production may have changed, what serves now. */
async function cancelledResult(
  name: StageName,
  gate: GateConfig,
  signal: string,
  known: DeployCheckpoint | undefined,
  durationMs: number,
): Promise<StageResult> {
  const serving = CHANGES_PRODUCTION.has(name) ? await servingVersion(gate, known) : undefined;
  return {
    name,
    status: 'error',
    durationMs,
    findings: [cancelledFinding(name, signal, known, serving)],
    note: `cancelled (${signal})`,
  };
}

/**
 * A stage that returned within its grace after a cancel: its data (a canary's steps, which version
 * it left serving) is kept, and so are the findings that say where the cancel left traffic. Its
 * other findings may be artefacts of the processes the cancel stopped, so they are left out.
 */
const SAID_OF_THE_CANCEL: ReadonlySet<string> = new Set(['canary_aborted', 'canary_rollback_failed']);

function withReturnedRecord(result: StageResult, outcome: StageOutcome): StageResult {
  const said = outcome.findings.filter((f) => SAID_OF_THE_CANCEL.has(f.code));
  return { ...result, findings: [...result.findings, ...said], data: outcome.data } as StageResult;
}

async function publishStage(
  result: StageResult,
  gate: GateConfig,
  state: RunState,
  io: Io,
  core: CoreModule | undefined,
): Promise<number> {
  const report = buildReport(state.load());
  writeReport(gate.reportPath, report);
  if (core) {
    // With a github-token the report step publishes every annotation in one check run.
    const plan = gate.githubToken ? { annotated: [], overflow: [] } : planAnnotations(result.findings);
    annotate(core, plan.annotated, pathPrefixOf(gate.env.GITHUB_WORKSPACE, gate.workingDirectory));
    io.stdout(formatStageResult(result, false, plan.overflow));
    // In the action, the report step writes every section after the verdict (summaryByReport).
    if (!summaryByReport(gate.env)) addStageSection(core.summary, result, plan.overflow);
    setOutputs(core, { result: report.result, 'report-path': gate.reportPath, ...deploymentOutputs(report) });
    await writeSummary(core, gate.env);
    return exitCode(result.status);
  }
  io.stdout(formatStageResult(result, gate.color));
  io.stdout(`report: ${gate.reportPath}`);
  return exitCode(result.status);
}

async function publishReport(
  gate: GateConfig,
  state: RunState,
  io: Io,
  core: CoreModule | undefined,
  ranNow?: StageResult[],
): Promise<number> {
  const results = withMissingSteps(state.load(), gate.env.GATE_STEP_OUTCOMES, gate.runDir);
  if (results.length === 0) {
    const finding: Finding = {
      stage: 'report',
      layer: 'config',
      code: 'no_stage_results',
      severity: 'error',
      message: `no stage has run: ${gate.runDir} holds no results`,
      fix: 'Run a stage (validate, …) before report, with the same --run-dir / working-directory.',
    };
    results.push({ name: 'report', status: 'error', durationMs: 0, findings: [finding] });
  }
  const report = buildReport(results);
  writeReport(gate.reportPath, report);
  const gateway = gatewayIdentity({
    workingDirectory: gate.workingDirectory,
    wranglerConfig: gate.wranglerConfig,
    environment: gate.environment,
    workspace: gate.env.GITHUB_WORKSPACE || process.cwd(),
    results,
  });
  const label = gatewayLabel(gateway);
  if (core) {
    const published = gate.githubToken ? await publishToGitHub(gate, report, results, io.stdout, gateway) : undefined;
    // The stage steps of the action leave their sections to this step, so the verdict opens the summary.
    const sections = ranNow ?? (summaryByReport(gate.env) ? results : []);
    let overflow = (r: StageResult) => (gate.githubToken ? [] : planAnnotations(r.findings).overflow);
    if (ranNow || (published && !published.checkRun)) {
      // `run` is one step: its annotation budget covers every stage. So does the fallback of a
      // check run that could not be written (a fork's token), for the findings of every step.
      const findings = ranNow ? ranNow.flatMap((r) => r.findings) : report.findings;
      const plan = published?.checkRun ? { annotated: [], overflow: [] } : planAnnotations(findings);
      annotate(core, plan.annotated, pathPrefixOf(gate.env.GITHUB_WORKSPACE, gate.workingDirectory));
      overflow = (r) => plan.overflow.filter((f) => f.stage === r.name);
    }
    addSummary(core.summary, report, results, summaryOptions(gate, label), sections, overflow);
    if (published?.note) core.summary.addRaw(`<p>${published.note}</p>`, true);
    setOutputs(core, { result: report.result, 'report-path': gate.reportPath, ...deploymentOutputs(report) });
    await writeSummary(core, gate.env);
  } else {
    if (!ranNow) for (const r of results) io.stdout(formatStageResult(r, gate.color));
    if (gate.summaryFile) await writeSummaryFile(gate.summaryFile, results, report, gate.reportPath, label);
  }
  io.stdout(`gate ${report.result} · report: ${gate.reportPath}`);
  return exitCode(gateResult(results));
}

/** The verdict and what it rests on, then a section per stage (one line for each that passed). */
function addSummary(
  summary: CoreModule['summary'],
  report: GateReport,
  results: readonly StageResult[],
  options: LeadOptions,
  sections: readonly StageResult[],
  overflow: (result: StageResult) => Finding[],
): void {
  addVerdict(summary, report, results, options);
  if (sections.length > 0) summary.addHeading('Stages', 3);
  const problems = digest(report.findings);
  for (const r of sections) addStageSection(summary, r, overflow(r), { verdictAbove: true, problems });
}

/** The action's stage steps leave the job summary to its report step, so that the verdict comes first. */
function summaryByReport(env: NodeJS.ProcessEnv): boolean {
  return env.GATE_SUMMARY_BY_REPORT === 'true';
}

function summaryOptions(gate: GateConfig, gateway: string): LeadOptions {
  return { gateway, reportLink: reportLinkOf(gate.env, gate.reportPath) };
}

/** The job summary a runner would show, for a person running the gate on a laptop. */
async function writeSummaryFile(
  file: string,
  results: readonly StageResult[],
  report: GateReport,
  reportPath: string,
  gateway: string,
): Promise<void> {
  const { summary } = await loadCore();
  summary.emptyBuffer();
  addSummary(summary, report, results, { gateway, reportLink: { path: reportPath } }, results, () => []);
  writeFileAtomic(file, summary.stringify());
  summary.emptyBuffer();
}

function redactedIo(io: Io, redactor: Redactor): Io {
  if (!redactor.active) return io;
  return { ...io, stdout: (t) => io.stdout(redactor.text(t)), stderr: (t) => io.stderr(redactor.text(t)) };
}

/** Every value the gate knows to be secret: each step has them all (action.yml passes every step the inputs). */
function secretValues(gate: GateConfig): Array<string | undefined> {
  return [gate.authToken, gate.githubToken, gate.env.CLOUDFLARE_API_TOKEN, ...gate.secrets.map((n) => gate.env[n])];
}

/** The runner masks these in every log line from here on; the gate redacts what it writes itself. */
function maskSecrets(core: CoreModule, gate: GateConfig): void {
  for (const value of secretValues(gate)) if (value) core.setSecret(value);
}

function deploymentOutputs(report: GateReport): Record<string, string> {
  const deployment = report.deployment;
  return {
    'deployment-url': deployment?.url ?? '',
    'version-id': deployment?.versionId ?? '',
    'preview-url': deployment?.preview?.url ?? '',
  };
}

function stageLog(gate: GateConfig, io: Io, redactor: Redactor): StageLog & { flush(): void } {
  // Tool output is streamed in chunks: redacted line by line, so a value split across chunks is caught.
  const output = redactingStream(redactor, io.write);
  return {
    write: (text) => output.write(text),
    flush: () => output.flush(),
    group: async (title, body) => {
      // Actions folds a ::group:: in the log; a terminal gets a header line.
      io.stdout(gate.github ? `::group::${escapeCommand(redactor.text(title))}` : `── ${redactor.text(title)}`);
      try {
        return await body();
      } finally {
        output.flush();
        if (gate.github) io.stdout('::endgroup::');
      }
    },
  };
}
