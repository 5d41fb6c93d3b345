import { RouteTable, findShadowedRoutes, matchSegments, type RouteDef } from '../../../src/gateway/route-matching.js';

const table = (defs: readonly (readonly [string, string])[]): RouteTable =>
  new RouteTable(defs.map(([method, path], index): RouteDef => ({ index, method, path })));

const segs = (path: string): string[] => path.split('/');

/** "METHOD path" of the route the gateway runs for a request, or undefined. */
const winner = (t: RouteTable, method: string, path: string): string | undefined => {
  const c = t.choose(method, path);
  return c && `${c.route.method} ${c.route.path}`;
};

const shadowed = (t: RouteTable, cors = false): string[] =>
  findShadowedRoutes(t, { cors }).map((s) => `${s.route.method} ${s.route.path}`);

describe('matchSegments', () => {
  it('matches a literal path exactly', () => {
    expect(matchSegments(segs('/users/me'), segs('/users/me'))).toEqual({
      matchedCount: 3,
      isExact: true,
      isWildcard: false,
    });
  });

  it('lets a {name} segment match any one segment, not exactly', () => {
    expect(matchSegments(segs('/users/{id}'), segs('/users/42'))).toEqual({
      matchedCount: 3,
      isExact: false,
      isWildcard: false,
    });
  });

  it('rejects a differing literal and a differing segment count', () => {
    expect(matchSegments(segs('/users/me'), segs('/users/you'))).toBeUndefined();
    expect(matchSegments(segs('/users/{id}'), segs('/users/42/posts'))).toBeUndefined();
    expect(matchSegments(segs('/users/{id}'), segs('/users'))).toBeUndefined();
  });

  it('does not treat a trailing slash as the same path', () => {
    expect(matchSegments(segs('/health'), segs('/health/'))).toBeUndefined();
    expect(matchSegments(segs('/health/'), segs('/health'))).toBeUndefined();
  });

  it('lets a trailing {.+} match one or more extra segments', () => {
    expect(matchSegments(segs('/files/{.+}'), segs('/files/a/b/c'))).toEqual({
      matchedCount: 3,
      isExact: false,
      isWildcard: true,
    });
    expect(matchSegments(segs('/files/{.+}'), segs('/files/a'))).toMatchObject({ matchedCount: 3, isWildcard: true });
  });

  it('lets a trailing {.+} match the bare prefix, but nothing shorter or different', () => {
    expect(matchSegments(segs('/files/{.+}'), segs('/files'))).toEqual({
      matchedCount: 2,
      isExact: false,
      isWildcard: true,
    });
    expect(matchSegments(segs('/files/x/{.+}'), segs('/files'))).toBeUndefined();
    expect(matchSegments(segs('/files/{.+}'), segs('/docs/a'))).toBeUndefined();
  });

  it('never compares segments after a non-final wildcard, but still needs the same count', () => {
    expect(matchSegments(segs('/a/{.+}/b'), segs('/a/x/c'))).toMatchObject({ matchedCount: 4, isWildcard: true });
    expect(matchSegments(segs('/a/{.+}/b'), segs('/a/x'))).toBeUndefined();
    expect(matchSegments(segs('/a/{.+}/b'), segs('/a/x/b/c'))).toBeUndefined();
  });
});

