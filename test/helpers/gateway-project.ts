// A copy of examples/gateway a test can change (its upstream, config, code), runnable by the
// gate against the local Cloudflare, and the upstreams it talks to, each with one behaviour.
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
// `.ts` imports: scripts/demo.ts runs this helper directly with Node's type stripping.
import { CLI, ROOT, nodeCompileCache, tempDir, wranglerConfigHome, type GateReport } from './runner.ts';

export const EXAMPLE = path.join(ROOT, 'examples/gateway');

export interface GatewayProject {
  dir: string;
  file(relative: string): string;
  edit(relative: string, change: (text: string) => string): void;
}

/**
 * examples/gateway in a temp directory (removed when the test file ends) or in `dir`, its upstream
 * pointed at `upstreamUrl`; node_modules are the repo's.
 */
export function gatewayProject(upstreamUrl: string, dir = tempDir('gate-gateway-')): GatewayProject {
  cpSync(EXAMPLE, dir, { recursive: true, filter: (source) => !source.includes('node_modules') });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  const project: GatewayProject = {
    dir,
    file: (relative) => path.join(dir, relative),
    edit: (relative, change) =>
      writeFileSync(path.join(dir, relative), change(readFileSync(path.join(dir, relative), 'utf8'))),
  };
  project.edit('wrangler.toml', (t) =>
    t.replace('UPSTREAM_URL = "http://127.0.0.1:8788"', `UPSTREAM_URL = "${upstreamUrl}"`),
  );
  return project;
}

export interface GateRun {
  status: number | null;
  stdout: string;
  stderr: string;
  report: GateReport & {
    probes?: Array<{
      name?: string;
      url: string;
      route?: string;
      status?: number;
      outcome: string;
      attempts: number;
      layer?: string;
      code?: string;
    }>;
    deployment?: {
      url?: string;
      versionId?: string;
      previousVersionId?: string;
      rolledBack?: boolean;
      promoted?: boolean;
      servingVersionId?: string;
      mode?: string;
      preview?: { alias: string; url: string };
      liveUrl?: string;
    };
  };
}

/** `node dist/index.js <args>` without blocking the test's event loop (its upstreams must answer meanwhile). */
export function runGate(
  args: string[],
  options: {
    cwd: string;
    runDir: string;
    env?: Record<string, string>;
    timeoutMs?: number;
    /** The gate's process, for a test that signals it (a cancel). */
    onSpawn?: (child: import('node:child_process').ChildProcess) => void;
  },
): Promise<GateRun> {
  const reportPath = path.join(options.runDir, 'report.json');
  const child = spawn(process.execPath, [CLI, ...args, '--report', reportPath], {
    cwd: options.cwd,
    env: {
      PATH: `${path.join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
      HOME: process.env.HOME ?? '',
      TMPDIR: tmpdir(),
      NO_COLOR: '1',
      WRANGLER_SEND_METRICS: 'false',
      WRANGLER_HIDE_BANNER: 'true',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      XDG_CONFIG_HOME: wranglerConfigHome('gate-test'),
      NODE_COMPILE_CACHE: nodeCompileCache(),
      GATE_RUN_DIR: options.runDir,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  options.onSpawn?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      let report: GateRun['report'];
      try {
        report = JSON.parse(readFileSync(reportPath, 'utf8')) as GateRun['report'];
      } catch {
        report = { version: 0, result: 'missing', stages: [], findings: [] };
      }
      resolve({ status, stdout, stderr, report });
    });
  });
}

export type UpstreamBehaviour = 'echo' | 'reset-mid-response' | 'hang' | 'status-503' | 'tls-self-signed';

export interface Upstream {
  url: string;
  requests: number;
  close(): Promise<void>;
}

let certificate: { key: string; cert: string } | undefined;
/** A throwaway self-signed certificate for 127.0.0.1 (openssl is part of the base system). */
function selfSigned(): { key: string; cert: string } {
  if (certificate) return certificate;
  const dir = tempDir('gate-cert-');
  const run = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'key.pem',
      '-out',
      'cert.pem',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  try {
    if (run.status !== 0) throw new Error(`openssl failed: ${run.stderr}`);
    certificate = {
      key: readFileSync(path.join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8'),
    };
    return certificate;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startUpstream(behaviour: UpstreamBehaviour, delayMs = 0): Promise<Upstream> {
  const state = { requests: 0 };
  const handler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    state.requests++;
    const answer = () => {
      if (behaviour === 'hang') return;
      if (behaviour === 'status-503') {
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end('{"error":"maintenance"}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      if (behaviour === 'reset-mid-response') {
        res.write('{"id":"1","name":');
        setTimeout(() => res.socket?.destroy(), 30);
        return;
      }
      res.end(JSON.stringify({ path: req.url, method: req.method }));
    };
    if (delayMs > 0) setTimeout(answer, delayMs);
    else answer();
  };
  const server: Server =
    behaviour === 'tls-self-signed' ? createHttpsServer(selfSigned(), handler) : createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${behaviour === 'tls-self-signed' ? 'https' : 'http'}://127.0.0.1:${port}`,
    get requests() {
      return state.requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A 127.0.0.1 port nothing listens on. */
export async function closedPort(): Promise<number> {
  // Below Linux's ephemeral range (32768+), so no server started later with port 0 (workerd, wrangler,
  // another upstream) can be handed this port while the test still expects nothing to listen there.
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (await refusesConnections(port)) return port;
  }
  throw new Error('no closed loopback port found in 20000-31999 after 50 tries');
}

function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(1_000, () => (socket.destroy(), resolve(false)));
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

/** An HS256 token for the example gateway's authorizer (audience and issuer from its config). */
export function signToken(secret: string, claims: Record<string, unknown> = {}): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const payload = {
    sub: 'user-42',
    iss: 'https://auth.example.com/',
    aud: 'example-gateway',
    iat: now,
    exp: now + 600,
    ...claims,
  };
  const input = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}
