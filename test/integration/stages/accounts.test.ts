// One account, the one wrangler uses: a token that is a member of two accounts, a wrangler.jsonc
// naming each environment's own `account_id`, and CLOUDFLARE_ACCOUNT_ID naming the other account
// (the CI variable of a staging set-up). Preflight, the deploy's reads and the rollback must all
// act where the project's real wrangler deploys: the config's account.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { cloudflareSuite } from '../../helpers/cloudflare-suite.js';
import { closedPort, gatewayProject, runGate, type GateRun } from '../../helpers/gateway-project.js';
import { positionOf, ROOT, tempDir } from '../../helpers/runner.js';

jest.setTimeout(240_000);

const FIXTURE = path.join(ROOT, 'test/fixtures/accounts/wrangler.jsonc');
const STAGING = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const PRODUCTION = '0123456789abcdef0123456789abcdef';
const SESSIONS_KV = '5e55105e55105e55105e55105e551050';
const WORKER = 'accounts-gateway-production';
const SECRET = 'accounts-secret';

const { cf } = cloudflareSuite();
const dirs: string[] = [];
let before: string;

beforeAll(async () => {
  expect(cf.accountId).toBe(PRODUCTION); // the fixture names the local Cloudflare's first account
  await cf.admin('POST', '/seed', {
    accounts: [{ id: STAGING, name: 'Staging' }],
    kvNamespaces: [{ id: SESSIONS_KV, title: 'sessions' }],
    workers: [{ name: WORKER, secrets: { JWT_SECRET: SECRET } }],
  });
  before = (await cf.worker(WORKER)).deployment[0]!.version_id;
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The example gateway with the fixture's wrangler.jsonc (its upstream at `upstream`). */
function project(upstream: string) {
  const p = gatewayProject(upstream);
  dirs.push(p.dir);
  rmSync(p.file('wrangler.toml'));
  writeFileSync(p.file('wrangler.jsonc'), readFileSync(FIXTURE, 'utf8').replaceAll('http://127.0.0.1:8788', upstream));
  return p;
}

const env = () => ({ ...cf.env, CLOUDFLARE_ACCOUNT_ID: STAGING, JWT_SECRET: SECRET });
const gate = (args: string[], cwd: string, runDir: string): Promise<GateRun> =>
  runGate([...args, '--environment', 'production'], { cwd, runDir, env: env() });
const errorsOf = (run: GateRun) => run.report.findings.filter((f) => f.severity === 'error');

describe("the config's account_id against CLOUDFLARE_ACCOUNT_ID (two accounts)", () => {
  it('preflight checks the bindings in the account the environment names, and says once which one deploys', async () => {
    const p = project('http://127.0.0.1:9');
    const runDir = tempDir('gate-run-');
    dirs.push(runDir);
    const run = await gate(['preflight'], p.dir, runDir);
    expect({ status: run.status, errors: errorsOf(run) }).toEqual({ status: 0, errors: [] });
    const notices = run.report.findings.filter((f) => f.code === 'account_id_overrides_variable');
    expect(notices).toHaveLength(1);
    const at = positionOf(
      readFileSync(p.file('wrangler.jsonc'), 'utf8'),
      `"account_id": "${PRODUCTION}"`,
      `"${PRODUCTION}"`,
    );
    expect(notices[0]).toMatchObject({ severity: 'notice', location: { file: 'wrangler.jsonc', line: at.line } });
    expect(notices[0]!.message).toContain(`CLOUDFLARE_ACCOUNT_ID names account ${STAGING}`);
    expect(notices[0]!.message).toContain(`wrangler deploys to ${PRODUCTION}`);
  });

  it('the deploy reads, the rollback and the serving state are those of the account wrangler deployed to', async () => {
    const p = project(`http://127.0.0.1:${await closedPort()}`);
    const runDir = tempDir('gate-run-');
    dirs.push(runDir);
    expect((await gate(['preflight'], p.dir, runDir)).status).toBe(0);
    const deploy = await gate(['deploy', '--deploy', 'direct'], p.dir, runDir);
    const deployErrors = errorsOf(deploy).filter((f) => f.stage === 'deploy');
    expect({ status: deploy.status, errors: deployErrors }).toEqual({ status: 0, errors: [] });
    // The version that served in production's account before, not "first deploy" in the staging account.
    expect(deploy.report.deployment?.previousVersionId).toBe(before);
    // Preflight said it already: no second notice.
    const notices = deploy.report.findings.filter((f) => f.code === 'account_id_overrides_variable');
    expect(notices.map((f) => f.stage)).toEqual(['preflight']);
    const url = (await cf.worker(WORKER)).url!;
    const smoke = await gate(['smoke', '--url', url], p.dir, runDir);
    expect(smoke.status).toBe(1);
    const rollback = await gate(['rollback'], p.dir, runDir);
    const rollbackErrors = errorsOf(rollback).filter((f) => f.stage === 'rollback');
    expect({ status: rollback.status, errors: rollbackErrors }).toEqual({ status: 0, errors: [] });
    expect(rollback.report.deployment).toMatchObject({ rolledBack: true });
    expect((await cf.worker(WORKER)).deployment).toEqual([{ version_id: before, percentage: 100 }]);
    // Nothing reached the staging account.
    const staging = await cf.admin<{ workers: unknown[] }>('GET', `/state?account=${STAGING}`);
    expect(staging.workers).toEqual([]);
  });
});
