import { describe, expect, it } from 'vitest';
import bundled from '../src/api-config.json' with { type: 'json' };
import { loadConfig, resolveReferences } from '../src/config.js';

describe('resolveReferences', () => {
  it('replaces $env, $secret and $secrets values anywhere, and unset ones with ""', () => {
    const config = {
      servers: [{ alias: 'a', url: '$env.UPSTREAM_URL' }],
      authorizer: { secret: '$secret.JWT_SECRET', other: '$secrets.OTHER' },
      nested: [['$env.MISSING']],
      kept: 'prefix $env.UPSTREAM_URL',
      count: 3,
    };
    const env = { UPSTREAM_URL: 'https://up.example', JWT_SECRET: 's3cret', OTHER: 'o' };
    expect(resolveReferences(config, env)).toEqual({
      servers: [{ alias: 'a', url: 'https://up.example' }],
      authorizer: { secret: 's3cret', other: 'o' },
      nested: [['']],
      kept: 'prefix $env.UPSTREAM_URL',
      count: 3,
    });
    expect(config.servers[0].url).toBe('$env.UPSTREAM_URL');
  });
});

describe('loadConfig', () => {
  const small = { paths: [{ method: 'GET', path: '/inline' }], servers: [{ alias: 'x', url: '$env.U' }] };

  it('uses SAG_API_CONFIG_JSON first', async () => {
    const kv = { get: async () => ({ paths: [] }) };
    const config = await loadConfig({ SAG_API_CONFIG_JSON: JSON.stringify(small), CONFIG: kv, U: 'https://u' });
    expect(config.paths[0].path).toBe('/inline');
    expect(config.servers[0].url).toBe('https://u');
  });

  it('then the CONFIG KV key api-config.json, then the bundled file', async () => {
    const keys = [];
    const kv = (value) => ({ get: async (key, type) => (keys.push([key, type]), value) });
    expect((await loadConfig({ CONFIG: kv(small) })).paths[0].path).toBe('/inline');
    expect(keys[0]).toEqual(['api-config.json', 'json']);
    expect((await loadConfig({ CONFIG: kv(null) })).paths).toHaveLength(bundled.paths.length);
    expect((await loadConfig({ SAG_API_CONFIG_JSON: '' })).paths).toHaveLength(bundled.paths.length);
  });

  it('resolves the bundled config against env', async () => {
    const config = await loadConfig({ UPSTREAM_URL: 'http://127.0.0.1:1', JWT_SECRET: 'k' });
    expect(config.servers[0].url).toBe('http://127.0.0.1:1');
    expect(config.authorizer.secret).toBe('k');
    expect((await loadConfig({})).authorizer.secret).toBe('');
  });

  it('throws on a config that is not JSON or has no paths', async () => {
    await expect(loadConfig({ SAG_API_CONFIG_JSON: '{ nope' })).rejects.toThrow(SyntaxError);
    await expect(loadConfig({ SAG_API_CONFIG_JSON: '{}' })).rejects.toThrow(/paths/);
  });
});
