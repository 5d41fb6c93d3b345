// The canary of a gradual deploy through the real parts (issue 23): the project's wrangler splits
// traffic at the local Cloudflare, real workerd serves both versions, `wrangler tail` streams their
// events, and the test sends real traffic (bounded loops on 127.0.0.1) while the smoke step runs
// the steps. A candidate differs from the baseline in its own code: it fails where real clients go.
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cloudflareSuite } from '../../helpers/cloudflare-suite.js';
import { gatewayProject, runGate, type GateRun, type GatewayProject } from '../../helpers/gateway-project.js';
import { positionOf, tempDir } from '../../helpers/runner.js';

import { jest } from '@jest/globals';

jest.setTimeout(240_000);

const { cf, healthy } = cloudflareSuite();
const CONFIG = 'src/api-config.json';

interface CanaryStep {
  percent: number;
  verdict: string;
  decision: string;
  candidate?: { versionId: string; requests: number; errors: number; p99Ms?: number; routes: Record<string, unknown> };
  baseline?: { versionId: string; requests: number; errors: number; p99Ms?: number };
  realTraffic?: { verdict: string; reasons: string[] };
  synthetic?: { verdict: string; probes: number };
}
type Canary = { outcome: string; servingVersionId?: string; steps: CanaryStep[] };
const canaryOf = (run: GateRun): Canary => (run.report.deployment as { canary: Canary }).canary;

/** Each traffic client's pause between two requests. */
const CLIENT_PAUSE_MS = 50;

/** A Worker named `name` at v1 (deployed directly), then `change` uploaded as a gradual v2 at 0 %. */
async function twoVersions(
  name: string,
  change: (project: GatewayProject) => void,
): Promise<{ project: GatewayProject; url: string; v1: string; v2: string; runDir: string }> {
  const project = gatewayProject(healthy.url);
  project.edit('wrangler.toml', (t) => t.replace('name = "example-gateway"', `name = "${name}"`));
  const first = await runGate(['deploy', '--deploy', 'direct'], {
    cwd: project.dir,
    runDir: tempDir('gate-'),
    env: cf.env,
  });
  expect(first.status).toBe(0);
  change(project);
  const runDir = tempDir('gate-canary-');
  const second = await runGate(['deploy', '--deploy', 'gradual'], { cwd: project.dir, runDir, env: cf.env });
  expect(second.status).toBe(0);
  const url = (await cf.worker(name)).url!;
  return {
    project,
    url,
    v1: first.report.deployment!.versionId!,
    v2: second.report.deployment!.versionId!,
    runDir,
  };
}

/**
 * Real clients until `done` settles (at most `limit` requests), six at a time, each pausing between
 * requests: about a hundred a second, several times what the analysis needs per step, without
 * spending the machine's CPU on traffic the other suites running beside this one need.
 */
async function traffic(url: string, done: Promise<unknown>, paths: (i: number) => string, limit = 20_000) {
  let finished = false;
  void done.finally(() => (finished = true));
  let sent = 0;
  const client = async () => {
    while (!finished && sent < limit) {
      const i = sent++;
      await fetch(url + paths(i))
        .then((r) => r.arrayBuffer())
        .catch(() => undefined);
      await sleep(CLIENT_PAUSE_MS);
    }
  };
  await Promise.all(Array.from({ length: 6 }, client));
  return sent;
}

/** The smoke step with the canary, while `paths` traffic runs (none when `paths` is undefined). */
async function canary(
  setup: { project: GatewayProject; url: string; runDir: string },
  flags: string[],
  paths?: (i: number) => string,
  onSpawn?: (child: ChildProcess) => void,
): Promise<{ run: GateRun; sent: number }> {
  const running = runGate(['smoke', '--url', setup.url, ...flags], {
    cwd: setup.project.dir,
    runDir: setup.runDir,
    env: cf.env,
    timeoutMs: 200_000,
    onSpawn,
  });
  const sent = paths ? await traffic(setup.url, running, paths) : 0;
  return { run: await running, sent };
}

/** The report step's job summary for the run in `runDir`. */
async function summaryOf(setup: { project: GatewayProject; runDir: string }): Promise<string> {
  const file = path.join(setup.runDir, 'summary.md');
  await runGate(['report', '--summary', file], { cwd: setup.project.dir, runDir: setup.runDir, env: cf.env });
  return readFileSync(file, 'utf8');
}

const errorsOf = (run: GateRun) => run.report.findings.filter((f) => f.severity === 'error');

