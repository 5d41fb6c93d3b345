// A planned probe of a proxied GET route, for the smoke's pure decisions (fold, differential):
// route `pN` sits on line 10 + N of the gateway config.
import type { Probe } from '../../src/smoke/probe-plan.js';

export function probe(id: string, path: string, extra: Partial<Probe> = {}): Probe {
  const route = { index: Number(id.slice(1)), method: 'GET', path, kind: 'proxy' as const, server: 'up', auth: false };
  return {
    id,
    name: `GET ${path}`,
    route: { ...route, location: { file: 'src/api-config.json', line: 10 + route.index } },
    method: 'GET',
    path,
    headers: {},
    withToken: false,
    expect: { healthy: true },
    control: false,
    ...extra,
  };
}
