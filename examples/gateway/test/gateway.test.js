// The Worker end to end, in Node: worker.fetch(request, env) with a fake upstream fetch.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import worker from '../src/index.js';
import { POWERED_BY } from '../src/responses.js';
import { SECRET, makeToken } from './tokens.js';

const UPSTREAM = 'http://upstream.test';
const env = { UPSTREAM_URL: UPSTREAM, JWT_SECRET: SECRET };
let upstreamCalls;
let logs;

beforeEach(() => {
  upstreamCalls = [];
  logs = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request) => {
      upstreamCalls.push(request);
      const body = request.body ? await request.text() : null;
      return Response.json({ reached: new URL(request.url).pathname, body }, { status: 201, headers: { 'X-Upstream': 'yes' } });
    }),
  );
  for (const level of ['info', 'warn', 'error']) {
    vi.spyOn(console, level).mockImplementation((message, data) => logs.push({ level, message, data }));
  }
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const call = (path, init = {}, workerEnv = env) => worker.fetch(new Request(`https://gw.example${path}`, init), workerEnv, {});
const bearer = (claims) => ({ headers: { Authorization: `Bearer ${makeToken(claims)}` } });

describe('static responses and routing', () => {
  it('serves GET /health as 200 JSON with the marker header', async () => {
    const response = await call('/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('X-Powered-By')).toBe(POWERED_BY);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(logs.map((l) => l.message)).toEqual(['[INFO] Received new request', '[INFO] Found matching path configuration']);
    expect(logs[0].data).toEqual({ method: 'GET', url: 'https://gw.example/health' });
    expect(logs[1].data).toEqual({ path: '/health', method: 'GET', integration: null });
  });

  it('answers 404 "No match found." for an unknown path, a trailing slash and a method mismatch', async () => {
    for (const [path, init] of [['/nope', {}], ['/health/', {}], ['/orders', { method: 'GET' }]]) {
      const response = await call(path, init);
      expect(response.status).toBe(404);
      expect(response.headers.get('X-Powered-By')).toBe(POWERED_BY);
      expect(await response.json()).toEqual({ message: 'No match found.' });
    }
    expect(logs.filter((l) => l.level === 'warn').map((l) => l.message)).toEqual(Array(3).fill('[WARN] No matching path found for request'));
    expect(upstreamCalls).toHaveLength(0);
  });

  it('answers a CORS preflight with 204, and adds CORS headers for an allowed origin', async () => {
    const preflight = await call('/users/7', { method: 'OPTIONS', headers: { Origin: 'https://app.example.com' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toBe('GET, POST, OPTIONS');
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('https://app.example.com');
    expect(preflight.headers.get('X-Powered-By')).toBe(POWERED_BY);
    const other = await call('/health', { headers: { Origin: 'https://elsewhere.example' } });
    expect(other.headers.has('Access-Control-Allow-Origin')).toBe(false);
  });
});

describe('http_proxy', () => {
  it('forwards path and query to the server and passes the response through', async () => {
    const response = await call('/users/7?fields=name&x=1', { headers: { 'X-Client': 'c' } });
    expect(response.status).toBe(201);
    expect(response.headers.get('X-Upstream')).toBe('yes');
    expect(response.headers.get('X-Powered-By')).toBe(POWERED_BY);
    expect(upstreamCalls.map((r) => r.url)).toEqual([`${UPSTREAM}/users/7?fields=name&x=1`]);
    expect(upstreamCalls[0].headers.get('X-Client')).toBe('c');
    expect(upstreamCalls[0].headers.get('X-Gateway')).toBe('example-gateway');
  });

  it('sends everything under /api, and /api itself, to the upstream with any method', async () => {
    await call('/api/things/1', { method: 'DELETE' });
    await call('/api');
    expect(upstreamCalls.map((r) => `${r.method} ${r.url}`)).toEqual([`DELETE ${UPSTREAM}/api/things/1`, `GET ${UPSTREAM}/api`]);
  });

  it('answers 404 for a route whose server alias does not exist', async () => {
    const config = { servers: [], paths: [{ method: 'GET', path: '/x', integration: { type: 'http_proxy', server: 'gone' } }] };
    const response = await call('/x', {}, { SAG_API_CONFIG_JSON: JSON.stringify(config) });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ message: 'No match found.' });
  });

  it('answers 500 when the server URL resolved to "" (unset UPSTREAM_URL)', async () => {
    const response = await call('/users/7', {}, { JWT_SECRET: SECRET });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ message: 'Internal server error' });
    expect(logs.some((l) => l.message === '[ERROR] Error processing request')).toBe(true);
  });

  it('lets a failed upstream fetch escape (the documented defect)', async () => {
    fetch.mockRejectedValueOnce(new Error('Network connection lost.'));
    await expect(call('/users/7')).rejects.toThrow('Network connection lost.');
    expect(logs.map((l) => l.message)).toEqual(['[INFO] Received new request', '[INFO] Found matching path configuration']);
  });
});

