// References answered the way the gateway answers them (issue 20, point 4): a var answers
// `$secrets.X` (one `env`), and what the project's own gateway code does with `$secret.X` (its
// release) decides what the value is at runtime. The CLI on a fixture project, against an account
// in the local Cloudflare.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { startLocalCloudflare, type LocalCloudflareProcess } from '../../helpers/local-cloudflare.js';
import { fixture, positionOf, reportSchemaErrors, runCli, tempDir, type Run } from '../../helpers/runner.js';

jest.setTimeout(120_000);

const CONFIG = 'src/api-config.json';
const configText = readFileSync(fixture('preflight', 'vendored-gateway', CONFIG), 'utf8');
const lineOf = (context: string) => positionOf(configText, context).line;

describe('preflight: references as the project’s gateway code reads them', () => {
  let cf: LocalCloudflareProcess;
  const dirs: string[] = [];
  const project = (): string => {
    const dir = tempDir('vendored-gateway-');
    dirs.push(dir);
    cpSync(fixture('preflight', 'vendored-gateway'), dir, { recursive: true });
    return dir;
  };
  const preflight = (dir: string): Run => {
    const run = runCli(['preflight', '--working-directory', dir, '--environment', 'production'], { env: cf.env });
    expect(reportSchemaErrors(run.report)).toBeNull();
    return run;
  };
  // The fixture has no wrangler installed: its build is not checked (build_not_run, tested in preflight-build).
  const own = (run: Run) => run.report.findings.filter((f) => f.code !== 'build_not_run');
  const brief = (run: Run) => own(run).map((f) => [f.code, f.severity, f.location?.line]);

  beforeAll(async () => {
    cf = await startLocalCloudflare({
      workers: [{ name: 'orders-gateway-production', secrets: { JWT_SECRET: 'seeded' } }],
    });
  });
  afterAll(async () => {
    await cf?.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  test('a var answers $secrets.X: a notice whose fix names a secret no var uses, never an error', () => {
    const dir = project();
    // The project's gateway code replaces all three forms (v2.5.0 and later).
    const mapping = path.join(dir, 'src/mapping.js');
    const plural = "else if (typeof value === 'string' && value.startsWith('$secrets.'))";
    const singular = `else if (typeof value === 'string' && value.startsWith('$secret.')) node[key] = env[value.slice(8)] ?? '';\n        ${plural}`;
    writeFileSync(mapping, readFileSync(mapping, 'utf8').replace(plural, singular));
    const run = preflight(dir);
    expect(brief(run)).toEqual([['secret_in_vars', 'notice', lineOf('"$secrets.PARTNER_TOKEN"')]]);
    const [notice] = own(run);
    expect(notice!.message).toContain('answered by the var PARTNER_TOKEN in [env.production.vars] of wrangler.toml');
    expect(notice!.fix).toContain('`wrangler secret put PARTNER_TOKEN_SECRET --env production`');
    expect(notice!.fix).not.toContain('secret put PARTNER_TOKEN ');
    expect(JSON.stringify(run.report)).not.toContain('pt-committed-value');
    expect(run.status).toBe(0);
  });

  test('gateway code from before v2.5.0 leaves $secret.X literal: a warning on its line saying what it will be', () => {
    const run = preflight(project());
    expect(brief(run)).toEqual([
      // A warning, not an error: the release is recognised from the source text, not known for certain.
      ['reference_stays_literal', 'warning', lineOf('"$secret.JWT_SECRET"')],
      ['secret_in_vars', 'notice', lineOf('"$secrets.PARTNER_TOKEN"')],
    ]);
    const [literal] = own(run);
    expect(literal!.message).toBe(
      '"$secret.JWT_SECRET" stays the literal text "$secret.JWT_SECRET" at runtime: the project\'s gateway code' +
        ' (src/mapping.js, a release before v2.5.0) replaces only $env.X and $secrets.X',
    );
    expect(literal!.fix).toContain('Write "$secrets.JWT_SECRET"');
    expect(run.status).toBe(0);
  });

  test('no gateway code to read: a notice that the gate cannot tell, on the $secret.X line', () => {
    const dir = project();
    rmSync(path.join(dir, 'src/mapping.js'));
    const run = preflight(dir);
    expect(brief(run)).toEqual([
      ['reference_form_unchecked', 'notice', lineOf('"$secret.JWT_SECRET"')],
      ['secret_in_vars', 'notice', lineOf('"$secrets.PARTNER_TOKEN"')],
    ]);
    expect(own(run)[0]!.message).toMatch(/cannot tell what \$secret\.JWT_SECRET will be/);
    expect(run.status).toBe(0);
  });
});
