// A project's own schema that is itself broken is one finding, not the end of validation: the
// config is judged against the bundled schema and every semantic check still runs. The CLI, on a
// fixture project (issue 20, point 5).
import { readFileSync } from 'node:fs';
import { fixture, positionOf, runCli } from '../../helpers/runner.js';

const dir = fixture('validate', 'broken-own-schema');
const text = (file: string) => readFileSync(fixture('validate', 'broken-own-schema', file), 'utf8');
const validate = (...extra: string[]) =>
  runCli(['validate', '--working-directory', dir, '--config', 'api-config.json', ...extra]);

describe("validate with the config's own $schema broken", () => {
  it('reports the schema on its line as a warning, and still runs the bundled schema and every semantic check', () => {
    const run = validate();
    expect(run.status).toBe(1);
    const broken = run.report.findings.find((f) => f.code === 'schema_invalid')!;
    expect(broken.severity).toBe('warning');
    expect(broken.location).toMatchObject({
      file: 'api-config.schema.json',
      ...positionOf(text('api-config.schema.json'), '["paths"]', '['),
    });
    expect(broken.message).toMatch(/validated against the bundled schema instead/);
    expect(broken.fix).toMatch(/Move `required` out of `properties`/);
    const config = text('api-config.json');
    const codes = run.report.findings.filter((f) => f.location?.file === 'api-config.json');
    expect(codes.map((f) => [f.code, f.severity, f.location?.line])).toEqual([
      ['unknown_server', 'error', positionOf(config, '"userz"').line],
      ['invalid_value', 'error', positionOf(config, '"FETCH"').line],
    ]);
    expect(run.report.config?.schema).toBe('the bundled schema');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("the schema flag wins over the config's own $schema", () => {
    const run = validate('--schema', 'good.schema.json');
    expect(run.status).toBe(1);
    expect(run.report.findings.some((f) => f.code === 'schema_invalid')).toBe(false);
    // good.schema.json requires a title; the bundled schema does not, and knows no FETCH method.
    const schemaFindings = run.report.findings.filter((f) => f.code !== 'unknown_server');
    expect(schemaFindings.map((f) => f.code)).toEqual(['missing_property']);
    expect(schemaFindings[0]!.message).toMatch(/title/);
    expect(run.report.config?.schema).toBe('good.schema.json (schema input)');
    expect(run.report.findings.map((f) => f.code)).toContain('unknown_server');
  });
});
