import path from 'node:path';
import { wranglerEnv } from '../../../src/wrangler/wrangler-cli.js';

describe('the environment wrangler runs in', () => {
  it("keeps the gate's inputs from it, and keeps it off the network", () => {
    const env = wranglerEnv({ PATH: '/bin', INPUT_AUTH_TOKEN: 'smoke-token', CLOUDFLARE_API_TOKEN: 'cf' });
    expect(env.INPUT_AUTH_TOKEN).toBeUndefined();
    expect(env).toMatchObject({
      PATH: '/bin',
      CLOUDFLARE_API_TOKEN: 'cf',
      WRANGLER_SEND_METRICS: 'false',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    });
  });

  it('shares one Node compile cache per job (under RUNNER_TEMP), unless the user set their own', () => {
    expect(wranglerEnv({ RUNNER_TEMP: '/home/runner/work/_temp' }).NODE_COMPILE_CACHE).toBe(
      path.join('/home/runner/work/_temp', 'gateway-deploy-gate-node-cache'),
    );
    expect(wranglerEnv({ RUNNER_TEMP: '/tmp/x', NODE_COMPILE_CACHE: '/cache' }).NODE_COMPILE_CACHE).toBe('/cache');
  });
});
