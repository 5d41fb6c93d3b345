// The gate's entry: parse the command line (or the runner's inputs), run the stages, publish
// the results. Every failure ends as a message and an exit status, never a stack trace.
import { asResult, type DeployCheckpoint, resultOf } from './contract.js';
import { type CancelWatch, STAGE_GRACE_MS, watchForCancel } from './cancel-watch.js';
import { parseCommandLine, usage } from './cli.js';
import { errorMessage, StageError, UsageError } from './errors.js';
import type { Finding, StageName } from './findings.js';
import { buildGateConfig, type GateConfig, readRawInputs } from './inputs.js';
import { installResolver } from './resolve.js';
import { outputProblems, type OutputProblem } from './output-paths.js';
import { Redactor, redactingStream } from './redaction.js';
import { RunState } from './run-state.js';
import { markRunInProgress } from './run-directory.js';
import { addMask, escapeCommand } from './runner-protocol.js';
import { type StageResult, statusFromFindings } from './stage-result.js';
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
  const usageError = async (message: string, problems: OutputProblem[]) =>
    (await import('./usage-record.js')).reportUsageError(message, problems, { argv, env, cwd: io.cwd }, io);
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
    if (broken.length > 0) return await usageError(said, broken);
  } catch (error) {
    if (error instanceof UsageError) return await usageError(error.message, []);
    throw error;
  }

  if (stage === 'openapi') return await (await import('./gateway/openapi-command.js')).printOpenApi(gate, io);
  if (gate.runDirNote) io.stderr(`gateway-deploy-gate: ${gate.runDirNote}`);
  // While a `run` goes on, a stage command started beside it keeps out of its run directory.
  const unmark = stage === 'run' ? markRunInProgress(gate.runDir) : undefined;
  try {
    if (gate.github) maskSecrets(gate);
    const redactor = new Redactor(secretValues(gate));
    // Every line the gate prints (a GitHub API error, a deployment note) is redacted too.
    io = redactedIo(io, redactor);
    await installResolver(gate.resolve);
    const state = new RunState(gate.runDir, redactor);
    const publishing = publisher(gate, stage);
    if (stage === 'report') return await (await publishing()).publishReport(gate, state, io);
    const context: StageContext = { previous: (name) => resultOf(state.load(), name) };
    return await runStages(stage, { gate, io, context, redactor, cancel, publishing }, state);
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

/** What every stage of one invocation shares. */
interface StageRun {
  gate: GateConfig;
  io: Io;
  context: StageContext;
  redactor: Redactor;
  cancel: CancelWatch;
  /** What publishes a result: first called once a stage has started, so it loads while the stage runs. */
  publishing: () => Promise<Publisher>;
}

type Publisher = typeof import('./report/publish.js');

/**
 * The report and the job summary are needed only once a stage is done: their modules load on the
 * first call, which runStageSafely makes once the stage has started its work (a test stage, its
 * first command), so loading them never delays that work.
 */
function publisher(gate: GateConfig, stage: string | undefined): () => Promise<Publisher> {
  let loading: Promise<Publisher> | undefined;
  return () =>
    (loading ??= import('./report/publish.js').then(async (publish) => {
      await publish.preload(gate, stage);
      return publish;
    }));
}

/** The stage the command names, or every stage of a `run`, each result saved; then the results published. */
async function runStages(stage: string | undefined, run: StageRun, state: RunState): Promise<number> {
  const { gate, io, cancel } = run;
  const stages = stage === 'run' ? PIPELINE_STAGES : PIPELINE_STAGES.filter((s) => s.name === stage);
  const ran: StageResult[] = [];
  let stopped = false;
  for (const definition of stages) {
    if (stage === 'run') {
      // Nothing downstream of a failed stage is worth running, except the rollback of a failed smoke test.
      if (definition.afterFailure ? !(stopped && ran.at(-1)?.name === 'smoke') : stopped) continue;
      if (!stopped) io.stdout(`▶ ${definition.name}`);
    }
    const result = await withGitHubDeployment(await executeStage(definition, run), gate, io);
    state.redactToolFiles();
    state.save(result);
    ran.push(result);
    const publish = await run.publishing();
    if (stage !== 'run') return await publish.publishStage(result, gate, state, io);
    io.stdout(publish.formatStageResult(result, gate.color));
    if (cancel.reason) break;
    if (result.status === 'failed' || result.status === 'error') stopped = true;
  }
  return await (await run.publishing()).publishReport(gate, state, io, ran);
}

async function executeStage(definition: StageDefinition, run: StageRun): Promise<StageResult> {
  const result = await runStageSafely(definition, run);
  // Whatever a stage saw (an upstream echoing a token, a tool printing a value), nothing it
  // records holds a secret: the run directory, the report and every publication derive from this.
  return run.redactor.deep(result);
}

async function runStageSafely<N extends StageName>(
  definition: StageDefinitionOf<N>,
  run: StageRun,
): Promise<StageResult> {
  const { gate, context, cancel } = run;
  // A failure to load surfaces again from run(), as the stage's crash.
  await definition.load?.().catch(() => undefined);
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const log = stageLog(gate, run.io, run.redactor);
  let checkpoint: DeployCheckpoint | undefined;
  const running = definition.run(gate, log, { ...context, checkpoint: (data) => (checkpoint = data) });
  running.catch(() => undefined); // a stage abandoned after a cancel may still reject later
  // Once the stage has started its work: a test stage gets to its first command without waiting on
  // I/O, and import() reads and compiles a module at once, so it waits for the next turn of the loop.
  // A failure to load surfaces where the result is published.
  setImmediate(() => run.publishing().catch(() => undefined));
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
  // Loaded only now: the Cloudflare API and the wrangler config reader a cancel may need.
  const { CHANGES_PRODUCTION, cancelledFinding, servingVersion } = await import('./cancellation.js');
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

function redactedIo(io: Io, redactor: Redactor): Io {
  if (!redactor.active) return io;
  return { ...io, stdout: (t) => io.stdout(redactor.text(t)), stderr: (t) => io.stderr(redactor.text(t)) };
}

/** Every value the gate knows to be secret: each step has them all (action.yml passes every step the inputs). */
function secretValues(gate: GateConfig): Array<string | undefined> {
  return [gate.authToken, gate.githubToken, gate.env.CLOUDFLARE_API_TOKEN, ...gate.secrets.map((n) => gate.env[n])];
}

/** The runner masks these in every log line from here on; the gate redacts what it writes itself. */
function maskSecrets(gate: GateConfig): void {
  for (const value of secretValues(gate)) if (value) addMask(value);
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
