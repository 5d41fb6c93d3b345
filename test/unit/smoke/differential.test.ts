// The differential smoke's decisions without a network: each probe's candidate and production
// observations folded into a verdict, the findings it makes, and one finding per root cause.
import type { Observation } from '../../../src/smoke/classify.js';
import { compareProbe } from '../../../src/smoke/differential.js';
import { classify } from '../../../src/smoke/classify.js';
import { foldObservations, type BaselineInput } from '../../../src/smoke/fold-observations.js';
import type { ProbeResult } from '../../../src/smoke/http-probe.js';
import type { Probe } from '../../../src/smoke/probe-plan.js';
import { probe } from '../../helpers/probes.js';
import { PRESENT } from '../../../src/smoke/static-response.js';

const URL = 'https://pr-7-gw.example.workers.dev';
const LIVE = 'https://gw.example.workers.dev';
const SERVER_LINE = { file: 'wrangler.toml', line: 9 };

function staticProbe(id: string, path: string, json: unknown): Probe {
  const p = probe(id, path, { expect: { status: [200], json }, control: true });
  return { ...p, route: { ...p.route!, kind: 'static', server: undefined } };
}

const MARKER = { 'x-powered-by': 'serverlessapigateway' };
const ok = (json: unknown = {}, status = 200): ProbeResult => ({
  status,
  headers: MARKER,
  json,
  body: JSON.stringify(json),
  durationMs: 4,
});
const refused = (): ProbeResult => ({
  status: 502,
  headers: { ...MARKER, 'proxy-status': 'cloudflare; error=connection_refused' },
  body: '',
  durationMs: 6,
});
const unreachable = (): ProbeResult => ({
  error: {
    phase: 'headers',
    timedOut: false,
    chain: [],
    network: { type: 'connection_refused', code: 'ECONNREFUSED' },
  },
  durationMs: 2,
});

const server = { written: '$env.UPSTREAM_URL', resolved: 'http://10.0.0.1:9', location: SERVER_LINE };
const seen = (p: Probe, result: ProbeResult, extra: Partial<Observation> = {}): Observation => ({
  probe: p,
  result,
  logsAvailable: true,
  controlPassed: true,
  server,
  ...extra,
});
/** Production is observed from its answers alone: no trace events. */
const live = (p: Probe, result: ProbeResult): Observation => seen(p, result, { logsAvailable: false });

function fold(pairs: Array<[Probe, ProbeResult, ProbeResult]>, failOn: BaselineInput['failOn'] = 'regression') {
  return foldObservations({
    url: URL,
    observations: pairs.map(([p, candidate]) => seen(p, candidate)),
    attempts: pairs.map(() => 1),
    logs: 'wrangler tail gw',
    baseline: { url: LIVE, observations: pairs.map(([p, , baseline]) => live(p, baseline)), failOn },
  });
}

const smokeFindings = (folded: ReturnType<typeof fold>) =>
  folded.findings.filter((f) => f.code !== 'route_identity_unverified');

describe('the differential verdict of one probe', () => {
  it.each([
    ['regression', refused(), ok()],
    ['preexisting', refused(), refused()],
    ['fixed', ok(), refused()],
    ['unchanged', ok(), ok()],
  ] as const)('%s', (verdict, candidate, baseline) => {
    const p = probe('p1', '/a');
    const [c, b] = [seen(p, candidate), live(p, baseline)];
    expect(compareProbe(c, classify(c), b, classify(b)).verdict).toBe(verdict);
  });
});

