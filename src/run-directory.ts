// Where a run's stages hand their results on. Two runs must never share one: a second terminal, or
// two jobs on one self-hosted runner, would delete each other's results.
import { readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
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
  /** The process id of a `run` still going in a run directory (default: its marker, if that process lives). */
  runningIn?: (dir: string) => number | undefined;
}

export interface RunDirChoice {
  dir: string;
  /** Why a stage command did not join the latest run, to say so. */
  note?: string;
}

/**
 * A short, stable name for a path: 48 bits of FNV-1a (64-bit) over its UTF-8 bytes. A name, not a
 * secret: node:crypto would cost every step milliseconds to load before its work starts.
 */
function keyOf(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(text, 'utf8')) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  return hash.toString(16).padStart(16, '0').slice(0, 12);
}

/**
 * In Actions: one directory per workflow run, attempt, job and gateway (working directory, wrangler
 * config, environment), so matrix jobs and several gateways in one job never collide (matrix jobs
 * share GITHUB_JOB, and their matrix values are not in the environment), while the composite
 * action's steps (separate processes, given the same inputs) find each other. On a laptop: one per
 * `run`; a stage command joins the project's latest run.
 */
export function defaultRunDir(request: RunDirRequest): string {
  return chooseRunDir(request).dir;
}

/** The run directory, and why a stage command starts its own instead of joining (a `run` still going there). */
export function chooseRunDir(request: RunDirRequest): RunDirChoice {
  const { env, workingDirectory } = request;
  const project = keyOf(workingDirectory);
  if (request.github && env.RUNNER_TEMP) {
    const job = [env.GITHUB_RUN_ID ?? 'run', env.GITHUB_RUN_ATTEMPT ?? '1', env.GITHUB_JOB ?? 'job'].join('-');
    const gateway = keyOf([workingDirectory, request.wranglerConfig ?? '', request.environment ?? ''].join('\n'));
    return { dir: path.join(env.RUNNER_TEMP, 'gateway-deploy-gate', `${job.replace(/[^\w.-]/g, '_')}-${gateway}`) };
  }
  const projectDir = path.join(request.tempRoot ?? tmpdir(), `gateway-deploy-gate-${project}`);
  const runs = localRuns(projectDir);
  const latest = runs.length ? path.join(projectDir, runs.at(-1)!) : undefined;
  // A stage command joins the latest run, unless that `run` is still going: its results are not to be mixed in.
  const running = latest && !request.fresh ? (request.runningIn ?? runningIn)(latest) : undefined;
  if (latest && !request.fresh && running === undefined) return { dir: latest };
  const stamp = (request.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
  // The run still going is the latest, so it is never among those removed.
  for (const old of runs.slice(0, Math.max(0, runs.length - (KEEP_LOCAL_RUNS - 1)))) {
    rmSync(path.join(projectDir, old), { recursive: true, force: true });
  }
  const dir = path.join(projectDir, `${stamp}-${process.pid}`);
  const note =
    running === undefined
      ? undefined
      : `a \`run\` (process ${running}) is still in progress in ${latest}: this stage starts its own run` +
        ` directory, ${dir}`;
  return note ? { dir, note } : { dir };
}

/** The marker a `run` leaves in its directory while it runs: its process id. */
export const RUN_MARKER = 'run-in-progress';

/** Marks `dir` as the directory of a `run` going on; the returned function removes the mark. */
export function markRunInProgress(dir: string): () => void {
  const marker = path.join(dir, RUN_MARKER);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(marker, String(process.pid));
  } catch {
    return () => undefined; // an unwritable run directory is reported where its results are written
  }
  return () => rmSync(marker, { force: true });
}

/** The `run` still going in `dir`: its marker names a live process (a killed run leaves a dead one). */
function runningIn(dir: string): number | undefined {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(dir, RUN_MARKER), 'utf8').trim());
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: it lives, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
  }
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
