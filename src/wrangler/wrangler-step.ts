// One wrangler command as a step of a stage (deploy, smoke's promotion, rollback): run in a log
// group of its own with its output streamed there, and a failure turned into one finding.
import type { Finding, StageName } from '../findings.js';
import type { GateConfig } from '../inputs.js';
import type { StageLog } from '../stages/stage.js';
import { deployFailureFinding, type FailureContext } from './deploy-failure.js';
import { commandFailure } from './output-file.js';
import { runWrangler, WRANGLER_TIMEOUT_MS, type WranglerProgram, type WranglerRun } from './wrangler-cli.js';

export interface WranglerStep {
  /** As the log and the findings name it: "wrangler versions deploy …". */
  command: string;
  run: WranglerRun;
}

export async function runWranglerStep(
  log: StageLog,
  program: WranglerProgram,
  args: readonly string[],
  config: Pick<GateConfig, 'workingDirectory' | 'env'>,
  input?: string,
): Promise<WranglerStep> {
  const command = `wrangler ${args.join(' ')}`;
  // Secret values only ever travel on stdin; the log shows the command, never the input.
  const options = { cwd: config.workingDirectory, env: config.env, timeoutMs: WRANGLER_TIMEOUT_MS, input };
  const run = await log.group(command, () => runWrangler(program, args, { ...options, onOutput: (t) => log.write(t) }));
  return { command, run };
}

/** The step as `stage`'s finding when it failed or hung; undefined when it succeeded. */
export function stepFailure(
  step: WranglerStep,
  stage: StageName,
  context: Omit<FailureContext, 'command'> = {},
): Finding | undefined {
  if (step.run.exitCode === 0 && !step.run.timedOut) return undefined;
  const failure = commandFailure(step.run.entries, step.run.stderr);
  return { ...deployFailureFinding(failure, { command: step.command, ...context }), stage };
}
