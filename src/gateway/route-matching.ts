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
  for (let i = 0; i < Math.max(config.length, request.length); i++) {
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
  literal: Map<string, TrieNode>;
  param?: TrieNode;
  /** Routes ending here. */
  terminal: RouteDef[];
  /** Routes with a wildcard at this depth: they match whatever follows. */
  wildcard: RouteDef[];
}

const newNode = (): TrieNode => ({ literal: new Map(), terminal: [], wildcard: [] });

/** The routes of one config, indexed by segment so a lookup touches only plausible candidates. */
export class RouteTable {
  private readonly root = newNode();
  readonly routes: readonly RouteDef[];
  private readonly segments = new Map<RouteDef, string[]>();
  /** Segment count of the longest route path. */
  readonly longest: number = 0;
  /** Methods named by routes other than ANY. */
  readonly methods = new Set<string>();

  constructor(routes: readonly RouteDef[]) {
    this.routes = routes;
    for (const route of routes) {
      const segs = route.path.split('/');
      this.segments.set(route, segs);
      this.longest = Math.max(this.longest, segs.length);
      if (route.method !== 'ANY') this.methods.add(route.method);
      let node = this.root;
      let stopped = false;
      for (let i = 1; i < segs.length; i++) {
        const seg = segs[i]!;
        if (isWildcard(seg)) {
          node.wildcard.push(route);
          stopped = true;
          break;
        }
        if (isParam(seg)) node = node.param ??= newNode();
        else {
          let next = node.literal.get(seg);
          if (!next) node.literal.set(seg, (next = newNode()));
          node = next;
        }
      }
      if (!stopped) node.terminal.push(route);
    }
  }

  segmentsOf(route: RouteDef): string[] {
    return this.segments.get(route) ?? route.path.split('/');
  }

  /** Every route matching the request, best first; the first is the one the gateway runs. */
  candidates(method: string, path: string): Candidate[] {
    return this.candidatesFor(method, path.split('/'));
  }

  candidatesFor(method: string, request: readonly string[]): Candidate[] {
    // Each route sits in exactly one node, and the walk reaches a node at most once: no duplicates.
    const out: Candidate[] = [];
    const consider = (route: RouteDef) => {
      if (route.method !== method && route.method !== 'ANY') return;
      const match = matchSegments(this.segmentsOf(route), request);
      if (match) out.push({ route, match });
    };
    const walk = (node: TrieNode, i: number) => {
      for (const r of node.wildcard) consider(r);
      if (i === request.length) {
        for (const r of node.terminal) consider(r);
        return;
      }
      const next = node.literal.get(request[i]!);
      if (next) walk(next, i + 1);
      if (node.param) walk(node.param, i + 1);
    };
    walk(this.root, 1);
    return out.length > 1 ? out.sort((a, b) => compare(a, b, method)) : out;
  }

  choose(method: string, path: string): Candidate | undefined {
    return this.candidates(method, path)[0];
  }
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
  const w = segs.indexOf(WILDCARD);
  const fill = (s: string) => (isParam(s) ? SAMPLE : s);
  const paths: string[][] = [];
  if (w === -1) paths.push(segs.map(fill));
  else if (w < segs.length - 1) paths.push(segs.map((s, i) => (i === w ? SAMPLE : fill(s))));
  else {
    const prefix = segs.slice(0, w).map(fill);
    for (const extra of [0, 1, 2, Math.max(3, table.longest - w + 1)]) {
      const p = prefix.concat(Array.from({ length: extra }, () => SAMPLE));
      paths.push(p.length > 1 ? p : ['', '']); // the bare root is "/"
    }
  }
  if (route.method !== 'ANY') return paths.map((segments) => ({ method: route.method, segments }));
  const unnamed = SAMPLE_METHODS.find((m) => !table.methods.has(m) && !(opts.cors && m === 'OPTIONS'));
  const methods = [...table.methods, ...(unnamed ? [unnamed] : [])];
  return methods.flatMap((method) => paths.map((segments) => ({ method, segments })));
}

/** Routes that no request can reach, each with the route that takes its requests instead. */
export function findShadowedRoutes(
  table: RouteTable,
  opts: { cors: boolean; skip?: ReadonlySet<RouteDef> },
): Shadowing[] {
  const out: Shadowing[] = [];
  for (const route of table.routes) {
    if (opts.skip?.has(route)) continue;
    const samples = sampleRequests(route, table, opts);
    let first: Shadowing | undefined;
    let reachable = false;
    for (const sample of samples) {
      // With CORS on, an OPTIONS request only reaches routing when an OPTIONS route matches it.
      const candidates = table.candidatesFor(sample.method, sample.segments);
      if (opts.cors && sample.method === 'OPTIONS' && !candidates.some((c) => c.route.method === 'OPTIONS')) continue;
      const winner = candidates[0];
      if (!winner) continue;
      if (winner.route === route) {
        reachable = true;
        break;
      }
      const mine = candidates.find((c) => c.route === route);
      if (mine && !first) {
        first = {
          route,
          winner: winner.route,
          reason: whyWins(winner, mine, sample.method),
          sample: { method: sample.method, path: sample.segments.join('/') },
        };
      }
    }
    if (!reachable && first) out.push(first);
  }
  return out;
}
