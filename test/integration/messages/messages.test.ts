// Messages a newcomer meets first, through the bundled CLI and the runner's files: URL checks on
// the value a $env.X var gives a server, an environment the wrangler config lacks, a mistyped
// flag, --help, a JSON or TOML syntax error, a failed test command in the job summary, and
// preflight without wrangler installed.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, positionOf, reportSchemaErrors, runAsRunner, runCli, tempDir } from '../../helpers/runner.js';

const EXAMPLE = path.join(ROOT, 'examples/gateway');
const TOML = readFileSync(path.join(EXAMPLE, 'wrangler.toml'), 'utf8');
const CONFIG = readFileSync(path.join(EXAMPLE, 'src/api-config.json'), 'utf8');
/** The line of `NAME = "value"` under `[section]` in wrangler.toml. */
const varLine = (section: string, name: string): number => {
  const lines = TOML.split('\n');
  const start = lines.indexOf(section);
  return start + 1 + lines.slice(start).findIndex((l) => l.startsWith(`${name} =`));
};
const made: string[] = [];
const dirOf = (files: Record<string, string>): string => {
  const dir = tempDir('gate-messages-');
  made.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('server URLs given by $env.X, judged on the value of the chosen environment', () => {
  it("validate --environment production reports the example's placeholder upstream on wrangler.toml's line", () => {
    const run = runCli(['validate', '--working-directory', 'examples/gateway', '--environment', 'production']);
    expect(reportSchemaErrors(run.report)).toBeNull();
    const value = /\[env\.production\.vars\]\nUPSTREAM_URL = "([^"]+)"/.exec(TOML)![1]!;
    expect(run.report.findings).toEqual([
      expect.objectContaining({
        stage: 'validate',
        code: 'placeholder_server_url',
        severity: 'warning',
        location: {
          file: 'wrangler.toml',
          line: varLine('[env.production.vars]', 'UPSTREAM_URL'),
          column: 'UPSTREAM_URL = '.length + 1,
        },
      }),
    ]);
    const [placeholder] = run.report.findings;
    const written = positionOf(CONFIG, '"$env.UPSTREAM_URL"').line;
    expect(placeholder!.message).toContain(`UPSTREAM_URL = "${value}" in [env.production.vars] of wrangler.toml`);
    expect(placeholder!.message).toContain(`server "upstream": $env.UPSTREAM_URL at src/api-config.json:${written}`);
    expect(placeholder!.fix).toContain('Set UPSTREAM_URL in [env.production.vars] of wrangler.toml');
    expect(run.status).toBe(0); // a warning: the gate cannot be sure the placeholder is not meant
  });

  it('the top level: a loopback upstream is a warning on the [vars] line; a secret or unset var gets none', () => {
    const dir = tempDir('gate-messages-');
    made.push(dir);
    cpSync(EXAMPLE, dir, { recursive: true, filter: (s) => !s.includes('node_modules') });
    const config = path.join(dir, 'src/api-config.json');
    const servers = '"servers": [\n    { "alias": "upstream", "url": "$env.UPSTREAM_URL" }';
    const more =
      `${servers},\n    { "alias": "billing", "url": "$secret.BILLING_URL" },\n` +
      '    { "alias": "orders", "url": "$env.ORDERS_URL" }';
    writeFileSync(config, readFileSync(config, 'utf8').replace(servers, more));
    const run = runAsRunner('validate', { 'working-directory': dir });
    expect(run.report.findings.map((f) => `${f.code} ${f.severity} ${f.location?.file}:${f.location?.line}`)).toEqual([
      `private_server_url warning wrangler.toml:${varLine('[vars]', 'UPSTREAM_URL')}`,
    ]);
    expect(run.annotations.map((a) => `${a.level} ${a.props.file}:${a.props.line}`)).toEqual([
      `warning wrangler.toml:${varLine('[vars]', 'UPSTREAM_URL')}`,
    ]);
    expect(run.status).toBe(0);
  });

  it('validate --environment staging fails naming the environment, on the config the example defines', () => {
    const run = runCli(['validate', '--working-directory', 'examples/gateway', '--environment', 'staging']);
    expect(run.status).toBe(1);
    expect(run.report.findings).toEqual([
      expect.objectContaining({
        code: 'environment_not_found',
        severity: 'error',
        message: 'environment "staging" is not defined in wrangler.toml (it defines "production")',
        location: expect.objectContaining({ file: 'wrangler.toml', line: positionOf(TOML, '[env.production]').line }),
      }),
    ]);
    const typo = runCli(['validate', '--working-directory', 'examples/gateway', '--environment', 'prodution']);
    expect(typo.report.findings[0]!.message).toContain('did you mean "production"?');
  });
});

