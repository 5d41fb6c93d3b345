// The canary's steps with fake I/O (a clock, a traffic source, a deployment): what it deploys in
// which order, when it rolls back, and that every way out leaves one version at 100 %.
import type { CanaryEvent } from '../../../src/canary/analysis.js';
import { canaryFindings } from '../../../src/canary/findings.js';
import type { CanaryPlan } from '../../../src/canary/plan.js';
import { parseCanaryPlan } from '../../../src/canary/plan.js';
import { runCanary, type CanaryIo } from '../../../src/canary/run-canary.js';
import type { SyntheticVerdict } from '../../../src/canary/synthetic.js';

const C = 'cand';
const B = 'base';
const PLAN: CanaryPlan = { steps: [10, 50, 100], intervalMs: 1000, minRequests: 50, latency: 'auto' };
const PASSING: SyntheticVerdict = { verdict: 'pass', probes: 6, regressions: [] };

interface Fake {
  io: CanaryIo;
  deployed: string[];
}

/**
 * Each 250 ms tick of waiting sends `perTick` requests, split by the current percentage;
 * `fails(version, i)` says which of them error.
 */
function fake(options: {
  perTick: number;
  fails?: (version: string, i: number) => boolean;
  synthetic?: SyntheticVerdict;
  splitFails?: number;
  cancelAt?: number;
}): Fake {
  let now = 0;
  let percent = 0;
  let sink: ((e: CanaryEvent) => void) | undefined;
  let sent = 0;
  const deployed: string[] = [];
  const io: CanaryIo = {
    split: async (p) => {
      deployed.push(p === 100 ? `${C}@100` : `${C}@${p} ${B}@${100 - p}`);
      percent = p;
      return p === options.splitFails ? 'wrangler versions deploy: API down' : undefined;
    },
    restore: async () => {
      deployed.push(`${B}@100`);
      return { ok: true, note: `${B} serves 100 % again` };
    },
    probe: async () => options.synthetic ?? PASSING,
    startEvents: async (s) => {
      sink = s;
      return { live: options.perTick > 0, note: 'fake tail' };
    },
    stopEvents: async () => undefined,
    now: () => now,
    sleep: async (ms) => {
      now += ms;
      for (let i = 0; i < options.perTick; i++, sent++) {
        const version = (sent * 37) % 100 < percent ? C : B;
        const failed = options.fails?.(version, sent) ?? false;
        sink?.({
          version,
          method: 'GET',
          path: '/users/1',
          route: 'GET /users/{id}',
          outcome: 'ok',
          status: failed ? 502 : 200,
        });
      }
    },
    cancelled: () => (options.cancelAt !== undefined && now >= options.cancelAt ? 'SIGINT' : undefined),
    progress: () => undefined,
  };
  return { io, deployed };
}

const kit = {
  routeLine: (r: string) => (r === 'GET /users/{id}' ? { file: 'src/api-config.json', line: 42 } : undefined),
};

