// The canary's real-traffic decision without a network: counts per version and route, the
// two-proportion test, the route rule, the latency rule and the minimum sample.
import {
  allErrorsOnCandidateChance,
  judge,
  percentile,
  Tally,
  twoProportionZ,
  type AnalysisOptions,
  type CanaryEvent,
} from '../../../src/canary/analysis.js';
import { canaryEventOf } from '../../../src/canary/tail-events.js';

const C = 'cand-1111';
const B = 'base-2222';
const OPTIONS: AnalysisOptions = { minRequests: 50, latency: 'auto' };

function event(version: string, over: Partial<CanaryEvent> = {}): CanaryEvent {
  return { version, route: 'GET /users/{id}', method: 'GET', path: '/users/1', status: 200, outcome: 'ok', ...over };
}

/** `n` requests on `version`, the first `errors` of them answered 502. */
function traffic(tally: Tally, version: string, n: number, errors = 0, over: Partial<CanaryEvent> = {}): void {
  for (let i = 0; i < n; i++) tally.add(event(version, { ...over, ...(i < errors ? { status: 502 } : {}) }));
}

describe('counting', () => {
  it('counts requests and errors per version and per route; a 5xx or a non-ok outcome is an error', () => {
    const tally = new Tally(C, B);
    tally.add(event(C));
    tally.add(event(C, { status: 503 }));
    tally.add(event(C, { outcome: 'exception', status: undefined, exception: 'Error: boom' }));
    tally.add(event(C, { status: 404, route: undefined, path: '/nope' }));
    tally.add(event(B, { outcome: 'exceededCpu', status: 200 }));
    tally.add(event('someone-else'));
    const c = tally.candidate;
    expect(c).toMatchObject({ requests: 4, errors: 2, errorRate: 0.5 });
    expect(c.routes).toEqual({
      'GET /users/{id}': { requests: 3, errors: 2 },
      '(no route logged)': { requests: 1, errors: 0 },
    });
    expect(c.samples).toEqual([
      { method: 'GET', path: '/users/1', status: 503, outcome: 'ok' },
      { method: 'GET', path: '/users/1', outcome: 'exception', exception: 'Error: boom' },
    ]);
    expect(tally.baseline).toMatchObject({ requests: 1, errors: 1 });
    expect(tally.other).toBe(1);
  });

  it('takes the P99 by nearest rank', () => {
    expect(percentile([], 0.99)).toBeUndefined();
    expect(percentile([5], 0.99)).toBe(5);
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 0.99)).toBe(99);
    expect(percentile([...hundred, 1000], 0.99)).toBe(100);
  });
});

describe('statistics', () => {
  it('the pooled z statistic matches a worked example', () => {
    // 30/300 against 10/300: pooled 40/600, se = sqrt(0.0667 * 0.9333 * 2/300) = 0.02037.
    expect(twoProportionZ(30, 300, 10, 300)).toBeCloseTo(3.273, 2);
    expect(twoProportionZ(0, 100, 0, 100)).toBe(0);
    expect(twoProportionZ(5, 0, 0, 10)).toBe(0);
  });

  it('the chance that every error falls on the candidate is the hypergeometric one', () => {
    expect(allErrorsOnCandidateChance(1, 10, 90)).toBeCloseTo(0.1, 10);
    expect(allErrorsOnCandidateChance(3, 50, 50)).toBeCloseTo((50 * 49 * 48) / (100 * 99 * 98), 10);
    expect(allErrorsOnCandidateChance(5, 4, 100)).toBe(0);
  });
});

