import { describe, expect, it } from 'vitest';
import { buildUpstreamRequest, resolveTemplate } from '../src/proxy.js';

const request = new Request('https://gw.example/users/7?page=2&q=a%20b', { headers: { 'X-Trace': 't-1' } });
const context = {
  request,
  url: new URL(request.url),
  claims: { sub: 'user-42', roles: ['admin'] },
  route: { variables: { tier: 'gold' } },
  config: { variables: { tier: 'silver', region: 'eu' } },
};

describe('resolveTemplate', () => {
  it('reads headers, query parameters, JWT claims and variables', () => {
    expect(resolveTemplate('$request.header.x-trace', context)).toBe('t-1');
    expect(resolveTemplate('$request.query.page', context)).toBe('2');
    expect(resolveTemplate('$request.jwt.sub', context)).toBe('user-42');
    expect(resolveTemplate('$request.jwt.roles', context)).toBe('["admin"]');
    expect(resolveTemplate('$config.tier', context)).toBe('gold');
    expect(resolveTemplate('$config.region', context)).toBe('eu');
    expect(resolveTemplate('user=$request.jwt.sub;tier=$config.tier', context)).toBe('user=user-42;tier=gold');
  });

  it('leaves a value unset when it has no template or a template has no value', () => {
    expect(resolveTemplate('literal', context)).toBeUndefined();
    expect(resolveTemplate('$request.header.missing', context)).toBeUndefined();
    expect(resolveTemplate('$request.jwt.sub', { ...context, claims: undefined })).toBeUndefined();
    expect(resolveTemplate('$config.nope', context)).toBeUndefined();
  });
});

describe('buildUpstreamRequest', () => {
  it('sends the path and query to the server URL, with the mapping applied', () => {
    const route = {
      ...context.route,
      mapping: { headers: { 'X-User-Id': '$request.jwt.sub', 'X-Static': 'ignored' }, query: { tier: '$config.tier' } },
    };
    const upstream = buildUpstreamRequest(request, { url: 'http://127.0.0.1:8788/' }, { ...context, route });
    expect(upstream.url).toBe('http://127.0.0.1:8788/users/7?page=2&q=a+b&tier=gold');
    expect(upstream.method).toBe('GET');
    expect(upstream.headers.get('X-User-Id')).toBe('user-42');
    expect(upstream.headers.get('X-Trace')).toBe('t-1');
    expect(upstream.headers.has('X-Static')).toBe(false);
  });

  it('throws when the server URL is empty (an unset $env reference)', () => {
    expect(() => buildUpstreamRequest(request, { url: '' }, context)).toThrow(TypeError);
  });
});
