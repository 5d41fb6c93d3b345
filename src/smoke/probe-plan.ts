// The probe plan: every route of the gateway config as a concrete request with what it must
// answer, plus the smoke spec's additions and overrides. Pure: config and spec in, probes out.
import type { Location } from '../findings.js';
import { isParam, isWildcard, RouteTable, type RouteDef } from '../gateway/route-matching.js';
import type { ProbeExpectation, SmokeSpec, SpecProbe } from './smoke-spec.js';
import { resolvedResponse } from './static-response.js';

export type RouteKind = 'static' | 'proxy' | 'service' | 'flow';

export interface PlannedRoute {
  index: number;
  method: string;
  path: string;
  kind: RouteKind;
  /** The `servers` alias of an http_proxy route. */
  server?: string;
  /** The integration type (`auth0_callback`, …) of a flow route. */
  integration?: string;
  auth: boolean;
  location?: Location;
}

export interface Expectation extends Omit<ProbeExpectation, 'status'> {
  status?: number[];
  /** No gateway or edge error: below 500, routed, and (with a token) not refused. */
  healthy?: boolean;
  /** The gateway's own 401 for a missing token. */
  authChallenge?: boolean;
}

export interface Probe {
  id: string;
  /** What the summary calls it: the route (`GET /users/{id}`), with "· no token" for the auth check. */
  name: string;
  route?: PlannedRoute;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  withToken: boolean;
  expect: Expectation;
  /** A static route: its answer says whether the edge and the gateway work at all. */
  control: boolean;
  /** The route the gateway's matcher sends this request to (`METHOD /path` as in the config). */
  reaches?: { method: string; path: string };
}

export interface PlanOptions {
  hasToken: boolean;
  /** The deployed environment's vars, for `$env` references in static responses; undefined: unknown. */
  vars?: Readonly<Record<string, unknown>>;
}

