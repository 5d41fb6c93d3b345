// Verdicts relative to what ran before (issue 20, point 7), through the real parts: the gate's
// deploy step probes the live version (real workerd behind the local Cloudflare, deployed by the
// project's real wrangler) before `wrangler deploy` replaces it, and the smoke step judges the new
// version against those answers: a failure the live version had too is preexisting (a warning, no
// rollback); a route that worked before and fails now is a regression (an error, and rollback).
import { readFileSync } from 'node:fs';
import { cloudflareSuite } from '../../helpers/cloudflare-suite.js';
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

const SECRET = 'live-secret';
const CONFIG = 'src/api-config.json';
const { cf, healthy } = cloudflareSuite();
let flaky: Upstream;

beforeAll(async () => {
  flaky = await startUpstream('status-503');
});
afterAll(async () => {
  await flaky?.close();
});

/** The example gateway as `name`, with a /flaky route whose upstream answers 503 (in the live version too). */
function project(name: string, upstream: string): GatewayProject {
  const p = gatewayProject(upstream);
  p.edit('wrangler.toml', (t) =>
    t.replace(/^name = ".*"$/m, `name = "${name}"`).replace('[vars]\n', `[vars]\nFLAKY_URL = "${flaky.url}"\n`),
  );
  p.edit(CONFIG, (t) =>
    t
      .replace('"servers": [', '"servers": [\n    { "alias": "flaky", "url": "$env.FLAKY_URL" },')
      .replace(
        '"paths": [',
        '"paths": [\n    { "method": "GET", "path": "/flaky", "integration": { "type": "http_proxy", "server": "flaky" } },',
      ),
  );
  return p;
}

interface Steps {
  deploy: GateRun;
  smoke: GateRun;
  rollback: GateRun;
  runDir: string;
}

/** The action's deploy, smoke and rollback steps for one push, in one run directory. */
async function push(p: GatewayProject, url: string | undefined, smokeArgs: string[] = []): Promise<Steps> {
  const runDir = tempDir('gate-live-');
  const env = { ...cf.env, JWT_SECRET: SECRET };
  const urlArgs = url ? ['--url', url] : [];
  const deploy = await runGate(['deploy', '--deploy', 'direct', '--secrets', 'JWT_SECRET', ...urlArgs], {
    cwd: p.dir,
    runDir,
    env,
  });
  expect({ status: deploy.status, errors: errorsOf(deploy) }).toEqual({ status: 0, errors: [] });
  const smokeUrl = url ?? (await cf.worker(nameOf(p))).url!;
  const smoke = await runGate(['smoke', '--url', smokeUrl, ...smokeArgs], { cwd: p.dir, runDir, env });
  expect(reportSchemaErrors(smoke.report)).toBeNull();
  const rollback = await runGate(['rollback'], { cwd: p.dir, runDir, env });
  return { deploy, smoke, rollback, runDir };
}

const nameOf = (p: GatewayProject) => /^name = "([^"]+)"/m.exec(readFileSync(p.file('wrangler.toml'), 'utf8'))![1]!;
const errorsOf = (run: GateRun) => run.report.findings.filter((f) => f.severity === 'error');
const said = (run: GateRun, severity: string) =>
  run.report.findings
    .filter((f) => f.severity === severity)
    .map((f) => `${f.code} ${f.location?.file ?? ''}:${f.location?.line ?? ''}`);
const verdicts = (run: GateRun) =>
  (run.report.probes ?? [])
    .map((p) => p as typeof p & { verdict?: string })
    .filter((p) => p.verdict !== 'unchanged')
    .map((p) => `${p.name} ${p.status ?? '-'} ${p.verdict}`);
const configLine = (p: GatewayProject, route: string): number =>
  positionOf(readFileSync(p.file(CONFIG), 'utf8'), `"path": "${route}"`, `"${route}"`).line;
const varLine = (p: GatewayProject, name: string): number =>
  readFileSync(p.file('wrangler.toml'), 'utf8')
    .split('\n')
    .findIndex((l) => l.startsWith(`${name} = `)) + 1;

