// What the project's own gateway code makes of each reference form, judged from its source: pure.
import { describe, expect, test } from '@jest/globals';
import { checkReferenceForms, formOf, substitutionIn } from '../../../src/preflight/reference-forms.js';

// Stand-ins for the three generations of the gateway's ValueMapper, written for these tests.
const NONE = 'export class ValueMapper {\n  static async modify(incoming) { return incoming.request; }\n}\n';
const PLURAL = `export class ValueMapper {
  static async replaceEnvAndSecrets(config, env) {
    if (v.startsWith('$env.')) {} else if (v.startsWith('$secrets.')) {}
  }
}`;
const ALL = PLURAL.replace("v.startsWith('$secrets.')", "v.startsWith('$secrets.') || v.startsWith('$secret.')");
const OWN = 'const REFERENCE = /^\\$(env|secrets?)\\.(.*)$/s;\n';
const CALLER = 'apiConfig = await ValueMapper.replaceEnvAndSecrets(apiConfig, env);\n';

const file = (display: string, text: string) => ({ display, text });
const at = (line: number) => ({ file: 'src/api-config.json', line });
const ref = (raw: string, line: number) => {
  const [, kind, name] = /^\$(env|secrets?)\.(.*)$/.exec(raw)!;
  return {
    kind: kind === 'env' ? ('env' as const) : ('secret' as const),
    name: name!,
    raw,
    pointer: '/p',
    location: at(line),
  };
};

describe('substitutionIn', () => {
  test('v2.5.0 and later: all three forms', () => {
    const s = substitutionIn([file('src/index.js', CALLER), file('src/mapping.js', ALL)], 'the project');
    expect(s).toMatchObject({ known: true, file: 'src/mapping.js', release: 'v2.5.0 or later' });
    expect(s.known && [...s.forms]).toEqual(['$env.', '$secrets.', '$secret.']);
  });

  test('v2.1.0 to v2.4.x: $env. and $secrets. only; a caller is not the definition', () => {
    const s = substitutionIn([file('a/index.js', CALLER), file('b/mapping.js', PLURAL)], 'the project');
    expect(s).toMatchObject({ known: true, file: 'b/mapping.js', release: 'before v2.5.0' });
    expect(s.known && [...s.forms]).toEqual(['$env.', '$secrets.']);
  });

  test('before v2.1.0: a ValueMapper that replaces nothing', () => {
    const s = substitutionIn([file('src/mapping.js', NONE)], 'the project');
    expect(s).toMatchObject({ known: true, release: 'before v2.1.0' });
    expect(s.known && s.forms.size).toBe(0);
  });

  test('a whole-value regex over all three prefixes (this repository’s example) counts as all forms', () => {
    const s = substitutionIn([file('src/config.js', OWN)], 'the project');
    expect(s.known && [...s.forms]).toHaveLength(3);
  });

  test('nothing recognisable: unknown, naming where the gate looked', () => {
    expect(substitutionIn([file('src/index.js', CALLER)], 'gateway/')).toEqual({ known: false, looked: 'gateway/' });
  });
});

describe('checkReferenceForms', () => {
  const refs = [ref('$env.UPSTREAM_URL', 3), ref('$secret.JWT_SECRET', 5), ref('$secrets.API_KEY', 7)];

  test('a form the code leaves alone is an error on its line, and is no longer a secret to check', () => {
    const { findings, literal } = checkReferenceForms(refs, substitutionIn([file('src/mapping.js', PLURAL)], 'x'));
    expect(findings.map((f) => [f.code, f.severity, f.location?.line])).toEqual([
      ['reference_stays_literal', 'warning', 5],
    ]);
    expect([...literal]).toEqual([refs[1]]);
    expect(findings[0]!.fix).toBe(
      'Write "$secrets.JWT_SECRET" (replaced by every release since v2.1.0), or update the gateway code to v2.5.0 or later.',
    );
  });

  test('code that replaces nothing: every reference is literal', () => {
    const { findings } = checkReferenceForms(refs, substitutionIn([file('src/mapping.js', NONE)], 'x'));
    expect(findings.map((f) => f.location?.line)).toEqual([3, 5, 7]);
    expect(findings[0]!.message).toMatch(/replaces no reference at all$/);
  });

  test('unknown code: one notice on the first $secret.X, nothing for the forms every release replaces', () => {
    const unknown = { known: false as const, looked: 'the project' };
    const { findings, literal } = checkReferenceForms([...refs, ref('$secret.OTHER', 9)], unknown);
    expect(findings.map((f) => [f.code, f.severity, f.location?.line])).toEqual([
      ['reference_form_unchecked', 'notice', 5],
    ]);
    expect(literal.size).toBe(0);
    expect(checkReferenceForms([refs[0]!, refs[2]!], unknown).findings).toEqual([]);
  });

  test('all forms replaced: nothing to say', () => {
    expect(checkReferenceForms(refs, substitutionIn([file('m.js', ALL)], 'x')).findings).toEqual([]);
  });
});

test('formOf tells "$secrets." from "$secret."', () => {
  expect(['$secrets.A', '$secret.A', '$env.A', 'x'].map(formOf)).toEqual(['$secrets.', '$secret.', '$env.', undefined]);
});
