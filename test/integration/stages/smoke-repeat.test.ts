// A healthy deployment of the example gateway, smoke-tested several times in a row against the
// local Cloudflare (twice in the regular suite; `npm run soak -- --runs 20` for 20): every run passes
// every route, with the deploy marker proven, and the token never reaches the output.
import { readFileSync } from 'node:fs';
import { expect, jest, test } from '@jest/globals';
import { cloudflareSuite } from '../../helpers/cloudflare-suite.js';
import { gatewayProject, runGate, signToken } from '../../helpers/gateway-project.js';
import { reportSchemaErrors, tempDir } from '../../helpers/runner.js';
import { soakRuns } from '../../helpers/soak.js';

const RUNS = soakRuns();
jest.setTimeout(120_000 + RUNS * 20_000);

const SECRET = 'smoke-secret';
const { cf, healthy } = cloudflareSuite();

test(`a healthy deployment passes ${RUNS} smoke runs in a row, with the deploy marker proven each time`, async () => {
  const project = gatewayProject(healthy.url);
  const token = signToken(SECRET);
  const runDir = tempDir('gate-run-');
  const env = { ...cf.env, JWT_SECRET: SECRET };
  const deploy = await runGate(['deploy', '--deploy', 'direct', '--secrets', 'JWT_SECRET'], {
    cwd: project.dir,
    runDir,
    env,
  });
  expect({ status: deploy.status, findings: deploy.report.findings }).toEqual({ status: 0, findings: [] });
  expect(deploy.report.deployment?.versionId).toMatch(/^[0-9a-f-]{36}$/);
  const name = /^name = "([^"]+)"/m.exec(readFileSync(project.file('wrangler.toml'), 'utf8'))![1]!;
  const url = (await cf.worker(name)).url!;
  const runs = [];
  for (let i = 0; i < RUNS; i++)
    runs.push(await runGate(['smoke', '--url', url, '--auth-token', token], { cwd: project.dir, runDir, env: cf.env }));
  for (const run of runs) {
    expect({ status: run.status, errors: run.report.findings.filter((f) => f.severity === 'error') }).toEqual({
      status: 0,
      errors: [],
    });
    // Every route: two static controls, /users/me with and without a token, /users/{id}, /api; POST /orders without a token only.
    expect(run.report.probes?.map((p) => `${p.name} ${p.status} ${p.outcome}`)).toEqual([
      'GET /health 200 passed',
      'GET /version 200 passed',
      'GET /users/me · no token 401 passed',
      'GET /users/me 200 passed',
      'GET /users/{id} 200 passed',
      'POST /orders · no token 401 passed',
      'ANY /api/{.+} 200 passed',
    ]);
    expect(run.stdout).toContain(`version ${deploy.report.deployment!.versionId} proven`);
    expect(reportSchemaErrors(run.report)).toBeNull();
  }
  expect(runs.map((r) => r.stdout + r.stderr).join('')).not.toContain(token);
});
