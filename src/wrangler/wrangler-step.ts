// One wrangler command as a step of a stage (deploy, smoke's promotion, rollback): run in a log
// group of its own with its output streamed there, and a failure turned into one finding.
import { findingFactory, type Finding, type StageName } from '../findings.js';
import type { GateConfig } from '../inputs.js';
import { shortenedLimit } from '../shortened-limit.js';
import type { StageLog } from '../stage-log.js';
import { deployFailureFinding, type FailureContext } from './deploy-failure.js';
import { commandFailure } from './output-file.js';
import { runWrangler, WRANGLER_TIMEOUT_MS, type WranglerProgram, type WranglerRun } from './wrangler-cli.js';

export interface WranglerStep {
  /** As the log and the findings name it: "wrangler versions deploy …". */
  command: string;
  run: WranglerRun;
  /** The limit it ran under: a hung command is stopped after it. */
  timeoutMs: number;
}

export async function runWranglerStep(
  log: StageLog,
  program: WranglerProgram,
  args: readonly string[],
  config: Pick<GateConfig, 'workingDirectory' | 'env'>,
  input?: string,
): Promise<WranglerStep> {
  const command = `wrangler ${args.join(' ')}`;
  const timeoutMs = wranglerTimeoutMs(config.env);
  // Secret values only ever travel on stdin; the log shows the command, never the input.
  const options = { cwd: config.workingDirectory, env: config.env, timeoutMs, input };
  const run = await log.group(command, () => runWrangler(program, args, { ...options, onOutput: (t) => log.write(t) }));
  return { command, run, timeoutMs };
}

/** The step as `stage`'s finding when it failed or hung; undefined when it succeeded. */
export function stepFailure(
  step: WranglerStep,
  stage: StageName,
  context: Omit<FailureContext, 'command'> = {},
): Finding | undefined {
  if (step.run.timedOut) return timeoutFinding(step, stage);
  if (step.run.exitCode === 0) return undefined;
  const failure = commandFailure(step.run.entries, step.run.stderr, step.run.stdout);
  return { ...deployFailureFinding(failure, { command: step.command, ...context }), stage };
}

/** Why the step failed, in a few words: what wrangler said, or that it hung. */
export function stepReason(step: WranglerStep): string {
  return step.run.timedOut
    ? stoppedAfter(step)
    : commandFailure(step.run.entries, step.run.stderr, step.run.stdout).message;
}

function timeoutFinding(step: WranglerStep, stage: StageName): Finding {
  const fix = "Check the Cloudflare status page and the runner's network, then rerun the job.";
  const evidence = { stderr: step.run.stderr.slice(-2000) };
  return findingFactory(stage, 'deploy', { owned: true })('wrangler_timeout', 'error', stoppedAfter(step), fix, {
    evidence,
  });
}

function stoppedAfter(step: WranglerStep): string {
  const minutes = `${Math.round((step.timeoutMs / 60_000) * 100) / 100} minutes`;
  return `${step.command} did not finish in ${minutes} and was stopped`;
}

/** `GATE_WRANGLER_TIMEOUT_MS` shortens the per-command limit (tests of a hung API); at most the default. */
export function wranglerTimeoutMs(env: NodeJS.ProcessEnv): number {
  return shortenedLimit(env, 'GATE_WRANGLER_TIMEOUT_MS', WRANGLER_TIMEOUT_MS);
}
