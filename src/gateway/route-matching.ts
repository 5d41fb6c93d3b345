// The gateway's route matching, as its docs describe it, so the gate can tell which route a
// request reaches, and which routes no request can ever reach.
//
// Candidates: routes whose method equals the request's or is ANY, with as many segments as the
// request, unless the last segment is the greedy wildcard {.+} (which also matches the bare
// prefix). Priority: exact paths, then more matched segments, then non-wildcard, then the exact
// method over ANY; ties go to the route that comes first in the config.

export const WILDCARD = '{.+}';

export interface RouteDef {
  /** Position in `paths`. */
  index: number;
  method: string;
  path: string;
}

export interface Match {
  matchedCount: number;
  isExact: boolean;
  isWildcard: boolean;
}

export const isParam = (segment: string): boolean => segment.startsWith('{') && segment.endsWith('}');
export const isWildcard = (segment: string): boolean => segment === WILDCARD;

export function matchSegments(config: readonly string[], request: readonly string[]): Match | undefined {
  const tailWildcard = isWildcard(config[config.length - 1] ?? '');
  if (!tailWildcard && request.length !== config.length) return undefined;
  if (tailWildcard && request.length < config.length - 1) return undefined;
  let matchedCount = 0;
  let isExact = true;
  let wildcard = false;
  const length = Math.max(config.length, request.length);
  for (let i = 0; i < length; i++) {
    const c = config[i];
    const r = request[i];
    if (c !== undefined && isWildcard(c)) {
      // Whatever follows a wildcard is never compared. Like the gateway, this leaves isExact
      // set: a wildcard match as long as the request counts as exact (and beats {param}).
      wildcard = true;
      matchedCount = Math.min(config.length, request.length);
      break;
    }
    if (c === undefined || r === undefined) {
      isExact = false;
      break;
    }
    if (isParam(c)) {
      isExact = false;
      matchedCount++;
    } else if (c === r) {
      matchedCount++;
    } else {
      return undefined;
    }
  }
  if (matchedCount === 0) return undefined;
  return {
    matchedCount,
    isExact: isExact && matchedCount === config.length && matchedCount === request.length,
    isWildcard: wildcard,
  };
}

interface Candidate {
  route: RouteDef;
  match: Match;
}

function compare(a: Candidate, b: Candidate, method: string): number {
  if (a.match.isExact !== b.match.isExact) return a.match.isExact ? -1 : 1;
  if (a.match.matchedCount !== b.match.matchedCount) return b.match.matchedCount - a.match.matchedCount;
  if (a.match.isWildcard !== b.match.isWildcard) return a.match.isWildcard ? 1 : -1;
  if (a.route.method !== b.route.method) {
    if (a.route.method === method) return -1;
    if (b.route.method === method) return 1;
  }
  return a.route.index - b.route.index;
}

/** Why `winner` beats `loser` for a request, in the gateway's own order of rules. */
export function whyWins(winner: Candidate, loser: Candidate, method: string): string {
  if (winner.match.isExact !== loser.match.isExact) {
    return winner.match.isWildcard
      ? 'the gateway counts a {.+} match of the same length as exact, and exact beats a {param} route'
      : 'an exact path beats a parameterised one';
  }
  if (winner.match.matchedCount !== loser.match.matchedCount) return 'it matches more path segments';
  if (winner.match.isWildcard !== loser.match.isWildcard) return 'a route without {.+} beats a wildcard route';
  if (winner.route.method !== loser.route.method && winner.route.method === method) return 'its exact method beats ANY';
  return 'it matches the same requests and comes first in the config';
}

interface TrieNode {
  literal?: Map<string, TrieNode>;
  param?: TrieNode;
  /** Routes ending here. */
  terminal?: RouteEntry[];
  /** Routes with a wildcard at this depth: they match whatever follows. */
  wildcard?: RouteEntry[];
}

/** A route with its path split into segments once. */
export interface RouteEntry {
  route: RouteDef;
  segments: string[];
}