describe('auth routes', () => {
  it('answers 401 AUTH_ERROR without a Bearer token', async () => {
    const response = await call('/users/me');
    expect(response.status).toBe(401);
    expect(response.headers.get('X-Powered-By')).toBe(POWERED_BY);
    expect(await response.json()).toEqual({ error: 'No token provided or token format is invalid.', code: 'AUTH_ERROR' });
    expect(logs.at(-1).message).toBe('[ERROR] JWT validation failed');
    expect(upstreamCalls).toHaveLength(0);
  });

  it('answers 401 with the jose code for a rejected token', async () => {
    const expired = await call('/users/me', bearer({ exp: Math.floor(Date.now() / 1000) - 10 }));
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ code: 'ERR_JWT_EXPIRED' });
    const wrongAudience = await call('/users/me', bearer({ aud: 'other' }));
    expect(await wrongAudience.json()).toMatchObject({ code: 'ERR_JWT_CLAIM_VALIDATION_FAILED' });
  });

  it('answers 500 MISSING_JWT_SECRET when JWT_SECRET is not set', async () => {
    const response = await call('/users/me', bearer(), { UPSTREAM_URL: UPSTREAM });
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ code: 'MISSING_JWT_SECRET' });
  });

  it('answers 401 "JWT verification failed" when the verifier itself fails', async () => {
    vi.spyOn(crypto.subtle, 'importKey').mockRejectedValueOnce(new Error('key import failed'));
    const response = await call('/users/me', bearer());
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'JWT verification failed', code: 'AUTH_ERROR' });
  });

  it('proxies with a valid token and maps the sub claim to a header', async () => {
    const response = await call('/users/me', bearer({ sub: 'alice' }));
    expect(response.status).toBe(201);
    expect(upstreamCalls[0].url).toBe(`${UPSTREAM}/users/me`);
    expect(upstreamCalls[0].headers.get('X-User-Id')).toBe('alice');
  });

  it('forwards a POST body and the mapped query parameter', async () => {
    const init = bearer({ sub: 'bob' });
    const response = await call('/orders?ref=9', { method: 'POST', body: '{"item":"book"}', headers: { ...init.headers, 'Content-Type': 'application/json' } });
    expect(await response.json()).toEqual({ reached: '/orders', body: '{"item":"book"}' });
    expect(upstreamCalls[0].url).toBe(`${UPSTREAM}/orders?ref=9&source=gateway`);
    expect(upstreamCalls[0].headers.get('X-User-Id')).toBe('bob');
  });
});

describe('config loading', () => {
  it('answers 500 when the config cannot load', async () => {
    const response = await call('/health', {}, { SAG_API_CONFIG_JSON: '{"paths": [' });
    expect(response.status).toBe(500);
    expect(response.headers.get('X-Powered-By')).toBe(POWERED_BY);
    expect(await response.json()).toEqual({ message: 'Internal server error' });
    expect(logs.at(-1).message).toBe('[ERROR] Error loading API configuration');
  });

  it('serves the config from SAG_API_CONFIG_JSON', async () => {
    const config = { paths: [{ method: 'GET', path: '/only', response: { from: 'var' } }] };
    const response = await call('/only', {}, { SAG_API_CONFIG_JSON: JSON.stringify(config) });
    expect(await response.json()).toEqual({ from: 'var' });
    expect((await call('/health', {}, { SAG_API_CONFIG_JSON: JSON.stringify(config) })).status).toBe(404);
  });
});
