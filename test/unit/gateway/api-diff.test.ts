import { parseAcceptedList, acceptedBy } from '../../../src/gateway/api-accepted.js';
import { diffApi } from '../../../src/gateway/api-diff.js';
import { apiSurface, pathShape } from '../../../src/gateway/api-surface.js';

const servers = [
  { alias: 'users', url: 'https://users.internal.example.com' },
  { alias: 'orders', url: 'https://orders.internal.example.com' },
];
const base = {
  servers,
  authorizer: { type: 'jwt', secret: '$secret.JWT', algorithm: 'HS256', audience: 'a', issuer: 'i' },
  cors: {
    allow_origins: ['https://app.example.com'],
    allow_methods: ['GET', 'POST'],
    allow_headers: ['authorization'],
  },
  paths: [
    { method: 'GET', path: '/users/me', integration: { type: 'http_proxy', server: 'users' }, auth: true },
    { method: 'GET', path: '/users/{id}', integration: { type: 'http_proxy', server: 'users' } },
    { method: 'POST', path: '/orders', integration: { type: 'http_proxy', server: 'orders' }, auth: true },
    { method: 'PUT', path: '/orders/{id}', integration: { type: 'http_proxy', server: 'orders' } },
    { method: 'GET', path: '/health', response: { status: 'ok' } },
    { method: 'GET', path: '/reports', integration: { type: 'http_proxy', server: 'orders' } },
  ],
};

/** The head: a copy of the base with `edit` applied to its routes. */
function head(edit: (paths: Array<Record<string, unknown>>) => void, extra: Record<string, unknown> = {}) {
  const copy = structuredClone(base) as typeof base & Record<string, unknown>;
  edit(copy.paths as Array<Record<string, unknown>>);
  return { ...copy, ...extra };
}

const changes = (after: unknown, level: 'standard' | 'strict' = 'standard') =>
  diffApi(apiSurface(base), apiSurface(after), level).map((c) => [
    c.code,
    c.severity,
    c.route ?? '',
    c.side,
    c.pointer,
  ]);

describe('diffApi: what a pull request changes in the API, at a reviewer’s level', () => {
  it('sees nothing in an identical config, nor in a renamed path parameter or a reordered object', () => {
    expect(changes(base)).toEqual([]);
    const renamed = head((p) => {
      p[1]!.path = '/users/{userId}';
      p[4]!.response = { status: 'ok' };
    });
    expect(changes(renamed)).toEqual([]);
    expect(pathShape('/a/{x}/b/{.+}')).toBe('/a/{}/b/{.+}');
  });

  it('makes auth removed an error on the route, and never softens it under standard', () => {
    const opened = head((p) => void delete p[2]!.auth);
    expect(changes(opened)).toEqual([['auth_removed', 'error', 'POST /orders', 'head', '/paths/2/method']]);
    const falsed = head((p) => void (p[2]!.auth = false));
    expect(changes(falsed)).toEqual([['auth_removed', 'error', 'POST /orders', 'head', '/paths/2/auth']]);
  });

  it('warns on a removed route (on the base’s route) and a changed method; strict makes both errors', () => {
    const after = head((p) => {
      p.splice(0, 1); // GET /users/me
      p[2]!.method = 'PATCH'; // PUT /orders/{id} (index 3 before the splice)
    });
    expect(changes(after)).toEqual([
      ['route_removed', 'warning', 'GET /users/me', 'base', '/paths/0'],
      ['method_changed', 'warning', 'PUT /orders/{id}', 'head', '/paths/2/method'],
    ]);
    expect(changes(after, 'strict').map((c) => c[1])).toEqual(['error', 'error']);
  });

  it('warns on auth added and a target changed, also when only the server URL behind the alias moved', () => {
    const after = head((p) => {
      p[1]!.auth = true;
      p[5]!.integration = { type: 'http_proxy', server: 'users' };
    });
    expect(changes(after)).toEqual([
      ['auth_added', 'warning', 'GET /users/{id}', 'head', '/paths/1/auth'],
      ['target_changed', 'warning', 'GET /reports', 'head', '/paths/5/integration'],
    ]);
    const moved = { ...base, servers: [servers[0], { alias: 'orders', url: 'https://orders-v2.example.com' }] };
    expect(changes(moved).map((c) => [c[0], c[2]])).toEqual([
      ['target_changed', 'POST /orders'],
      ['target_changed', 'PUT /orders/{id}'],
      ['target_changed', 'GET /reports'],
    ]);
  });

  it('notes added routes (saying whether they are public) and changed static responses', () => {
    const after = head((p) => {
      p.push({ method: 'GET', path: '/ping', response: { pong: true } });
      p[4]!.response = { status: 'degraded' };
    });
    const found = diffApi(apiSurface(base), apiSurface(after));
    expect(found.map((c) => [c.code, c.severity, c.route])).toEqual([
      ['response_changed', 'notice', 'GET /health'],
      ['route_added', 'notice', 'GET /ping'],
    ]);
    expect(found[1]!.message).toContain('public');
  });

  it('tells a narrowed CORS (a warning: browsers stop) from a widened one (a notice)', () => {
    const narrowed = { ...base, cors: { ...base.cors, allow_methods: ['GET'] } };
    const widened = {
      ...base,
      cors: { ...base.cors, allow_origins: [...base.cors.allow_origins, 'https://b.example.com'] },
    };
    expect(changes(narrowed)).toEqual([['cors_changed', 'warning', '', 'head', '/cors']]);
    expect(diffApi(apiSurface(base), apiSurface(narrowed))[0]!.message).toContain('method POST');
    expect(changes(widened)).toEqual([['cors_changed', 'notice', '', 'head', '/cors']]);
  });

  it('names the guarded routes when the authorizer changes', () => {
    const after = { ...base, authorizer: { ...base.authorizer, issuer: 'https://other.example.com' } };
    const [change] = diffApi(apiSurface(base), apiSurface(after));
    expect(change).toMatchObject({ code: 'authorizer_changed', severity: 'warning', pointer: '/authorizer' });
    expect(change!.message).toContain('GET /users/me, POST /orders');
  });
});

describe('the accepted list', () => {
  const list = parseAcceptedList(
    ['# reviewed API changes', 'route_removed GET /users/{userId}  clients moved to /me', 'cors_changed', 'what?'].join(
      '\n',
    ),
  );

  it('reads code, route and reason per line, and names lines that are not entries', () => {
    expect(list.entries).toEqual([
      { line: 2, code: 'route_removed', route: 'GET /users/{}', reason: 'clients moved to /me' },
      { line: 3, code: 'cors_changed', route: undefined, reason: '' },
    ]);
    expect(list.malformed).toEqual([4]);
  });

  it('accepts a change by its code and route, whatever the path parameter is called', () => {
    const after = head((p) => void p.splice(1, 1));
    const [removed] = diffApi(apiSurface(base), apiSurface(after));
    expect(removed!.route).toBe('GET /users/{id}');
    expect(acceptedBy(removed!, list)?.line).toBe(2);
    expect(acceptedBy({ ...removed!, code: 'auth_removed' }, list)).toBeUndefined();
  });
});