describe('folding a differential smoke', () => {
  it('a route the candidate breaks is an error on its line, with the layer and both responses side by side', () => {
    const folded = fold([[probe('p1', '/a'), refused(), ok({ up: true })]]);
    expect(folded.probes[0]).toMatchObject({
      outcome: 'failed',
      layer: 'upstream',
      verdict: 'regression',
      baseline: { url: `${LIVE}/a`, status: 200, outcome: 'passed' },
    });
    // The server's line holds the error (one root cause); the route's line a warning pointing at it.
    const [finding, route] = smokeFindings(folded);
    expect(finding).toMatchObject({ severity: 'error', layer: 'upstream', code: 'connection_refused' });
    expect(finding!.location).toEqual(SERVER_LINE);
    expect(route).toMatchObject({ severity: 'warning', location: { file: 'src/api-config.json', line: 11 } });
    expect(finding!.message).toContain(
      'regression (production https://gw.example.workers.dev answers 200 as expected)',
    );
    expect(finding!.evidence).toMatchObject({
      verdict: 'regression',
      candidate: { status: 502, request: 'GET /a' },
      baseline: { url: `${LIVE}/a`, status: 200, body: '{"up":true}' },
    });
  });

  it('a route failing in production too is a warning with its layer; fail-on preexisting makes it an error', () => {
    const pair: [Probe, ProbeResult, ProbeResult] = [probe('p1', '/a', { route: undefined }), refused(), refused()];
    const [warning] = smokeFindings(fold([pair]));
    expect(warning).toMatchObject({ severity: 'warning', layer: 'upstream', code: 'connection_refused' });
    expect(warning!.message).toContain('already failing in production (production: upstream connection_refused)');
    expect(warning!.fix).toMatch(/`fail-on: preexisting` makes this an error/);
    const [strict] = smokeFindings(fold([pair], 'preexisting'));
    expect(strict).toMatchObject({ severity: 'error', code: 'connection_refused' });
  });

  it('a route production fails and the candidate passes is a notice on the route line', () => {
    const folded = fold([[probe('p1', '/a'), ok(), refused()]]);
    expect(folded.probes[0]).toMatchObject({ outcome: 'passed', verdict: 'fixed', baseline: { outcome: 'failed' } });
    expect(smokeFindings(folded)).toEqual([
      expect.objectContaining({
        severity: 'notice',
        code: 'fixed_by_change',
        layer: 'upstream',
        location: { file: 'src/api-config.json', line: 11 },
      }),
    ]);
  });

  it('a static response this change rewrites is a notice that it changed, not a failure of production', () => {
    const p = staticProbe('p2', '/version', { version: '2.0.0' });
    const folded = fold([[p, ok({ version: '2.0.0' }), ok({ version: '1.0.0' })]]);
    expect(folded.probes[0]).toMatchObject({ outcome: 'passed', verdict: 'fixed' });
    const [notice] = smokeFindings(folded);
    expect(notice).toMatchObject({ severity: 'notice', code: 'fixed_by_change' });
    expect(notice!.message).toMatch(
      /^GET \/version: changed by this change: production answers the response before it/,
    );
  });

  it('both passing, a static response whose reference is empty on the candidate is a regression, values unshown', () => {
    const p = staticProbe('p2', '/version', { release: PRESENT, name: 'gw' });
    const folded = fold([[p, ok({ release: '', name: 'gw' }), ok({ release: 's3cr3t-2026', name: 'gw' })]]);
    expect(folded.probes[0]).toMatchObject({ outcome: 'passed', verdict: 'regression' });
    const [finding] = smokeFindings(folded);
    expect(finding).toMatchObject({ severity: 'error', code: 'response_changed', layer: 'gateway' });
    expect(finding!.location).toEqual({ file: 'src/api-config.json', line: 12 });
    expect(finding!.message).toContain('$.release is empty on the candidate, set in production');
    expect(finding!.message).not.toContain('s3cr3t');
  });

  it('both passing with another status class is a regression; the same answer is unchanged, with no finding', () => {
    const folded = fold([
      [probe('p1', '/a'), ok({}, 404), ok({}, 200)],
      [probe('p2', '/b'), ok({ x: 1 }), ok({ x: 2 })],
    ]);
    expect(folded.probes.map((p) => p.verdict)).toEqual(['regression', 'unchanged']);
    expect(smokeFindings(folded)).toEqual([
      expect.objectContaining({
        code: 'response_changed',
        message: expect.stringContaining('status 404 on the candidate, 200 in production'),
      }),
    ]);
  });

  it('a difference the change may mean (another status class, another unread value) warns without failing the gate', () => {
    const statusOnly = smokeFindings(fold([[probe('p1', '/a'), ok({}, 404), ok({}, 200)]]));
    expect(statusOnly).toEqual([expect.objectContaining({ code: 'response_changed', severity: 'warning' })]);
    const p = staticProbe('p2', '/version', { release: PRESENT });
    const rotated = smokeFindings(fold([[p, ok({ release: 'key-2' }), ok({ release: 'key-1' })]]));
    expect(rotated).toEqual([expect.objectContaining({ code: 'response_changed', severity: 'warning' })]);
    expect(rotated[0]!.message).not.toMatch(/key-[12]/);
  });

  it('keeps one finding per root cause: regressions and preexisting failures of one server grouped apart', () => {
    const folded = fold([
      [probe('p1', '/a'), refused(), ok()],
      [probe('p2', '/b'), refused(), ok()],
      [probe('p3', '/c'), refused(), refused()],
      [probe('p4', '/d'), refused(), refused()],
    ]);
    const heads = smokeFindings(folded).filter((f) => f.location === SERVER_LINE);
    expect(heads.map((f) => [f.severity, (f.evidence as { routes: string[] }).routes])).toEqual([
      ['error', ['GET /a', 'GET /b']],
      ['warning', ['GET /c', 'GET /d']],
    ]);
    const members = smokeFindings(folded).filter((f) => f.location !== SERVER_LINE);
    expect(members.map((f) => f.severity)).toEqual(['warning', 'warning', 'notice', 'notice']);
  });

  it('a production no probe reaches compares with nothing: one warning, then the plain smoke', () => {
    const folded = fold([
      [probe('p1', '/a'), refused(), unreachable()],
      [probe('p2', '/b'), ok(), unreachable()],
    ]);
    expect(folded.probes.map((p) => p.verdict)).toEqual([undefined, undefined]);
    const findings = smokeFindings(folded);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ['baseline_unreachable', 'warning'],
      ['connection_refused', 'error'],
      ['connection_refused', 'warning'],
    ]);
    expect(findings[1]!.message).not.toMatch(/regression|production/);
  });
});
