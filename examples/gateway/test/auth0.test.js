// The auth0 routes as the original gateway answers them, with the tenant faked: unreachable
// (fetch rejects with a TypeError), answering an error, or answering.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import worker from '../src/index.js';

const config = {
  authorizer: {
    type: 'auth0',
    domain: 'tenant.example',
    client_id: 'c',
    client_secret: 's',
    redirect_uri: 'https://gw/cb',
    scope: 'openid',
    jwks: '{"keys":[]}',
  },
  paths: [
    { method: 'GET', path: '/callback', integration: { type: 'auth0_callback' } },
    { method: 'GET', path: '/profile', integration: { type: 'auth0_userinfo' } },
    { method: 'GET', path: '/login', integration: { type: 'auth0_callback_redirect' } },
    { method: 'GET', path: '/refresh', integration: { type: 'auth0_refresh' } },
    { method: 'GET', path: '/private', auth: true, response: { ok: true } },
  ],
};
const env = { SAG_API_CONFIG_JSON: JSON.stringify(config) };
const get = async (path, headers = {}) => {
  const response = await worker.fetch(new Request(`https://gw.test${path}`, { headers }), env);
  return { status: response.status, body: await response.text(), headers: response.headers };
};

beforeEach(() => {
  for (const level of ['info', 'warn', 'error']) vi.spyOn(console, level).mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the auth0 integrations', () => {
  it('answer 502 AUTH0_NETWORK_ERROR when the tenant cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Network connection lost.'))),
    );
    expect(await get('/callback?code=x')).toMatchObject({
      status: 502,
      body: JSON.stringify({ error: 'Auth0 token exchange request failed', code: 'AUTH0_NETWORK_ERROR' }),
    });
    expect(await get('/profile', { 'X-Access-Token': 'a' })).toMatchObject({
      status: 502,
      body: expect.stringContaining('AUTH0_NETWORK_ERROR'),
    });
  });

  it("pass the tenant's error status on as AUTH0_UPSTREAM_ERROR, and anything else is a 500 AUTH0_ERROR", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ error: 'invalid_grant' }, { status: 403 })),
    );
    expect(await get('/callback?code=x')).toMatchObject({
      status: 403,
      body: expect.stringContaining('AUTH0_UPSTREAM_ERROR'),
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('not json')),
    );
    expect(await get('/profile', { Authorization: 'Bearer a' })).toMatchObject({
      status: 500,
      body: expect.stringContaining('AUTH0_ERROR'),
    });
  });

  it('answer without calling the tenant when the request lacks what it needs', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    expect(await get('/profile')).toMatchObject({ status: 401, body: expect.stringContaining('missing_access_token') });
    expect(await get('/refresh')).toMatchObject({
      status: 400,
      body: expect.stringContaining('missing_refresh_token'),
    });
    expect(await get('/private')).toMatchObject({ status: 401, body: expect.stringContaining('AUTH_ERROR') });
    const login = await get('/login?state=s1');
    expect([login.status, login.headers.get('location')]).toEqual([
      302,
      'https://tenant.example/authorize?response_type=code&client_id=c&redirect_uri=https://gw/cb' +
        '&scope=openid&state=s1',
    ]);
    expect(fetch).not.toHaveBeenCalled();
  });
});