describe('a direct deploy judged against the live version it replaces', () => {
  it('a route the live version already failed is preexisting: a warning, no rollback; a broken one rolls back', async () => {
    const name = 'gateway-live-compare';
    const first = await push(project(name, healthy.url), undefined);
    // A first deploy has nothing to compare with: today's plain smoke, said once.
    expect(first.smoke.status).toBe(1);
    expect(said(first.smoke, 'notice').filter((s) => s.startsWith('live_comparison_unavailable'))).toHaveLength(1);
    expect(first.smoke.report.findings.find((f) => f.code === 'live_comparison_unavailable')!.message).toContain(
      'first deploy',
    );
    // No previous version: nothing to roll back to, so the first version stays live.
    const live = first.deploy.report.deployment!.versionId!;
    const url = (await cf.worker(name)).url!;

    // The same gateway again (another version): /flaky fails exactly as it did before the deploy.
    const same = project(name, healthy.url);
    const second = await push(same, url);
    const v2 = second.deploy.report.deployment!.versionId!;
    expect({ status: second.smoke.status, errors: errorsOf(second.smoke) }).toEqual({ status: 0, errors: [] });
    expect(verdicts(second.smoke)).toEqual(['GET /flaky 503 preexisting']);
    // One cause (the flaky server): the warning on its URL's line, a notice on the route's.
    expect(said(second.smoke, 'warning')).toEqual([
      `destination_unavailable wrangler.toml:${varLine(same, 'FLAKY_URL')}`,
    ]);
    expect(said(second.smoke, 'notice')).toContain(`destination_unavailable ${CONFIG}:${configLine(same, '/flaky')}`);
    const warning = second.smoke.report.findings.find((f) => f.severity === 'warning')!;
    expect(warning.message).toContain('already failing in production');
    expect(warning.fix).toContain('`fail-on: preexisting` makes this an error');
    expect(second.smoke.stdout).toMatch(/against production .*: 1 already failing in production, 6 unchanged/);
    expect(second.rollback.report.stages.at(-1)).toMatchObject({ name: 'rollback', status: 'skipped' });
    expect((await cf.worker(name)).deployment).toEqual([{ version_id: v2, percentage: 100 }]);
    expect(live).not.toBe(v2);

    // `fail-on: preexisting` makes the same failure an error.
    const strict = await runGate(['smoke', '--url', url, '--fail-on', 'preexisting'], {
      cwd: same.dir,
      runDir: second.runDir,
      env: { ...cf.env },
    });
    expect(strict.status).toBe(1);
    expect(said(strict, 'error')).toEqual([`destination_unavailable wrangler.toml:${varLine(same, 'FLAKY_URL')}`]);

    // A push that breaks the upstream every /users and /api route uses: regressions, and the rollback.
    const broken = project(name, `http://127.0.0.1:${await closedPort()}`);
    const third = await push(broken, url);
    expect(third.smoke.status).toBe(1);
    expect(verdicts(third.smoke)).toEqual([
      'GET /flaky 503 preexisting',
      'GET /users/{id} 500 regression',
      'ANY /api/{.+} 500 regression',
    ]);
    expect(said(third.smoke, 'error')).toEqual([`connection_refused wrangler.toml:${varLine(broken, 'UPSTREAM_URL')}`]);
    expect(said(third.smoke, 'warning')).toContain(
      `destination_unavailable wrangler.toml:${varLine(broken, 'FLAKY_URL')}`,
    );
    expect(third.rollback.report.stages.at(-1)).toMatchObject({ name: 'rollback', status: 'passed' });
    expect((await cf.worker(name)).deployment).toEqual([{ version_id: v2, percentage: 100 }]);

    // The job summary lists both groups.
    const summary = tempDir('gate-live-summary-') + '/summary.md';
    await runGate(['report', '--summary', summary], { cwd: broken.dir, runDir: third.runDir, env: {} });
    const text = readFileSync(summary, 'utf8');
    expect(text).toContain('🔴 regression');
    expect(text).toContain('🟡 already failing in production');
  });
});