describe('the canary of a gradual deploy', () => {
  it('promotes a healthy candidate through 10,50,100, counting both versions at each step', async () => {
    const setup = await twoVersions('gw-canary-healthy', (p) =>
      p.edit(CONFIG, (t) => t.replace('"version": "1.0.0"', '"version": "1.1.0"')),
    );
    const flags = ['--canary-steps', '10,50,100', '--canary-interval', '4s', '--canary-min-requests', '10'];
    const { run, sent } = await canary(setup, flags, (i) => (i % 2 ? '/health' : `/users/${i}`));
    expect({ status: run.status, errors: errorsOf(run) }).toEqual({ status: 0, errors: [] });
    const { outcome, steps } = canaryOf(run);
    expect(outcome).toBe('promoted');
    expect(steps.map((s) => [s.percent, s.verdict])).toEqual([
      [10, 'passed'],
      [50, 'passed'],
      [100, 'promoted'],
    ]);
    for (const step of steps.slice(0, 2)) {
      expect(step.candidate!.versionId).toBe(setup.v2);
      expect(step.baseline!.versionId).toBe(setup.v1);
      expect(step.candidate!.requests).toBeGreaterThanOrEqual(10);
      expect(step.baseline!.requests).toBeGreaterThanOrEqual(10);
      expect(step.candidate!.errors + step.baseline!.errors).toBe(0);
      expect(step.realTraffic!.verdict).toBe('pass');
      expect(step.synthetic).toMatchObject({ verdict: 'pass' });
    }
    // The split follows the percentages: a tenth of the first step's traffic, about half of the second's.
    const share = (s: CanaryStep) => s.candidate!.requests / (s.candidate!.requests + s.baseline!.requests);
    expect(share(steps[0]!)).toBeLessThan(0.25);
    expect(share(steps[1]!)).toBeGreaterThan(0.3);
    expect(share(steps[1]!)).toBeLessThan(0.7);
    expect(sent).toBeGreaterThan(0);
    expect((await cf.worker('gw-canary-healthy')).deployment).toEqual([{ version_id: setup.v2, percentage: 100 }]);
    // The job summary leads with the canary: where it ended, then the steps as a timeline and a chart.
    const summary = await summaryOf(setup);
    expect(summary).toContain(`\`${setup.v2}\` promoted to 100 % after 10,50,100 (canary)`);
    expect(summary).toContain('### Canary: promoted to 100 % after 10,50,100');
    expect(summary).toMatch(/^\| 10 % \| [\d.]+ s \| [\d,]+ \/ [\d,]+ \| 0\.0 % \/ 0\.0 % \| .* \| ✅ passed: /m);
    expect(summary).toMatch(/^\| 50 % \| /m);
    expect(summary).toMatch(/^\| 100 % \| .* \| ✅ promoted: /m);
    expect(summary).toContain('```mermaid\nxychart-beta');
  });

  it('rolls back a candidate failing only on real traffic at the first step, naming the route on its line', async () => {
    // The candidate's backend fails 4-digit user ids; /users/1 (what the probes send) still works.
    const setup = await twoVersions('gw-canary-ids', (p) =>
      p.edit('src/index.js', (t) =>
        t.replace(
          '    let claims;',
          "    if (/^\\/users\\/\\d{4}$/.test(url.pathname)) return done(json({ error: 'lookup failed' }, 502));\n    let claims;",
        ),
      ),
    );
    const flags = ['--canary-steps', '10,50,100', '--canary-interval', '4s', '--canary-min-requests', '10'];
    const { run } = await canary(setup, flags, (i) => (i % 3 === 0 ? `/users/${1000 + (i % 9000)}` : '/users/1'));
    expect(run.status).toBe(1);
    const { outcome, steps } = canaryOf(run);
    expect(outcome).toBe('rolled-back');
    expect(steps.map((s) => [s.percent, s.verdict])).toEqual([[10, 'failed']]);
    expect(steps[0]!.synthetic).toMatchObject({ verdict: 'pass' }); // the probes alone would have promoted it
    const route = errorsOf(run).find((f) => f.message.includes('on GET /users/{id}'))!;
    expect(route).toBeDefined();
    expect(route.code).toBe('canary_failed');
    const text = readFileSync(setup.project.file(CONFIG), 'utf8');
    expect(route.location).toMatchObject({
      file: CONFIG,
      line: positionOf(text, '"path": "/users/{id}"', '"/users/{id}"').line,
    });
    expect(route.message).toContain(`${setup.v1} serves 100 % again`);
    const evidence = (route as { evidence?: unknown }).evidence as {
      candidate: { samples: Array<{ path: string; status: number }> };
    };
    expect(evidence.candidate.samples[0]).toMatchObject({ status: 502 });
    expect(evidence.candidate.samples[0]!.path).toMatch(/^\/users\/\d{4}$/);
    expect((await cf.worker('gw-canary-ids')).deployment).toEqual([{ version_id: setup.v1, percentage: 100 }]);
    const summary = await summaryOf(setup);
    expect(summary).toContain('**Production:** canary rolled back at 10 %:');
    expect(summary).toMatch(/^\| 10 % \| [\d.]+ s \| [\d,]+ \/ [\d,]+ \| [\d.]+ % \/ 0\.0 % \| .* \| ❌ failed: /m);
    expect(summary).toMatch(/^ {2}line \[\d+(\.\d+)?\]$/m); // the new version's error rate at its one step
  });

  it('with no real traffic, the synthetic probes decide each step, and the report says so', async () => {
    const setup = await twoVersions('gw-canary-quiet', (p) =>
      p.edit(CONFIG, (t) => t.replace('"version": "1.0.0"', '"version": "1.2.0"')),
    );
    const { run } = await canary(setup, ['--canary-steps', '50,100', '--canary-interval', '1s']);
    expect({ status: run.status, errors: errorsOf(run) }).toEqual({ status: 0, errors: [] });
    const { outcome, steps } = canaryOf(run);
    expect(outcome).toBe('promoted');
    expect(steps[0]).toMatchObject({ percent: 50, verdict: 'passed', realTraffic: { verdict: 'inconclusive' } });
    expect(steps[0]!.decision).toMatch(/^real traffic was too thin to judge \(0 candidate and 0 baseline requests/);
    expect(steps[0]!.decision).toMatch(/decided by the \d+ synthetic probes, which all passed$/);
    const thin = run.report.findings.find((f) => f.code === 'canary_traffic_thin');
    expect(thin?.severity).toBe('warning');
    expect((await cf.worker('gw-canary-quiet')).deployment).toEqual([{ version_id: setup.v2, percentage: 100 }]);
  });

  it('catches a candidate throwing for 5 % of requests, given enough of them', async () => {
    // Every twentieth user id throws before any route is matched: an exception, error 1101 to the client.
    const setup = await twoVersions('gw-canary-throws', (p) =>
      p.edit('src/index.js', (t) =>
        t.replace(
          '  const url = new URL(request.url);',
          '  const url = new URL(request.url);\n' +
            '  if (/^\\/users\\/\\d+$/.test(url.pathname) && Number(url.pathname.slice(7)) % 20 === 0) ' +
            "throw new Error('flaky dependency');",
        ),
      ),
    );
    const flags = ['--canary-steps', '50,100', '--canary-interval', '6s', '--canary-min-requests', '50'];
    const { run } = await canary(setup, flags, (i) => `/users/${i + 1}`);
    expect(run.status).toBe(1);
    const { outcome, steps } = canaryOf(run);
    expect(outcome).toBe('rolled-back');
    const step = steps[0]!;
    expect(step.verdict).toBe('failed');
    // The edge splits requests at random, so the candidate's share of the throwing ids varies: about
    // 5 %, within four standard deviations for the number of requests it got.
    const rate = step.candidate!.errors / step.candidate!.requests;
    const spread = 4 * Math.sqrt((0.05 * 0.95) / step.candidate!.requests);
    expect(Math.abs(rate - 0.05)).toBeLessThan(spread);
    expect(step.baseline!.errors).toBe(0);
    expect(
      errorsOf(run)
        .map((f) => f.message)
        .join('\n'),
    ).toMatch(/error rate \d+\.\d % \(\d+\/\d+\) on the candidate/);
    expect((await cf.worker('gw-canary-throws')).deployment).toEqual([{ version_id: setup.v1, percentage: 100 }]);
  });

  it('fails a candidate several times slower than the baseline when the latency rule is on', async () => {
    // The candidate awaits a timer on every user lookup: no error anywhere, only a slower answer.
    const setup = await twoVersions('gw-canary-slow', (p) =>
      p.edit('src/index.js', (t) =>
        t.replace(
          '  const url = new URL(request.url);',
          '  const url = new URL(request.url);\n' +
            "  if (url.pathname.startsWith('/users/')) await new Promise((r) => setTimeout(r, 600));",
        ),
      ),
    );
    const flags = ['--canary-steps', '50,100', '--canary-interval', '5s', '--canary-min-requests', '10'];
    const { run } = await canary(setup, [...flags, '--canary-latency', 'on'], (i) => `/users/${i + 1}`);
    expect(run.status).toBe(1);
    const { outcome, steps } = canaryOf(run);
    expect(outcome).toBe('rolled-back');
    const step = steps[0]!;
    expect(step).toMatchObject({ percent: 50, verdict: 'failed' });
    expect(step.candidate!.errors + step.baseline!.errors).toBe(0); // latency alone decided it
    expect(step.candidate!.p99Ms!).toBeGreaterThanOrEqual(3 * step.baseline!.p99Ms!);
    expect(step.realTraffic!.reasons.join('\n')).toMatch(/^P99 latency \d+ ms on the candidate against \d+ ms/m);
    expect(
      errorsOf(run)
        .map((f) => f.message)
        .join('\n'),
    ).toMatch(/canary failed at 50 %: P99 latency/);
    expect((await cf.worker('gw-canary-slow')).deployment).toEqual([{ version_id: setup.v1, percentage: 100 }]);
  });

  it('a cancel mid-step ends at 100 % of the baseline, says so in the report, and the next deploy starts cleanly', async () => {
    const setup = await twoVersions('gw-canary-cancel', (p) =>
      p.edit(CONFIG, (t) => t.replace('"version": "1.0.0"', '"version": "1.3.0"')),
    );
    // A long interval: the signal lands while the first step (10 %) is being watched.
    const flags = ['--canary-steps', '10,50,100', '--canary-interval', '60s'];
    let signalled = false;
    const { run } = await canary(
      setup,
      flags,
      (i) => `/users/${i + 1}`,
      (child) => {
        let out = '';
        child.stdout!.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (!signalled && out.includes('canary: 10 % of traffic on the new version, watching')) {
            signalled = true;
            // The split is in place and being watched: cancel as the runner would.
            setTimeout(() => child.kill('SIGTERM'), 1_000);
          }
        });
      },
    );
    expect(signalled).toBe(true);
    expect(run.status).not.toBe(0);
    // One version, the baseline, serves everyone: no 90/10 split left behind.
    expect((await cf.worker('gw-canary-cancel')).deployment).toEqual([{ version_id: setup.v1, percentage: 100 }]);
    const canaryRecord = canaryOf(run);
    expect(canaryRecord).toMatchObject({ outcome: 'aborted', servingVersionId: setup.v1 });
    expect(canaryRecord.steps).toEqual([
      expect.objectContaining({ percent: 10, verdict: 'aborted', decision: 'the run was cancelled (SIGTERM)' }),
    ]);
    const aborted = errorsOf(run).find((f) => f.code === 'canary_aborted');
    expect(aborted?.message).toContain(`${setup.v1} serves 100 % again`);
    // The next gradual deploy splits from the baseline alone, with nothing to clean up.
    setup.project.edit(CONFIG, (t) => t.replace('"version": "1.3.0"', '"version": "1.4.0"'));
    const next = await runGate(['deploy', '--deploy', 'gradual'], {
      cwd: setup.project.dir,
      runDir: tempDir('gate-canary-next-'),
      env: cf.env,
    });
    expect({ status: next.status, errors: errorsOf(next) }).toEqual({ status: 0, errors: [] });
    expect(next.report.deployment!.previousVersionId).toBe(setup.v1);
    expect((await cf.worker('gw-canary-cancel')).deployment).toEqual([
      { version_id: next.report.deployment!.versionId, percentage: 0 },
      { version_id: setup.v1, percentage: 100 },
    ]);
  });

  it('the local edge keeps a version key on one version and splits keyless requests', async () => {
    const setup = await twoVersions('gw-canary-affinity', (p) =>
      p.edit(CONFIG, (t) => t.replace('"version": "1.0.0"', '"version": "2.0.0"')),
    );
    // Both versions at 50 %, through the API wrangler uses.
    const split = await fetch(`${cf.apiUrl}/accounts/${cf.accountId}/workers/scripts/gw-canary-affinity/deployments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${cf.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        strategy: 'percentage',
        versions: [
          { version_id: setup.v2, percentage: 50 },
          { version_id: setup.v1, percentage: 50 },
        ],
      }),
    });
    expect(split.status).toBe(200);
    const versionOf = async (headers: Record<string, string>) =>
      ((await (await fetch(`${setup.url}/version`, { headers })).json()) as { version: string }).version;
    for (const key of ['client-a', 'client-b', 'client-c']) {
      const seen = new Set<string>();
      for (let i = 0; i < 8; i++) seen.add(await versionOf({ 'cloudflare-workers-version-key': key }));
      expect(seen.size).toBe(1);
    }
    const keyless = new Set<string>();
    for (let i = 0; i < 40 && keyless.size < 2; i++) keyless.add(await versionOf({}));
    expect([...keyless].sort()).toEqual(['1.0.0', '2.0.0']);
  });
});
