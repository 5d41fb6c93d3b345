// The server URL checks, the same on a literal URL and on the value a $env.X var gives a server.
import { serverUrlProblem, varUrlMessage, type VarSource } from '../../../src/gateway/server-urls.js';

const gateway = { workerNames: ['shop-gateway'], hosts: ['api.shop.dev'] };

describe('serverUrlProblem', () => {
  it.each([
    ['api.example.com/v1', 'invalid_server_url', 'error'],
    ['ftp://files.shop.dev', 'invalid_server_url', 'error'],
    ['https://api.shop.dev/v1', 'server_points_to_gateway', 'error'],
    ['https://shop-gateway.acme.workers.dev', 'server_points_to_gateway', 'error'],
    ['https://orders.internal.test', 'unresolvable_server_host', 'error'],
    ['http://127.0.0.1:8788', 'private_server_url', 'warning'],
    ['http://10.0.0.4', 'private_server_url', 'warning'],
    ['http://billing.shop.io', 'insecure_server_url', 'warning'],
    ['https://api.example.com', 'placeholder_server_url', 'warning'],
  ])('%s is %s (%s)', (url, code, severity) => {
    expect(serverUrlProblem(url, gateway)).toMatchObject({ code, severity });
  });

  it('a public https upstream has no problem', () => {
    expect(serverUrlProblem('https://orders.shop.io/v1', gateway)).toBeUndefined();
  });
});

describe('varUrlMessage', () => {
  const source: VarSource = {
    index: 0,
    alias: 'upstream',
    raw: '$env.UPSTREAM_URL',
    rawAt: 'src/api-config.json:5',
    name: 'UPSTREAM_URL',
    value: 'https://api.example.com',
    table: '[env.production.vars] of wrangler.toml',
    otherEnvironments: [],
  };

  it('names the var, its value and table, the server alias and the reference; the fix sets the var', () => {
    const said = varUrlMessage(source, serverUrlProblem(source.value, undefined)!);
    expect(said.message).toBe(
      'UPSTREAM_URL = "https://api.example.com" in [env.production.vars] of wrangler.toml' +
        ' (the url of server "upstream": $env.UPSTREAM_URL at src/api-config.json:5) is on a documentation domain' +
        " (RFC 2606): it resolves to IANA's example page, not to an API; a placeholder left in the config?",
    );
    expect(said.fix).toBe("Set UPSTREAM_URL in [env.production.vars] of wrangler.toml to the real upstream's URL.");
  });

  it('with no environment chosen, names the environments whose value passes', () => {
    const local = { ...source, value: 'http://127.0.0.1:8788', table: '[vars] of wrangler.toml' };
    const said = varUrlMessage(
      { ...local, otherEnvironments: ['production'] },
      serverUrlProblem(local.value, undefined)!,
    );
    expect(said.message).toContain('is a local or private address the Cloudflare edge cannot reach');
    expect(said.fix).toBe(
      "Set UPSTREAM_URL in [vars] of wrangler.toml to the upstream's public URL (a local address answers only" +
        ' under wrangler dev), or deploy an environment that sets it (`environment` input: production).',
    );
  });

  it('an unnamed server is named by its index', () => {
    const said = varUrlMessage(
      { ...source, alias: undefined, index: 2 },
      serverUrlProblem('http://x.shop.io', undefined)!,
    );
    expect(said.message).toContain('(the url of server servers[2]: $env.UPSTREAM_URL');
    expect(said.fix).toContain('to "https://x.shop.io"');
  });
});
