// Runs this repository's action.yml the way the GitHub runner runs a composite action, so a test
// exercises the manifest itself (each step's `if`, its env, its command) and not only the CLI:
// - `${{ inputs.* }}` (with the manifest's defaults), `${{ runner.temp }}`,
//   `${{ steps.<id>.outputs.* }}` and `${{ steps.<id>.outcome }}` are filled in; any other
//   expression fails the test;
// - each `run` goes to `bash --noprofile --norc -eo pipefail` with GITHUB_ACTION_PATH, its own
//   GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, in the job's workspace;
// - a step's `if` understands success(), failure(), always() and `steps.<id>.outcome == '…'`
//   joined by &&, which is all action.yml uses; a condition without a status function means
//   success() && …, as on the runner.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT, parseOutputs } from './runner.js';

interface ManifestStep {
  id: string;
  name: string;
  if?: string;
  shell: string;
  env?: Record<string, string>;
  run: string;
}

interface Manifest {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: ManifestStep[] };
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

export function readManifest(): Manifest {
  return parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Manifest;
}

/**
 * `uses: ./` with `with: inputs` and `env: env` in a job whose workspace is `workspace`. The job's
 * RUNNER_TEMP is fresh unless given (two runs of one job share it).
 */
export async function runCompositeAction(
  inputs: Record<string, string>,
  options: { workspace: string; env: Record<string, string>; runnerTemp?: string; stepTimeoutMs?: number },
): Promise<ActionRun> {
  const manifest = readManifest();
  if (manifest.runs.using !== 'composite')
    throw new Error(`action.yml runs.using is ${manifest.runs.using}, not composite`);
  for (const name of Object.keys(inputs))
    if (!(name in manifest.inputs)) throw new Error(`action.yml has no input ${name}`);
  const runnerTemp = options.runnerTemp ?? mkdtempSync(path.join(tmpdir(), 'gate-runner-temp-'));
  const scratch = mkdtempSync(path.join(tmpdir(), 'gate-runner-files-'));
  const inputValue = (name: string): string => {
    if (!(name in manifest.inputs)) throw new Error(`action.yml refers to an undeclared input ${name}`);
    return inputs[name] ?? manifest.inputs[name]!.default ?? '';
  };
  const steps: StepRun[] = [];
  const byId = new Map<string, StepRun>();
  const fill = (text: string): string =>
    text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
      let m: RegExpExecArray | null;
      if ((m = /^inputs\.([\w-]+)$/.exec(expression))) return inputValue(m[1]!);
      if (expression === 'runner.temp') return runnerTemp;
      if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression))) return byId.get(m[1]!)?.outputs[m[2]!] ?? '';
      // A step that has not run yet (or does not exist) has an empty outcome, as on the runner.
      if ((m = /^steps\.([\w-]+)\.outcome$/.exec(expression))) return byId.get(m[1]!)?.outcome ?? '';
      throw new Error(`unsupported expression in action.yml: \${{ ${expression} }}`);
    });

  for (const [index, step] of manifest.runs.steps.entries()) {
    const failedSoFar = steps.some((s) => s.outcome === 'failure');
    if (!condition(step.if, failedSoFar, byId)) {
      const skipped: StepRun = {
        id: step.id,
        outcome: 'skipped',
        exitCode: null,
        stdout: '',
        stderr: '',
        outputs: {},
        summary: '',
      };
      steps.push(skipped);
      byId.set(step.id, skipped);
      continue;
    }
    if (step.shell !== 'bash')
      throw new Error(`step ${step.id}: shell ${step.shell} is not what this runner stand-in runs`);
    const outputFile = path.join(scratch, `output-${index}`);
    const summaryFile = path.join(scratch, `summary-${index}`);
    const scriptFile = path.join(scratch, `step-${index}.sh`);
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    writeFileSync(scriptFile, fill(step.run));
    const env: Record<string, string> = {
      ...options.env,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_ACTION_PATH: ROOT,
      RUNNER_TEMP: runnerTemp,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
    };
    for (const [name, value] of Object.entries(step.env ?? {})) env[name] = fill(String(value));
    const { code, stdout, stderr } = await runBash(
      scriptFile,
      options.workspace,
      env,
      options.stepTimeoutMs ?? 240_000,
    );
    const run: StepRun = {
      id: step.id,
      outcome: code === 0 ? 'success' : 'failure',
      exitCode: code,
      stdout,
      stderr,
      outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
    };
    steps.push(run);
    byId.set(step.id, run);
  }

  const outputs = Object.fromEntries(
    Object.entries(manifest.outputs).map(([name, output]) => [name, fill(output.value)]),
  );
  return {
    steps,
    outputs,
    log: steps.map((s) => s.stdout).join(''),
    summary: steps.map((s) => s.summary).join(''),
    failed: steps.some((s) => s.outcome === 'failure'),
    step(id) {
      const found = byId.get(id);
      if (!found) throw new Error(`action.yml has no step ${id}`);
      return found;
    },
  };
}

function condition(expression: string | undefined, failedSoFar: boolean, steps: Map<string, StepRun>): boolean {
  const terms = (expression ?? '')
    .replace(/^\$\{\{|\}\}$/g, '')
    .split('&&')
    .map((t) => t.trim())
    .filter(Boolean);
  let status: boolean | undefined;
  let rest = true;
  for (const term of terms) {
    let m: RegExpExecArray | null;
    if (term === 'always()') status = (status ?? true) && true;
    else if (term === 'success()') status = (status ?? true) && !failedSoFar;
    else if (term === 'failure()') status = (status ?? true) && failedSoFar;
    else if ((m = /^steps\.([\w-]+)\.outcome\s*==\s*'(\w+)'$/.exec(term)))
      rest &&= (steps.get(m[1]!)?.outcome ?? '') === m[2];
    else throw new Error(`unsupported condition in action.yml: ${term}`);
  }
  return (status ?? !failedSoFar) && rest;
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
