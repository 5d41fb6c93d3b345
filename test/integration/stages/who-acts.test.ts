// Who must act on a failed deploy when the Cloudflare API is in trouble, through real wrangler.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { gatewayProject, runGate } from '../../helpers/gateway-project.js';
import { startLocalCloudflare, type LocalCloudflareProcess } from '../../helpers/local-cloudflare.js';
import { tempDir } from '../../helpers/runner.js';

jest.setTimeout(120_000);

describe('deploy against an API in trouble (the local Cloudflare, real wrangler)', () => {
  let cf: LocalCloudflareProcess;
  const deploy = async (env: Record<string, string> = {}) => {
    const project = gatewayProject('http://127.0.0.1:9');
    const started = Date.now();
    const runDir = tempDir('gate-run-');
    const options = { cwd: project.dir, runDir, env: { ...cf.env, ...env } };
    const run = await runGate(['deploy', '--deploy', 'direct'], options);
    return { run, elapsedMs: Date.now() - started };
  };

  beforeAll(async () => {
    cf = await startLocalCloudflare();
  });
  afterAll(async () => {
    await cf?.stop();
  });

  it("an upload Cloudflare answers with 500 is the platform's failure, not the deployer's", async () => {
    await cf.admin('POST', '/faults', [{ path: '/workers/scripts/[^/]+$', method: 'PUT', status: 500 }]);
    try {
      const { run } = await deploy();
      expect(run.status).toBe(1);
      const apiCode = (f: object) => (f as { evidence?: { apiCode?: number } }).evidence?.apiCode;
      const found = run.report.findings.map((f) => [f.stage, f.category, apiCode(f)]);
      expect(found).toEqual([['deploy', 'internal', 10002]]);
    } finally {
      await cf.admin('DELETE', '/faults');
    }
  });

  it("a 429 asking to wait 120 s: the deploy stops at once and says so, as the platform's", async () => {
    const rule = { path: '/workers/scripts/[^/]+/deployments$', method: 'GET', status: 429, retryAfter: 120 };
    await cf.admin('POST', '/faults', [rule]);
    try {
      const { run, elapsedMs } = await deploy();
      expect(elapsedMs).toBeLessThan(15_000);
      expect(run.report.findings.map((f) => [f.code, f.category])).toEqual([['cloudflare_rate_limited', 'internal']]);
      expect(run.report.findings[0]!.message).toContain(
        "Cloudflare asked to wait 120 s (Retry-After), longer than the gate's 30 s budget; it stopped after 1 attempt",
      );
    } finally {
      await cf.admin('DELETE', '/faults');
    }
  });

  it("without CLOUDFLARE_ACCOUNT_ID, a rate-limited account list is the platform's, not a wrong account", async () => {
    await cf.admin('POST', '/faults', [{ path: '/accounts$', method: 'GET', status: 429, retryAfter: 120 }]);
    try {
      const { run, elapsedMs } = await deploy({ CLOUDFLARE_ACCOUNT_ID: '' });
      expect(elapsedMs).toBeLessThan(15_000);
      expect(run.report.findings.map((f) => [f.code, f.category])).toEqual([['cloudflare_rate_limited', 'internal']]);
      expect(run.report.findings[0]!.message).toMatch(/^listing the token's accounts: .*asked to wait 120 s/);
    } finally {
      await cf.admin('DELETE', '/faults');
    }
  });
});
