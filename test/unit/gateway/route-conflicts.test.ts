// The route conflicts validate reports (duplicate and shadowed routes) are what the gateway's
// matching implies, whatever shortcuts the check takes: on random route tables, they equal a
// reference that tries every sample request of every route against the full, sorted candidates.
import { describe, expect, it } from '@jest/globals';
import {
  findRouteConflicts,
  RouteTable,
  sampleRequests,
  whyWins,
  type DuplicateRoute,
  type RouteDef,
  type Shadowing,
} from '../../../src/gateway/route-matching.js';

/** Each route checked the plain way: every sample, the sorted candidates, no route left out. */
function reference(
  routes: readonly RouteDef[],
  cors: boolean,
): { duplicates: DuplicateRoute[]; shadowed: Shadowing[] } {
  const duplicates: DuplicateRoute[] = [];
  routes.forEach((route, i) => {
    const first = routes.slice(0, i).find((r) => r.method === route.method && r.path === route.path);
    if (first) duplicates.push({ route, first });
  });
  const table = new RouteTable(routes);
  const shadowed: Shadowing[] = [];
  for (const route of routes) {
    if (duplicates.some((d) => d.route === route)) continue;
    let first: Shadowing | undefined;
    let reached = false;
    for (const { method, segments } of sampleRequests(route, table, { cors })) {
      const candidates = table.candidatesFor(method, segments);
      // With CORS on, an OPTIONS request reaches routing only when an OPTIONS route matches it.
      if (cors && method === 'OPTIONS' && !candidates.some((c) => c.route.method === 'OPTIONS')) continue;
      const winner = candidates[0];
      if (!winner) continue;
      if (winner.route === route) {
        reached = true;
        break;
      }
      const mine = candidates.find((c) => c.route === route);
      if (mine && !first) {
        const reason = whyWins(winner, mine, method);
        first = { route, winner: winner.route, reason, sample: { method, path: segments.join('/') } };
      }
    }
    if (!reached && first) shadowed.push(first);
  }
  return { duplicates, shadowed };
}

/** A small deterministic generator, so a failure names a table that can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const SHARED = ['users', 'me', 'a', '{id}', '{x}', '{.+}', '', 'gate-sample', '{', '{}', 'x{y}'];
const DISTINCT = Array.from({ length: 30 }, (_, i) => `r${i}`);
const METHODS = ['GET', 'POST', 'ANY', 'ANY', 'OPTIONS', 'PUT', 'DELETE', 'HEAD'];

function randomRoutes(next: () => number, segments: readonly string[], count: number): RouteDef[] {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  return Array.from({ length: count }, (_, index) => {
    const length = Math.floor(next() * 4);
    const path = length === 0 ? '/' : '/' + Array.from({ length }, () => pick(segments)).join('/');
    return { index, method: pick(METHODS), path };
  });
}

describe('findRouteConflicts', () => {
  const kinds: [string, readonly string[]][] = [
    ['few shared segments', SHARED],
    ['shared and distinct segments', [...SHARED, ...DISTINCT]],
    ['mostly distinct first segments', [...DISTINCT, ...DISTINCT, '{id}', '{.+}', 'a']],
  ];
  it.each(kinds)('equals the plain check on random tables: %s', (_, segments) => {
    const next = random(segments.length);
    let conflicts = 0;
    for (let t = 0; t < 400; t++) {
      const routes = randomRoutes(next, segments, 1 + Math.floor(next() * 25));
      for (const cors of [false, true]) {
        const found = findRouteConflicts(routes, { cors });
        expect({ table: routes, cors, ...found }).toEqual({ table: routes, cors, ...reference(routes, cors) });
        conflicts += found.duplicates.length + found.shadowed.length;
      }
    }
    // The tables must hold conflicts for the comparison to mean anything.
    expect(conflicts).toBeGreaterThan(100);
  });

  it('counts a literal route that some sample request is: the bare prefix of a {.+}, a gate-sample path', () => {
    const each = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'];
    const defs = (...routes: [string, string][]) =>
      routes.map(([method, path], index): RouteDef => ({ index, method, path }));
    // An ANY route that every method has a route of its own against: shadowed, and the first
    // sample (the bare prefix, GET) goes to the literal route of that path.
    const tables: [RouteDef[], string][] = [
      [defs(['ANY', '/a/{.+}'], ['GET', '/a'], ...each.map((m): [string, string] => [m, '/a/{.+}'])), 'GET /a'],
      [defs(['ANY', '/{.+}'], ['GET', '/'], ...each.map((m): [string, string] => [m, '/{.+}'])), 'GET /'],
      [defs(['GET', '/a/{id}'], ['GET', '/a/gate-sample']), 'GET /a/gate-sample'],
    ];
    for (const [routes, winner] of tables) {
      const found = findRouteConflicts(routes, { cors: false });
      expect(found.shadowed.map((s) => [s.route.index, `${s.winner.method} ${s.winner.path}`])).toEqual([[0, winner]]);
      expect(found).toEqual(reference(routes, false));
    }
  });

  it('finds the one conflict among 10,000 routes that have no competitor otherwise', () => {
    const routes: RouteDef[] = [];
    for (let i = 0; i < 2500; i++) {
      routes.push({ index: routes.length, method: 'GET', path: `/svc${i}/items/{id}` });
      routes.push({ index: routes.length, method: 'POST', path: `/svc${i}/items` });
      routes.push({ index: routes.length, method: 'GET', path: `/static${i}` });
      routes.push({ index: routes.length, method: 'ANY', path: `/proxy${i}/{.+}` });
    }
    routes.push({ index: routes.length, method: 'GET', path: '/svc7/items/{other}' });
    const { duplicates, shadowed } = findRouteConflicts(routes, { cors: false });
    expect(duplicates).toEqual([]);
    expect(shadowed.map((s) => [s.route.path, s.winner.path])).toEqual([['/svc7/items/{other}', '/svc7/items/{id}']]);
  });
});
