// The pure checks behind validate's new codes: hosts the edge cannot resolve, placeholders, a
// .ts-only service, and a catch-all proxy.
import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { checkSemantics, type SemanticContext } from '../../../src/gateway/semantic-checks.js';

const ctx = (files: string[] = [], wranglerBuild?: 'none' | 'command'): SemanticContext => ({
  configDir: '/project/src',
  fileExists: (f) => files.includes(path.relative('/project/src', f)),
  wranglerBuild,
});
const issuesOf = (config: unknown, context = ctx()) =>
  checkSemantics(config, context).issues.map((i) => [i.code, i.severity, i.pointer]);
const server = (url: string) => ({ servers: [{ alias: 'api', url }], paths: [] });

describe('server hosts', () => {
  test.each([
    ['https://orders.invalid', 'unresolvable_server_host', 'error'],
    ['http://api.localhost:8788', 'unresolvable_server_host', 'error'],
    ['https://api.test', 'unresolvable_server_host', 'error'],
    ['https://shop.example', 'unresolvable_server_host', 'error'],
    ['https://printer.local', 'unresolvable_server_host', 'error'],
    ['https://example.com', 'placeholder_server_url', 'warning'],
    ['https://api.example.net/v1', 'placeholder_server_url', 'warning'],
    ['https://EXAMPLE.ORG', 'placeholder_server_url', 'warning'],
  ])('%s is %s', (url, code, severity) => {
    expect(issuesOf(server(url))).toEqual([[code, severity, '/servers/0/url']]);
  });

  test('one finding per URL, the most certain; names that only look reserved are fine', () => {
    const urls = ['http://localhost:8788', 'http://billing.example.com', 'http://orders.localhost'];
    urls.push('https://notexample.com', 'https://example.com.evil.net', 'https://invalid.io', 'https://test.dev');
    const config = { servers: urls.map((url, i) => ({ alias: `s${i}`, url })), paths: [] };
    expect(issuesOf(config).map(([code, , pointer]) => `${pointer} ${code}`)).toEqual([
      '/servers/0/url private_server_url',
      '/servers/1/url insecure_server_url',
      '/servers/2/url unresolvable_server_host',
    ]);
  });
});

describe('service entrypoints: the gateway imports "<entrypoint>.js"', () => {
  const config = { services: [{ alias: 'p', entrypoint: './services/pricing' }], paths: [] };
  test('only a .ts: an error when nothing builds, a warning when a [build] command or an unseen config might', () => {
    const ts = ['services/pricing.ts'];
    const at = '/services/0/entrypoint';
    expect(issuesOf(config, ctx(ts, 'none'))).toEqual([['service_entrypoint_not_js', 'error', at]]);
    expect(issuesOf(config, ctx(ts, 'command'))).toEqual([['service_entrypoint_not_js', 'warning', at]]);
    expect(issuesOf(config, ctx(ts))).toEqual([['service_entrypoint_not_js', 'warning', at]]);
    // With the .js deployed, a .ts beside it does not matter; with neither, the module is missing.
    expect(issuesOf(config, ctx(['services/pricing.js', ...ts], 'none'))).toEqual([]);
    expect(issuesOf(config, ctx([], 'none'))).toEqual([['missing_service_entrypoint', 'error', at]]);
  });
});

describe('a catch-all proxy', () => {
  const route = (method: string, p: string, integration: unknown) => ({
    servers: [{ alias: 'api', url: 'https://api.shop-backend.net' }],
    paths: [{ method, path: p, integration }],
  });
  test('ANY or GET /{.+} proxied upstream: a warning on the path naming the consequence', () => {
    const [issue] = checkSemantics(route('ANY', '/{.+}', { type: 'http_proxy', server: 'api' }), ctx()).issues;
    expect([issue!.code, issue!.severity, issue!.pointer]).toEqual(['catch_all_proxy', 'warning', '/paths/0/path']);
    expect(issue!.message).toContain('sends every request that no other route matches to server "api"');
    const [get] = checkSemantics(route('GET', '/{.+}', { type: 'http', server: 'api' }), ctx()).issues;
    expect(get!.message).toContain('every GET request');
    // A prefix wildcard, or a static catch-all, still leaves the gateway's 404 to the rest.
    expect(issuesOf(route('ANY', '/api/{.+}', { type: 'http_proxy', server: 'api' }))).toEqual([]);
    expect(issuesOf({ paths: [{ method: 'ANY', path: '/{.+}', response: { error: 'not found' } }] })).toEqual([]);
  });
});
