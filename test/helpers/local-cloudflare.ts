// Starts the local Cloudflare (`npm run cloudflare`) as its own process, as a person would, and
// runs real wrangler commands against it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// `.ts` imports: scripts/demo.ts runs this helper directly with Node's type stripping.
import { stripAnsi } from '../../src/text.ts';
import { ROOT, nodeCompileCache, tempDir, wranglerConfigHome } from './runner.ts';

export const NODE = path.join(ROOT, 'node_modules/.bin/node');
const WRANGLER = path.join(ROOT, 'node_modules/wrangler/bin/wrangler.js');
const START_TIMEOUT_MS = 30_000;
const COMMAND_TIMEOUT_MS = 60_000;

export interface ServedWorker {
  name: string;
  url: string | null;
  /** The active deployment, as the API shows it. */
  deployment: Array<{ version_id: string; percentage: number }>;
  /** What the edge routes by: the active deployment, or an older one while a stale rule holds it back. */
  serving: Array<{ version_id: string; percentage: number }>;
  previews: Record<string, string>;
  /** Preview aliases: alias → the version it serves and its workers.dev URL. */
  aliases?: Record<string, { version_id: string; url: string }>;
}

/** The loopback listener for `*.<subdomain>.workers.dev` (TLS, routed by Host). */
export interface WorkersDevListener {
  url: string;
  port: number;
  subdomain: string;
  /** Its self-signed certificate, for NODE_EXTRA_CA_CERTS. */
  caFile: string;
}

/** A rule of the lagging edge (`/__local/edge/stale`). */
export interface StaleRule {
  script: string;
  ms: number;
  since: number;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  query: string;
  status: number;
  fault?: boolean;
}

export interface LocalCloudflareProcess {
  apiUrl: string;
  adminUrl: string;
  token: string;
  accountId: string;
  /** The variables wrangler (and the gate) read. */
  env: Record<string, string>;
  admin<T = unknown>(method: string, adminPath: string, body?: unknown): Promise<T>;
  worker(name: string): Promise<ServedWorker>;
  /** Where `https://*.<subdomain>.workers.dev` is served on loopback. */
  workersDev(): Promise<WorkersDevListener>;
  requests(): Promise<RequestLogEntry[]>;
  /** The edge keeps routing `script` by its previous deployment for `ms` after each new one (0 or omitted: until cleared). */
  staleEdge(script: string, ms?: number): Promise<StaleRule[]>;
  /** Clears the stale rule of one Worker, or all of them. */
  clearStaleEdge(script?: string): Promise<StaleRule[]>;
  stop(): Promise<void>;
  /** The end of what it logged (stderr), for a failure message. */
  logTail(): string;
}

export interface LocalCloudflareOptions {
  /** Each chunk of its log as it comes (the demo's --verbose). */
  onLog?: (chunk: string) => void;
  /** Extra arguments for local-cloudflare/main.ts (`--verbose`). */
  args?: string[];
}