describe('the verdict', () => {
  it('is inconclusive below the minimum sample on either side, whatever the errors', () => {
    const tally = new Tally(C, B);
    traffic(tally, C, 40, 40);
    traffic(tally, B, 400);
    const verdict = judge(tally.candidate, tally.baseline, OPTIONS);
    expect(verdict).toMatchObject({ verdict: 'inconclusive' });
    expect(verdict.verdict === 'inconclusive' && verdict.reason).toBe(
      '40 candidate and 400 baseline requests, below 50 each',
    );
  });

  it('passes equal versions, and a candidate whose rate is not worse with confidence', () => {
    const same = new Tally(C, B);
    traffic(same, C, 100, 1);
    traffic(same, B, 900, 9);
    expect(judge(same.candidate, same.baseline, OPTIONS).verdict).toBe('pass');
    // 3 % against 1 % on 100 requests: z = 1.9, not 99 % sure.
    const noisy = new Tally(C, B);
    traffic(noisy, C, 100, 3, { route: 'GET /a' });
    traffic(noisy, B, 900, 9, { route: 'GET /a' });
    expect(judge(noisy.candidate, noisy.baseline, OPTIONS).verdict).toBe('pass');
  });

  it('one stray error at the minimum sample fails nothing (z alone would say 3)', () => {
    const tally = new Tally(C, B);
    traffic(tally, C, 50, 1);
    traffic(tally, B, 450);
    expect(twoProportionZ(1, 50, 0, 450)).toBeGreaterThan(2.33);
    expect(judge(tally.candidate, tally.baseline, OPTIONS).verdict).toBe('pass');
  });

  it('fails a candidate throwing for 5 % of requests once there are enough of them', () => {
    const tally = new Tally(C, B);
    traffic(tally, C, 200, 10, { route: undefined, outcome: 'ok' });
    traffic(tally, B, 200, 0, { route: undefined });
    const verdict = judge(tally.candidate, tally.baseline, OPTIONS);
    expect(verdict.verdict).toBe('fail');
    const reasons = verdict.verdict === 'fail' ? verdict.reasons : [];
    expect(reasons.map((r) => r.rule)).toContain('error-rate');
    expect(reasons.find((r) => r.rule === 'error-rate')!.text).toBe(
      'error rate 5.0 % (10/200) on the candidate against 0.0 % (0/200) on the baseline: z = 3.20 >= 2.33',
    );
  });

  it('names a route that fails only on the candidate, with its numbers', () => {
    const tally = new Tally(C, B);
    traffic(tally, C, 60, 0, { route: 'GET /health' });
    traffic(tally, C, 20, 4, { route: 'GET /users/{id}' });
    traffic(tally, B, 540, 0, { route: 'GET /health' });
    traffic(tally, B, 180, 0, { route: 'GET /users/{id}' });
    const verdict = judge(tally.candidate, tally.baseline, OPTIONS);
    expect(verdict.verdict).toBe('fail');
    const route = verdict.verdict === 'fail' ? verdict.reasons.find((r) => r.rule === 'route-errors') : undefined;
    expect(route).toMatchObject({ route: 'GET /users/{id}' });
    expect(route!.text).toMatch(/^GET \/users\/\{id\} fails 4 of 20 requests on the candidate and none of 180/);
  });

  it('does not blame a route the baseline fails too, nor one with too few errors to tell', () => {
    const both = new Tally(C, B);
    traffic(both, C, 100, 4, { route: 'GET /x' });
    traffic(both, B, 100, 1, { route: 'GET /x' });
    expect(judge(both.candidate, both.baseline, OPTIONS).verdict).toBe('pass');
    // 50/50 split: 3 errors all on one side happen 1 time in 8 by chance.
    const even = new Tally(C, B);
    traffic(even, C, 100, 3, { route: 'GET /x' });
    traffic(even, B, 100, 0, { route: 'GET /x' });
    expect(judge(even.candidate, even.baseline, OPTIONS).verdict).toBe('pass');
  });

  it('judges latency only with enough timed requests; `on` judges it from the minimum sample', () => {
    const slow = new Tally(C, B);
    for (let i = 0; i < 100; i++) slow.add(event(C, { wallTimeMs: 900 + i }));
    for (let i = 0; i < 100; i++) slow.add(event(B, { wallTimeMs: 300 + i }));
    const auto = judge(slow.candidate, slow.baseline, OPTIONS);
    expect(auto.verdict).toBe('pass');
    expect(auto.notes).toEqual(['latency not judged: 100 and 100 timed requests, below 500 each']);
    const on = judge(slow.candidate, slow.baseline, { ...OPTIONS, latency: 'on' });
    expect(on.verdict === 'fail' && on.reasons.map((r) => r.text)).toEqual([
      'P99 latency 998 ms on the candidate against 398 ms on the baseline (over 2x and 200 ms slower; ' +
        '100 and 100 timed requests)',
    ]);
    expect(judge(slow.candidate, slow.baseline, { ...OPTIONS, latency: 'off' }).notes).toEqual([]);
  });

  it('a fast Worker twice as slow by a few milliseconds is not a latency failure (the absolute floor)', () => {
    const tally = new Tally(C, B);
    for (let i = 0; i < 600; i++) tally.add(event(C, { wallTimeMs: 30 }));
    for (let i = 0; i < 600; i++) tally.add(event(B, { wallTimeMs: 10 }));
    expect(judge(tally.candidate, tally.baseline, OPTIONS).verdict).toBe('pass');
  });
});

describe('tail events', () => {
  it('reads the version, route, status, outcome and wall time; drops the query and the gate probes', () => {
    const tail = {
      scriptVersion: { id: C },
      outcome: 'ok',
      wallTime: 12,
      event: {
        request: { url: 'https://gw.example/users/1234?token=abc', method: 'GET', headers: {} },
        response: { status: 502 },
      },
      logs: [
        {
          level: 'info',
          message: ['[INFO] Found matching path configuration', { path: '/users/{id}', method: 'GET' }],
        },
      ],
    };
    expect(canaryEventOf(tail)).toEqual({
      version: C,
      route: 'GET /users/{id}',
      method: 'GET',
      path: '/users/1234',
      status: 502,
      outcome: 'ok',
      wallTimeMs: 12,
    });
    const probe = {
      ...tail,
      event: { ...tail.event, request: { ...tail.event.request, headers: { 'x-gate-run': 'r' } } },
    };
    expect(canaryEventOf(probe)).toBeUndefined();
    expect(canaryEventOf({ ...tail, scriptVersion: undefined })).toBeUndefined();
  });
});
