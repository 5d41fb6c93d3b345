// Runs an action.yml (this repository's, unless told) the way the GitHub runner runs a composite
// action, so a test exercises the manifest itself (each step's `if`, its env, its command) and
// not only the CLI:
// - the manifest is read and checked by GitHub's parser (./action-template.ts), every `${{ }}`
//   and every `if` evaluated by GitHub's evaluator (./expressions.ts) over the contexts a
//   composite action has: inputs (the manifest's defaults filled in), steps (outputs, outcome,
//   conclusion), env (the calling step's), github, runner, job, strategy, matrix;
// - each `run` goes to `bash --noprofile --norc -eo pipefail` with GITHUB_ACTION_PATH, its own
//   GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, in the job's workspace.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readCompositeAction, type ActionRunStep, type CompositeAction } from './action-template.js';
import { evaluateScalar, isTrue, type ExpressionScope } from './expressions.js';
import { ROOT, parseOutputs, tempDir } from './runner.js';

/**
 * The environment a hosted runner's job gives every step here: the project's node_modules/.bin first
 * (Node 24 for wrangler), wrangler's config under the workspace, and nothing that waits on the network.
 */
export function runnerEnv(workspace: string): NodeJS.ProcessEnv {
  return {
    PATH: `${path.join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
    HOME: process.env.HOME ?? workspace,
    XDG_CONFIG_HOME: path.join(workspace, '.xdg'),
    WRANGLER_SEND_METRICS: 'false',
    WRANGLER_HIDE_BANNER: 'true',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    NO_COLOR: '1',
  };
}

export interface StepRun {
  id: string;
  outcome: 'success' | 'failure' | 'skipped';
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface ActionRun {
  steps: StepRun[];
  /** The action's outputs, as the calling workflow sees them. */
  outputs: Record<string, string>;
  /** Every step's stdout, in order: the job log, workflow commands included. */
  log: string;
  /** The job summary: every step's summary file, in order. */
  summary: string;
  /** The step's own outcome in the calling workflow: a composite fails when any step failed. */
  failed: boolean;
  step(id: string): StepRun;
}

export interface RunOptions {
  workspace: string;
  /** The calling step's `env:`: the action's env context, and its processes' environment. */
  env: Record<string, string>;
  /** The job's RUNNER_TEMP: fresh unless given (two runs of one job share it). */
  runnerTemp?: string;
  stepTimeoutMs?: number;
  /** The directory holding action.yml (`uses: ./that/dir`); default: this repository. */
  actionPath?: string;
}

interface Job {
  action: CompositeAction;
  options: RunOptions;
  actionPath: string;
  runnerTemp: string;
  scratch: string;
  scope: ExpressionScope;
}

/** `uses: ./` with `with: inputs` and `env: options.env` in a job whose workspace is `options.workspace`. */
export async function runCompositeAction(inputs: Record<string, string>, options: RunOptions): Promise<ActionRun> {
  const actionPath = options.actionPath ?? ROOT;
  const action = readCompositeAction(actionPath);
  const runnerTemp = options.runnerTemp ?? tempDir('gate-runner-temp-');
  const scratch = tempDir('gate-runner-files-');
  const scope: ExpressionScope = { contexts: baseContexts(options, actionPath, runnerTemp), failed: false };
  scope.contexts.inputs = inputContext(action, inputs, scope);
  const job: Job = { action, options, actionPath, runnerTemp, scratch, scope };
  const steps: StepRun[] = [];
  const stepContext: Record<string, unknown> = {};
  scope.contexts.steps = stepContext;
  for (const [index, entry] of action.steps.entries()) {
    const step = entry.step;
    const run = isTrue(step.if.expression, scope) ? await runStep(job, index) : skipped(step.id);
    const conclusion = run.outcome === 'failure' && continuesOnError(step, scope) ? 'success' : run.outcome;
    if (conclusion === 'failure') {
      scope.failed = true;
      scope.contexts.job = { status: 'failure' };
    }
    // A step without an id has none the others can name.
    if (step.id) stepContext[step.id] = { outputs: run.outputs, outcome: run.outcome, conclusion };
    steps.push(run);
  }
  const outputs = Object.fromEntries(
    (action.template.outputs ?? []).map((o) => [o.id, o.value ? evaluateScalar(o.value, scope) : '']),
  );
  return {
    steps,
    outputs,
    log: steps.map((s) => s.stdout).join(''),
    summary: steps.map((s) => s.summary).join(''),
    failed: scope.failed,
    step(id) {
      const found = steps.find((s) => s.id === id);
      if (!found) throw new Error(`action.yml has no step ${id}`);
      return found;
    },
  };
}

function baseContexts(options: RunOptions, actionPath: string, runnerTemp: string): Record<string, unknown> {
  // The github context mirrors the runner's GITHUB_* variables.
  const fromEnv = Object.entries(options.env)
    .filter(([name]) => name.startsWith('GITHUB_'))
    .map(([name, value]) => [name.slice('GITHUB_'.length).toLowerCase(), value]);
  const github = { ...Object.fromEntries(fromEnv), workspace: options.workspace, action_path: actionPath };
  const runner = { temp: runnerTemp, os: 'Linux', arch: 'X64', environment: 'github-hosted' };
  return { github, runner, env: options.env, job: { status: 'success' }, strategy: {}, matrix: {} };
}

function inputContext(action: CompositeAction, given: Record<string, string>, scope: ExpressionScope) {
  const declared = action.template.inputs ?? [];
  for (const name of Object.keys(given))
    if (!declared.some((i) => i.id === name)) throw new Error(`action.yml has no input ${name}`);
  // A default may itself be an expression (`${{ github.token }}`); the runner evaluates it.
  return Object.fromEntries(
    declared.map((i) => [i.id, given[i.id] ?? (i.default ? evaluateScalar(i.default, scope) : '')]),
  );
}

function continuesOnError(step: ActionRunStep, scope: ExpressionScope): boolean {
  const value = step['continue-on-error'];
  if (value === undefined || typeof value === 'boolean') return value === true;
  return evaluateScalar(value, scope) === 'true';
}

function skipped(id: string): StepRun {
  return { id, outcome: 'skipped', exitCode: null, stdout: '', stderr: '', outputs: {}, summary: '' };
}

async function runStep(job: Job, index: number): Promise<StepRun> {
  const { step, shell, workingDirectory } = job.action.steps[index]!;
  const scope = job.scope;
  const shellName = shell ? evaluateScalar(shell, scope) : '';
  if (shellName !== 'bash') throw new Error(`step ${step.id}: shell ${shellName} is not what this stand-in runs`);
  const file = (name: string) => path.join(job.scratch, `${name}-${index}`);
  const [outputFile, summaryFile, scriptFile] = [file('output'), file('summary'), `${file('step')}.sh`];
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(scriptFile, evaluateScalar(step.run, scope));
  const env: Record<string, string> = {
    ...job.options.env,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: job.options.workspace,
    GITHUB_ACTION_PATH: job.actionPath,
    RUNNER_TEMP: job.runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
  };
  for (const pair of step.env ?? []) env[pair.key.toString()] = evaluateScalar(pair.value.assertScalar('env'), scope);
  const cwd = path.resolve(job.options.workspace, workingDirectory ? evaluateScalar(workingDirectory, scope) : '.');
  const { code, stdout, stderr } = await runBash(scriptFile, cwd, env, job.options.stepTimeoutMs ?? 240_000);
  return {
    id: step.id,
    outcome: code === 0 ? 'success' : 'failure',
    exitCode: code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

function runBash(
  script: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // The runner's own invocation for `shell: bash`.
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