export async function startLocalCloudflare(
  seed?: unknown,
  options: LocalCloudflareOptions = {},
): Promise<LocalCloudflareProcess> {
  const args = [path.join(ROOT, 'local-cloudflare/main.ts'), '--port', '0', ...(options.args ?? [])];
  // The seed file is read at start; its directory is removed once the process started (or failed to).
  const seedDir = seed === undefined ? undefined : tempDir('local-cf-seed-');
  if (seedDir) {
    writeFileSync(path.join(seedDir, 'seed.json'), JSON.stringify(seed));
    args.push('--seed', path.join(seedDir, 'seed.json'));
  }
  const child = spawn(NODE, args, {
    cwd: ROOT,
    env: { ...process.env, ...QUIET_ENV },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    options.onLog?.(chunk.toString());
  });
  const apiUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`local Cloudflare did not start in ${START_TIMEOUT_MS} ms:\n${stdout}\n${stderr}`)),
      START_TIMEOUT_MS,
    );
    const check = (): void => {
      const match = /API:\s+(\S+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`local Cloudflare exited with ${code}:\n${stdout}\n${stderr}`));
    });
  }).finally(() => seedDir && rmSync(seedDir, { recursive: true, force: true }));
  const token = /CLOUDFLARE_API_TOKEN=(\S+)/.exec(stdout)![1]!;
  const accountId = /CLOUDFLARE_ACCOUNT_ID=(\S+)/.exec(stdout)![1]!;
  const adminUrl = /Admin:\s+(\S+)/.exec(stdout)![1]!;

  const admin = async <T>(method: string, adminPath: string, body?: unknown): Promise<T> => {
    const send = () =>
      fetch(`${adminUrl}${adminPath}`, {
        method,
        ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
        signal: AbortSignal.timeout(COMMAND_TIMEOUT_MS),
      });
    // A test that blocked on spawnSync may find its kept-alive connection closed by the server meanwhile.
    const response = await send().catch(send);
    const json = (await response.json()) as T;
    if (!response.ok) throw new Error(`admin ${method} ${adminPath}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };

  return {
    apiUrl,
    adminUrl,
    token,
    accountId,
    env: { CLOUDFLARE_API_BASE_URL: apiUrl, CLOUDFLARE_API_TOKEN: token, CLOUDFLARE_ACCOUNT_ID: accountId },
    admin,
    worker: (name) => admin<ServedWorker>('GET', `/workers/${encodeURIComponent(name)}`),
    workersDev: async () => (await admin<{ workersDev: WorkersDevListener }>('GET', '')).workersDev,
    requests: () => admin<RequestLogEntry[]>('GET', '/requests'),
    staleEdge: (script, ms = 0) => admin<StaleRule[]>('POST', '/edge/stale', { script, ms }),
    clearStaleEdge: (script) =>
      admin<StaleRule[]>('DELETE', `/edge/stale${script === undefined ? '' : `?script=${encodeURIComponent(script)}`}`),
    stop: async () => {
      await stopProcess(child, 'SIGTERM');
    },
    logTail: () => stderr.slice(-8000),
  };
}

const QUIET_ENV = {
  // Wrangler and workerd must not wait on a network that is not there.
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  NO_COLOR: '1',
};

export interface WranglerRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wrangler's own ND-JSON output file (`WRANGLER_OUTPUT_FILE_PATH`). */
  output: Array<Record<string, unknown>>;
}

/** Runs the project's real wrangler in `cwd` with the given environment, bounded in time. */
export function wrangler(
  args: string[],
  options: { cwd: string; env: Record<string, string>; input?: string },
): Promise<WranglerRun> {
  const outputDir = tempDir('wrangler-out-');
  const outputPath = path.join(outputDir, 'output.ndjson');
  const child = spawn(NODE, [WRANGLER, ...args], {
    cwd: options.cwd,
    env: {
      PATH: `${path.dirname(NODE)}:${process.env.PATH ?? ''}`,
      HOME: process.env.HOME ?? '',
      TMPDIR: tmpdir(),
      ...QUIET_ENV,
      XDG_CONFIG_HOME: wranglerConfigHome('wrangler-test'),
      NODE_COMPILE_CACHE: nodeCompileCache(),
      WRANGLER_OUTPUT_FILE_PATH: outputPath,
      ...options.env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(options.input ?? '');
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), COMMAND_TIMEOUT_MS);
    child.once('close', (code) => {
      clearTimeout(timer);
      const output = existsSync(outputPath)
        ? readFileSync(outputPath, 'utf8')
            .split('\n')
            .filter((line) => line.trim() !== '')
            .map((line) => JSON.parse(line) as Record<string, unknown>)
        : [];
      rmSync(outputDir, { recursive: true, force: true });
      resolve({ code, stdout, stderr: stripAnsi(stderr), output });
    });
  });
}

/** `wrangler tail` in the background; `stop()` sends SIGINT (wrangler then deletes the tail) and returns what it printed. */
export function startTail(
  args: string[],
  options: { cwd: string; env: Record<string, string> },
): { stop(): Promise<{ code: number | null; stdout: string; stderr: string }>; output(): string } {
  const child = spawn(NODE, [WRANGLER, 'tail', ...args], {
    cwd: options.cwd,
    env: {
      PATH: `${path.dirname(NODE)}:${process.env.PATH ?? ''}`,
      HOME: process.env.HOME ?? '',
      TMPDIR: tmpdir(),
      ...QUIET_ENV,
      XDG_CONFIG_HOME: wranglerConfigHome('wrangler-test'),
      NODE_COMPILE_CACHE: nodeCompileCache(),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return {
    output: () => stdout,
    async stop() {
      const code = await stopProcess(child, 'SIGINT');
      return { code, stdout, stderr };
    },
  };
}

/** A trace event as `wrangler tail --format json` prints it (the fields the tests read). */
export interface TailEvent {
  scriptName: string;
  scriptVersion: { id: string };
  outcome: string;
  event: { request: { url: string; method: string; headers: Record<string, string> }; response?: { status: number } };
  logs: Array<{ level: string; message: unknown[] }>;
  exceptions: Array<{ name: string; message: string }>;
}

/** `wrangler tail --format json` prints each event as indented JSON, one after another. */
export function parseTailEvents(stdout: string): TailEvent[] {
  return stdout
    .split(/^(?=\{$)/m)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.startsWith('{'))
    .map((chunk) => JSON.parse(chunk) as TailEvent);
}

function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    child.kill(signal);
  });
}

/**
 * A throwaway wrangler project: `files` (e.g. `wrangler.toml`, `index.js`) written to a new temporary
 * directory (removed when the test file ends), which is returned.
 */
export function makeProject(files: Record<string, string>): string {
  const dir = tempDir('local-cf-project-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Polls `check` until it returns a value, at most `timeoutMs`. */
export async function waitFor<T>(
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