describe('RouteTable.choose', () => {
  it('returns the winning candidate with its match', () => {
    const t = table([['GET', '/users/{id}']]);
    expect(t.choose('GET', '/users/7')).toEqual({
      route: { index: 0, method: 'GET', path: '/users/{id}' },
      match: { matchedCount: 3, isExact: false, isWildcard: false },
    });
  });

  it('has no 405: a method mismatch is simply no match', () => {
    const t = table([['POST', '/users']]);
    expect(t.choose('GET', '/users')).toBeUndefined();
    expect(winner(t, 'POST', '/users')).toBe('POST /users');
  });

  it('does not match /health/ to /health', () => {
    const t = table([['GET', '/health']]);
    expect(t.choose('GET', '/health/')).toBeUndefined();
    expect(winner(t, 'GET', '/health')).toBe('GET /health');
  });

  it('puts an exact path before a parameterised one, whatever the config order', () => {
    const t = table([
      ['GET', '/users/{id}'],
      ['GET', '/users/me'],
    ]);
    expect(winner(t, 'GET', '/users/me')).toBe('GET /users/me');
    expect(winner(t, 'GET', '/users/42')).toBe('GET /users/{id}');
  });

  it('puts an exact path on ANY before a parameter route on the exact method', () => {
    const t = table([
      ['GET', '/users/{id}'],
      ['ANY', '/users/me'],
    ]);
    expect(winner(t, 'GET', '/users/me')).toBe('ANY /users/me');
  });

  it('puts more matched segments before fewer', () => {
    const t = table([
      ['GET', '/a/{.+}'],
      ['GET', '/a/{x}/{y}'],
    ]);
    expect(winner(t, 'GET', '/a/b/c')).toBe('GET /a/{x}/{y}');
    expect(winner(t, 'GET', '/a/b/c/d')).toBe('GET /a/{.+}');

    const deeper = table([
      ['GET', '/a/{.+}'],
      ['GET', '/a/{x}/{.+}'],
    ]);
    expect(winner(deeper, 'GET', '/a/b/c/d')).toBe('GET /a/{x}/{.+}');
  });

  it('puts a non-wildcard route before a wildcard one with as many matched segments', () => {
    const t = table([
      ['GET', '/{p}/{.+}'],
      ['GET', '/{p}/{q}'],
    ]);
    expect(winner(t, 'GET', '/a/b')).toBe('GET /{p}/{q}');
    expect(winner(t, 'GET', '/a/b/c')).toBe('GET /{p}/{.+}');

    // The bare prefix of a wildcard against a parameter route of that length.
    const bare = table([
      ['GET', '/a/b/{.+}'],
      ['GET', '/a/{x}'],
    ]);
    expect(winner(bare, 'GET', '/a/b')).toBe('GET /a/{x}');
    expect(winner(bare, 'GET', '/a/b/c')).toBe('GET /a/b/{.+}');
  });

  it('puts a literal path before a wildcard covering it', () => {
    const t = table([
      ['GET', '/files/{.+}'],
      ['GET', '/files/readme'],
    ]);
    expect(winner(t, 'GET', '/files/readme')).toBe('GET /files/readme');
    expect(winner(t, 'GET', '/files/other')).toBe('GET /files/{.+}');
    expect(winner(t, 'GET', '/files')).toBe('GET /files/{.+}');
  });

  it('gives the wildcard a request deeper than any other route', () => {
    const t = table([
      ['GET', '/files/{name}'],
      ['GET', '/files/{.+}'],
    ]);
    expect(winner(t, 'GET', '/files/a/b')).toBe('GET /files/{.+}');
    expect(winner(t, 'GET', '/files')).toBe('GET /files/{.+}');
  });

  it('puts the exact method before ANY, whatever the config order', () => {
    const t = table([
      ['ANY', '/users/{id}'],
      ['GET', '/users/{id}'],
    ]);
    expect(winner(t, 'GET', '/users/1')).toBe('GET /users/{id}');
    expect(winner(t, 'POST', '/users/1')).toBe('ANY /users/{id}');
  });

  it('breaks remaining ties by config order', () => {
    const t = table([
      ['GET', '/users/{id}'],
      ['GET', '/users/{userId}'],
    ]);
    expect(t.choose('GET', '/users/1')?.route.index).toBe(0);

    const anys = table([
      ['ANY', '/x/{a}'],
      ['ANY', '/x/{b}'],
    ]);
    expect(anys.choose('DELETE', '/x/1')?.route.index).toBe(0);
  });

  it('lists every candidate best first', () => {
    const t = table([
      ['ANY', '/{.+}'],
      ['ANY', '/users/{id}'],
      ['GET', '/users/{id}'],
      ['GET', '/users/me'],
      ['POST', '/users/me'],
    ]);
    expect(t.candidates('GET', '/users/me').map((c) => c.route.index)).toEqual([3, 2, 1, 0]);
  });
});

