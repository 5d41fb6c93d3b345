// The set-up the suites that deploy share: the local Cloudflare and a healthy echo upstream, started
// before the suite's tests and stopped after them (jest hooks, so call it at the top of a test file).
import { afterAll, beforeAll } from '@jest/globals';
import { startLocalCloudflare, type LocalCloudflareProcess } from './local-cloudflare.ts';
import { startUpstream, type Upstream } from './gateway-project.ts';

export interface CloudflareSuite {
  cf: LocalCloudflareProcess;
  /** An upstream that echoes every request with a 200. */
  healthy: Upstream;
}

/**
 * The suite's local Cloudflare and healthy upstream. They exist only once `beforeAll` ran, so the
 * returned objects stand in for them (a read before then is an error naming the mistake); `prepare`
 * runs first (a matrix suite installs its wranglers there).
 */
export function cloudflareSuite(options: { prepare?: () => void } = {}): CloudflareSuite {
  const started: Partial<CloudflareSuite> = {};
  beforeAll(async () => {
    options.prepare?.();
    started.cf = await startLocalCloudflare();
    started.healthy = await startUpstream('echo');
  });
  afterAll(async () => {
    await started.cf?.stop();
    await started.healthy?.close();
  });
  return { cf: late(() => started.cf, 'the local Cloudflare'), healthy: late(() => started.healthy, 'the upstream') };
}

function late<T extends object>(get: () => T | undefined, what: string): T {
  return new Proxy({} as T, {
    get(_, key) {
      const target = get();
      if (!target) throw new Error(`${what} is used before the suite's beforeAll started it`);
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
