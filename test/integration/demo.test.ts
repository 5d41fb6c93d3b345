// `npm run demo` end to end: the whole gate four times against the local Cloudflare (healthy; an
// upstream that refuses, rolled back; a pull request's preview with a regression; a gradual release
// failing only on real traffic, caught by its canary), and everything it started gone afterwards.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, jest, test } from '@jest/globals';
import { NODE } from '../helpers/local-cloudflare.js';
import { positionOf, ROOT, tempDir } from '../helpers/runner.js';

jest.setTimeout(540_000);

test('npm run demo: run 1 passes, run 2 rolls back to run 1, run 3 catches a regression on a preview while run 1 serves, run 4 canary rolls back, nothing is left behind', async () => {
  const out = tempDir('gate-demo-test-');
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
  const timer = setTimeout(() => child.kill('SIGINT'), 520_000);
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
    `Serving after run 2 (rolled back): ${first.deployment.versionId} = run 1's version; GET /users/1 → 200`,
  );
  // Run 2's summary (issue 22): its first 25 lines say it was rolled back and which version serves;
  // the root cause's fix is written once; the note about the gateway's own code is apart from it.
  const summary2 = readFileSync(path.join(out, 'run-2-upstream-fault-summary.md'), 'utf8');
  const top2 = summary2.split('\n').slice(0, 25).join('\n');
  expect(top2).toContain(`**Production:** rolled back to \`${first.deployment.versionId}\``);
  expect(top2).toContain('**1 problem on 3 routes**');
  expect(summary2.split('start the backend or fix the port').length - 1).toBe(1);
  expect(summary2.split('without awaiting it').length - 1).toBe(1);
  expect(summary2.split('see root cause 1').length - 1).toBe(3);
  expect(summary2).toContain('Error: Network connection lost.');

  // Run 3: the pull request's preview breaks /api/* only; production is compared and left serving run 1.
  const third = JSON.parse(readFileSync(path.join(out, 'run-3-preview-regression-report.json'), 'utf8')) as {
    result: string;
    stages: Array<{ name: string; status: string }>;
    findings: Array<{ severity: string; layer: string; code: string; location?: { file: string; line: number } }>;
    probes: Array<{ name: string; url: string; verdict?: string; baseline?: { url: string } }>;
    deployment: { mode: string; preview: { alias: string; url: string }; versionId: string };
  };
  expect(third.result).toBe('failed');
  expect(third.stages.map((s) => `${s.name}:${s.status}`)).toEqual([
    'validate:passed',
    'preflight:passed',
    'test:passed',
    'deploy:passed',
    'smoke:failed',
    'rollback:skipped',
  ]);
  expect(third.deployment).toMatchObject({ mode: 'preview', preview: { alias: 'pr-7' } });
  expect(third.deployment.preview.url).toMatch(/^https:\/\/pr-7-example-gateway\.[a-z0-9-]+\.workers\.dev$/);
  expect(third.probes.filter((p) => p.verdict !== 'unchanged').map((p) => `${p.name} ${p.verdict}`)).toEqual([
    'ANY /api/{.+} regression',
  ]);
  expect(third.probes.every((p) => p.url.startsWith(third.deployment.preview.url) && p.baseline)).toBe(true);
  const legacyLine = Number(/planted: wrangler\.toml:(\d+) +LEGACY_API_URL/.exec(stdout)![1]);
  const errors = third.findings.filter((f) => f.severity === 'error');
  expect(errors.map((f) => `${f.layer}/${f.code} ${f.location?.file}:${f.location?.line}`)).toEqual([
    `upstream/connection_refused wrangler.toml:${legacyLine}`,
  ]);
  expect(stdout).toContain(
    `Serving after run 3 (a preview)  : ${first.deployment.versionId} = run 1's version; GET /users/1 → 200`,
  );
  // Run 3's summary names the preview's URL and that production is unchanged within its first 25 lines.
  const top3 = readFileSync(path.join(out, 'run-3-preview-regression-summary.md'), 'utf8')
    .split('\n')
    .slice(0, 25)
    .join('\n');
  expect(top3).toContain(`**Production:** unchanged: \`${first.deployment.versionId}\` serves`);
  expect(top3).toContain(`**Preview:** ${third.deployment.preview.url}`);
  expect(stdout).toMatch(/Run 1 \(healthy\) +\d+\.\d s +\d+\.\d s +\d+\.\d s +\d+\.\d s +\d+\.\d s/);

  // Run 4: a gradual release failing only for 4-digit user ids passes every probe; the canary sees
  // real traffic fail on GET /users/{id} at 10 % and rolls back to run 1's version.
  const fourth = JSON.parse(readFileSync(path.join(out, 'run-4-canary-rollback-report.json'), 'utf8')) as {
    result: string;
    findings: Array<{ severity: string; code: string; message: string; location?: { file: string; line: number } }>;
    probes: Array<{ outcome: string }>;
    deployment: { mode: string; canary: { outcome: string; steps: Array<{ percent: number; verdict: string }> } };
  };
  expect(fourth.result).toBe('failed');
  expect(fourth.probes.every((p) => p.outcome === 'passed')).toBe(true); // the probes alone would have promoted it
  expect(fourth.deployment.mode).toBe('gradual');
  expect(fourth.deployment.canary.outcome).toBe('rolled-back');
  expect(fourth.deployment.canary.steps.map((s) => `${s.percent} ${s.verdict}`)).toEqual(['10 failed']);
  const onRoute = fourth.findings.find((f) => f.code === 'canary_failed' && f.message.includes('on GET /users/{id}'));
  expect(onRoute?.location).toMatchObject({ file: 'src/api-config.json', line: lineOf('/users/{id}') });
  expect(stdout).toContain(
    `Serving after run 4 (canary)     : ${first.deployment.versionId} = run 1's version; GET /users/1 → 200`,
  );
  const summary4 = readFileSync(path.join(out, 'run-4-canary-rollback-summary.md'), 'utf8');
  expect(summary4).toContain('**Production:** canary rolled back at 10 %:');
  expect(summary4).toContain('### Canary: rolled back at 10 %');

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
