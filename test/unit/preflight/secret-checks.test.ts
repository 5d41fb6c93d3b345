// The pure rule behind preflight's secret findings: certain (the account answered) is an error,
// unseen (no token) and declared nowhere is a warning naming what could not be seen.
import { describe, expect, test } from '@jest/globals';
import { checkSecrets, type SecretInputs, type WorkerSecrets } from '../../../src/preflight/secret-checks.js';

const at = (line: number) => ({ file: 'src/api-config.json', line, column: 14 });
const base = (account: WorkerSecrets, over: Partial<SecretInputs> = {}): SecretInputs => ({
  wranglerDisplay: 'wrangler.toml',
  workerName: 'gw-production',
  environment: 'production',
  vars: { UPSTREAM_URL: 'https://api.example.net' },
  references: [
    { kind: 'env', name: 'UPSTREAM_URL', raw: '$env.UPSTREAM_URL', pointer: '/servers/0/url', location: at(3) },
    { kind: 'secret', name: 'JWT_SECRET', raw: '$secret.JWT_SECRET', pointer: '/authorizer/secret', location: at(5) },
    { kind: 'env', name: 'PARTNER_KEY', raw: '$env.PARTNER_KEY', pointer: '/variables/key', location: at(7) },
  ],
  requiredSecrets: [],
  declared: new Map(),
  uploaded: new Set(),
  account,
  ...over,
});
const brief = (input: SecretInputs) => checkSecrets(input).map((f) => [f.code, f.severity, f.location?.line]);

describe('checkSecrets', () => {
  test('every secret set on the Worker: nothing to say, declared or not', () => {
    expect(brief(base({ seen: true, exists: true, names: new Set(['JWT_SECRET', 'PARTNER_KEY']) }))).toEqual([]);
  });

  test('the account answered and the Worker lacks it: an error, once per name', () => {
    const input = base({ seen: true, exists: true, names: new Set(['PARTNER_KEY']) });
    const again = { kind: 'secret' as const, name: 'JWT_SECRET', raw: '$secrets.JWT_SECRET', pointer: '/x' };
    input.references.push({ ...again, location: at(9) });
    expect(brief(input)).toEqual([['secret_not_declared', 'error', 5]]);
    const declared = new Map([['JWT_SECRET', '.dev.vars.example']]);
    expect(brief({ ...input, declared })).toEqual([['secret_not_set', 'error', 5]]);
    expect(brief({ ...input, uploaded: new Set(['JWT_SECRET']) })).toEqual([]);
  });

  test('a Worker that does not exist yet has no secrets', () => {
    const [only, ...rest] = checkSecrets(base({ seen: true, exists: false, names: new Set() }));
    expect(rest.map((f) => f.code)).toEqual(['env_reference_unresolved']);
    expect(only!.message).toContain('Worker gw-production does not exist yet');
  });

  test('unseen: declared nowhere is a warning with the secrets.required fix; declared is left to the notice', () => {
    const unseen: WorkerSecrets = { seen: false, why: 'no CLOUDFLARE_API_TOKEN' };
    expect(brief(base(unseen))).toEqual([
      ['secret_not_declared', 'warning', 5],
      ['env_reference_unresolved', 'warning', 7],
    ]);
    const [first] = checkSecrets(base(unseen, { wranglerDisplay: 'wrangler.jsonc', environment: undefined }));
    expect(first!.fix).toContain('`"secrets": { "required": ["JWT_SECRET"] }`');
    expect(first!.fix).toContain('under the top level of wrangler.jsonc');
    const declared = new Map([
      ['JWT_SECRET', 'secrets.required'],
      ['PARTNER_KEY', '.dev.vars'],
    ]);
    expect(brief(base(unseen, { declared }))).toEqual([]);
  });

  test('secrets.required entries are checked against the Worker only when it was seen', () => {
    const requiredSecrets = [{ name: 'AUDIT_TOKEN', location: { file: 'wrangler.toml', line: 12 } }];
    const seen = base({ seen: true, exists: true, names: new Set(['JWT_SECRET', 'PARTNER_KEY']) }, { requiredSecrets });
    expect(brief(seen)).toEqual([['secret_not_set', 'error', 12]]);
    const declared = new Map([
      ['JWT_SECRET', 'a'],
      ['PARTNER_KEY', 'b'],
    ]);
    expect(brief(base({ seen: false, why: 'x' }, { requiredSecrets, declared }))).toEqual([]);
  });
});