describe('runCanary', () => {
  it('promotes a healthy version through every step, with both versions counted at each', async () => {
    const { io, deployed } = fake({ perTick: 200 });
    const { data, stop } = await runCanary(PLAN, { candidate: C, baseline: B }, io);
    expect(stop).toBeUndefined();
    expect(deployed).toEqual([`${C}@10 ${B}@90`, `${C}@50 ${B}@50`, `${C}@100`]);
    expect(data.outcome).toBe('promoted');
    expect(data.steps.map((s) => [s.percent, s.verdict])).toEqual([
      [10, 'passed'],
      [50, 'passed'],
      [100, 'promoted'],
    ]);
    expect(data.steps[0]!.candidate!.requests).toBe(80);
    expect(data.steps[0]!.baseline!.requests).toBe(720);
    expect(data.steps[1]!.candidate!.requests + data.steps[1]!.baseline!.requests).toBe(800);
  });

  it('rolls back at the first step with the evidence, naming the route on its line', async () => {
    const { io, deployed } = fake({ perTick: 100, fails: (v, i) => v === C && i % 3 === 0 });
    const result = await runCanary(PLAN, { candidate: C, baseline: B }, io);
    expect(deployed).toEqual([`${C}@10 ${B}@90`, `${B}@100`]);
    expect(result.data.outcome).toBe('rolled-back');
    expect(result.stop?.step.percent).toBe(10);
    const findings = canaryFindings(result, { worker: 'gw', kit });
    const route = findings.find((f) => f.location?.line === 42)!;
    expect(route).toMatchObject({ code: 'canary_failed', severity: 'error' });
    expect(route.message).toMatch(
      /^canary failed at 10 % on GET \/users\/\{id\}: GET \/users\/\{id\} fails \d+ of \d+/,
    );
    expect(route.message).toContain(`; ${B} serves 100 % again`);
  });

  it('with no real traffic, waits one more interval, then lets the probes decide and says so', async () => {
    const { io } = fake({ perTick: 0 });
    const result = await runCanary(PLAN, { candidate: C, baseline: B }, io);
    expect(result.data.outcome).toBe('promoted');
    expect(result.data.steps[0]!.decision).toBe(
      'real traffic could not be read (no tail): decided by the 6 synthetic probes, which all passed',
    );
    const thin = fake({ perTick: 1 });
    const thinResult = await runCanary(PLAN, { candidate: C, baseline: B }, thin.io);
    expect(thinResult.data.steps[0]!.durationMs).toBe(2000);
    expect(thinResult.data.steps[0]!.decision).toMatch(/^real traffic was too thin to judge \(\d+ candidate/);
    expect(canaryFindings(thinResult, { worker: 'gw', kit }).map((f) => [f.code, f.severity])).toEqual([
      ['canary_traffic_thin', 'warning'],
    ]);
  });

  it('fails a step on a synthetic regression even when real traffic looks fine', async () => {
    const synthetic = {
      verdict: 'fail' as const,
      probes: 6,
      regressions: ['GET /health (candidate 500, baseline 200)'],
    };
    const { io, deployed } = fake({ perTick: 100, synthetic });
    const result = await runCanary(PLAN, { candidate: C, baseline: B }, io);
    expect(deployed.at(-1)).toBe(`${B}@100`);
    expect(result.stop?.reasons.map((r) => r.text)).toEqual([
      'synthetic probe regressed: GET /health (candidate 500, baseline 200)',
    ]);
  });

  it('a failed step deploy or a cancel mid-step ends at 100 % of the previous version', async () => {
    const broken = fake({ perTick: 100, splitFails: 50 });
    const failed = await runCanary(PLAN, { candidate: C, baseline: B }, broken.io);
    expect(broken.deployed.at(-1)).toBe(`${B}@100`);
    expect(failed.data).toMatchObject({ outcome: 'aborted', servingVersionId: B });
    const cancelled = fake({ perTick: 100, cancelAt: 500 });
    const stopped = await runCanary(PLAN, { candidate: C, baseline: B }, cancelled.io);
    expect(cancelled.deployed).toEqual([`${C}@10 ${B}@90`, `${B}@100`]);
    expect(stopped.stop?.problem).toBe('the run was cancelled (SIGINT)');
    expect(canaryFindings(stopped, { worker: 'gw', kit })[0]!.code).toBe('canary_aborted');
  });
});

describe('canary inputs', () => {
  it('hands each decided step to stepDecided (GitHub Deployment statuses); a failure there changes nothing', async () => {
    const { io, deployed } = fake({ perTick: 200 });
    const seen: string[] = [];
    io.stepDecided = async (step) => {
      seen.push(`${step.percent} ${step.verdict}`);
      throw new Error('GitHub is down');
    };
    const result = await runCanary(PLAN, { candidate: C, baseline: B }, io);
    expect(seen).toEqual(['10 passed', '50 passed']);
    expect(result.data.outcome).toBe('promoted');
    expect(deployed.at(-1)).toBe(`${C}@100`);
  });

  it('accepts increasing percentages ending at 100, and says what is wrong otherwise', () => {
    expect(parseCanaryPlan({ steps: '10, 50%,100', interval: '2m' })).toEqual({
      ok: true,
      plan: { steps: [10, 50, 100], intervalMs: 120_000, minRequests: 50, latency: 'auto' },
    });
    expect(parseCanaryPlan({})).toEqual({ ok: true, plan: undefined });
    const message = (inputs: Parameters<typeof parseCanaryPlan>[0]) => {
      const parsed = parseCanaryPlan(inputs);
      return parsed.ok ? undefined : parsed.message;
    };
    expect(message({ steps: '50,10,100' })).toBe(
      'canary-steps must increase: 10 comes after 50 (e.g. 10,50,100); got "50,10,100"',
    );
    expect(message({ steps: '10,50' })).toMatch(/^canary-steps must end at 100/);
    expect(message({ steps: '0,100' })).toMatch(/^canary-steps: "0" is not a percentage from 1 to 100/);
    expect(message({ steps: '10,100', interval: 'soon' })).toMatch(/^canary-interval must be a duration/);
    expect(message({ steps: '10,100', minRequests: '-3' })).toMatch(/^canary-min-requests must be a whole number/);
    expect(message({ latency: 'maybe' })).toBe('canary-latency must be one of auto, on, off; got "maybe"');
  });
});