describe('findShadowedRoutes', () => {
  it('flags a parameter route after one with the same shape', () => {
    const t = table([
      ['GET', '/users/{id}'],
      ['GET', '/users/{userId}'],
    ]);
    expect(findShadowedRoutes(t, { cors: false })).toEqual([
      {
        route: { index: 1, method: 'GET', path: '/users/{userId}' },
        winner: { index: 0, method: 'GET', path: '/users/{id}' },
        reason: 'it matches the same requests and comes first in the config',
        sample: { method: 'GET', path: '/users/gate-sample' },
      },
    ]);
  });

  it('flags a route after a non-final wildcard whose later segments differ (they are never compared)', () => {
    const t = table([
      ['GET', '/a/{.+}/c'],
      ['GET', '/a/{.+}/b'],
    ]);
    const found = findShadowedRoutes(t, { cors: false });
    expect(found).toHaveLength(1);
    expect(found[0]!.route.path).toBe('/a/{.+}/b');
    expect(found[0]!.winner.path).toBe('/a/{.+}/c');
  });

  it('flags a duplicate literal route, and an ANY route fully covered by an earlier ANY', () => {
    expect(
      shadowed(
        table([
          ['GET', '/health'],
          ['GET', '/health'],
        ]),
      ),
    ).toEqual(['GET /health']);
    expect(
      shadowed(
        table([
          ['ANY', '/x/{a}'],
          ['GET', '/y'],
          ['ANY', '/x/{b}'],
        ]),
      ),
    ).toEqual(['ANY /x/{b}']);
  });

  it('does not flag an ANY route next to a GET route on the same path (it still gets POST)', () => {
    const t = table([
      ['ANY', '/users/{id}'],
      ['GET', '/users/{id}'],
    ]);
    expect(findShadowedRoutes(t, { cors: false })).toEqual([]);
    expect(findShadowedRoutes(t, { cors: true })).toEqual([]);
  });

  it('does not flag a wildcard next to a parameter route (the wildcard still gets /files/a/b)', () => {
    const t = table([
      ['GET', '/files/{.+}'],
      ['GET', '/files/{name}'],
    ]);
    expect(shadowed(t)).not.toContain('GET /files/{.+}');
    expect(winner(t, 'GET', '/files/a/b')).toBe('GET /files/{.+}');
  });

  it("models the gateway quirk: a {.+} match of the request's length counts as exact, so it beats {name}", () => {
    // The gateway never clears its "exact" flag at a wildcard: /files/{.+} against /files/a is
    // exact (3 of 3 segments), /files/{name} is not, so {name} can never be chosen.
    const t = table([
      ['GET', '/files/{.+}'],
      ['GET', '/files/{name}'],
    ]);
    expect(winner(t, 'GET', '/files/a')).toBe('GET /files/{.+}');
    const [s] = findShadowedRoutes(t, { cors: false });
    expect(`${s?.route.method} ${s?.route.path}`).toBe('GET /files/{name}');
    expect(s?.reason).toMatch(/counts a \{\.\+\} match of the same length as exact/);
  });

  it('does not flag an exact path next to a parameter route, in either order', () => {
    expect(
      findShadowedRoutes(
        table([
          ['GET', '/users/me'],
          ['GET', '/users/{id}'],
        ]),
        { cors: false },
      ),
    ).toEqual([]);
    expect(
      findShadowedRoutes(
        table([
          ['GET', '/users/{id}'],
          ['GET', '/users/me'],
        ]),
        { cors: false },
      ),
    ).toEqual([]);
  });

  it('does not flag routes on different methods or paths', () => {
    const t = table([
      ['GET', '/users'],
      ['POST', '/users'],
      ['GET', '/users/{id}'],
      ['GET', '/users/{id}/posts'],
      ['GET', '/health'],
    ]);
    expect(findShadowedRoutes(t, { cors: false })).toEqual([]);
  });

  describe('with CORS, an ANY route that competes only via OPTIONS', () => {
    const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'];
    const routes: [string, string][] = [
      ...methods.map((m): [string, string] => [m, '/items/{id}']),
      ['ANY', '/items/{id}'],
    ];

    it('is reachable without CORS: OPTIONS requests reach it', () => {
      expect(findShadowedRoutes(table(routes), { cors: false })).toEqual([]);
    });

    it('is shadowed with CORS: the gateway answers preflight OPTIONS itself', () => {
      const found = findShadowedRoutes(table(routes), { cors: true });
      expect(found).toEqual([
        {
          route: { index: 6, method: 'ANY', path: '/items/{id}' },
          winner: { index: 0, method: 'GET', path: '/items/{id}' },
          reason: 'its exact method beats ANY',
          sample: { method: 'GET', path: '/items/gate-sample' },
        },
      ]);
    });

    it('is reachable with CORS when an OPTIONS route matches, so OPTIONS reaches routing', () => {
      const t = table([...routes, ['OPTIONS', '/{.+}']]);
      expect(findShadowedRoutes(t, { cors: true })).toEqual([]);
      expect(winner(t, 'OPTIONS', '/items/1')).toBe('ANY /items/{id}');
    });
  });

  it('skips the routes it is told to skip', () => {
    const t = table([
      ['GET', '/users/{id}'],
      ['GET', '/users/{userId}'],
    ]);
    expect(findShadowedRoutes(t, { cors: false, skip: new Set([t.routes[1]!]) })).toEqual([]);
  });

  it('handles 10,000 distinct routes under a common /api/ prefix', () => {
    const defs: [string, string][] = [];
    for (let i = 0; i < 5000; i++) {
      defs.push(['GET', `/api/r${i}`]);
      defs.push(['GET', `/api/r${i}/{id}`]);
    }
    const t = table(defs);
    expect(t.routes).toHaveLength(10_000);
    expect(findShadowedRoutes(t, { cors: false })).toEqual([]);
  });
});
