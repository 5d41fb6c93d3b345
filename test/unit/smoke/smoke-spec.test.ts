// A smoke spec probe naming a route the config does not have (issue 20, point 9).
import { describe, expect, it } from '@jest/globals';
import { parseSmokeSpec, unknownSpecRoutes } from '../../../src/smoke/smoke-spec.js';

describe('unknownSpecRoutes', () => {
  const routes = [
    { method: 'GET', path: '/health' },
    { method: 'GET', path: '/users/{id}' },
  ];
  it("a probe replacing a route the config does not have: an error on its route's line, naming it", () => {
    const text = 'probes:\n  - name: user\n    route: GET /users/{userId}\n  - route: GET /health\n';
    const parsed = parseSmokeSpec(text, 'smoke.yml');
    if (!parsed.ok) throw new Error('the spec parses');
    const findings = unknownSpecRoutes(parsed.spec, routes, 'smoke.yml');
    expect(findings).toEqual([
      {
        stage: 'smoke',
        layer: 'probe',
        code: 'smoke_spec_unknown_route',
        category: 'client',
        severity: 'error',
        message: 'smoke spec smoke.yml: probe route "GET /users/{userId}" is not a route of the gateway config',
        fix: 'Name a route as the config writes it (`METHOD /path`: GET /health, GET /users/{id}), or give the probe a `path` instead.',
        location: { file: 'smoke.yml', line: 3, column: 12 },
      },
    ]);
  });
  it('probes by path, and probes of known routes, are no finding', () => {
    const parsed = parseSmokeSpec('probes:\n  - path: /anything\n  - route: GET /users/{id}\n', 'smoke.yml');
    if (!parsed.ok) throw new Error('the spec parses');
    expect(unknownSpecRoutes(parsed.spec, routes, 'smoke.yml')).toEqual([]);
  });
});
