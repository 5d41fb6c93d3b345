// The live version's answers kept by the deploy stage and judged against by the smoke stage
// (issue 20, point 7): what is kept of an answer, how it lines up with the smoke's plan, and the
// one notice when there is nothing to compare with. Pure: no request is sent.
import type { Observation } from '../../../src/smoke/classify.js';
import { foldObservations } from '../../../src/smoke/fold-observations.js';
import type { ProbeResult } from '../../../src/smoke/http-probe.js';
import { answersForPlan, storedResult, type LiveAnswers } from '../../../src/smoke/live-baseline.js';
import type { Probe } from '../../../src/smoke/probe-plan.js';
import { probe } from '../../helpers/probes.js';

const URL = 'https://gw.example.workers.dev';
const GATEWAY = { 'x-powered-by': 'serverlessapigateway', 'content-type': 'application/json' };
const answer = (status: number, body: unknown): ProbeResult => ({
  status,
  headers: { ...GATEWAY, 'set-cookie': 'session=1', date: 'today' },
  body: JSON.stringify(body),
  json: body,
  durationMs: 3,
});
const observation = (p: Probe, result: ProbeResult): Observation => ({
  probe: p,
  result,
  logsAvailable: false,
  controlPassed: true,
});
const plan = (...probes: Probe[]) => ({ probes, skipped: [] });

describe("the live version's answers", () => {
  it('keep what a verdict reads (status, body, the headers that tell layers apart), not the rest', () => {
    const stored = storedResult(answer(503, { message: 'down' }));
    expect(stored).toEqual({ status: 503, body: '{"message":"down"}', durationMs: 3, headers: GATEWAY });
  });

  it("line up with the smoke's plan by probe, with their JSON parsed again", () => {
    const [a, b] = [probe('p1', '/a'), probe('p2', '/b')];
    const kept: LiveAnswers = {
      url: URL,
      probes: [
        { id: 'p2', name: b.name, result: storedResult(answer(200, { ok: true })) },
        { id: 'p1', name: a.name, result: storedResult(answer(503, { message: 'down' })) },
      ],
    };
    const lined = answersForPlan(kept, plan(a, b));
    expect(lined.ok && lined.results.map((r) => [r.status, r.json])).toEqual([
      [503, { message: 'down' }],
      [200, { ok: true }],
    ]);
  });

  it('another plan (a probe the deploy did not send) compares with nothing, and says which probe', () => {
    const kept: LiveAnswers = { url: URL, probes: [{ id: 'p1', name: 'GET /a', result: answer(200, {}) }] };
    expect(answersForPlan(kept, plan(probe('p1', '/a'), probe('p2', '/b')))).toEqual({
      ok: false,
      reason: 'the live version was probed with another plan (GET /b is new)',
    });
  });
});

describe('judged against the live version', () => {
  const flaky = probe('p1', '/flaky');
  const users = probe('p2', '/users');
  const down = (): ProbeResult => answer(503, { message: 'down' });
  const fold = (candidate: ProbeResult[], live: ProbeResult[], failOn: 'regression' | 'preexisting' = 'regression') =>
    foldObservations({
      url: URL,
      observations: [observation(flaky, candidate[0]!), observation(users, candidate[1]!)],
      attempts: [1, 1],
      logs: 'off',
      baseline: {
        url: URL,
        observations: [observation(flaky, live[0]!), observation(users, live[1]!)],
        failOn,
        live: true,
      },
    });

  it('a failure the live version had is preexisting (a warning); one it did not have is a regression (an error)', () => {
    const folded = fold([down(), down()], [down(), answer(200, {})]);
    expect(folded.probes.map((p) => p.verdict)).toEqual(['preexisting', 'regression']);
    expect(folded.findings.filter((f) => f.code !== 'route_identity_unverified').map((f) => f.severity)).toEqual([
      'warning',
      'error',
    ]);
    const strict = fold([down(), answer(200, {})], [down(), answer(200, {})], 'preexisting');
    expect(strict.findings.filter((f) => f.severity === 'error')).toHaveLength(1);
  });

  it('a live version that answered nothing: the plain smoke, said once as a notice', () => {
    const gone: ProbeResult = {
      error: { phase: 'headers', timedOut: false, chain: [], network: { type: 'dns_error', code: 'ENOTFOUND' } },
      durationMs: 1,
    };
    const folded = fold([down(), answer(200, {})], [gone, gone]);
    expect(folded.probes.every((p) => p.verdict === undefined)).toBe(true);
    const said = folded.findings.filter((f) => f.code === 'live_comparison_unavailable');
    expect(said.map((f) => f.severity)).toEqual(['notice']);
    expect(folded.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual([
      'destination_unavailable',
    ]);
  });
});
