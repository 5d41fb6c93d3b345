// `deploy: preview` through the real parts: the gate's CLI runs real wrangler 4.164
// (`versions upload --preview-alias`) against the local Cloudflare, which serves the alias at its
// real workers.dev hostname (TLS, routed by Host, on loopback); the smoke stage reaches it through
// the `resolve` input. Production's deployment must be the same before and after.
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import path from 'node:path';
import {
  startLocalCloudflare,
  type LocalCloudflareProcess,
  type WorkersDevListener,
} from '../../helpers/local-cloudflare.js';
import {
  gatewayProject,
  runGate,
  signToken,
  startUpstream,
  type GatewayProject,
  type GateRun,
  type Upstream,
} from '../../helpers/gateway-project.js';
import { ROOT, tempDir } from '../../helpers/runner.js';

import { jest } from '@jest/globals';

jest.setTimeout(300_000);

const NAME = 'example-gateway';
let cf: LocalCloudflareProcess;
let upstream: Upstream;
let dev: WorkersDevListener;

beforeAll(async () => {
  cf = await startLocalCloudflare();
  upstream = await startUpstream('echo');
  dev = await cf.workersDev();
});
afterAll(async () => {
  await cf?.stop();
  await upstream?.close();
});

const errorsOf = (run: GateRun) => run.report.findings.filter((f) => f.severity === 'error');

/** GET `url` (an https workers.dev URL) on the local Cloudflare's listener, trusting its certificate. */
function fetchVia(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const target = new URL(url);
  const ca = readFileSync(dev.caFile, 'utf8');
  return new Promise((resolve, reject) => {
    const options = {
      host: '127.0.0.1',
      port: dev.port,
      servername: target.hostname,
      ca,
      agent: false,
      timeout: 15_000,
    };
    const req = request(
      { ...options, path: target.pathname, headers: { host: target.hostname, ...headers } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`GET ${url} did not answer in 15 s`)));
    req.on('error', reject);
    req.end();
  });
}

/** The Worker's deployments as the API lists them. */
async function deploymentsOf(name: string): Promise<unknown> {
  const url = `${cf.apiUrl}/accounts/${cf.accountId}/workers/scripts/${name}/deployments`;
  const response = await fetch(url, { headers: { authorization: `Bearer ${cf.token}` } });
  return ((await response.json()) as { result: unknown }).result;
}

/** The outputs a step wrote to GITHUB_OUTPUT (`name<<delimiter` blocks, as @actions/core writes them). */
function outputsOf(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of readFileSync(file, 'utf8').matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

/** The runner's files for one step of a pull request's job. */
function runnerFiles(pullRequest: number): Record<string, string> {
  const dir = tempDir('gate-runner-');
  const files = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output'), summary: path.join(dir, 's') };
  writeFileSync(files.event, JSON.stringify({ pull_request: { number: pullRequest } }));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
  };
}

