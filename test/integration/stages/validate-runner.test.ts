// The validate stage as the GitHub runner runs it: INPUT_* variables in, annotations on the
// right lines, the same findings in the JSON report, outputs and a job summary.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NODE } from '../../helpers/local-cloudflare.js';
import { ROOT, fixture, positionOf, reportSchemaErrors, runAsRunner, runCli, tempDir } from '../../helpers/runner.js';
import type { Run } from '../../helpers/runner.js';

const rel = (dir: string) => path.relative(path.resolve(fixture('..', '..')), fixture('validate', dir));

interface Expected {
  code: string;
  context: string;
  token?: string;
  /** Another file the finding is in (the wrangler config, for a var's value), and its text. */
  in?: { file: string; text: string };
}

/** Asserts the report has exactly these findings; returns them sorted for annotation checks. */
function expectFindings(run: Run, file: string, text: string, expected: Expected[]): void {
  const want = expected
    .map((e) => ({ code: e.code, file: e.in?.file ?? file, ...positionOf(e.in?.text ?? text, e.context, e.token) }))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
  const fromReport = run.report.findings
    .map((f) => ({ code: f.code, file: f.location?.file, line: f.location?.line, column: f.location?.column }))
    .sort((a, b) => a.line! - b.line! || a.column! - b.column! || a.code.localeCompare(b.code));
  expect(fromReport).toEqual(want);
  const fromAnnotations = run.annotations
    .map((a) => ({
      code: /: (\w+) \(/.exec(a.props.title ?? '')?.[1],
      file: a.props.file,
      line: Number(a.props.line),
      column: Number(a.props.col),
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.code!.localeCompare(b.code!));
  const severityOf = (w: { code: string; line: number; column: number }) =>
    run.report.findings.find((f) => f.code === w.code && f.location?.line === w.line && f.location.column === w.column)!
      .severity;
  // GitHub's per-step budget: 10 of each severity, the first in the file first.
  const expectedAnnotations = ['error', 'warning', 'notice']
    .flatMap((severity) =>
      want
        .filter((w) => severityOf(w) === severity)
        .sort((a, b) => a.line - b.line || a.column - b.column)
        .slice(0, 10),
    )
    .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
  expect(fromAnnotations).toEqual(expectedAnnotations);
}

describe('validate, run as the GitHub runner runs it', () => {
  it('annotates every semantic check on the exact token and writes the same findings to the report', () => {
    const dir = rel('every-check');
    const run = runAsRunner('validate', { 'working-directory': dir });
    expect(run.status).toBe(1);
    const text = readFileSync(fixture('validate', 'every-check', 'src/api-config.json'), 'utf8');
    const toml = readFileSync(fixture('validate', 'every-check', 'wrangler.toml'), 'utf8');
    expectFindings(run, 'src/api-config.json', text, [
      { code: 'insecure_server_url', context: '"http://billing.example.com"' },
      { code: 'server_points_to_gateway', context: '"https://api.example.com/v1"' },
      { code: 'server_points_to_gateway', context: '"https://orders-gateway.acme.workers.dev"' },
      { code: 'duplicate_alias', context: '"orders", "url": "https://orders-2', token: '"orders"' },
      // Issue 11: a documentation domain (RFC 2606) as an upstream is a placeholder.
      { code: 'placeholder_server_url', context: '"https://orders-2.example.com"' },
      { code: 'missing_service_entrypoint', context: '"./services/reports"' },
      { code: 'unknown_server', context: '"ordrs"' },
      { code: 'unknown_service', context: '"binding": "report" }', token: '"report"' },
      { code: 'unknown_service_binding', context: '"user",', token: '"user"' },
      { code: 'auth_without_authorizer', context: '"/me", "auth": true', token: 'true' },
      {
        code: 'duplicate_route',
        context: '"/orders", "integration": { "type": "http_proxy", "server": "billing"',
        token: '"/orders"',
      },
      { code: 'shadowed_route', context: '"/orders/{orderId}"' },
      { code: 'wildcard_not_last', context: '"/files/{.+}/raw"' },
      { code: 'unknown_config_variable', context: '"$config.region"' },
      // Issue 22: `$env.UPSTREAM_URL` is judged on its var's value, on the var's line.
      {
        code: 'placeholder_server_url',
        context: '"https://orders.internal.example.com"',
        in: { file: 'wrangler.toml', text: toml },
      },
    ]);
    // 12 errors: GitHub shows 10 per step; the other two are named in the summary and the log.
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(run.summary).toMatch(/2 findings not shown as annotations/);
    expect(run.summary).toContain(`<code>src/api-config.json:${positionOf(text, '"$config.region"').line}:`);
    expect(run.stdout).toMatch(/wildcard_not_last/);
    expect(run.annotations.find((a) => a.props.title?.includes('insecure_server_url'))?.level).toBe('warning');
    expect(run.annotations.find((a) => a.props.title?.includes('unknown_server'))?.message).toMatch(
      /did you mean "orders"\?[\s\S]*Fix: Use "orders"/,
    );

    expect(reportSchemaErrors(run.report)).toBeNull();
    expect(run.report.result).toBe('failed');
    expect(run.outputs.result).toBe('failed');
    expect(run.outputs['report-path']).toBe(run.reportPath);
    expect(run.summary).toContain('<strong>validate</strong> failed');
    expect(run.summary).toContain('<code>src/api-config.json:20:');
    // References are listed for preflight, with their lines.
    const refs = run.report.config?.references ?? [];
    expect(refs.map((r) => `${r.kind}:${r.name}@${r.location?.line}`)).toEqual([
      `env:UPSTREAM_URL@${positionOf(text, '"$env.UPSTREAM_URL"').line}`,
      `secret:API_TOKEN@${positionOf(text, '"$secrets.API_TOKEN"').line}`,
    ]);
  });

  it('maps schema errors to the offending key or value with readable messages', () => {
    const run = runAsRunner('validate', { 'working-directory': rel('schema-errors'), config: 'api-config.json' });
    expect(run.status).toBe(1);
    const text = readFileSync(fixture('validate', 'schema-errors', 'api-config.json'), 'utf8');
    expectFindings(run, 'api-config.json', text, [
      // Issue 11: a documentation domain (RFC 2606) as an upstream is a placeholder.
      { code: 'placeholder_server_url', context: '"https://api.example.com"' },
      { code: 'invalid_value', context: '"RS256"' },
      { code: 'unknown_property', context: '"routes"' },
      { code: 'invalid_value', context: '"FETCH"' },
      { code: 'missing_property', context: '{ "method": "GET", "integration"', token: '{' },
      { code: 'invalid_format', context: '"users/{id}"' },
      { code: 'wrong_type', context: '"yes"' },
      { code: 'missing_property', context: '{ "type": "http_proxy" }', token: '{' },
      { code: 'invalid_value', context: '"HEAD"' },
    ]);
    const messages = run.report.findings.map((f) => f.message);
    expect(messages).toContain('`method` must be one of GET, POST, PUT, DELETE, OPTIONS, PATCH, ANY; got "FETCH"');
    expect(messages.some((m) => /`path` must start with \/; got "users\/\{id\}"/.test(m))).toBe(true);
    expect(messages.some((m) => /unknown property `routes`/.test(m))).toBe(true);
    expect(messages.every((m) => !/must match "then" schema|must NOT have additional/.test(m))).toBe(true);
  });

  it('reports a JSON syntax error at its line and column with what was expected', () => {
    const run = runAsRunner('validate', { 'working-directory': rel('syntax-error'), config: 'api-config.json' });
    expect(run.status).toBe(1);
    const text = readFileSync(fixture('validate', 'syntax-error', 'api-config.json'), 'utf8');
    expectFindings(run, 'api-config.json', text, [{ code: 'json_syntax', context: '{ "method": "POST"', token: '{' }]);
    expect(run.report.findings[0]!.message).toMatch(/a comma is missing after line \d+'s value/);
  });

  it("uses the config's own local $schema", () => {
    const run = runAsRunner('validate', { 'working-directory': rel('own-schema'), config: 'api-config.json' });
    expect(run.status).toBe(1);
    const text = readFileSync(fixture('validate', 'own-schema', 'api-config.json'), 'utf8');
    expectFindings(run, 'api-config.json', text, [
      { code: 'missing_property', context: '{\n  "$schema"', token: '{' },
      { code: 'invalid_value', context: '"PUT"' },
    ]);
  });

  it("judges $env/$secret values as the gateway does: after substitution, with the chosen environment's vars", () => {
    // The project's own schema has format: uri on server URLs, CORS origins and jwks_uri.
    const dir = rel('env-reference');
    const text = readFileSync(fixture('validate', 'env-reference', 'src/api-config.json'), 'utf8');
    const local = runAsRunner('validate', { 'working-directory': dir });
    // The top level's loopback upstream is fine for the schema; the URL check warns on the var's line.
    const toml = readFileSync(fixture('validate', 'env-reference', 'wrangler.toml'), 'utf8');
    expect(local.report.findings.map((f) => [f.code, f.location?.file, f.location?.line])).toEqual([
      ['private_server_url', 'wrangler.toml', positionOf(toml, 'UPSTREAM_URL = "http://127.0.0.1:8788"').line],
    ]);
    expect(local.status).toBe(0);

    const production = runAsRunner('validate', { 'working-directory': dir, environment: 'production' });
    const reference = '"$env.UPSTREAM_URL"';
    expectFindings(production, 'src/api-config.json', text, [{ code: 'invalid_format', context: reference }]);
    const [invalid] = production.report.findings;
    expect(invalid!.message).toBe(
      '`url` must be a valid uri; got "api.example.com/v1" (the gateway replaces $env.UPSTREAM_URL' +
        ' with the var UPSTREAM_URL in [env.production.vars] of wrangler.toml, then validates it)',
    );
    expect(invalid!.fix).toBe('Fix the value of the var UPSTREAM_URL in [env.production.vars] of wrangler.toml.');
    expect(production.status).toBe(1);
  });

  it("laid out like the gateway's repo: bad hosts, a placeholder, a .ts-only service, a catch-all proxy", () => {
    const dir = rel('gateway-repo');
    const text = readFileSync(fixture('validate', 'gateway-repo', 'src/api-config.json'), 'utf8');
    const run = runAsRunner('validate', { 'working-directory': dir });
    expectFindings(run, 'src/api-config.json', text, [
      { code: 'unresolvable_server_host', context: '"https://orders.staging.invalid"' },
      { code: 'unresolvable_server_host', context: '"http://orders.localhost:8788"' },
      { code: 'placeholder_server_url', context: '"https://catalog.example.org"' },
      { code: 'service_entrypoint_not_js', context: '"./services/pricing"' },
      { code: 'catch_all_proxy', context: '"/{.+}"' },
    ]);
    const byCode = (code: string) => run.report.findings.filter((f) => f.code === code);
    expect(byCode('unresolvable_server_host').map((f) => f.severity)).toEqual(['error', 'error']);
    expect(byCode('placeholder_server_url')[0]!.severity).toBe('warning');
    const catchAll = byCode('catch_all_proxy')[0]!;
    expect(catchAll.severity).toBe('warning');
    expect(catchAll.message).toContain('never answers 404 "No match found.", so every typo and scanner probe reaches');
    const service = byCode('service_entrypoint_not_js')[0]!;
    expect(service.severity).toBe('error');
    expect(service.message).toContain('only as services/pricing.ts, but the gateway imports "./services/pricing.js"');
    expect(run.status).toBe(1);
  });

  it('a .ts-only service: a warning when a [build] command could emit the .js; real wrangler uploads none', () => {
    const dir = tempDir('gateway-repo-');
    cpSync(fixture('validate', 'gateway-repo'), dir, { recursive: true });
    // What wrangler itself would upload: the .js service, and nothing for the .ts one.
    const quiet = { WRANGLER_SEND_METRICS: 'false', WRANGLER_HIDE_BANNER: 'true' };
    const wrangler = path.join(ROOT, 'node_modules/wrangler/bin/wrangler.js');
    const args = [wrangler, 'deploy', '--dry-run', '--outdir', 'out'];
    const env = { ...process.env, ...quiet, CLOUDFLARE_CF_FETCH_ENABLED: 'false' };
    const dry = spawnSync(NODE, args, { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
    expect(dry.status).toBe(0);
    const uploaded = (name: string) => existsSync(path.join(dir, 'out/services', name));
    expect([uploaded('inventory.js'), uploaded('pricing.js')]).toEqual([true, false]);

    const toml = path.join(dir, 'wrangler.toml');
    writeFileSync(toml, `${readFileSync(toml, 'utf8')}\n[build]\ncommand = "npx tsc -p services.tsconfig.json"\n`);
    const run = runCli(['validate', '--working-directory', dir]);
    const service = run.report.findings.find((f) => f.code === 'service_entrypoint_not_js')!;
    expect(service.severity).toBe('warning');
    expect(service.message).toContain('it is found only if the [build] command emits pricing.js');
  });

  it("stops with exit 2 and the schema's own line when the schema input is not a valid schema", () => {
    const run = runAsRunner('validate', {
      'working-directory': rel('bad-schema'),
      config: 'api-config.json',
      schema: 'schema.json',
    });
    expect(run.status).toBe(2);
    const text = readFileSync(fixture('validate', 'bad-schema', 'schema.json'), 'utf8');
    expectFindings(run, 'schema.json', text, [{ code: 'schema_invalid', context: '"list"' }]);
    expect(run.report.result).toBe('error');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('passes a clean config with exit 0, no annotations and its references in the report', () => {
    const run = runAsRunner('validate', { 'working-directory': rel('clean'), config: 'api-config.json' });
    expect(run.status).toBe(0);
    expect(run.annotations).toEqual([]);
    expect(run.report.result).toBe('passed');
    expect(run.outputs.result).toBe('passed');
    expect(reportSchemaErrors(run.report)).toBeNull();
    expect(run.report.config?.references?.map((r) => r.name)).toEqual(['UPSTREAM_URL', 'JWT_SECRET']);
  });

  it('finds src/api-config.json by itself and accepts CLI flags for the same inputs', () => {
    const run = runCli(['validate', '--working-directory', rel('every-check')]);
    expect(run.status).toBe(1);
    const files = new Set(run.report.findings.map((f) => f.location?.file));
    expect([...files].sort()).toEqual(['src/api-config.json', 'wrangler.toml']); // wrangler.toml: a var's value
    expect(run.stdout).toContain('src/api-config.json:20:');
    expect(run.stdout).not.toContain('::error');
  });
});
