// The differential smoke through the real parts: two Workers of the example gateway deployed by
// the gate to the local Cloudflare (real wrangler, real workerd), "production" and a "candidate",
// and the gate's smoke stage sending every probe to both. One test per verdict kind.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startLocalCloudflare, type LocalCloudflareProcess } from '../../helpers/local-cloudflare.js';
import {
  closedPort,
  gatewayProject,
  runGate,
  startUpstream,
  type GatewayProject,
  type GateRun,
  type Upstream,
} from '../../helpers/gateway-project.js';
import { positionOf, reportSchemaErrors, tempDir } from '../../helpers/runner.js';

import { jest } from '@jest/globals';

jest.setTimeout(300_000);

const SECRET = 'differential-secret';
const CONFIG = 'src/api-config.json';
let cf: LocalCloudflareProcess;
let healthy: Upstream;
let broken: string;

interface Deployed {
  project: GatewayProject;
  url: string;
  runDir: string;
}
const deployed = new Map<string, Deployed>();

beforeAll(async () => {
  cf = await startLocalCloudflare();
  healthy = await startUpstream('echo');
  broken = `http://127.0.0.1:${await closedPort()}`;
});
afterAll(async () => {
  await cf?.stop();
  await healthy?.close();
});

/**
 * A Worker of the example gateway, deployed once by the gate: its upstream, and whether the
 * `RELEASE` var its /version response references is set.
 */
async function worker(name: string, upstream: 'healthy' | 'broken', release: boolean): Promise<Deployed> {
  const known = deployed.get(name);
  if (known) return known;
  const project = gatewayProject(upstream === 'healthy' ? healthy.url : broken);
  project.edit('wrangler.toml', (t) => {
    const named = t.replace(/^name = ".*"$/m, `name = "${name}"`);
    return release ? named.replace(/^\[vars\]$/m, '[vars]\nRELEASE = "2026.11"') : named;
  });
  project.edit(CONFIG, (t) => t.replace('"version": "1.0.0" }', '"version": "1.0.0", "release": "$env.RELEASE" }'));
  const runDir = tempDir('gate-diff-');
  const env = { ...cf.env, JWT_SECRET: SECRET };
  const run = await runGate(['deploy', '--deploy', 'direct', '--secrets', 'JWT_SECRET'], {
    cwd: project.dir,
    runDir,
    env,
  });
  expect({ status: run.status, findings: run.report.findings }).toEqual({ status: 0, findings: [] });
  const entry = { project, url: (await cf.worker(name)).url!, runDir };
  deployed.set(name, entry);
  return entry;
}

const production = {
  healthy: () => worker('diff-prod-healthy', 'healthy', true),
  broken: () => worker('diff-prod-broken', 'broken', true),
};
const candidate = {
  healthy: () => worker('diff-cand-healthy', 'healthy', true),
  broken: () => worker('diff-cand-broken', 'broken', true),
  /** Healthy, but its wrangler.toml lost the RELEASE var: /version answers "release": "". */
  unreleased: () => worker('diff-cand-unreleased', 'healthy', false),
};

/** The candidate's smoke stage against production, in the candidate's run directory; then the report's summary. */
async function differential(
  cand: Deployed,
  prod: Deployed,
  extra: string[] = [],
): Promise<{ smoke: GateRun; summary: string }> {
  const args = ['smoke', '--url', cand.url, '--baseline-url', prod.url, ...extra];
  const smoke = await runGate(args, { cwd: cand.project.dir, runDir: cand.runDir, env: { ...cf.env } });
  const file = path.join(tempDir('gate-diff-summary-'), 'summary.md');
  await runGate(['report', '--summary', file], { cwd: cand.project.dir, runDir: cand.runDir, env: {} });
  expect(reportSchemaErrors(smoke.report)).toBeNull();
  return { smoke, summary: readFileSync(file, 'utf8') };
}

const verdicts = (run: GateRun) =>
  (run.report.probes ?? []).map((p) => {
    const q = p as typeof p & { verdict?: string; baseline?: { status?: number; outcome: string } };
    return `${q.name} ${q.status ?? '-'}/${q.baseline?.status ?? '-'} ${q.verdict}`;
  });
const located = (run: GateRun, severity: string) =>
  run.report.findings
    .filter((f) => f.severity === severity)
    .map((f) => `${f.code} ${f.location?.file}:${f.location?.line}`);
