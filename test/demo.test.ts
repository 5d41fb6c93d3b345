// `npm run demo` end to end: the whole gate twice against the local Cloudflare, healthy and then
// with an upstream that refuses, and everything it started gone afterwards.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, jest, test } from '@jest/globals';
import { NODE } from './helpers/local-cloudflare.js';
import { positionOf, ROOT } from './helpers/runner.js';

jest.setTimeout(420_000);

test('npm run demo: run 1 passes, run 2 names upstream/connection_refused and rolls back to run 1, nothing is left behind', async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'gate-demo-test-'));
  const child = spawn(NODE, [path.join(ROOT, 'scripts/demo.ts'), '--out', out], {
    cwd: ROOT,
    env: {
      PATH: `${path.join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
      HOME: process.env.HOME ?? '',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stdout += c.toString()));
  const timer = setTimeout(() => child.kill('SIGINT'), 400_000);
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  clearTimeout(timer);
  expect({ code, tail: code === 0 ? '' : stdout.slice(-4000) }).toEqual({ code: 0, tail: '' });

  const first = JSON.parse(readFileSync(path.join(out, 'run-1-healthy-report.json'), 'utf8')) as {
    result: string;
    deployment: { versionId: string };
  };
  const second = JSON.parse(readFileSync(path.join(out, 'run-2-upstream-fault-report.json'), 'utf8')) as {
    result: string;
    stages: Array<{ name: string; status: string }>;
    findings: Array<{
      stage: string;
      layer: string;
      code: string;
      severity: string;
      location?: { file: string; line: number };
    }>;
    deployment: { previousVersionId: string; rolledBack: boolean };
  };
  expect(first.result).toBe('passed');
  expect(second.result).toBe('failed');
  expect(second.stages.map((s) => `${s.name}:${s.status}`)).toEqual([
    'validate:passed',
    'preflight:passed',
    'test:passed',
    'deploy:passed',
    'smoke:failed',
    'rollback:passed',
  ]);
  // One refused upstream is one root cause: one error where UPSTREAM_URL is set, a warning on each route it fails.
  const placed = (severity: string) =>
    second.findings
      .filter((f) => f.severity === severity && f.stage === 'smoke')
      .map((f) => `${f.layer}/${f.code} ${f.location?.file}:${f.location?.line}`);
  const config = readFileSync(path.join(ROOT, 'examples/gateway/src/api-config.json'), 'utf8');
  const lineOf = (route: string) => positionOf(config, `"path": "${route}"`, `"${route}"`).line;
  expect(placed('error')).toEqual(['upstream/connection_refused wrangler.toml:9']);
  // The demo has an auth-token: /users/me reaches the upstream too.
  const routes = ['/users/me', '/users/{id}', '/api/{.+}'];
  expect(placed('warning')).toEqual(routes.map((r) => `upstream/connection_refused src/api-config.json:${lineOf(r)}`));
  expect(second.deployment).toMatchObject({ previousVersionId: first.deployment.versionId, rolledBack: true });
  expect(stdout).toContain(
    `Now serving: ${first.deployment.versionId} = run 1's version, restored; GET /users/1 → 200`,
  );
  expect(stdout).toMatch(/Run 1 \(healthy\) +\d+\.\d s +\d+\.\d s +\d+\.\d s +\d+\.\d s +\d+\.\d s/);

  // The temporary directory is gone, and so is every process it ran from there.
  const temp = /gateway project +(\S+)\/example-gateway/.exec(stdout)![1]!;
  expect(existsSync(temp)).toBe(false);
  expect(readProcessCommands().filter((c) => c.includes(temp))).toEqual([]);
});

function readProcessCommands(): string[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .map((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').replace(/\0/g, ' ');
      } catch {
        return '';
      }
    });
}
