// The canary's decision on real traffic (issue 23): the candidate against the baseline over the
// same window (Kayenta's rule: never against the long-running production's history), per version
// and per route. Pure: events in, numbers and a verdict out; the step runner does the I/O.
//
// The rules, with their numbers (docs/deploy.md compares them with Flagger, Argo and Kayenta):
// - error rate: a one-sided two-proportion z-test, z >= 2.33 (99 % one-sided), and the candidate's
//   rate above the baseline's by at least 1 percentage point, and at least 5 candidate errors (below
//   that the normal approximation the z-test rests on does not hold: one stray error at n = 50 gives z ~ 3);
// - a route that errors on the candidate and never on the baseline: at least 3 candidate errors, and
//   the chance that every error of that route lands on the candidate when both versions are equally
//   healthy (the exact hypergeometric probability: Fisher's test with no baseline error) at most 1 %;
// - latency: the candidate's P99 above 2x the baseline's and above it by 200 ms; `auto` judges it
//   only when each side has 500 timed requests (a P99 of fewer is a handful of outliers);
// - below `minRequests` requests on either side (default 50: Kayenta's minimum data points per
//   metric) the real-traffic verdict is inconclusive: it fails nothing.

/** One request the Worker served, as the tail saw it. */
export interface CanaryEvent {
  version: string;
  /** `GET /users/{id}`: the route the gateway logged it matched; undefined when it logged none. */
  route?: string;
  method: string;
  /** The request path, query removed (values there may be personal). */
  path: string;
  status?: number;
  /** The Worker's outcome: `ok`, `exception`, `exceededCpu`, `exceededMemory`, `canceled`, … */
  outcome: string;
  /** The invocation's wall time, when the event carries one. */
  wallTimeMs?: number;
  /** An exception's name and message, for the evidence. */
  exception?: string;
}

export interface RouteNumbers {
  requests: number;
  errors: number;
}

export interface SampleRequest {
  method: string;
  path: string;
  status?: number;
  outcome: string;
  exception?: string;
}

export interface VersionNumbers {
  versionId: string;
  requests: number;
  errors: number;
  /** errors / requests; 0 without requests. */
  errorRate: number;
  /** Requests whose event carried a wall time. */
  timed: number;
  p99Ms?: number;
  routes: Record<string, RouteNumbers>;
  /** The first few failed requests, for the evidence. */
  samples: SampleRequest[];
}

export type LatencyRule = 'auto' | 'on' | 'off';

export interface AnalysisOptions {
  minRequests: number;
  latency: LatencyRule;
}

export const RULES = {
  zThreshold: 2.33,
  rateFloor: 0.01,
  minCandidateErrors: 5,
  routeMinErrors: 3,
  routeMaxChance: 0.01,
  latencyFactor: 2,
  latencyFloorMs: 200,
  latencyAutoSamples: 500,
  defaultMinRequests: 50,
  samplesKept: 5,
} as const;

/** Which route a request without a logged route counts under. */
export const NO_ROUTE = '(no route logged)';

export interface Reason {
  rule: 'error-rate' | 'route-errors' | 'latency';
  /** The route the reason is about (route-errors). */
  route?: string;
  text: string;
}

export type RealVerdict =
  | { verdict: 'pass'; notes: string[] }
  | { verdict: 'fail'; reasons: Reason[]; notes: string[] }
  | { verdict: 'inconclusive'; reason: string; notes: string[] };

/** An error: a 5xx answer, or an invocation that did not end `ok` (exception, limits, canceled). */
export function isError(event: Pick<CanaryEvent, 'status' | 'outcome'>): boolean {
  return event.outcome !== 'ok' || (event.status !== undefined && event.status >= 500);
}

/** Counts accumulated over one window, per version, event by event (no event list is kept). */
export class Tally {
  private readonly sides = new Map<string, { numbers: VersionNumbers; times: number[] }>();
  /** Events of neither version (another deployment still propagating): counted, not judged. */
  other = 0;

  constructor(
    readonly candidateId: string,
    readonly baselineId: string,
  ) {
    for (const id of [candidateId, baselineId]) this.sides.set(id, { numbers: emptyNumbers(id), times: [] });
  }

  add(event: CanaryEvent): void {
    const side = this.sides.get(event.version);
    if (!side) {
      this.other++;
      return;
    }
    const n = side.numbers;
    const failed = isError(event);
    n.requests++;
    const route = (n.routes[event.route ?? NO_ROUTE] ??= { requests: 0, errors: 0 });
    route.requests++;
    if (failed) {
      n.errors++;
      route.errors++;
      if (n.samples.length < RULES.samplesKept) n.samples.push(sampleOf(event));
    }
    if (event.wallTimeMs !== undefined && Number.isFinite(event.wallTimeMs)) side.times.push(event.wallTimeMs);
  }

  numbers(version: string): VersionNumbers {
    const side = this.sides.get(version)!;
    const n = side.numbers;
    const routes = Object.fromEntries(Object.entries(n.routes).map(([k, v]) => [k, { ...v }]));
    const result: VersionNumbers = {
      ...n,
      routes,
      samples: [...n.samples],
      errorRate: n.requests ? n.errors / n.requests : 0,
      timed: side.times.length,
    };
    const p99 = percentile(side.times, 0.99);
    if (p99 !== undefined) result.p99Ms = p99;
    return result;
  }

  get candidate(): VersionNumbers {
    return this.numbers(this.candidateId);
  }

