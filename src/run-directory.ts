// Where a run's stages hand their results on. Two runs must never share one: a second terminal, or
// two jobs on one self-hosted runner, would delete each other's results.
import { createHash } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Run directories kept per project on a laptop; older ones are removed when a run starts. */
const KEEP_LOCAL_RUNS = 10;

export interface RunDirRequest {
  workingDirectory: string;
  /** With the working directory, what names the gateway: matrix jobs may share a directory. */
  wranglerConfig?: string;
  environment?: string;
  env: NodeJS.ProcessEnv;
  github: boolean;
  /** A new run (the `run` command) rather than a stage joining the latest one. */
  fresh: boolean;
  /** For tests: the time that names a new local run, and the temp directory local runs go under. */
  now?: Date;
  tempRoot?: string;
}

const keyOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 12);

/**
 * In Actions: one directory per workflow run, attempt, job and gateway (working directory, wrangler
 * config, environment), so matrix jobs and several gateways in one job never collide (matrix jobs
 * share GITHUB_JOB, and their matrix values are not in the environment), while the composite
 * action's steps (separate processes, given the same inputs) find each other. On a laptop: one per
 * `run`; a stage command joins the project's latest run.
 */
export function defaultRunDir(request: RunDirRequest): string {
  const { env, workingDirectory } = request;
  const project = keyOf(workingDirectory);
  if (request.github && env.RUNNER_TEMP) {
    const job = [env.GITHUB_RUN_ID ?? 'run', env.GITHUB_RUN_ATTEMPT ?? '1', env.GITHUB_JOB ?? 'job'].join('-');
    const gateway = keyOf([workingDirectory, request.wranglerConfig ?? '', request.environment ?? ''].join('\n'));
    return path.join(env.RUNNER_TEMP, 'gateway-deploy-gate', `${job.replace(/[^\w.-]/g, '_')}-${gateway}`);
  }
  const projectDir = path.join(request.tempRoot ?? tmpdir(), `gateway-deploy-gate-${project}`);
  const runs = localRuns(projectDir);
  if (!request.fresh && runs.length) return path.join(projectDir, runs.at(-1)!);
  const stamp = (request.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
  for (const old of runs.slice(0, Math.max(0, runs.length - (KEEP_LOCAL_RUNS - 1)))) {
    rmSync(path.join(projectDir, old), { recursive: true, force: true });
  }
  return path.join(projectDir, `${stamp}-${process.pid}`);
}

/** The project's local runs, oldest first (their names start with an ISO time). */
function localRuns(projectDir: string): string[] {
  try {
    return readdirSync(projectDir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && /^\d{4}-\d\d-\d\dT/.test(e.name))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}
