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
  const score = matchScore(config, request);
  if (score < 0) return undefined;
  return { matchedCount: Math.floor(score / 4), isExact: (score & 2) !== 0, isWildcard: (score & 1) !== 0 };
}

/**
 * `matchSegments` as one number, so that the search for a request's winner allocates nothing:
 * -1 for no match, else matchedCount * 4 + (isExact ? 2 : 0) + (isWildcard ? 1 : 0).
 */
function matchScore(config: readonly string[], request: readonly string[]): number {
  const tailWildcard = isWildcard(config[config.length - 1] ?? '');
  if (!tailWildcard && request.length !== config.length) return -1;
  if (tailWildcard && request.length < config.length - 1) return -1;
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
      return -1;
    }
  }
  if (matchedCount === 0) return -1;
  const exact = isExact && matchedCount === config.length && matchedCount === request.length;
  return matchedCount * 4 + (exact ? 2 : 0) + (wildcard ? 1 : 0);
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

/** A node of the route trie; every field is set in the constructor, so every node has one shape. */
class TrieNode {
  /** The only literal child, until a second one makes `literal` (most nodes have one child or none). */
  key: string | undefined = undefined;
  next: TrieNode | undefined = undefined;
  literal: Map<string, TrieNode> | undefined = undefined;
  param: TrieNode | undefined = undefined;
  /** Routes ending here. */
  terminal: RouteEntry[] | undefined = undefined;
  /** Routes with a wildcard at this depth: they match whatever follows. */
  wildcard: RouteEntry[] | undefined = undefined;

  child(segment: string): TrieNode | undefined {
    return this.literal ? this.literal.get(segment) : this.key === segment ? this.next : undefined;
  }

  addChild(segment: string): TrieNode {
    const found = this.child(segment);
    if (found) return found;
    const node = new TrieNode();
    if (this.literal) this.literal.set(segment, node);
    else if (this.next === undefined) {
      this.key = segment;
      this.next = node;
    } else {
      this.literal = new Map([
        [this.key!, this.next],
        [segment, node],
      ]);
      this.key = undefined;
      this.next = undefined;
    }
    return node;
  }
}

/** A route with its path split into segments once. */
export interface RouteEntry {
  route: RouteDef;
  segments: string[];
  /** Index of the first {.+} segment, -1 if none. */
  wildcardAt: number;
  /** Whether a segment is a {param} (a sample fills it in; read only when there is no {.+}). */
  hasParam: boolean;
}

/** The routes of one config, indexed by segment so a lookup touches only plausible candidates. */
export class RouteTable {
  private readonly root = new TrieNode();
  private readonly search = new WinnerSearch();
  readonly routes: readonly RouteDef[];
  /** The routes in order, each with its segments. */
  readonly entries: readonly RouteEntry[];
  /** Segment count of the longest route path. */
  readonly longest: number = 0;
  /** Methods named by routes other than ANY. */
  readonly methods = new Set<string>();

  constructor(routes: readonly RouteDef[]) {
    this.routes = routes;
    const entries: RouteEntry[] = [];
    for (const route of routes) {
      const entry = insert(this.root, route);
      entries.push(entry);
      if (entry.segments.length > this.longest) this.longest = entry.segments.length;
      if (route.method !== 'ANY') this.methods.add(route.method);
    }
    this.entries = entries;
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
    visit(this.root, 1, request, (entries) => consider(entries, method, request, out));
    return out.length > 1 ? out.sort((a, b) => compare(a, b, method)) : out;
  }

  choose(method: string, path: string): Candidate | undefined {
    return this.winnerFor(method, path.split('/'));
  }

  /** The first of `candidatesFor`, without building and sorting the list. */
  winnerFor(method: string, request: readonly string[]): Candidate | undefined {
    const entry = this.winnerEntry(method, request);
    return entry && { route: entry.route, match: matchSegments(entry.segments, request)! };
  }

  /** The route of `winnerFor`, allocating nothing (the shadowed-route check asks once per route). */
  winnerEntry(method: string, request: readonly string[]): RouteEntry | undefined {
    return this.search.run(this.root, method, request);
  }
}

