// The smoke stage's decisions without a network: the observations folded into the probe matrix
// and the findings (one per root cause), and the deploy marker's transitions on a fake clock.
import type { MarkerClock, MarkerTail } from '../../../src/smoke/deploy-marker.js';
import { waitForMarker } from '../../../src/smoke/deploy-marker.js';
import type { Observation } from '../../../src/smoke/classify.js';
import { foldObservations } from '../../../src/smoke/fold-observations.js';
import type { ProbeResult } from '../../../src/smoke/http-probe.js';
import type { Probe } from '../../../src/smoke/probe-plan.js';
import { probe } from '../../helpers/probes.js';
import type { TailEvent } from '../../../src/smoke/tail-session.js';
import { formatLocation } from '../../../src/findings.js';

const URL = 'https://gw.example.workers.dev';
const NAME_LINE = { file: 'wrangler.toml', line: 1, column: 8 };

const ok = (): ProbeResult => ({
  status: 200,
  headers: { 'x-powered-by': 'serverlessapigateway' },
  json: {},
  durationMs: 4,
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
const refusedUpstream = (): ProbeResult => ({
  status: 502,
  headers: { 'x-powered-by': 'serverlessapigateway', 'proxy-status': 'cloudflare; error=connection_refused' },
  body: '',
  durationMs: 6,
});

function observation(p: Probe, result: ProbeResult, extra: Partial<Observation> = {}): Observation {
  return { probe: p, result, logsAvailable: true, controlPassed: true, ...extra };
}

describe('folding the observations into the probe matrix and the findings', () => {
  it('records every probe with its URL, attempts and outcome, and a failing one with its layer and code', () => {
    const folded = foldObservations({
      url: URL,
      observations: [observation(probe('p1', '/a'), ok()), observation(probe('p2', '/b'), refusedUpstream())],
      attempts: [1, 3],
      logs: 'wrangler tail gw',
    });
    expect(folded.probes).toEqual([
      {
        id: 'p1',
        name: 'GET /a',
        method: 'GET',
        url: `${URL}/a`,
        route: 'GET /a',
        status: 200,
        attempts: 1,
        durationMs: 4,
        outcome: 'passed',
      },
      {
        id: 'p2',
        name: 'GET /b',
        method: 'GET',
        url: `${URL}/b`,
        route: 'GET /b',
        status: 502,
        attempts: 3,
        durationMs: 6,
        outcome: 'failed',
        layer: 'upstream',
        code: 'connection_refused',
      },
    ]);
    expect(folded.findings.map((f) => [f.severity, f.code, formatLocation(f.location)])).toEqual([
      ['error', 'connection_refused', 'src/api-config.json:12'],
    ]);
  });

  it('makes an unreachable deployment one error on the wrangler name, naming every probe, not one per route', () => {
    const probes = [probe('p1', '/a'), probe('p2', '/b'), probe('p3', '/c')];
    const folded = foldObservations({
      url: URL,
      observations: probes.map((p) => observation(p, unreachable())),
      attempts: [1, 1, 1],
      logs: 'wrangler tail gw',
      nameLine: NAME_LINE,
    });
    expect(folded.findings).toHaveLength(1);
    const [only] = folded.findings;
    expect([only!.layer, only!.code, formatLocation(only!.location)]).toEqual([
      'edge',
      'worker_unreachable',
      'wrangler.toml:1:8',
    ]);
    expect(only!.message).toMatch(new RegExp(`^${URL} is not reachable: 3 of 3 probes failed the same way \\(`));
    expect(only!.evidence?.probes).toEqual(['GET /a', 'GET /b', 'GET /c']);
  });

  it('groups probes failing on one upstream into one error where its URL is set, each route a warning', () => {
    const server = {
      written: '$env.UPSTREAM_URL',
      resolved: 'http://127.0.0.1:9',
      location: { file: 'wrangler.toml', line: 9 },
    };
    const folded = foldObservations({
      url: URL,
      observations: [
        observation(probe('p1', '/a'), refusedUpstream(), { server }),
        observation(probe('p2', '/b'), refusedUpstream(), { server }),
      ],
      attempts: [1, 1],
      logs: 'wrangler tail gw',
    });
    expect(folded.findings.map((f) => [f.severity, f.code, formatLocation(f.location)])).toEqual([
      ['error', 'connection_refused', 'wrangler.toml:9'],
      ['warning', 'connection_refused', 'src/api-config.json:11'],
      ['warning', 'connection_refused', 'src/api-config.json:12'],
    ]);
  });

  it("keeps a note about the gateway's own code apart from the fix of what broke: one notice, no location", () => {
    const server = { written: '$env.UPSTREAM_URL', location: { file: 'wrangler.toml', line: 9 } };
    // The gateway returns fetch() un-awaited: a refused upstream escapes as Cloudflare's error 1101.
    const escaped = (): ProbeResult => ({
      status: 500,
      headers: { 'cf-error-type': 'worker-exception' },
      body: 'error code: 1101',
      durationMs: 5,
    });
    const event: TailEvent = {
      outcome: 'exception',
      exceptions: [{ name: 'Error', message: 'Network connection lost.' }],
      logs: [{ message: ['[INFO] Found matching path configuration', { integration: 'http_proxy' }] }],
    };
    const folded = foldObservations({
      url: URL,
      observations: ['/a', '/b'].map((path, i) => observation(probe(`p${i + 1}`, path), escaped(), { server, event })),
      attempts: [1, 1],
      logs: 'wrangler tail gw',
    });
    const [cause, ...rest] = folded.findings;
    expect(cause!.severity).toBe('error');
    expect(cause!.fix).not.toMatch(/await/);
    const notes = rest.filter((f) => f.layer === 'gateway');
    expect(notes).toEqual([
      expect.objectContaining({
        code: 'upstream_fetch_not_awaited',
        severity: 'notice',
        message: expect.stringMatching(/without awaiting it.*\(seen on GET \/a, GET \/b\)$/),
        fix: expect.stringMatching(/return await fetch/),
      }),
    ]);
    expect(notes[0]!.location).toBeUndefined();
  });

  it("names the environment in a missing secret's fix", () => {
    const missing: ProbeResult = {
      status: 500,
      headers: { 'x-powered-by': 'serverlessapigateway' },
      json: { code: 'MISSING_JWT_SECRET' },
      durationMs: 3,
    };
    const obs = [observation(probe('p1', '/a'), missing, { authorizerSecret: 'JWT_SECRET' })];
    const input = { url: URL, observations: obs, attempts: [1], logs: 'wrangler tail gw' };
    expect(foldObservations({ ...input, environment: 'production' }).findings[0]!.fix).toContain(
      '`wrangler secret put JWT_SECRET --env production`',
    );
    expect(foldObservations(input).findings[0]!.fix).toContain('`wrangler secret put JWT_SECRET`');
  });

  it('says once (a notice) that the answering route is unverified without logs; warns when nothing is probed', () => {
    const folded = foldObservations({
      url: URL,
      observations: [
        observation(probe('p1', '/a', { reaches: { method: 'GET', path: '/a' } }), ok(), { logsAvailable: false }),
      ],
      attempts: [1],
      logs: 'off: no CLOUDFLARE_API_TOKEN',
    });
    expect(folded.findings.map((f) => [f.severity, f.code])).toEqual([['notice', 'route_identity_unverified']]);
    expect(folded.findings[0]!.message).toContain('(logs off: no CLOUDFLARE_API_TOKEN)');
    const empty = foldObservations({ url: URL, observations: [], attempts: [], logs: '' });
    expect(empty.findings.map((f) => [f.severity, f.code])).toEqual([['warning', 'no_probes']]);
  });
});

/** A clock that moves only when the marker sleeps or waits for an event. */
function fakeClock(): MarkerClock & { t: number } {
  const clock = { t: 0, now: () => clock.t, sleep: async (ms: number) => void (clock.t += ms) };
  return clock;
}

/** A tail whose events arrive as `versionOf(attempt)` says (undefined: no event for it). */
function fakeTail(clock: { t: number }, versionOf: (attempt: number) => string | undefined): MarkerTail {
  const sent = new Set<string>();
  const eventFor = (id: string): TailEvent | undefined => {
    const version = sent.has(id) ? versionOf(Number(id.replace('marker-', ''))) : undefined;
    return version ? { outcome: 'ok', logs: [], scriptVersion: { id: version } } : undefined;
  };
  return {
    failure: undefined,
    eventFor,
    waitUntil: async (ready, timeoutMs) => {
      if (!ready()) clock.t += timeoutMs;
      return ready();
    },
    record: (id: string) => sent.add(id),
  } as MarkerTail & { record(id: string): void };
}

const TIMING = { eventWaitMs: 5_000, tailConnectMs: 20_000, cadenceMs: 200 };

describe('the deploy marker', () => {
  function setup(versionOf: (attempt: number) => string | undefined, propagationMs = 60_000) {
    const clock = fakeClock();
    const tail = fakeTail(clock, versionOf) as MarkerTail & { record(id: string): void };
    const send = async (id: string) => {
      tail.record(id);
      return ok();
    };
    return { expected: 'v2', propagationMs, logs: 'wrangler tail gw', send, tail, clock, timing: TIMING };
  }

  it('is proven when the event of a control request carries the deployed version', async () => {
    const out = await waitForMarker(setup((attempt) => (attempt >= 3 ? 'v2' : 'v1')));
    expect(out.verdict).toBe('proven');
    expect(out.marker).toEqual({
      expected: 'v2',
      served: 'v2',
      proven: true,
      attempts: 3,
      note: 'the edge served v2 on attempt 3',
    });
  });

  it('is stale when the edge keeps serving another version past the propagation window', async () => {
    const out = await waitForMarker(setup(() => 'v1', 10_000));
    expect(out.verdict).toBe('stale');
    expect(out.marker).toMatchObject({ expected: 'v2', served: 'v1', proven: false });
  });

  it('is unverified, with logs off, when no event arrives while the tail may connect', async () => {
    const out = await waitForMarker(setup(() => undefined));
    expect(out.verdict).toBe('unverified');
    expect(out.logs).toBe('off: no trace event arrived within 20 s');
    expect(out.marker.note).toBe("not verified: the Worker's logs did not arrive");
  });

  it('is unverified without logs, saying why, after one request', async () => {
    const out = await waitForMarker({ ...setup(() => 'v2'), tail: undefined, logs: 'off: no CLOUDFLARE_API_TOKEN' });
    expect(out.verdict).toBe('unverified');
    expect(out.marker).toEqual({
      expected: 'v2',
      proven: false,
      attempts: 1,
      note: 'not verified: off: no CLOUDFLARE_API_TOKEN',
    });
  });
});