describe('the command line', () => {
  it('--working-dir suggests --working-directory (exit 2, no stack trace)', () => {
    const run = runCli(['validate', '--working-dir', 'examples/gateway']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown flag --working-dir; did you mean --working-directory?');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('--help says what the default working directory is, and how deploy passes secrets', () => {
    const run = runCli(['--help']);
    expect(run.stdout).not.toContain('Default: ..');
    expect(run.stdout).toMatch(/--working-directory .*Default: the current directory\./);
    expect(run.stdout).toMatch(/^ {2}deploy .*--secrets-file/m);
  });
});

describe('syntax errors', () => {
  it('a missing comma names the line after whose value it goes', () => {
    const text =
      '{\n  "paths": [\n    { "method": "GET", "path": "/a" }\n    { "method": "GET", "path": "/b" }\n  ]\n}\n';
    const dir = dirOf({ 'api-config.json': text });
    const run = runCli(['validate', '--working-directory', dir, '--config', 'api-config.json']);
    expect(run.status).toBe(1);
    expect(run.report.findings).toEqual([
      expect.objectContaining({
        code: 'json_syntax',
        message:
          "config api-config.json is not valid JSON: a comma is missing after line 3's value" +
          ' ({ on line 4 starts the next entry)',
        fix: 'Add a comma at the end of line 3.',
      }),
    ]);
  });

  it('an unterminated TOML string is named as such, at its opening quote', () => {
    const toml =
      'name = "gateway"\nmain = "src/index.js"\ncompatibility_date = "2025-11-01"\n\n[vars]\nUPSTREAM_URL = "https://api.shop.io\n';
    const dir = dirOf({ 'wrangler.toml': toml, 'api-config.json': '{"paths": []}' });
    const run = runCli(['preflight', '--working-directory', dir, '--config', 'api-config.json'], { env: {} });
    expect(run.status).toBe(1);
    expect(run.report.findings).toEqual([
      expect.objectContaining({
        code: 'wrangler_config_syntax',
        message: expect.stringContaining('unterminated string: the " opened at column 16 of line 6'),
        location: { file: 'wrangler.toml', line: 6, column: 16 },
      }),
    ]);
    expect(run.report.findings[0]!.message).not.toContain('control characters');
  });
});

describe('where the output is', () => {
  it("a failed test command's fix says where its output is, not 'the log above', in the job summary", () => {
    const pkg = '{\n  "name": "failing",\n  "scripts": {\n    "test": "node -e \\"process.exit(3)\\""\n  }\n}\n';
    const dir = dirOf({ 'package.json': pkg });
    const run = runAsRunner('test', { 'working-directory': dir });
    expect(run.status).toBe(1);
    const failed = run.report.findings.find((f) => f.code === 'test_command_failed')!;
    expect(failed.fix).toContain("the gate step's log in Actions, the terminal locally");
    expect(run.summary).toContain("the gate step's log in Actions, the terminal locally");
    expect(run.summary).not.toMatch(/log above/i);
  });

  it('preflight without wrangler installed warns once, naming the skipped checks and the install command', () => {
    const toml = 'name = "gateway"\nmain = "index.js"\ncompatibility_date = "2025-11-01"\n';
    const dir = dirOf({
      'wrangler.toml': toml,
      'index.js': 'export default { fetch: () => new Response("ok") };\n',
      'api-config.json': '{"paths": []}',
      'package.json': '{\n  "name": "gateway",\n  "devDependencies": { "wrangler": "^4.0.0" }\n}\n',
      'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
    });
    const run = runCli(['preflight', '--working-directory', dir, '--config', 'api-config.json'], { env: {} });
    const warnings = run.report.findings.filter((f) => f.severity === 'warning');
    expect(warnings.map((f) => f.code)).toEqual(['build_not_run']);
    const [missing] = warnings;
    expect(missing!.message).toContain("wrangler's own reading of the config");
    expect(missing!.message).toContain('the size and startup limits');
    expect(missing!.fix).toBe(
      'package.json lists wrangler, but it is not installed: run `pnpm install --frozen-lockfile` before the gate.',
    );
    expect(run.stdout + run.stderr).toMatch(/1 warning/);
  });
});