/** Puts a route in the trie: in the node its path ends at, or at its first {.+}. */
function insert(root: TrieNode, route: RouteDef): RouteEntry {
  const segments = route.path.split('/');
  // The first segment is empty for a path from the root, and is not in the trie.
  const head = segments[0]!;
  const entry: RouteEntry = { route, segments, wildcardAt: isWildcard(head) ? 0 : -1, hasParam: isParam(head) };
  let node = root;
  for (let i = 1; i < segments.length; i++) {
    const seg = segments[i]!;
    if (isWildcard(seg)) {
      if (entry.wildcardAt === -1) entry.wildcardAt = i;
      (node.wildcard ??= []).push(entry);
      return entry;
    }
    if (isParam(seg)) {
      entry.hasParam = true;
      node = node.param ??= new TrieNode();
    } else node = node.addChild(seg);
  }
  (node.terminal ??= []).push(entry);
  return entry;
}

const NO_SEGMENTS: readonly string[] = [];

/**
 * The search for the route a request reaches, `candidatesFor`'s first: the best match so far is
 * kept in fields, so a search makes no object per candidate. One per table, reused.
 */
class WinnerSearch {
  private method = '';
  private request: readonly string[] = NO_SEGMENTS;
  private best: RouteEntry | undefined = undefined;
  private bestScore = -1;

  run(root: TrieNode, method: string, request: readonly string[]): RouteEntry | undefined {
    this.method = method;
    this.request = request;
    this.best = undefined;
    this.bestScore = -1;
    this.visit(root, 1);
    const best = this.best;
    // Holds on to nothing between searches.
    this.request = NO_SEGMENTS;
    this.best = undefined;
    return best;
  }

  /** `visit`, with `consider` inlined. */
  private visit(node: TrieNode, i: number): void {
    if (node.wildcard) this.consider(node.wildcard);
    if (i === this.request.length) {
      if (node.terminal) this.consider(node.terminal);
      return;
    }
    const next = node.child(this.request[i]!);
    if (next) this.visit(next, i + 1);
    if (node.param) this.visit(node.param, i + 1);
  }

  private consider(entries: readonly RouteEntry[]): void {
    for (let k = 0; k < entries.length; k++) {
      const entry = entries[k]!;
      if (entry.route.method !== this.method && entry.route.method !== 'ANY') continue;
      const score = matchScore(entry.segments, this.request);
      if (score >= 0 && (!this.best || this.beats(entry, score))) {
        this.best = entry;
        this.bestScore = score;
      }
    }
  }