export interface ProbePlan {
  probes: Probe[];
  /** Routes not probed, with why (shown in the summary, never silent). */
  skipped: Array<{ route: string; reason: string; location?: Location }>;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Safe values for a parameter segment, tried in order until one reaches the intended route. */
const SAMPLE_VALUES = ['1', 'gate-smoke', 'gate-smoke-1', 'x-gate-probe'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export function routeKind(route: Obj): { kind: RouteKind; server?: string; integration?: string } {
  const integration = isObj(route.integration) ? route.integration : undefined;
  const type = typeof integration?.type === 'string' ? integration.type : undefined;
  if (!type) return { kind: 'static' };
  if (type === 'http_proxy' || type === 'http')
    return { kind: 'proxy', server: typeof integration?.server === 'string' ? integration.server : undefined };
  if (type === 'service' || type === 'service_binding') return { kind: 'service' };
  return { kind: 'flow', integration: type };
}

export function planRoutes(config: unknown, locations: ReadonlyMap<number, Location>): PlannedRoute[] {
  const paths = isObj(config) && Array.isArray(config.paths) ? config.paths : [];
  const routes: PlannedRoute[] = [];
  paths.forEach((entry, index) => {
    if (!isObj(entry) || typeof entry.method !== 'string' || typeof entry.path !== 'string') return;
    const { method, path } = entry;
    const location = locations.get(index);
    routes.push({ index, method, path, ...routeKind(entry), auth: entry.auth === true, location });
  });
  return routes;
}

export const routeKey = (r: { method: string; path: string }): string => `${r.method} ${r.path}`;

type NewProbe = Omit<Probe, 'id' | 'headers'> & { headers?: Record<string, string> };

/** What planning one route needs: the config's routes, the spec and the options. */
interface PlanContext {
  table: RouteTable;
  entries: unknown[];
  spec: SmokeSpec;
  options: PlanOptions;
  overrides: Map<string, SpecProbe[]>;
  add: (probe: NewProbe) => void;
  skipNote: (route: PlannedRoute, reason: string) => void;
}

export function buildProbePlan(
  config: unknown,
  locations: ReadonlyMap<number, Location>,
  spec: SmokeSpec,
  options: PlanOptions,
): ProbePlan {
  const routes = planRoutes(config, locations);
  const table = new RouteTable(routes.map((r): RouteDef => ({ index: r.index, method: r.method, path: r.path })));
  const byIndex = new Map(routes.map((r) => [r.index, r]));
  const overrides = new Map<string, SpecProbe[]>();
  for (const p of spec.probes) if (p.route) overrides.set(p.route, [...(overrides.get(p.route) ?? []), p]);
  const plan: ProbePlan = { probes: [], skipped: [] };
  let n = 0;
  const context: PlanContext = {
    table,
    entries: isObj(config) && Array.isArray(config.paths) ? config.paths : [],
    spec,
    options,
    overrides,
    add: (probe) => plan.probes.push({ ...probe, id: `p${++n}`, headers: { ...spec.headers, ...probe.headers } }),
    skipNote: (route, reason) => plan.skipped.push({ route: routeKey(route), reason, location: route.location }),
  };
  for (const route of routes) planRoute(route, context);

  for (const p of spec.probes) {
    if (p.route) {
      const known = routes.some((r) => routeKey(r) === p.route);
      const reason = 'the smoke spec names a route the gateway config does not have';
      if (!known) plan.skipped.push({ route: p.route, reason, location: p.location });
      continue;
    }
    const method = p.method ?? 'GET';
    const hit = table.choose(method, pathname(p.path!));
    context.add(fromSpec(p, hit ? byIndex.get(hit.route.index) : undefined, method, p.path!, options.hasToken));
  }
  // Which route each request reaches by the gateway's matching, for checking the Worker's own log.
  for (const probe of plan.probes) {
    const hit = table.choose(probe.method, pathname(probe.path));
    const route = hit ? byIndex.get(hit.route.index) : undefined;
    if (route) probe.reaches = { method: route.method, path: route.path };
  }
  return plan;
}

/** The probes of one route, or why it has none. */
function planRoute(route: PlannedRoute, context: PlanContext): void {
  const { spec, options, add } = context;
  const key = routeKey(route);
  const skipNote = (reason: string) => context.skipNote(route, reason);
  if (spec.skip.includes(key)) return skipNote('skipped by the smoke spec');
  const reached = reachingRequest(route, context.table, spec.params);
  if (!reached) return skipNote('no request reaches it (another route wins every sample path, for every method)');
  const { method, path } = reached;
  const custom = context.overrides.get(key);
  if (custom) return custom.forEach((p) => add(fromSpec(p, route, method, path, options.hasToken)));

  const base = { route, method, path, name: key, control: false };
  const noToken = () => add({ ...base, name: `${key} · no token`, withToken: false, expect: NO_TOKEN });
  const tokenless = '"auth": true and no auth-token input: probed without a token only';
  if (route.kind === 'static') {
    const entry = context.entries[route.index] as Obj;
    const json = entry.response !== undefined ? resolvedResponse(entry.response, options.vars) : undefined;
    // Without a token an "auth": true route can only show its 401: it is no control then.
    if (!route.auth) add({ ...base, withToken: false, expect: { status: [200], json }, control: true });
    else if (options.hasToken) add({ ...base, withToken: true, expect: { status: [200], json } });
    if (route.auth) noToken();
    if (route.auth && !options.hasToken) skipNote(tokenless);
    return;
  }
  if (route.integration === 'auth0_callback') {
    return skipNote(NEEDS_CODE);
  }
  const writes = WRITE_METHODS.has(method) && !spec.write;
  if (route.auth) {
    // Without a token the gateway answers before the upstream: safe for any method.
    noToken();
    if (!options.hasToken) return skipNote(tokenless);
    if (writes) return skipNote(`${method} changes data: probed without a token only ${WRITE_WITH_TOKEN}`);
    return add({ ...base, withToken: true, expect: { healthy: true }, ...bodyFor(method) });
  }
  if (writes) {
    const only = route.method === 'ANY' ? `only ${method} reaches it (another route wins GET), and it ` : `${method} `;
    return skipNote(`${only}changes data and has no auth to probe safely ${WRITE_OR_PROBE}`);
  }
  add({ ...base, withToken: false, expect: { healthy: true }, ...bodyFor(method) });
}

const NO_TOKEN: Expectation = { status: [401], authChallenge: true };
const NEEDS_CODE =
  "the OAuth callback needs a `code` from the identity provider's login: " + 'add a probe with one in the smoke spec';
const WRITE_WITH_TOKEN = '(set write: true in the smoke spec to send it with the token)';
const WRITE_OR_PROBE = '(set write: true in the smoke spec, or add a probe for it)';

const pathname = (path: string): string => path.split(/[?#]/)[0] || '/';

/** Methods tried, in order, for an ANY route: a read first, then the ones that change data. */
const ANY_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** The first request (method and concrete path) that the gateway routes to `route`. */
export function reachingRequest(
  route: PlannedRoute,
  table: RouteTable,
  params: Record<string, string>,
): { method: string; path: string } | undefined {
  for (const method of route.method === 'ANY' ? ANY_METHODS : [route.method]) {
    const path = concretePath(route, table, params, method);
    if (path) return { method, path };
  }
  return undefined;
}

function fromSpec(
  p: SpecProbe,
  route: PlannedRoute | undefined,
  method: string,
  path: string,
  hasToken: boolean,
): Omit<Probe, 'id'> {
  const withToken = (p.auth ?? route?.auth ?? false) && hasToken;
  const body = p.body === undefined ? undefined : typeof p.body === 'string' ? p.body : JSON.stringify(p.body);
  const headers = {
    // spread: fetch would send an undefined header as "undefined"
    ...(body !== undefined && typeof p.body !== 'string' ? { 'content-type': 'application/json' } : {}),
    ...(p.headers ?? {}),
  };
  const { status, ...rest } = p.expect ?? {};
  const expect: Expectation = p.expect
    ? { ...rest, status: status === undefined ? undefined : [status].flat() }
    : route?.kind === 'static'
      ? { status: [200] }
      : { healthy: true };
  return {
    name: p.name ?? p.route ?? `${p.method ?? method} ${p.path ?? path}`,
    route,
    method: p.method ?? method,
    path: p.path ?? path,
    headers,
    body,
    withToken,
    expect,
    control: false,
  };
}

function bodyFor(method: string): { headers?: Record<string, string>; body?: string } {
  return WRITE_METHODS.has(method) && method !== 'DELETE'
    ? { headers: { 'content-type': 'application/json' }, body: '{}' }
    : {};
}

/** A path that the gateway routes to `route` for `method`: parameters and the wildcard filled with safe samples. */
export function concretePath(
  route: PlannedRoute,
  table: RouteTable,
  params: Record<string, string>,
  method = route.method === 'ANY' ? 'GET' : route.method,
): string | undefined {
  const segments = route.path.split('/');
  const rest = params['.+'] ?? params.proxy;
  // A wildcard also takes two segments, past a `{param}` sibling that wins one.
  const tails = rest !== undefined ? [rest] : ['gate-smoke', 'gate-smoke/1'];
  for (const [sample, tail] of SAMPLE_VALUES.flatMap((v) => tails.map((t) => [v, t] as const))) {
    const fill = (s: string) => (isParam(s) ? encodeURIComponent(params[s.slice(1, -1)] ?? sample) : s);
    const filled = segments.map((s) => (isWildcard(s) ? tail : fill(s)));
    const path = filled.join('/') || '/';
    if (table.choose(method, path)?.route.index === route.index) return path;
  }
  return undefined;
}