  get baseline(): VersionNumbers {
    return this.numbers(this.baselineId);
  }
}

function emptyNumbers(versionId: string): VersionNumbers {
  return { versionId, requests: 0, errors: 0, errorRate: 0, timed: 0, routes: {}, samples: [] };
}

function sampleOf(event: CanaryEvent): SampleRequest {
  const sample: SampleRequest = { method: event.method, path: event.path, outcome: event.outcome };
  if (event.status !== undefined) sample.status = event.status;
  if (event.exception) sample.exception = event.exception.slice(0, 200);
  return sample;
}

/** Nearest-rank percentile; undefined without values. */
export function percentile(values: readonly number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** One-sided two-proportion z statistic (pooled): how far the candidate's rate is above the baseline's. */
export function twoProportionZ(xc: number, nc: number, xb: number, nb: number): number {
  if (nc === 0 || nb === 0) return 0;
  const pooled = (xc + xb) / (nc + nb);
  if (pooled === 0 || pooled === 1) return 0;
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / nc + 1 / nb));
  return (xc / nc - xb / nb) / se;
}

/**
 * The chance, were both versions equally healthy, that all `k` errors of `nc + nb` requests fall on
 * the candidate's `nc`: C(nc, k) / C(nc + nb, k) (Fisher's exact test when the baseline has none).
 */
export function allErrorsOnCandidateChance(k: number, nc: number, nb: number): number {
  if (k > nc) return 0;
  let p = 1;
  for (let i = 0; i < k; i++) p *= (nc - i) / (nc + nb - i);
  return p;
}

const pct = (rate: number): string => `${(rate * 100).toFixed(rate > 0 && rate < 0.001 ? 2 : 1)} %`;

/** The real-traffic verdict of one window. */
export function judge(candidate: VersionNumbers, baseline: VersionNumbers, options: AnalysisOptions): RealVerdict {
  const notes: string[] = [];
  const thin = [candidate, baseline].filter((v) => v.requests < options.minRequests);
  if (thin.length > 0) {
    const counts = `${candidate.requests} candidate and ${baseline.requests} baseline requests`;
    return { verdict: 'inconclusive', reason: `${counts}, below ${options.minRequests} each`, notes };
  }
  const reasons: Reason[] = [];
  const rate = errorRateReason(candidate, baseline);
  if (rate) reasons.push(rate);
  reasons.push(...routeReasons(candidate, baseline));
  const latency = latencyReason(candidate, baseline, options, notes);
  if (latency) reasons.push(latency);
  return reasons.length ? { verdict: 'fail', reasons, notes } : { verdict: 'pass', notes };
}

function errorRateReason(c: VersionNumbers, b: VersionNumbers): Reason | undefined {
  const z = twoProportionZ(c.errors, c.requests, b.errors, b.requests);
  const worse = c.errorRate > b.errorRate + RULES.rateFloor;
  if (!(z >= RULES.zThreshold && worse && c.errors >= RULES.minCandidateErrors)) return undefined;
  const text =
    `error rate ${pct(c.errorRate)} (${c.errors}/${c.requests}) on the candidate against ` +
    `${pct(b.errorRate)} (${b.errors}/${b.requests}) on the baseline: z = ${z.toFixed(2)} >= ${RULES.zThreshold}`;
  return { rule: 'error-rate', text };
}

function routeReasons(c: VersionNumbers, b: VersionNumbers): Reason[] {
  const reasons: Reason[] = [];
  for (const [route, numbers] of Object.entries(c.routes)) {
    // Requests the gateway logged no route for are the error-rate rule's: no line to name.
    if (route === NO_ROUTE) continue;
    const base = b.routes[route] ?? { requests: 0, errors: 0 };
    if (numbers.errors < RULES.routeMinErrors || base.errors > 0) continue;
    const chance = allErrorsOnCandidateChance(numbers.errors, numbers.requests, base.requests);
    if (chance > RULES.routeMaxChance) continue;
    const odds = chance < 0.0001 ? '< 0.01' : (chance * 100).toFixed(2);
    const text =
      `${route} fails ${numbers.errors} of ${numbers.requests} requests on the candidate and none of ` +
      `${base.requests} on the baseline (chance if both were healthy: ${odds} %)`;
    reasons.push({ rule: 'route-errors', route, text });
  }
  return reasons;
}

function latencyReason(
  c: VersionNumbers,
  b: VersionNumbers,
  options: AnalysisOptions,
  notes: string[],
): Reason | undefined {
  if (options.latency === 'off') return undefined;
  const needed = options.latency === 'on' ? options.minRequests : RULES.latencyAutoSamples;
  if (c.p99Ms === undefined || b.p99Ms === undefined || c.timed < needed || b.timed < needed) {
    notes.push(`latency not judged: ${c.timed} and ${b.timed} timed requests, below ${needed} each`);
    return undefined;
  }
  const slower = c.p99Ms > RULES.latencyFactor * b.p99Ms && c.p99Ms > b.p99Ms + RULES.latencyFloorMs;
  if (!slower) return undefined;
  const text =
    `P99 latency ${Math.round(c.p99Ms)} ms on the candidate against ${Math.round(b.p99Ms)} ms on the baseline ` +
    `(over ${RULES.latencyFactor}x and ${RULES.latencyFloorMs} ms slower; ${c.timed} and ${b.timed} timed requests)`;
  return { rule: 'latency', text };
}