/** The routes of one config, indexed by segment so a lookup touches only plausible candidates. */
export class RouteTable {
  // Nodes are created bare and filled on demand: a 10,000-route config makes about as many nodes.
  private readonly root: TrieNode = {};
  readonly routes: readonly RouteDef[];
  /** The routes in order, each with its segments. */
  readonly entries: readonly RouteEntry[];
  /** Segment count of the longest route path. */
  readonly longest: number = 0;
  /** Methods named by routes other than ANY. */
  readonly methods = new Set<string>();

  constructor(routes: readonly RouteDef[]) {
    this.routes = routes;
    this.entries = routes.map((route) => ({ route, segments: route.path.split('/') }));
    for (const entry of this.entries) {
      const { route, segments: segs } = entry;
      if (segs.length > this.longest) this.longest = segs.length;
      if (route.method !== 'ANY') this.methods.add(route.method);
      let node = this.root;
      let stopped = false;
      for (let i = 1; i < segs.length; i++) {
        const seg = segs[i]!;
        if (isWildcard(seg)) {
          (node.wildcard ??= []).push(entry);
          stopped = true;
          break;
        }
        if (isParam(seg)) node = node.param ??= {};
        else {
          const literal = (node.literal ??= new Map());
          let next = literal.get(seg);
          if (!next) literal.set(seg, (next = {}));
          node = next;
        }
      }
      if (!stopped) (node.terminal ??= []).push(entry);
    }
  }

  segmentsOf(route: RouteDef): string[] {
    return route.path.split('/');
  }

  /** Every route matching the request, best first; the first is the one the gateway runs. */
  candidates(method: string, path: string): Candidate[] {
    return this.candidatesFor(method, path.split('/'));
  }

  candidatesFor(method: string, request: readonly string[]): Candidate[] {
    // Each route sits in exactly one node, and the walk reaches a node at most once: no duplicates.
    const out: Candidate[] = [];
    collect(this.root, 1, method, request, out);
    return out.length > 1 ? out.sort((a, b) => compare(a, b, method)) : out;
  }

  choose(method: string, path: string): Candidate | undefined {
    return this.winnerFor(method, path.split('/'));
  }

  /** The first of `candidatesFor`, without building and sorting the list. */
  winnerFor(method: string, request: readonly string[]): Candidate | undefined {
    let best: Candidate | undefined;
    visit(this.root, 1, request, (entries) => {
      for (let k = 0; k < entries.length; k++) {
        const { route, segments } = entries[k]!;
        if (route.method !== method && route.method !== 'ANY') continue;
        const match = matchSegments(segments, request);
        if (!match) continue;
        const candidate = { route, match };
        if (!best || compare(candidate, best, method) < 0) best = candidate;
      }
    });
    return best;
  }
}

function consider(entries: readonly RouteEntry[], method: string, request: readonly string[], out: Candidate[]) {
  for (let k = 0; k < entries.length; k++) {
    const { route, segments } = entries[k]!;
    if (route.method !== method && route.method !== 'ANY') continue;
    const match = matchSegments(segments, request);
    if (match) out.push({ route, match });
  }
}

function collect(node: TrieNode, i: number, method: string, request: readonly string[], out: Candidate[]): void {
  visit(node, i, request, (entries) => consider(entries, method, request, out));
}

/** Calls `found` with each list of routes in a node the request can reach (each node at most once). */
function visit(node: TrieNode, i: number, request: readonly string[], found: (entries: RouteEntry[]) => void): void {
  if (node.wildcard) found(node.wildcard);
  if (i === request.length) {
    if (node.terminal) found(node.terminal);
    return;
  }
  const next = node.literal?.get(request[i]!);
  if (next) visit(next, i + 1, request, found);
  if (node.param) visit(node.param, i + 1, request, found);
}

export interface Shadowing {
  route: RouteDef;
  winner: RouteDef;
  reason: string;
  sample: { method: string; path: string };
}

const SAMPLE = 'gate-sample';
const SAMPLE_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'];

/**
 * Sample requests that reach `route` if anything does: parameters get a value no literal route
 * has, and a trailing wildcard is tried bare, with one or two extra segments, and longer than
 * any route in the table.
 */
