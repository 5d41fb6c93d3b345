// Issue 12, points 6–9: every invocation leaves a record, and bad input (usage, output paths,
// files that hang or explode, values on the wrong line) is a finding on its file and line with a
// fix: exit 1 or 2, no stack trace, no hang, a report valid against the contract.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCompositeAction } from '../helpers/composite-action.js';
import { fixture, reportSchemaErrors, ROOT, runCli, tempDir, type Run } from '../helpers/runner.js';

const CLEAN = fixture('validate', 'clean');

function project(files: Record<string, string | Buffer>): string {
  const dir = tempDir('gate-bad-input-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function expectClean(run: Run, status: 0 | 1 | 2): void {
  expect(run.status).toBe(status);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|internal error/);
  expect(reportSchemaErrors(run.report)).toBeNull();
  expect(run.report.result).toBe(['passed', 'failed', 'error'][status]);
}

describe('6. a usage error leaves a record, and the verdict does not lie', () => {
  it('deploy --deploy yolo writes a report: result error with the usage finding', () => {
    const run = runCli(['deploy', '--working-directory', CLEAN, '--deploy', 'yolo']);
    expectClean(run, 2);
    expect(run.stderr).toContain('deploy must be one of direct, gradual, preview, none; got "yolo"');
    expect(run.report.stages).toEqual([expect.objectContaining({ name: 'deploy', status: 'error' })]);
    expect(run.report.findings).toEqual([
      expect.objectContaining({
        stage: 'deploy',
        code: 'usage_error',
        severity: 'error',
        message: 'deploy must be one of direct, gradual, preview, none; got "yolo"',
      }),
    ]);
  });

  it('an unknown flag still writes the report it names', () => {
    const report = path.join(tempDir(), 'r.json');
    const run = runCli(['validate', '--bogus', 'x', '--report', report]);
    expectClean(run, 2);
    expect(run.report.findings.map((f) => f.code)).toEqual(['usage_error']);
    expect(run.report.findings[0]!.message).toMatch(/unknown flag --bogus/);
  });

  it('in the action, a deploy step that refuses its input makes the report step say error, not passed', async () => {
    const workspace = tempDir('gate-workspace-');
    const env = {
      PATH: `${path.join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
      HOME: process.env.HOME ?? workspace,
      NO_COLOR: '1',
    };
    const inputs = { 'working-directory': path.relative(workspace, CLEAN), config: 'api-config.json', deploy: 'yolo' };
    const run = await runCompositeAction(inputs, { workspace, env });
    expect(run.step('deploy').outcome).toBe('failure');
    expect(run.step('report').outcome).toBe('failure');
    expect(run.outputs.result).toBe('error');
    const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as Run['report'];
    expect(reportSchemaErrors(report)).toBeNull();
    expect(report.findings.map((f) => `${f.stage}/${f.code}`)).toContain('deploy/usage_error');
    expect(run.log).not.toMatch(/gate passed/);
  }, 120_000);

  it('the report step says error for a step that ran and recorded nothing', () => {
    const runDir = path.join(tempDir(), 'run');
    expect(runCli(['validate', '--working-directory', CLEAN, '--config', 'api-config.json'], { runDir }).status).toBe(
      0,
    );
    const env = { GATE_STEP_OUTCOMES: 'validate=success preflight=failure test=skipped deploy=skipped' };
    const run = runCli(['report', '--working-directory', CLEAN], { runDir, env });
    expectClean(run, 2);
    expect(run.report.stages.map((s) => `${s.name}:${s.status}`)).toEqual(['validate:passed', 'preflight:error']);
    expect(run.report.findings.map((f) => f.code)).toEqual(['stage_result_missing']);
    expect(run.report.findings[0]!.message).toMatch(
      /the preflight step ran \(outcome: failure\) but recorded no result/,
    );
  });
});

describe('7. an output path the gate cannot write is a usage error on that path', () => {
  const base = tempDir('gate-outputs-');
  const file = path.join(base, 'a-file');
  writeFileSync(file, 'x');
  const validate = ['validate', '--working-directory', CLEAN, '--config', 'api-config.json'];
  const cases: [string, string[], RegExp][] = [
    [
      '--report under a file',
      ['--report', path.join(file, 'r.json')],
      /--report .*a-file\/r\.json cannot be created: .*a-file is a file, not a directory/,
    ],
    [
      '--report naming a directory',
      ['--report', base],
      /--report .* is a directory; name a file in it, such as .*report\.json/,
    ],
    [
      '--run-dir under a file',
      ['--run-dir', path.join(file, 'run')],
      /--run-dir .*a-file\/run cannot be created: .*a-file is a file/,
    ],
    ['--run-dir naming a file', ['--run-dir', file], /--run-dir .*a-file is a file, not a directory/],
    [
      '--summary naming a directory',
      ['--summary', base],
      /--summary .* is a directory; name a file in it, such as .*summary\.md/,
    ],
  ];
  for (const [name, flags, says] of cases) {
    it(name, () => {
      const run = runCli([...(name.startsWith('--summary') ? ['run', ...validate.slice(1)] : validate), ...flags]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(says);
      expect(run.stderr).not.toMatch(/internal error|EEXIST|EISDIR|ENOTDIR|\n\s+at /);
      if (!name.startsWith('--report')) {
        // The report path works: it is written, with the usage error.
        expectClean(run, 2);
        expect(run.report.findings[0]).toMatchObject({ code: 'usage_error' });
        expect(run.report.findings[0]!.message).toMatch(says);
      } else {
        expect(existsSync(path.join(base, 'report.json'))).toBe(false);
      }
    });
  }
});

const cleanFiles = (): Record<string, string> => ({
  'api-config.json': readFileSync(path.join(CLEAN, 'api-config.json'), 'utf8'),
  'wrangler.toml': readFileSync(path.join(CLEAN, 'wrangler.toml'), 'utf8'),
  'index.js': readFileSync(path.join(CLEAN, 'index.js'), 'utf8'),
  '.dev.vars.example': readFileSync(path.join(CLEAN, '.dev.vars.example'), 'utf8'),
});

/** A copy of the clean gateway that sees the repository's wrangler, as an installed project would. */
function gateway(files: Record<string, string | Buffer> = {}): string {
  const dir = project({ ...cleanFiles(), ...files });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

const only = (run: Run, code: string) => {
  const found = run.report.findings.filter((f) => f.code === code);
  expect(found).toHaveLength(1);
  expect(found[0]!.fix).toBeTruthy();
  return found[0]!;
};

const smoke = (dir: string, spec: string) =>
  runCli([
    'smoke',
    '--working-directory',
    dir,
    '--config',
    'api-config.json',
    '--smoke',
    spec,
    '--url',
    'http://127.0.0.1:9',
  ]);

describe('8. bad input never hangs or crashes a stage', () => {
  it('a FIFO as the config is refused at once, not read forever', () => {
    const dir = project(cleanFiles());
    execFileSync('mkfifo', [path.join(dir, 'fifo.json')]);
    const started = Date.now();
    const run = runCli(['validate', '--working-directory', dir, '--config', 'fifo.json']);
    expect(Date.now() - started).toBeLessThan(15_000);
    expectClean(run, 2);
    const f = only(run, 'config_unreadable');
    expect(f.message).toBe('config fifo.json is a FIFO (named pipe), not a regular file');
    expect(f.location).toEqual({ file: 'fifo.json', line: 1 });
  });

  it('a schema {"$ref": "#"} is a finding on the $ref, not a stack overflow', () => {
    const dir = project({ ...cleanFiles(), 'schema.json': '{\n  "$ref": "#"\n}\n' });
    const run = runCli([
      'validate',
      '--working-directory',
      dir,
      '--config',
      'api-config.json',
      '--schema',
      'schema.json',
    ]);
    expectClean(run, 2);
    const f = only(run, 'schema_invalid');
    expect(f.message).toMatch(/the \$ref at \/\$ref leads back .* validating would never end/);
    expect(f.location).toMatchObject({ file: 'schema.json', line: 2 });
  });

  it('a smoke spec timeout of 1e308 is a finding on its line, not a crashed timer', () => {
    const dir = project({ ...cleanFiles(), 'smoke.yaml': 'concurrency: 4\ntimeout: 1e308\n' });
    const run = smoke(dir, 'smoke.yaml');
    expectClean(run, 1);
    const f = only(run, 'smoke_spec_invalid');
    expect(f.message).toMatch(/timeout must be at most 10m; got 1e\+308/);
    expect(f.location).toMatchObject({ file: 'smoke.yaml', line: 2 });
  });

  it("a YAML alias bomb is the spec's defect, on its first alias, not the gate's", () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [i, name] of ['b', 'c', 'd', 'e', 'f', 'g'].entries()) {
      const prev = 'abcdefg'[i]!;
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const dir = project({
      ...cleanFiles(),
      'smoke.yaml': `timeout: 5s\nheaders:\n${levels.map((l) => `  x-${l}`).join('\n')}\n`,
    });
    const run = smoke(dir, 'smoke.yaml');
    expectClean(run, 1);
    const f = only(run, 'smoke_spec_invalid');
    expect(f.message).toMatch(/alias/i);
    expect(f.location).toMatchObject({ file: 'smoke.yaml', line: 4 });
  });
});

describe('9. accepted silently or on the wrong line', () => {
  it('a duplicate "paths" key is a duplicate_key error on the second key', () => {
    const config =
      '{\n  "servers": [],\n  "paths": [{ "method": "GET", "path": "/a", "response": {} }],\n  "paths": []\n}\n';
    const dir = project({ 'api-config.json': config });
    const run = runCli(['validate', '--working-directory', dir, '--config', 'api-config.json']);
    expectClean(run, 1);
    const f = only(run, 'duplicate_key');
    expect(f.location).toMatchObject({ file: 'api-config.json', line: 4, column: 3 });
    expect(f.message).toMatch(/"paths" appears twice .*first on line 3.*silently drops the first/);
  });

  it('main pointing at a directory is caught in preflight, on main', () => {
    const dir = gateway({ 'src/keep': '' });
    writeFileSync(
      path.join(dir, 'wrangler.toml'),
      cleanFiles()['wrangler.toml']!.replace('main = "index.js"', 'main = "src"'),
    );
    const run = runCli(['preflight', '--working-directory', dir, '--config', 'api-config.json']);
    expectClean(run, 1);
    const f = only(run, 'worker_main_is_directory');
    expect(f.location).toMatchObject({ file: 'wrangler.toml', line: 2 });
    expect(f.message).toMatch(/`main` names src, a directory/);
  }, 60_000);

  it('wrangler.toml and wrangler.jsonc side by side: which one wrangler uses, and that the other is ignored', () => {
    const jsonc = [
      '{',
      '  // the new config',
      '  "name": "clean-gateway",',
      '  "main": "index.js",',
      '  "compatibility_date": "2025-11-01",',
      '  "vars": { "UPSTREAM_URL": "https://api.example.com" }',
      '}',
      '',
    ].join('\n');
    const dir = gateway({ 'wrangler.jsonc': jsonc });
    const run = runCli(['preflight', '--working-directory', dir, '--config', 'api-config.json']);
    expectClean(run, 0);
    const f = only(run, 'wrangler_config_ignored');
    expect(f).toMatchObject({ severity: 'warning', location: { file: 'wrangler.toml', line: 1 } });
    expect(f.message).toBe(
      'both wrangler.jsonc and wrangler.toml exist: wrangler uses wrangler.jsonc, and wrangler.toml is ignored',
    );
  }, 60_000);

  it('a NUL byte on line 2 is reported on line 2', () => {
    const dir = project({ 'api-config.json': Buffer.from('{\n  "paths": [\0]\n}\n') });
    const run = runCli(['validate', '--working-directory', dir, '--config', 'api-config.json']);
    expectClean(run, 1);
    expect(only(run, 'config_not_text').location).toEqual({ file: 'api-config.json', line: 2 });
  });

  it('an unknown smoke-spec key on line 3 is reported on line 3, on the key', () => {
    const dir = project({ ...cleanFiles(), 'smoke.yaml': 'timeout: 10s\nconcurrency: 4\nretries: 3\n' });
    const run = smoke(dir, 'smoke.yaml');
    expectClean(run, 1);
    const f = only(run, 'smoke_spec_invalid');
    expect(f.message).toMatch(/unknown key "retries"/);
    expect(f.location).toMatchObject({ file: 'smoke.yaml', line: 3, column: 1 });
  });

  it('a wrong type on wrangler.toml:10 is reported on line 10', () => {
    const observability = '[observability]\nenabled = true\nhead_sampling_rate = "all"\n';
    const toml = `${cleanFiles()['wrangler.toml']!.trimEnd()}\n\n${observability}`;
    expect(toml.split('\n')[9]).toBe('head_sampling_rate = "all"');
    const dir = gateway({ 'wrangler.toml': toml });
    const run = runCli(['preflight', '--working-directory', dir, '--config', 'api-config.json']);
    expectClean(run, 1);
    const f = only(run, 'wrangler_config_invalid');
    expect(f.message).toMatch(/Expected "observability.head_sampling_rate" to be of type number/);
    expect(f.location).toMatchObject({ file: 'wrangler.toml', line: 10 });
  }, 60_000);
});
