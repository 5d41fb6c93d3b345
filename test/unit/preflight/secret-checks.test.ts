// The pure rule behind preflight's secret findings: certain (the account answered) is an error,
// unseen (no token) and declared nowhere is a warning naming what could not be seen.
import { describe, expect, test } from '@jest/globals';
import { checkSecrets, freeName, type SecretInputs, type WorkerSecrets } from '../../../src/preflight/secret-checks.js';

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

  test('a var answers $secret.X and $secrets.X at runtime (one env): a notice once per name, never an error', () => {
    const vars = { UPSTREAM_URL: 'https://api.example.net', JWT_SECRET: 'committed', JWT_SECRET_SECRET: 'x' };
    const plural = { kind: 'secret' as const, name: 'JWT_SECRET', raw: '$secrets.JWT_SECRET', pointer: '/y' };
    for (const account of [
      { seen: true, exists: true, names: new Set(['PARTNER_KEY', 'JWT_SECRET_SECRET_2']) },
      { seen: false, why: 'no CLOUDFLARE_API_TOKEN' },
    ] as WorkerSecrets[]) {
      const input = base(account, { vars, declared: new Map([['PARTNER_KEY', '.dev.vars']]) });
      input.references.push({ ...plural, location: at(9) });
      const findings = checkSecrets(input);
      expect(findings.map((f) => [f.code, f.severity, f.location?.line])).toEqual([['secret_in_vars', 'notice', 5]]);
      const [notice] = findings;
      expect(notice!.message).toContain('answered by the var JWT_SECRET in [env.production.vars] of wrangler.toml');
      // The fix never names a secret that clashes with a var, a declared or an account secret.
      const proposed = account.seen ? 'JWT_SECRET_SECRET_3' : 'JWT_SECRET_SECRET_2';
      expect(notice!.fix).toContain(`\`wrangler secret put ${proposed} --env production\``);
      expect(notice!.fix).toContain(`"$secrets.${proposed}"`);
      expect(notice!.fix).not.toMatch(/secret put JWT_SECRET /);
    }
  });
});

describe('freeName', () => {
  test('the base when free, else the first numbered name that is', () => {
    expect(freeName('KEY_SECRET', new Set(['KEY']))).toBe('KEY_SECRET');
    expect(freeName('KEY_SECRET', new Set(['KEY_SECRET', 'KEY_SECRET_2']))).toBe('KEY_SECRET_3');
  });
});
