import type { ApiChangeRecord } from '../../../src/contract.js';
import { judgeApiChangeProbe, planApiChangeProbes } from '../../../src/smoke/api-change-probes.js';

const change = (code: string, route: string): ApiChangeRecord => ({
  code,
  severity: code === 'auth_removed' ? 'error' : 'warning',
  route,
  message: '',
  location: { file: 'src/api-config.json', line: 9 },
});
const readOnly = { params: { id: '42' }, write: false };

describe('planApiChangeProbes', () => {
  it('probes removed routes and removed auth with requests that change nothing, parameters filled', () => {
    const changes = [
      change('route_removed', 'GET /users/{id}'),
      change('auth_removed', 'POST /orders'),
      change('auth_removed', 'ANY /api/{.+}'),
      change('route_added', 'GET /ping'),
      change('method_changed', 'PUT /orders/{id}'),
    ];
    expect(planApiChangeProbes(changes, readOnly).map((p) => `${p.method} ${p.path}`)).toEqual([
      'GET /users/42',
      'GET /api/gate-smoke',
    ]);
    // With writes allowed in the smoke spec, the POST is probed too (without a token: production refuses it).
    expect(planApiChangeProbes(changes, { ...readOnly, write: true })).toHaveLength(3);
  });
});

describe('judgeApiChangeProbe', () => {
  const [removed, opened] = planApiChangeProbes(
    [change('route_removed', 'GET /users/me'), change('auth_removed', 'GET /users/{id}')],
    readOnly,
  );

  it('shows a removed route answering 404 as a notice, and one still answered as a warning', () => {
    expect(judgeApiChangeProbe(removed!, 404, 200)).toMatchObject({ code: 'api_change_shown', severity: 'notice' });
    const still = judgeApiChangeProbe(removed!, 200, 200);
    expect(still).toMatchObject({ code: 'removed_route_still_answered', severity: 'warning' });
    expect(still.location).toEqual({ file: 'src/api-config.json', line: 9 });
  });

  it('shows removed auth: production 401, the change 200; a version that still refuses is a warning', () => {
    const shown = judgeApiChangeProbe(opened!, 200, 401);
    expect(shown).toMatchObject({ code: 'api_change_shown', severity: 'notice', layer: 'auth' });
    expect(shown.message).toContain('production answers 401, this version 200');
    expect(judgeApiChangeProbe(opened!, 401, 401).code).toBe('removed_auth_still_required');
    expect(judgeApiChangeProbe(opened!, 200, 200).severity).toBe('notice');
  });
});