export function sampleRequests(
  route: RouteDef,
  table: RouteTable,
  opts: { cors: boolean },
): { method: string; segments: string[] }[] {
  const segs = table.segmentsOf(route);
  const paths = Array.from({ length: sampleCount(segs) }, (_, k) => [...samplePath(segs, k, table.longest)]);
  const methods = route.method === 'ANY' ? sampleMethods(table, opts) : [route.method];
  return methods.flatMap((method) => paths.map((segments) => ({ method, segments })));
}

/** How many request paths `samplePath` has for a route's segments. */
function sampleCount(segs: readonly string[]): number {
  const w = segs.indexOf(WILDCARD);
  return w !== -1 && w === segs.length - 1 ? 4 : 1;
}

/** The `k`th request path (as segments) that `sampleRequests` tries for a route's segments. */
function samplePath(segs: readonly string[], k: number, longest: number): readonly string[] {
  const w = segs.indexOf(WILDCARD);
  const fill = (s: string) => (isParam(s) ? SAMPLE : s);
  if (w === -1) return segs.some(isParam) ? segs.map(fill) : segs;
  if (w < segs.length - 1) return segs.map((s, i) => (i === w ? SAMPLE : fill(s)));
  const extra = [0, 1, 2, Math.max(3, longest - w + 1)][k]!;
  const p = segs.slice(0, w).map(fill);
  for (let n = 0; n < extra; n++) p.push(SAMPLE);
  return p.length > 1 ? p : ['', '']; // the bare root is "/"
}

/** The methods an ANY route is tried with: every method routes name, and one they do not. */
function sampleMethods(table: RouteTable, opts: { cors: boolean }): string[] {
  const unnamed = SAMPLE_METHODS.find((m) => !table.methods.has(m) && !(opts.cors && m === 'OPTIONS'));
  return [...table.methods, ...(unnamed ? [unnamed] : [])];
}

/** Routes that no request can reach, each with the route that takes its requests instead. */
export function findShadowedRoutes(
  table: RouteTable,
  opts: { cors: boolean; skip?: ReadonlySet<RouteDef> },
): Shadowing[] {
  const out: Shadowing[] = [];
  const anyMethods = sampleMethods(table, opts); // the same for every ANY route: computed once
  for (const entry of table.entries) {
    if (opts.skip?.has(entry.route)) continue;
    const shadowing = shadowingOf(table, entry, entry.route.method === 'ANY' ? anyMethods : [entry.route.method], opts);
    if (shadowing) out.push(shadowing);
  }
  return out;
}

/** The first route that takes a sample request of `route`, unless some sample reaches `route` itself. */
function shadowingOf(
  table: RouteTable,
  { route, segments: segs }: RouteEntry,
  methods: readonly string[],
  opts: { cors: boolean },
): Shadowing | undefined {
  let first: Shadowing | undefined;
  // Built on first use: most routes are reached by their first sample.
  const paths: (readonly string[])[] = [];
  const count = sampleCount(segs);
  for (const method of methods) {
    for (let k = 0; k < count; k++) {
      const segments = (paths[k] ??= samplePath(segs, k, table.longest));
      // With CORS on, an OPTIONS request only reaches routing when an OPTIONS route matches it.
      const preflight = opts.cors && method === 'OPTIONS';
      const candidates = preflight ? table.candidatesFor(method, segments) : undefined;
      if (candidates && !candidates.some((c) => c.route.method === 'OPTIONS')) continue;
      // Most samples reach their route: the winner alone decides that, without the sorted list.
      const winner = candidates ? candidates[0] : table.winnerFor(method, segments);
      if (!winner) continue;
      if (winner.route === route) return undefined;
      const mine = (candidates ?? table.candidatesFor(method, segments)).find((c) => c.route === route);
      if (mine && !first) {
        first = {
          route,
          winner: winner.route,
          reason: whyWins(winner, mine, method),
          sample: { method, path: segments.join('/') },
        };
      }
    }
  }
  return first;
}