  /** `compare(candidate, best) < 0`, on scores. */
  private beats(entry: RouteEntry, score: number): boolean {
    const best = this.best!;
    const a = score;
    const b = this.bestScore;
    if ((a & 2) !== (b & 2)) return (a & 2) !== 0; // exact first
    if (Math.floor(a / 4) !== Math.floor(b / 4)) return a > b; // then more matched segments
    if ((a & 1) !== (b & 1)) return (a & 1) === 0; // then not a wildcard
    if (entry.route.method !== best.route.method) {
      if (entry.route.method === this.method) return true;
      if (best.route.method === this.method) return false;
    }
    return entry.route.index < best.route.index;
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

/** Calls `found` with each list of routes in a node the request can reach (each node at most once). */
function visit(node: TrieNode, i: number, request: readonly string[], found: (entries: RouteEntry[]) => void): void {
  if (node.wildcard) found(node.wildcard);
  if (i === request.length) {
    if (node.terminal) found(node.terminal);
    return;
  }
  const next = node.child(request[i]!);
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

type SampleShape = Pick<RouteEntry, 'segments' | 'wildcardAt' | 'hasParam'>;

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
  const segments = table.segmentsOf(route);
  const shape = { segments, wildcardAt: segments.indexOf(WILDCARD), hasParam: segments.some(isParam) };
  const paths = Array.from({ length: sampleCount(shape) }, (_, k) => [...samplePath(shape, k, () => table.longest)]);
  const methods = route.method === 'ANY' ? sampleMethods(table.methods, opts) : [route.method];
  return methods.flatMap((method) => paths.map((segments) => ({ method, segments })));
}

/** How many request paths `samplePath` has for a route. */
function sampleCount({ segments, wildcardAt }: SampleShape): number {
  return wildcardAt !== -1 && wildcardAt === segments.length - 1 ? 4 : 1;
}

/** The `k`th request path (as segments) that `sampleRequests` tries for a route. */
function samplePath({ segments: segs, wildcardAt: w, hasParam }: SampleShape, k: number, longest: () => number) {
  const fill = (s: string) => (isParam(s) ? SAMPLE : s);
  if (w === -1) return hasParam ? segs.map(fill) : segs;
  if (w < segs.length - 1) return segs.map((s, i) => (i === w ? SAMPLE : fill(s)));
  const extra = k < 3 ? k : Math.max(3, longest() - w + 1);
  const p = segs.slice(0, w).map(fill);
  for (let n = 0; n < extra; n++) p.push(SAMPLE);
  return p.length > 1 ? p : ['', '']; // the bare root is "/"
}

/** The methods an ANY route is tried with: every method routes name, and one they do not. */
function sampleMethods(named: ReadonlySet<string>, opts: { cors: boolean }): string[] {
  const unnamed = SAMPLE_METHODS.find((m) => !named.has(m) && !(opts.cors && m === 'OPTIONS'));
  return [...named, ...(unnamed ? [unnamed] : [])];
}

/** A route that repeats the method and path of an earlier one: the gateway always runs the first. */
export interface DuplicateRoute {
  route: RouteDef;
  first: RouteDef;
}

/**
 * The route table's conflicts: routes that repeat an earlier route's method and path, and the
 * other routes that no request can reach. One pass over the routes serves both checks.
 */
export function findRouteConflicts(
  routes: readonly RouteDef[],
  opts: { cors: boolean },
): { duplicates: DuplicateRoute[]; shadowed: Shadowing[] } {
  const index = indexRoutes(routes);
  const skip = new Set(index.duplicates.map((d) => d.route));
  return { duplicates: index.duplicates, shadowed: shadowedIn(routes, index, { cors: opts.cors, skip }) };
}

/** Routes that no request can reach, each with the route that takes its requests instead. */
export function findShadowedRoutes(
  routes: RouteTable | readonly RouteDef[],
  opts: { cors: boolean; skip?: ReadonlySet<RouteDef> },
): Shadowing[] {
  const all = routes instanceof RouteTable ? routes.routes : routes;
  return shadowedIn(all, indexRoutes(all), opts, routes instanceof RouteTable ? routes : undefined);
}

/** What one pass over the routes tells both checks. */
interface RouteIndex {
  /** The routes of each path that several routes share, in order (none in most configs). */
  shared: Map<string, RouteDef[]>;
  duplicates: DuplicateRoute[];
  /** Methods named by routes other than ANY, in the order routes name them. */
  named: Set<string>;
  /** Bare prefixes of a trailing {.+} (a sample request of its route). */
  prefixes: Set<string>;
  /** Whether every path starts at the root, as the gateway's do. */
  rooted: boolean;
}

function indexRoutes(routes: readonly RouteDef[]): RouteIndex {
  const index: RouteIndex = { shared: new Map(), duplicates: [], named: new Set(), prefixes: new Set(), rooted: true };
  // A set of the paths finds whether any is shared; only then are routes grouped by path.
  const paths = new Set<string>();
  for (const { path, method } of routes) {
    if (method !== 'ANY') index.named.add(method);
    if (path.charCodeAt(0) !== 0x2f /* / */) index.rooted = false;
    if (path.charCodeAt(path.length - 1) === 0x7d /* } */ && path.endsWith(TRAILING_WILDCARD))
      index.prefixes.add(path.slice(0, -TRAILING_WILDCARD.length) || '/');
    paths.add(path);
  }
  if (paths.size < routes.length) groupShared(routes, index);
  return index;
}

/** The paths several routes share, and among them the routes that repeat an earlier one's method. */
function groupShared(routes: readonly RouteDef[], index: RouteIndex): void {
  const byPath = new Map<string, RouteDef[]>();
  for (const route of routes) {
    const list = byPath.get(route.path);
    if (!list) {
      byPath.set(route.path, [route]);
      continue;
    }
    // The first of the same method (a path has few methods: the search stops soon).
    const first = list.find((r) => r.method === route.method);
    if (first) index.duplicates.push({ route, first });
    list.push(route);
  }
  for (const [path, list] of byPath) if (list.length > 1) index.shared.set(path, list);
}

const TRAILING_WILDCARD = `/${WILDCARD}`;

function shadowedIn(
  routes: readonly RouteDef[],
  index: RouteIndex,
  opts: { cors: boolean; skip?: ReadonlySet<RouteDef> },
  whole?: RouteTable,
): Shadowing[] {
  const checked = contested(routes, index);
  if (checked.length === 0) return [];
  const table = whole && checked.length === routes.length ? whole : new RouteTable(checked);
  let longest = 0; // of every route, not only those checked: asked only for a trailing {.+}
  const longestPath = () => (longest ||= routes.reduce((most, r) => Math.max(most, segmentCount(r.path)), 0));
  const search = { table, longest: longestPath, anyMethods: sampleMethods(index.named, opts), cors: opts.cors };
  const out: Shadowing[] = [];
  const own: string[] = [''];
  for (const entry of table.entries) {
    if (opts.skip?.has(entry.route)) continue;
    own[0] = entry.route.method;
    const shadowing = shadowingOf(search, entry, entry.route.method === 'ANY' ? search.anyMethods : own);
    if (shadowing) out.push(shadowing);
  }
  return out;
}

function segmentCount(path: string): number {
  let count = 1;
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) count++;
  return count;
}

/**
 * The routes that may take a sample request of another route, or lose one of theirs: the rest
 * can be neither shadowed nor shadow anything, so the check leaves them out.
 *
 * 1. A literal path (no {…}) matches only the request of exactly its path, and wins it unless
 *    another route has that same path (a match of every segment, exact, not a wildcard: nothing
 *    ranks higher). Unless another route's sample is that path (the bare prefix of a trailing
 *    {.+}, or a path with a gate-sample segment), such a route is out.
 * 2. A request reaches only the routes whose first segment is its first segment, a {param} or
 *    {.+}. With no route of the last two kinds, a route alone with its first segment is out.
 */
function contested(routes: readonly RouteDef[], index: RouteIndex): readonly RouteDef[] {
  // The reasoning needs each path to start at the root; any other is left to the full check.
  if (!index.rooted) return routes;
  const { shared, prefixes } = index;
  const left: RouteDef[] = [];
  const leftFirsts: string[] = [];
  const firsts = new Map<string, number>();
  let generic = false;
  for (const route of routes) {
    const path = route.path;
    if (!path.includes('{') && !shared.has(path) && !prefixes.has(path) && !path.includes(SAMPLE)) continue;
    const first = firstSegment(path);
    left.push(route);
    leftFirsts.push(first);
    // A {param} or {.+} first: it may reach any first segment.
    if (isParam(first)) generic = true;
    else firsts.set(first, (firsts.get(first) ?? 0) + 1);
  }
  return generic ? left : left.filter((_, i) => firsts.get(leftFirsts[i]!)! > 1);
}

function firstSegment(path: string): string {
  const end = path.indexOf('/', 1);
  return path.slice(1, end === -1 ? path.length : end);
}

interface ShadowSearch {
  table: RouteTable;
  longest: () => number;
  anyMethods: readonly string[];
  cors: boolean;
}

/** The first route that takes a sample request of `route`, unless some sample reaches `route` itself. */
function shadowingOf(
  { table, longest, cors }: ShadowSearch,
  entry: RouteEntry,
  methods: readonly string[],
): Shadowing | undefined {
  let first: Shadowing | undefined;
  // Built on first use: most routes are reached by their first sample.
  const paths: (readonly string[])[] = [];
  const count = sampleCount(entry);
  for (const method of methods) {
    for (let k = 0; k < count; k++) {
      const segments = (paths[k] ??= samplePath(entry, k, longest));
      // With CORS on, an OPTIONS request only reaches routing when an OPTIONS route matches it.
      const preflight = cors && method === 'OPTIONS';
      const candidates = preflight ? table.candidatesFor(method, segments) : undefined;
      if (candidates && !candidates.some((c) => c.route.method === 'OPTIONS')) continue;
      // Most samples reach their route: the winner alone decides that, without a list or a match object.
      const winner = candidates ? candidates[0]?.route : table.winnerEntry(method, segments)?.route;
      if (!winner) continue;
      if (winner === entry.route) return undefined;
      if (first) continue;
      const ranked = candidates ?? table.candidatesFor(method, segments);
      const mine = ranked.find((c) => c.route === entry.route);
      if (mine) {
        const reason = whyWins(ranked[0]!, mine, method);
        first = { route: entry.route, winner, reason, sample: { method, path: segments.join('/') } };
      }
    }
  }
  return first;
}