/** A static route's answer that tells the two versions apart. */
const setVersion = (project: GatewayProject, version: string) =>
  project.edit('src/api-config.json', (t) => t.replace(/"version": "[^"]*"/, `"version": "${version}"`));

function previewDeploy(project: GatewayProject, runDir: string, env: Record<string, string>): Promise<GateRun> {
  const args = ['deploy', '--deploy', 'preview', '--secrets', 'JWT_SECRET'];
  return runGate(args, { cwd: project.dir, runDir, env: { ...cf.env, ...env } });
}

describe('deploy: preview of a pull request', () => {
  let project: GatewayProject;

  beforeAll(async () => {
    project = gatewayProject(upstream.url);
    const env = { ...cf.env, JWT_SECRET: 'production-secret' };
    const args = ['deploy', '--deploy', 'direct', '--secrets', 'JWT_SECRET'];
    const live = await runGate(args, { cwd: project.dir, runDir: tempDir('gate-prod-'), env });
    expect({ status: live.status, errors: errorsOf(live) }).toEqual({ status: 0, errors: [] });
  });

  it('uploads the changed version under pr-<N>, answers there with its code and secret, and leaves production as it was', async () => {
    const production = (await cf.worker(NAME)).url!;
    const before = await deploymentsOf(NAME);
    setVersion(project, '2.0.0-preview');
    const runner = runnerFiles(42);
    const runDir = tempDir('gate-preview-');
    const deploy = await previewDeploy(project, runDir, { ...runner, JWT_SECRET: 'preview-secret' });
    expect({ status: deploy.status, errors: errorsOf(deploy) }).toEqual({ status: 0, errors: [] });

    const previewUrl = `https://pr-42-${NAME}.${dev.subdomain}.workers.dev`;
    const outputs = outputsOf(runner.GITHUB_OUTPUT!);
    expect(outputs['preview-url']).toBe(previewUrl);
    expect(outputs['version-id']).toMatch(/^[0-9a-f-]{36}$/);
    const served = await cf.worker(NAME);
    expect(served.aliases?.['pr-42']).toEqual({ version_id: outputs['version-id'], url: previewUrl });
    // The active deployment is untouched: the API shows the same list, production the old code and secret.
    expect(await deploymentsOf(NAME)).toEqual(before);
    expect(served.deployment).not.toContainEqual(expect.objectContaining({ version_id: outputs['version-id'] }));
    expect(JSON.parse((await fetchVia(`${previewUrl}/version`)).body)).toMatchObject({ version: '2.0.0-preview' });
    // The version's own preview URL (its id's first 8 characters) answers too; production's name is production.
    const prefixed = `https://${outputs['version-id']!.slice(0, 8)}-${NAME}.${dev.subdomain}.workers.dev/version`;
    expect(JSON.parse((await fetchVia(prefixed)).body)).toMatchObject({ version: '2.0.0-preview' });
    const workersDev = `https://${NAME}.${dev.subdomain}.workers.dev/version`;
    expect(JSON.parse((await fetchVia(workersDev)).body)).toMatchObject({ version: '1.0.0' });
    const productionVersion = await fetch(`${production}/version`).then((r) => r.json());
    expect(productionVersion).toMatchObject({ version: '1.0.0' });
    const bearer = (secret: string) => ({ authorization: `Bearer ${signToken(secret)}` });
    expect((await fetchVia(`${previewUrl}/users/me`, bearer('preview-secret'))).status).toBe(200);
    expect((await fetch(`${production}/users/me`, { headers: bearer('production-secret') })).status).toBe(200);
    expect(deploy.report.deployment).toMatchObject({ mode: 'preview', preview: { alias: 'pr-42', url: previewUrl } });
    expect(deploy.report.deployment).toMatchObject({ liveUrl: `https://${NAME}.${dev.subdomain}.workers.dev` });
    const summary = readFileSync(runner.GITHUB_STEP_SUMMARY!, 'utf8');
    expect(summary).toContain('preview alias <code>pr-42</code>; production <code>');
    expect(summary).toContain(`production at <code>https://${NAME}.${dev.subdomain}.workers.dev</code>`);

    // The smoke step probes the preview at its real hostname, reached through `resolve`.
    const resolve = `*.${dev.subdomain}.workers.dev:443=127.0.0.1:${dev.port}`;
    const smokeEnv = { ...cf.env, ...runner, JWT_SECRET: 'preview-secret', NODE_EXTRA_CA_CERTS: dev.caFile };
    const smoke = await runGate(['smoke', '--resolve', resolve], { cwd: project.dir, runDir, env: smokeEnv });
    expect({ status: smoke.status, errors: errorsOf(smoke) }).toEqual({ status: 0, errors: [] });
    const probes = smoke.report.probes ?? [];
    expect(probes.length).toBeGreaterThan(3);
    expect(probes.every((p) => p.url.startsWith(previewUrl))).toBe(true);
    // wrangler tail streams the preview's requests too: the marker proves the new version answered.
    const note = smoke.report.stages.find((s) => s.name === 'smoke')?.note;
    expect(note).toContain(`version ${outputs['version-id']} proven`);
    expect(await deploymentsOf(NAME)).toEqual(before);
  });

  it('re-uses the alias on the next push: the same URL now serves the new version', async () => {
    const runner = runnerFiles(42);
    setVersion(project, '2.0.1-preview');
    const first = (await cf.worker(NAME)).aliases?.['pr-42']?.version_id;
    const deploy = await previewDeploy(project, tempDir('gate-preview-'), { ...runner, JWT_SECRET: 'preview-secret' });
    expect({ status: deploy.status, errors: errorsOf(deploy) }).toEqual({ status: 0, errors: [] });
    const outputs = outputsOf(runner.GITHUB_OUTPUT!);
    expect(outputs['preview-url']).toBe(`https://pr-42-${NAME}.${dev.subdomain}.workers.dev`);
    expect(outputs['version-id']).not.toBe(first);
    const answer = await fetchVia(`${outputs['preview-url']}/version`);
    expect(JSON.parse(answer.body)).toMatchObject({ version: '2.0.1-preview' });
  });

  it('stops on `workers_dev = false` before any upload, on that line', async () => {
    const blocked = gatewayProject(upstream.url);
    blocked.edit('wrangler.toml', (t) =>
      t.replace('main = "src/index.js"', 'main = "src/index.js"\nworkers_dev = false'),
    );
    const versionsBefore = (await cf.requests()).filter((r) => r.method === 'POST' && r.path.endsWith('/versions'));
    const run = await previewDeploy(blocked, tempDir('gate-preview-'), { ...runnerFiles(7), JWT_SECRET: 'x' });
    expect(run.status).toBe(1);
    const line = readFileSync(blocked.file('wrangler.toml'), 'utf8').split('\n').indexOf('workers_dev = false') + 1;
    expect(errorsOf(run)).toEqual([
      expect.objectContaining({
        code: 'preview_urls_unavailable',
        location: expect.objectContaining({ file: 'wrangler.toml', line }),
      }),
    ]);
    const versionsAfter = (await cf.requests()).filter((r) => r.method === 'POST' && r.path.endsWith('/versions'));
    expect(versionsAfter).toEqual(versionsBefore);
  });
});

it('refuses, before any upload, a Worker whose preview URLs Cloudflare has turned off', async () => {
  const project = gatewayProject(upstream.url);
  project.edit('wrangler.toml', (t) => t.replace('name = "example-gateway"', 'name = "dark-gateway"'));
  const live = await runGate(['deploy', '--deploy', 'direct'], {
    cwd: project.dir,
    runDir: tempDir('gate-prod-'),
    env: cf.env,
  });
  expect(live.status).toBe(0);
  // What a deploy with `preview_urls = false` leaves behind (the config no longer says so).
  const url = `${cf.apiUrl}/accounts/${cf.accountId}/workers/scripts/dark-gateway/subdomain`;
  const body = JSON.stringify({ enabled: true, previews_enabled: false });
  const headers = { authorization: `Bearer ${cf.token}`, 'content-type': 'application/json' };
  expect((await fetch(url, { method: 'POST', headers, body })).ok).toBe(true);
  const uploads = async () => (await cf.requests()).filter((r) => r.method === 'POST' && r.path.endsWith('/versions'));
  const before = await uploads();
  const run = await previewDeploy(project, tempDir('gate-preview-'), { ...runnerFiles(3), JWT_SECRET: 'x' });
  expect(run.status).toBe(1);
  expect(errorsOf(run)).toEqual([
    expect.objectContaining({ code: 'preview_urls_unavailable', fix: expect.stringContaining('preview_urls = true') }),
  ]);
  expect(await uploads()).toEqual(before);
});

it('refuses to preview a Worker that was never deployed, before any upload, with the fix', async () => {
  const fresh = gatewayProject(upstream.url);
  fresh.edit('wrangler.toml', (t) => t.replace('name = "example-gateway"', 'name = "fresh-gateway"'));
  const uploads = async () => (await cf.requests()).filter((r) => r.method === 'POST' && r.path.endsWith('/versions'));
  const before = await uploads();
  const deploy = await previewDeploy(fresh, tempDir('gate-preview-'), { ...runnerFiles(9), JWT_SECRET: 'fresh' });
  expect(deploy.status).toBe(1);
  expect(errorsOf(deploy)).toEqual([
    expect.objectContaining({
      code: 'worker_not_found',
      location: expect.objectContaining({ file: 'wrangler.toml', line: 1 }),
      fix: expect.stringContaining('deploy: direct'),
    }),
  ]);
  expect(await uploads()).toEqual(before);
  expect(deploy.report.deployment?.liveUrl).toBeUndefined();
  expect(deploy.report.deployment?.preview).toBeUndefined();
});

// wrangler 4.73 and older have no --secrets-file: the secret goes into an undeployed version first
// (`versions secret bulk`), which the aliased upload inherits; the deployment must not move either way.
const OLDER = (JSON.parse(readFileSync(path.join(ROOT, 'test/wrangler-matrix.json'), 'utf8')) as { cached: string[] })
  .cached;

describe.each(OLDER)('deploy: preview with wrangler %s', (version) => {
  it('uploads under the alias with the secret, and the deployment stays as it was', async () => {
    const name = `preview-${version.replace(/\./g, '-')}`;
    const project = gatewayProject(upstream.url);
    rmSync(project.file('node_modules'), { force: true });
    mkdirSync(project.file('node_modules'));
    const wrangler = path.join(ROOT, '.cache/wrangler', version, 'node_modules/wrangler');
    symlinkSync(wrangler, path.join(project.file('node_modules'), 'wrangler'));
    project.edit('wrangler.toml', (t) => t.replace('name = "example-gateway"', `name = "${name}"`));
    const env = { ...cf.env, JWT_SECRET: 'old-secret' };
    const args = ['deploy', '--deploy', 'direct', '--secrets', 'JWT_SECRET'];
    const live = await runGate(args, { cwd: project.dir, runDir: tempDir('gate-prod-'), env });
    expect({ status: live.status, errors: errorsOf(live) }).toEqual({ status: 0, errors: [] });
    const before = await deploymentsOf(name);

    setVersion(project, `3.0.0-${version}`);
    const runner = runnerFiles(5);
    const deploy = await previewDeploy(project, tempDir('gate-preview-'), { ...runner, JWT_SECRET: 'new-secret' });
    expect({ status: deploy.status, errors: errorsOf(deploy) }).toEqual({ status: 0, errors: [] });
    const previewUrl = outputsOf(runner.GITHUB_OUTPUT!)['preview-url']!;
    expect(previewUrl).toBe(`https://pr-5-${name}.${dev.subdomain}.workers.dev`);
    expect(JSON.parse((await fetchVia(`${previewUrl}/version`)).body)).toMatchObject({ version: `3.0.0-${version}` });
    const bearer = { authorization: `Bearer ${signToken('new-secret')}` };
    expect((await fetchVia(`${previewUrl}/users/me`, bearer)).status).toBe(200);
    expect(await deploymentsOf(name)).toEqual(before);
  });
});
