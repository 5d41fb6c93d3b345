import { describe, expect, it } from 'vitest';
import { matchPath, matchRoute } from '../src/router.js';

const route = (method, path) => ({ method, path });
const chosen = (paths, method, pathname) => {
  const match = matchRoute(paths, method, pathname);
  return match && `${match.route.method} ${match.route.path}`;
};

describe('matchPath', () => {
  it('matches literal segments exactly', () => {
    expect(matchPath('/health', '/health')).toMatchObject({ exact: true, wildcard: false, matched: 2 });
    expect(matchPath('/health', '/healthz')).toBeNull();
    expect(matchPath('/health', '/health/')).toBeNull();
    expect(matchPath('/users/{id}', '/users')).toBeNull();
  });

  it('captures {name} parameters, which make a match inexact', () => {
    expect(matchPath('/users/{id}/orders/{orderId}', '/users/7/orders/9')).toMatchObject({
      exact: false,
      matched: 5,
      params: { id: '7', orderId: '9' },
    });
  });

  it('lets a final {.+} match the rest of the path, including nothing', () => {
    expect(matchPath('/api/{.+}', '/api/a/b/c')).toMatchObject({ wildcard: true, exact: false, matched: 3, params: { '.+': 'a/b/c' } });
    expect(matchPath('/api/{.+}', '/api')).toMatchObject({ wildcard: true, exact: false, matched: 2 });
    expect(matchPath('/api/{.+}', '/other/a')).toBeNull();
  });

  it('counts a {.+} match as exact when the request has as many segments as the route', () => {
    expect(matchPath('/api/{.+}', '/api/x')).toMatchObject({ wildcard: true, exact: true });
    expect(matchPath('/api/{v}/{.+}', '/api/1/x')).toMatchObject({ wildcard: true, exact: false });
  });
});

describe('matchRoute priority', () => {
  it('prefers an exact path over a parameter', () => {
    const paths = [route('GET', '/users/{id}'), route('GET', '/users/me')];
    expect(chosen(paths, 'GET', '/users/me')).toBe('GET /users/me');
    expect(chosen(paths, 'GET', '/users/7')).toBe('GET /users/{id}');
  });

  it('prefers more matched segments', () => {
    const paths = [route('GET', '/{.+}'), route('GET', '/a/{.+}')];
    expect(chosen(paths, 'GET', '/a/b/c')).toBe('GET /a/{.+}');
  });

  it('prefers a non-wildcard route to a wildcard one', () => {
    const paths = [route('GET', '/files/{.+}'), route('GET', '/files/{name}/{rest}')];
    expect(chosen(paths, 'GET', '/files/a/b')).toBe('GET /files/{name}/{rest}');
  });

  it('keeps the quirk: a same-length {.+} match beats a {param} route', () => {
    const paths = [route('GET', '/files/{name}'), route('GET', '/files/{.+}')];
    expect(chosen(paths, 'GET', '/files/a')).toBe('GET /files/{.+}');
  });

  it('prefers the exact method over ANY, then config order', () => {
    expect(chosen([route('ANY', '/x'), route('GET', '/x')], 'GET', '/x')).toBe('GET /x');
    expect(chosen([route('ANY', '/x'), route('GET', '/x')], 'POST', '/x')).toBe('ANY /x');
    const twins = [route('GET', '/{a}'), route('GET', '/{b}')];
    expect(matchRoute(twins, 'GET', '/q').index).toBe(0);
  });

  it('answers null for a method mismatch (there is no 405)', () => {
    expect(matchRoute([route('POST', '/orders')], 'GET', '/orders')).toBeNull();
    expect(matchRoute([route('GET', '/x')], 'HEAD', '/x')).toBeNull();
  });
});
