import type { ApiChangeRecord } from '../../../src/contract.js';
import { apiChangesMarkdown } from '../../../src/report/api-changes-section.js';

const change = (code: string, severity: ApiChangeRecord['severity'], route?: string): ApiChangeRecord => ({
  code,
  severity,
  route,
  message: `${route ?? 'the API'}: ${code} | piped`,
  location: { file: 'src/api-config.json', line: 7 },
});

describe('the API changes section', () => {
  it('is absent when nothing changed or nothing was compared', () => {
    expect(apiChangesMarkdown(undefined)).toEqual([]);
    expect(apiChangesMarkdown([])).toEqual([]);
  });

  it('lists the most severe first, five open and the rest collapsed, with counts per severity', () => {
    const changes = [
      change('route_added', 'notice', 'GET /ping'),
      change('route_removed', 'warning', 'GET /users/me'),
      change('auth_removed', 'error', 'POST /orders'),
      change('cors_changed', 'notice'),
      change('target_changed', 'warning', 'GET /reports'),
      change('mapping_changed', 'notice', 'GET /a'),
      change('response_changed', 'notice', 'GET /health'),
    ];
    const text = apiChangesMarkdown(changes).join('\n');
    expect(text).toContain('### API changes: 7 changes (1 error, 2 warnings, 4 notices)');
    const rows = text.split('\n').filter((l) => l.startsWith('| ❌') || l.startsWith('| ⚠️') || l.startsWith('| ℹ️'));
    expect(rows.map((r) => r.split('|')[2]!.trim())).toEqual([
      '`auth_removed`',
      '`route_removed`',
      '`target_changed`',
      '`cors_changed`',
      '`mapping_changed`',
      '`response_changed`',
      '`route_added`',
    ]);
    const [open, collapsed] = text.split('<details>');
    expect(open!.match(/^\| (❌|⚠️|ℹ️)/gm)).toHaveLength(5);
    expect(collapsed).toContain('<summary>2 more changes</summary>');
    expect(text).toContain('`src/api-config.json:7`');
    expect(text).toContain('the whole API');
    expect(text).toContain('\\| piped'); // a pipe in a message does not break the table
  });
});
