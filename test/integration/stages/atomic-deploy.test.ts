// A deploy is one new version holding the code and the secrets, deployed once: whatever fails
// (an API 500, a lasting 429, a hang, a cancel), the previous version still serves, the report
// says so, and the next deploy goes through. Real wrangler against the local Cloudflare, the
// gateway served in real workerd, the gate's CLI as the runner starts it.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { get } from 'node:http';
import path from 'node:path';
import { startLocalCloudflare, type LocalCloudflareProcess } from '../../helpers/local-cloudflare.js';
import {
  gatewayProject,
  runGate,
  signToken,
  startUpstream,
  type GatewayProject,
  type GateRun,
  type Upstream,
} from '../../helpers/gateway-project.js';
import { CLI, ROOT, tempDir } from '../../helpers/runner.js';

import { jest } from '@jest/globals';

jest.setTimeout(300_000);

const NAME = 'example-gateway';
let cf: LocalCloudflareProcess;
let upstream: Upstream;

beforeAll(async () => {
  cf = await startLocalCloudflare();
  upstream = await startUpstream('echo');
});
afterAll(async () => {
  await cf?.stop();
  await upstream?.close();
});
afterEach(async () => {
  await cf.admin('DELETE', '/faults');
});

interface FaultRule {
  path: string;
  method?: string;
  status?: number;
  retryAfter?: number;
  hang?: boolean;
  skip?: number;
}

const errorsOf = (run: GateRun) => run.report.findings.filter((f) => f.severity === 'error');
const served = async () => (await cf.worker(NAME)).deployment;
const versionCount = async () => {
  const state = await cf.admin<{ workers: Array<{ name: string; versions: unknown[] }> }>('GET', '/state');
  return state.workers.find((w) => w.name === NAME)?.versions.length ?? 0;
};