const configLine = (project: GatewayProject, route: string): number =>
  positionOf(readFileSync(project.file(CONFIG), 'utf8'), `"path": "${route}"`, `"${route}"`).line;
const varLine = (project: GatewayProject, name: string): number =>
  readFileSync(project.file('wrangler.toml'), 'utf8')
    .split('\n')
    .findIndex((l) => l.startsWith(`${name} = `)) + 1;

describe('the differential smoke against the local Cloudflare', () => {
  it('regression: routes whose upstream the candidate breaks fail with an error, production answering them', async () => {
    const [cand, prod] = [await candidate.broken(), await production.healthy()];
    const { smoke, summary } = await differential(cand, prod);
    expect(smoke.status).toBe(1);
    expect(verdicts(smoke)).toEqual([
      'GET /health 200/200 unchanged',
      'GET /version 200/200 unchanged',
      'GET /users/me · no token 401/401 unchanged',
      'GET /users/{id} 500/200 regression',
      'POST /orders · no token 401/401 unchanged',
      'ANY /api/{.+} 500/200 regression',
    ]);
    // One root cause (the candidate's UPSTREAM_URL): one error on its line, each route a warning on its own.
    expect(located(smoke, 'error')).toEqual([
      `connection_refused wrangler.toml:${varLine(cand.project, 'UPSTREAM_URL')}`,
    ]);
    expect(located(smoke, 'warning')).toEqual([
      `connection_refused ${CONFIG}:${configLine(cand.project, '/users/{id}')}`,
      `connection_refused ${CONFIG}:${configLine(cand.project, '/api/{.+}')}`,
    ]);
    const error = smoke.report.findings.find((f) => f.severity === 'error')!;
    expect(error.layer).toBe('upstream');
    expect(error.message).toContain(`regression (production ${prod.url} answers 200 as expected)`);
    expect((error as { evidence?: unknown }).evidence).toMatchObject({
      verdict: 'regression',
      candidate: { status: 500 },
      baseline: { status: 200 },
    });
    expect(summary).toContain('<th>Candidate</th><th>Production</th><th>Verdict</th>');
    expect(summary).toMatch(
      /<code>GET \/users\/\{id\}<\/code><\/td><td>❌ 500 upstream <sub>connection_refused<\/sub>/,
    );
    expect(summary).toContain('</td><td>✅ 200</td><td>🔴 regression</td>');
  });

  it('preexisting: failing in both is a warning (exit 0); with fail-on preexisting an error (exit 1)', async () => {
    const [cand, prod] = [await candidate.broken(), await production.broken()];
    const { smoke, summary } = await differential(cand, prod);
    expect(smoke.status).toBe(0);
    expect(verdicts(smoke).filter((v) => !v.endsWith('unchanged'))).toEqual([
      'GET /users/{id} 500/500 preexisting',
      'ANY /api/{.+} 500/500 preexisting',
    ]);
    expect(located(smoke, 'error')).toEqual([]);
    expect(located(smoke, 'warning')).toEqual([
      `connection_refused wrangler.toml:${varLine(cand.project, 'UPSTREAM_URL')}`,
    ]);
    expect(smoke.report.findings.find((f) => f.severity === 'warning')!.message).toContain(
      'already failing in production (production: upstream destination_unavailable), not caused by this change',
    );
    expect(summary).toContain('🟡 already failing in production');

    const strict = await differential(cand, prod, ['--fail-on', 'preexisting']);
    expect(strict.smoke.status).toBe(1);
    expect(located(strict.smoke, 'error')).toEqual([
      `connection_refused wrangler.toml:${varLine(cand.project, 'UPSTREAM_URL')}`,
    ]);
  });

  it('fixed: what production fails and the candidate answers is a notice on the route line', async () => {
    const [cand, prod] = [await candidate.healthy(), await production.broken()];
    const { smoke, summary } = await differential(cand, prod);
    expect(smoke.status).toBe(0);
    expect(verdicts(smoke).filter((v) => !v.endsWith('unchanged'))).toEqual([
      'GET /users/{id} 200/500 fixed',
      'ANY /api/{.+} 200/500 fixed',
    ]);
    expect(located(smoke, 'notice')).toEqual([
      `fixed_by_change ${CONFIG}:${configLine(cand.project, '/users/{id}')}`,
      `fixed_by_change ${CONFIG}:${configLine(cand.project, '/api/{.+}')}`,
    ]);
    expect(smoke.report.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
    expect(summary).toContain(
      '<td>✅ 200</td><td>❌ 500 upstream <sub>destination_unavailable</sub></td><td>🟢 fixed</td>',
    );
  });

  it('both pass but differ: a static response whose var the candidate lost is a regression on its line', async () => {
    const [cand, prod] = [await candidate.unreleased(), await production.healthy()];
    const { smoke, summary } = await differential(cand, prod);
    expect(smoke.status).toBe(1);
    expect(verdicts(smoke)).toContain('GET /version 200/200 regression');
    expect(verdicts(smoke).filter((v) => v.endsWith('regression'))).toHaveLength(1);
    expect(located(smoke, 'error')).toEqual([`response_changed ${CONFIG}:${configLine(cand.project, '/version')}`]);
    const error = smoke.report.findings.find((f) => f.severity === 'error')!;
    expect(error.message).toContain('$.release is empty on the candidate, set in production');
    expect(summary).toContain('<td>✅ 200</td><td>✅ 200</td><td>🔴 regression</td>');
  });

  it('unchanged: a healthy candidate and production give no finding and exit 0', async () => {
    const [cand, prod] = [await candidate.healthy(), await production.healthy()];
    const { smoke, summary } = await differential(cand, prod);
    expect({ status: smoke.status, findings: smoke.report.findings }).toEqual({ status: 0, findings: [] });
    expect(verdicts(smoke).every((v) => v.endsWith('unchanged'))).toBe(true);
    expect(verdicts(smoke)).toHaveLength(6);
    expect(smoke.stdout).toContain(`against production ${prod.url}: 6 unchanged`);
    expect(summary).toContain(`Candidate ${cand.url} against production ${prod.url}`);
  });
});

describe('deploy: preview with a live production', () => {
  it('the preview breaking a route is a regression, production answering it and its deployment untouched', async () => {
    const dev = await cf.workersDev();
    const name = 'diff-preview-gateway';
    const project = gatewayProject(healthy.url);
    project.edit('wrangler.toml', (t) => t.replace(/^name = ".*"$/m, `name = "${name}"`));
    const env = { ...cf.env, JWT_SECRET: SECRET };
    const secrets = ['--secrets', 'JWT_SECRET'];
    const live = await runGate(['deploy', '--deploy', 'direct', ...secrets], {
      cwd: project.dir,
      runDir: tempDir('gate-diff-live-'),
      env,
    });
    expect({ status: live.status, findings: live.report.findings }).toEqual({ status: 0, findings: [] });
    const deployments = () => cf.worker(name).then((w) => w.deployment);
    const before = await deployments();

    // The pull request points the upstream at a closed port; its preview carries that var.
    project.edit('wrangler.toml', (t) => t.replace(healthy.url, broken));
    const runDir = tempDir('gate-diff-preview-');
    const preview = await runGate(['deploy', '--deploy', 'preview', '--preview-alias', 'pr-77', ...secrets], {
      cwd: project.dir,
      runDir,
      env,
    });
    expect({ status: preview.status, findings: preview.report.findings }).toEqual({ status: 0, findings: [] });
    const liveUrl = `https://${name}.${dev.subdomain}.workers.dev`;
    const previewUrl = `https://pr-77-${name}.${dev.subdomain}.workers.dev`;

    const resolve = `*.${dev.subdomain}.workers.dev:443=127.0.0.1:${dev.port}`;
    const smokeEnv = { ...cf.env, NODE_EXTRA_CA_CERTS: dev.caFile };
    const smoke = await runGate(['smoke', '--resolve', resolve], { cwd: project.dir, runDir, env: smokeEnv });
    expect(smoke.status).toBe(1);
    expect(verdicts(smoke).filter((v) => !v.endsWith('unchanged'))).toEqual([
      'GET /users/{id} 500/200 regression',
      'ANY /api/{.+} 500/200 regression',
    ]);
    const probes = (smoke.report.probes ?? []) as Array<{ url: string; baseline?: { url: string } }>;
    expect(probes.every((p) => p.url.startsWith(previewUrl) && p.baseline?.url.startsWith(liveUrl))).toBe(true);
    expect(located(smoke, 'error')).toEqual([`connection_refused wrangler.toml:${varLine(project, 'UPSTREAM_URL')}`]);
    expect(smoke.report.findings.find((f) => f.severity === 'error')!.message).toContain(
      `regression (production ${liveUrl} answers 200 as expected)`,
    );
    expect(await deployments()).toEqual(before);
  });
});
