// The winner found without sorting is the first of the sorted candidates, for every request.
import { describe, expect, it } from '@jest/globals';
import { RouteTable, type RouteDef } from '../../../src/gateway/route-matching.js';

const routes: [string, string][] = [
  ['GET', '/users/{id}'],
  ['ANY', '/users/{id}'],
  ['GET', '/users/me'],
  ['ANY', '/users/{.+}'],
  ['GET', '/{.+}'],
  ['POST', '/users'],
  ['GET', '/users/{id}/posts'],
  ['ANY', '/a/{.+}/b'],
];
const table = new RouteTable(routes.map(([method, path], index): RouteDef => ({ index, method, path })));

describe('RouteTable.winnerFor', () => {
  const requests = [
    '/users/7',
    '/users/me',
    '/users',
    '/users/7/posts',
    '/users/7/x/y',
    '/',
    '/x',
    '/a/x/b',
    '/nope/x',
  ];
  it.each(requests.flatMap((path) => ['GET', 'POST', 'PUT'].map((method) => [method, path])))(
    '%s %s',
    (method, path) => {
      const request = path.split('/');
      expect(table.winnerFor(method, request)).toEqual(table.candidatesFor(method, request)[0]);
    },
  );

  it('is what choose returns', () => {
    expect(table.choose('GET', '/users/me')?.route.path).toBe('/users/me');
    // The gateway counts a {.+} match of the same length as exact: it beats the {param} route.
    expect(table.choose('PUT', '/users/me')?.route.path).toBe('/users/{.+}');
    expect(table.choose('DELETE', '/nothing')).toBeUndefined();
  });
});
