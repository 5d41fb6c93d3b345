// Trust first: a healthy gateway that looks like the real one (static responses with $env and
// $secrets references, an "auth": true static route, catch-alls, ANY routes shadowed for some
// methods, auth0 routes whose identity provider cannot be reached) is deployed and smoke-tested
// several times in a row with no smoke spec, through real wrangler, the local Cloudflare and workerd
// (twice in the regular suite; `npm run soak -- --runs 20` for 20). Not one run may raise an error or roll back.
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
import { ROOT, tempDir } from '../../helpers/runner.js';
import { soakRuns } from '../../helpers/soak.js';

import { jest } from '@jest/globals';

const RUNS = soakRuns();
// About 8 s a run on this 2-core machine (deploy stage 4.6 s, smoke stage 3.1 s, medians): room for a loaded one.
jest.setTimeout(60_000 + RUNS * 30_000);
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

/** examples/gateway serving the realistic config, its auth0 tenant at a loopback port where nothing listens. */
export async function realisticProject(upstreamUrl: string, name: string): Promise<GatewayProject> {
  const project = gatewayProject(upstreamUrl);
  project.edit('src/api-config.json', () =>
    readFileSync(path.join(ROOT, 'test/fixtures/smoke/realistic-api-config.json'), 'utf8'),
  );
  const auth0 = `127.0.0.1:${await closedPort()}`;
  project.edit('wrangler.toml', (t) =>
    t
      .replace('name = "example-gateway"', `name = "${name}"`)
      .replace(/^UPSTREAM_URL = .*$/m, (line) =>
        [
          line,
          `UPSTREAM_SUB_URL = "${upstreamUrl}/sub"`,
          `AUTH0_DOMAIN = "${auth0}"`,
          'AUTH0_CLIENT_ID = "gate-client"',
          'VAR_TEST_RESPONSE_TEXT = "hello from the env"',
        ].join('\n'),
      ),
  );
  return project;
}

const SECRETS = {
  AUTH0_CLIENT_SECRET: 'client-secret-value',
  AUTH0_JWKS: '{"keys":[]}',
  VAR_TEST_RESPONSE_TEXT_SECRET: 'the-secret-response-text',
};

test(`${RUNS} healthy deploy + smoke runs of a realistic gateway, no smoke spec: no error, no rollback`, async () => {
  const project = await realisticProject(upstream.url, 'gateway-realistic');
  const env = { ...cf.env, ...SECRETS };
  const runs: Array<{ deploy: GateRun; smoke: GateRun; rolledBack: boolean; serving: unknown; runDir: string }> = [];
  const started = Date.now();
  let url: string | undefined;
  for (let i = 0; i < RUNS; i++) {
    const runDir = tempDir('gate-run-');
    const secrets = i === 0 ? ['--secrets', Object.keys(SECRETS).join(',')] : [];
    const deploy = await runGate(['deploy', '--deploy', 'direct', ...secrets], { cwd: project.dir, runDir, env });
    url ??= (await cf.worker('gateway-realistic')).url!;
    const smoke = await runGate(['smoke', '--url', url], { cwd: project.dir, runDir, env });
    // As the composite action: rollback only after a failed smoke step.
    const rollback = smoke.status === 0 ? undefined : await runGate(['rollback'], { cwd: project.dir, runDir, env });
    const serving = (await cf.worker('gateway-realistic')).deployment;
    runs.push({ deploy, smoke, rolledBack: rollback?.report.deployment?.rolledBack === true, serving, runDir });
  }
  // Healthy: deployed, no error, nothing rolled back, and the deployed version is the one serving.
  const healthy = runs.filter(
    (r) =>
      r.deploy.status === 0 &&
      r.smoke.status === 0 &&
      r.smoke.report.findings.every((f) => f.severity !== 'error') &&
      !r.rolledBack &&
      JSON.stringify(r.serving) ===
        JSON.stringify([{ version_id: r.deploy.report.deployment?.versionId, percentage: 100 }]),
  );
  const median = (stage: 'deploy' | 'smoke') => {
    const times = runs.map((r) => r[stage].report.stages.at(-1)?.durationMs ?? 0).sort((a, b) => a - b);
    return `${(times[Math.floor(times.length / 2)]! / 1000).toFixed(1)} s`;
  };
  process.stdout.write(
    `${healthy.length}/${RUNS} healthy deploy + smoke runs passed with no error and no rollback ` +
      `in ${Math.round((Date.now() - started) / 1000)} s ` +
      `(median deploy stage ${median('deploy')}, smoke stage ${median('smoke')})\n`,
  );
  for (const { smoke } of runs) {
    expect({ status: smoke.status, errors: smoke.report.findings.filter((f) => f.severity === 'error') }).toEqual({
      status: 0,
      errors: [],
    });
    expect(smoke.report.findings.filter((f) => f.severity === 'warning')).toEqual([]);
  }
  expect(healthy.length).toBe(RUNS);

  const last = runs.at(-1)!.smoke;
  expect(last.report.probes?.map((p) => `${p.name} ${p.status} ${p.outcome}`)).toEqual([
    'GET /api/v1/proxy 200 passed',
    'ANY /api/v1/proxy/{.+} 200 passed',
    'ANY /{.+} 200 passed',
    'GET /api/v1/proxy/sub 200 passed',
    'GET /api/v1/auth · no token 401 passed', // no auth-token: only its 401, and no control
    'GET /api/v1/no-auth 200 passed',
    'GET /api/v1/method 200 passed',
    'POST /api/v1/method 200 passed',
    'ANY /api/v1/method 200 passed', // PUT reaches it: GET, POST have their own routes
    'GET /api/v1/health 200 passed',
    'GET /api/v1/health/string 200 passed',
    'ANY /api/v1/env 200 passed', // "$env.VAR_TEST_RESPONSE_TEXT" answered with the var's value
    'ANY /api/v1/secret 200 passed', // "$secrets.…": only present, never compared
    'GET /api/v1/auth0/profile · no token 401 passed',
    'GET /api/v1/auth0/callback-redirect 302 passed',
    'GET /api/v1/auth0/refresh 400 passed',
  ]);
  // Routes not probed, each with why: the stage's own result in the run directory.
  const stage = JSON.parse(readFileSync(path.join(runs.at(-1)!.runDir, 'stages', 'smoke.json'), 'utf8')) as {
    data: { skipped: Array<{ route: string; reason: string }> };
  };
  expect(stage.data.skipped.map((s) => `${s.route}: ${s.reason}`)).toEqual([
    expect.stringMatching(/^GET \/api\/v1\/proxy\/\{parameter\}: no request reaches it/),
    expect.stringMatching(/^POST \/api\/v1\/proxy: POST changes data/),
    expect.stringMatching(/^GET \/api\/v1\/auth: "auth": true and no auth-token input/),
    expect.stringMatching(/^GET \/api\/v1\/auth0\/callback: the OAuth callback needs a `code`/),
    expect.stringMatching(/^GET \/api\/v1\/auth0\/profile: "auth": true and no auth-token input/),
  ]);
  expect(last.stdout).toMatch(/version [0-9a-f-]{36} proven/);
  const all = runs
    .map((r) => r.deploy.stdout + r.smoke.stdout + r.smoke.stderr + JSON.stringify(r.smoke.report))
    .join('');
  expect(all).not.toContain(SECRETS.VAR_TEST_RESPONSE_TEXT_SECRET);
  expect(all).not.toContain(SECRETS.AUTH0_CLIENT_SECRET);
});