/** What the served gateway answers to GET /users/me with a token signed by `secret` (401: another secret serves). */
async function authStatus(secret: string): Promise<number> {
  const url = new URL('/users/me', (await cf.worker(NAME)).url!);
  // A connection of its own each time (no pooled socket across a redeploy), bounded in time.
  return new Promise((resolve, reject) => {
    const headers = { authorization: `Bearer ${signToken(secret)}` };
    const request = get(url, { agent: false, headers, timeout: 15_000 }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('timeout', () => request.destroy(new Error(`GET ${url.href} did not answer in 15 s`)));
    request.on('error', reject);
  });
}

function deploy(project: GatewayProject, secret: string, extra: { env?: Record<string, string> } = {}) {
  const env = { ...cf.env, JWT_SECRET: secret, ...extra.env };
  const args = ['deploy', '--deploy', 'direct', '--secrets', 'JWT_SECRET'];
  return runGate(args, { cwd: project.dir, runDir: tempDir('gate-atomic-'), env });
}

describe('a direct deploy with secrets (wrangler 4.164: deploy --secrets-file)', () => {
  let project: GatewayProject;
  let live: string;
  let secret = 'atomic-secret-0';

  it('a new Worker gets one version holding code and secrets, deployed once', async () => {
    project = gatewayProject(upstream.url);
    await cf.admin('DELETE', '/requests');
    const first = await deploy(project, secret);
    expect({ status: first.status, errors: errorsOf(first) }).toEqual({ status: 0, errors: [] });
    live = first.report.deployment!.versionId!;
    expect(await served()).toEqual([{ version_id: live, percentage: 100 }]);
    expect(await versionCount()).toBe(1);
    // No separate secret request: the secrets rode with the upload.
    const secretPaths = /\/secrets|\/settings$|versions\/latest$/;
    const secretCalls = (await cf.requests()).filter((r) => secretPaths.test(r.path) && r.method !== 'GET');
    expect(secretCalls).toEqual([]);
    expect(await authStatus(secret)).toBe(200);
    expect(first.stdout + first.stderr + JSON.stringify(first.report)).not.toContain(secret);
  });

  const upload = { path: '/workers/scripts/[^/]+/versions$', method: 'POST' };
  const subdomain = { path: '/workers/scripts/[^/]+/subdomain$', method: 'POST', status: 500 };
  // A hung command is stopped after this long (the default is 5 minutes): twice what a healthy `wrangler deploy`
  // takes on a loaded machine (6 to 8 s), so wrangler reaches the hung upload first (the row checks it did).
  const hangLimit = { GATE_WRANGLER_TIMEOUT_MS: '15000' };
  // Every row has its env: jest passes a `done` callback to a row with fewer values than parameters.
  const faults: Array<[string, FaultRule[], Record<string, string>]> = [
    ['an API 500 on the upload', [{ ...upload, status: 500 }], {}],
    ['a 429 whose Retry-After is past the budget', [{ ...upload, status: 429, retryAfter: 3600 }], {}],
    [
      'an API 500 on the deployment',
      [{ path: '/workers/scripts/[^/]+/deployments$', method: 'POST', status: 500 }],
      {},
    ],
    [
      'a 429 on the deployment whose Retry-After is past the budget',
      [{ path: '/workers/scripts/[^/]+/deployments$', method: 'POST', status: 429, retryAfter: 3600 }],
      {},
    ],
    ['a hung upload', [{ ...upload, hang: true }], hangLimit],
    // wrangler deploy fails after it has changed the deployment: the gate puts the previous one back.
    ['an API 500 after the deployment changed', [subdomain], {}],
  ];

  it.each(faults)(
    '%s leaves the previous version serving, and the next deploy goes through',
    async (_what, rules, env) => {
      const next = `${secret}-next`;
      project.edit('src/index.js', (t) => `${t}\n// change ${next}\n`);
      await cf.admin('POST', '/faults', rules);
      await cf.admin('DELETE', '/requests');
      const failed = await deploy(project, next, { env });
      expect(failed.status).toBe(1);
      const [problem, ...more] = errorsOf(failed);
      expect(more).toEqual([]);
      expect(problem!.stage).toBe('deploy');
      if (env.GATE_WRANGLER_TIMEOUT_MS) {
        // Stopped at the shortened limit while the upload hung, not before wrangler got there.
        expect(problem!.code).toBe('wrangler_timeout');
        expect(problem!.message).toContain('did not finish in 0.25 minutes and was stopped');
        const hung = (await cf.requests()).filter((r) => r.fault && r.status === 0);
        expect(hung.map((r) => `${r.method} ${r.path.replace(/.*\/workers\//, '')}`)).toEqual([
          `POST scripts/${NAME}/versions`,
        ]);
      }
      expect(problem!.message).toContain(`Cloudflare shows version ${live} of ${NAME} serving`);
      expect(failed.report.deployment).toMatchObject({ previousVersionId: live, servingVersionId: live });
      expect(await served()).toEqual([{ version_id: live, percentage: 100 }]);
      expect(await authStatus(secret)).toBe(200);
      expect(await authStatus(next)).toBe(401);

      await cf.admin('DELETE', '/faults');
      const again = await deploy(project, next);
      expect({ status: again.status, errors: errorsOf(again) }).toEqual({ status: 0, errors: [] });
      live = again.report.deployment!.versionId!;
      expect(await served()).toEqual([{ version_id: live, percentage: 100 }]);
      expect(await authStatus(next)).toBe(200);
      secret = next;
    },
  );

  it('the secrets file is private to the user while wrangler reads it, and removed even on a cancel', async () => {
    const runnerTemp = tempDir('gate-runner-temp-');
    const value = `${secret}-cancelled`;
    project.edit('src/index.js', (t) => `${t}\n// change ${value}\n`);
    await cf.admin('POST', '/faults', { path: '/workers/scripts/[^/]+/versions$', method: 'POST', hang: true });
    await cf.admin('DELETE', '/requests');
    const env = { ...cf.env, JWT_SECRET: value, RUNNER_TEMP: runnerTemp, GATE_RUN_DIR: tempDir('gate-atomic-') };
    const child = spawn(process.execPath, [CLI, 'deploy', '--deploy', 'direct', '--secrets', 'JWT_SECRET'], {
      cwd: project.dir,
      env: { PATH: `${path.join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`, HOME: `${process.env.HOME}`, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    const uploading = async () => (await cf.requests()).some((r) => r.method === 'POST' && /\/versions$/.test(r.path));
    const reached = await waitUntil(uploading, 60_000);
    expect(reached).toBe(true);

    const files = secretFiles(runnerTemp);
    expect(files).toHaveLength(1);
    expect(statSync(files[0]!).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(files[0]!)).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(files[0]!, 'utf8'))).toEqual({ JWT_SECRET: value });
    expect(commandLines().some((line) => line.includes(value))).toBe(false); // never in argv

    child.kill('SIGINT');
    expect(await closed).toBe(2);
    expect(secretFiles(runnerTemp)).toEqual([]);
    expect(existsSync(files[0]!)).toBe(false);
    expect(output).not.toContain(value);
    expect(await served()).toEqual([{ version_id: live, percentage: 100 }]);

    await cf.admin('DELETE', '/faults');
    const next = await deploy(project, value);
    expect({ status: next.status, errors: errorsOf(next) }).toEqual({ status: 0, errors: [] });
    expect(await authStatus(value)).toBe(200);
  });
});

describe('a gradual deploy with secrets (versions upload --secrets-file)', () => {
  it('a failed split leaves the previous version alone at 100%; the next gradual deploy goes through', async () => {
    const project = gatewayProject(upstream.url);
    project.edit('wrangler.toml', (t) => t.replace(`name = "${NAME}"`, 'name = "gw-atomic-gradual"'));
    const env = { ...cf.env, JWT_SECRET: 'gradual-0' };
    const runDir = tempDir('gate-atomic-');
    const direct = ['deploy', '--deploy', 'direct', '--secrets', 'JWT_SECRET'];
    const first = await runGate(direct, { cwd: project.dir, runDir, env });
    const live = first.report.deployment!.versionId!;
    await cf.admin('POST', '/faults', { path: '/workers/scripts/[^/]+/deployments$', method: 'POST', status: 500 });
    const args = ['deploy', '--deploy', 'gradual', '--secrets', 'JWT_SECRET'];
    const gradualEnv = { ...env, JWT_SECRET: 'gradual-1' };
    const failed = await runGate(args, { cwd: project.dir, runDir: tempDir('gate-atomic-'), env: gradualEnv });
    expect(failed.status).toBe(1);
    expect(errorsOf(failed)[0]!.message).toContain(`version ${live} of gw-atomic-gradual serving`);
    expect((await cf.worker('gw-atomic-gradual')).deployment).toEqual([{ version_id: live, percentage: 100 }]);

    await cf.admin('DELETE', '/faults');
    const again = await runGate(args, { cwd: project.dir, runDir: tempDir('gate-atomic-'), env: gradualEnv });
    expect({ status: again.status, errors: errorsOf(again) }).toEqual({ status: 0, errors: [] });
    const uploaded = again.report.deployment!.versionId!;
    expect((await cf.worker('gw-atomic-gradual')).deployment).toEqual([
      { version_id: uploaded, percentage: 0 },
      { version_id: live, percentage: 100 },
    ]);
    type Versions = Array<{ id: string; bindings: Array<{ name: string; type: string }> }>;
    const state = await cf.admin<{ workers: Array<{ name: string; versions: Versions }> }>('GET', '/state');
    const version = state.workers.find((w) => w.name === 'gw-atomic-gradual')!.versions.find((v) => v.id === uploaded)!;
    expect(version.bindings).toContainEqual({ name: 'JWT_SECRET', type: 'secret_text' });
  });
});

function secretFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((d) => d.startsWith('gate-secrets-'))
    .flatMap((d) => readdirSync(path.join(dir, d)).map((f) => path.join(dir, d, f)));
}

/** Every process's command line (what `ps` would show anyone on the machine). */
function commandLines(): string[] {
  const lines: string[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      lines.push(readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' '));
    } catch {
      // gone
    }
  }
  return lines;
}

async function waitUntil(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}
