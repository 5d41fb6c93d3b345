// Wrangler's own error text and API code reach the finding whichever wrangler the project pins:
// the local Cloudflare refuses the upload as Cloudflare refuses a token without the permission
// ({"success":false,"errors":[{"code":10000,"message":"Authentication error"}]}), real wrangler says so.
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { cachedWrangler } from '../../helpers/cached-install.js';
import { cloudflareSuite } from '../../helpers/cloudflare-suite.js';
import { gatewayProject, runGate } from '../../helpers/gateway-project.js';
import { ROOT, tempDir } from '../../helpers/runner.js';

import { jest } from '@jest/globals';

jest.setTimeout(240_000);

type Matrix = { project: string; cached: string[] };
const MATRIX = JSON.parse(readFileSync(path.join(ROOT, 'test/wrangler-matrix.json'), 'utf8')) as Matrix;
// The project's wrangler and the oldest cached one (4.20 writes no command-failed entry).
const VERSIONS = [MATRIX.project, MATRIX.cached[0]!];
const READER = 'gate-scripts-reader';
const { cf, healthy } = cloudflareSuite({ prepare: () => cachedWrangler(MATRIX.cached[0]!) });

function wranglerDir(version: string): string {
  if (version === MATRIX.project) return path.join(ROOT, 'node_modules/wrangler');
  return cachedWrangler(version);
}

describe.each(VERSIONS)('wrangler %s', (version) => {
  it('a token that may read but not deploy: the finding carries "Authentication error" and code 10000', async () => {
    // The gate's own reads pass; wrangler's upload is refused with Cloudflare's 10000.
    await cf.admin('POST', '/seed', { tokens: [cf.token, { value: READER, permissions: ['Workers Scripts Read'] }] });
    const project = gatewayProject(healthy.url);
    const modules = project.file('node_modules');
    rmSync(modules, { force: true });
    mkdirSync(modules);
    symlinkSync(wranglerDir(version), path.join(modules, 'wrangler'));
    const runDir = tempDir('gate-run-');
    const run = await runGate(['deploy', '--deploy', 'direct'], {
      cwd: project.dir,
      runDir,
      env: { ...cf.env, CLOUDFLARE_API_TOKEN: READER },
    });
    expect(run.status).toBe(1);
    const errors = run.report.findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('Authentication error');
    expect(errors[0]!.message).toContain('[code: 10000]');
    expect(errors[0]!.message).not.toMatch(/without a message/);
    expect((errors[0] as unknown as { evidence: { apiCode?: number } }).evidence.apiCode).toBe(10000);
    rmSync(project.dir, { recursive: true, force: true });
    rmSync(runDir, { recursive: true, force: true });
  });
});
