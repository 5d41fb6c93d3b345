// Garbage in: a clear finding or usage error, exit 1 or 2, a report, and never a stack trace.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fixture, reportSchemaErrors, runCli, tempDir } from '../helpers/runner.js';

function project(files: Record<string, string | Buffer>): string {
  const dir = tempDir('gate-garbage-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function expectCleanFailure(run: ReturnType<typeof runCli>, status: 1 | 2, code: string) {
  expect(run.status).toBe(status);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack frames
  expect(run.report.findings.map((f) => f.code)).toContain(code);
  expect(reportSchemaErrors(run.report)).toBeNull();
  expect(run.report.result).toBe(status === 1 ? 'failed' : 'error');
  const finding = run.report.findings.find((f) => f.code === code)!;
  expect(finding.fix).toBeTruthy();
  return finding;
}

describe('validate on garbage input', () => {
  it('an empty file', () => {
    const dir = project({ 'api-config.json': '  \n' });
    const f = expectCleanFailure(
      runCli(['validate', '--working-directory', dir, '--config', 'api-config.json']),
      1,
      'config_empty',
    );
    expect(f.location).toEqual({ file: 'api-config.json', line: 1 });
  });

  it('a binary file', () => {
    const dir = project({ 'api-config.json': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]) });
    const f = expectCleanFailure(
      runCli(['validate', '--working-directory', dir, '--config', 'api-config.json']),
      1,
      'config_not_text',
    );
    expect(f.message).toMatch(/binary/);
  });

  it('invalid UTF-8', () => {
    const dir = project({ 'api-config.json': Buffer.from('{"paths": ["\xff\xfe"]}', 'latin1') });
    expectCleanFailure(
      runCli(['validate', '--working-directory', dir, '--config', 'api-config.json']),
      1,
      'config_not_text',
    );
  });

  it('a 50 MB file is refused without reading it', () => {
    const dir = project({});
    const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
    big.write('{"paths": []}');
    writeFileSync(path.join(dir, 'api-config.json'), big);
    const f = expectCleanFailure(
      runCli(['validate', '--working-directory', dir, '--config', 'api-config.json']),
      1,
      'config_too_large',
    );
    expect(f.message).toMatch(/50\.0 MiB; the limit is 25\.0 MiB/);
  });

  it('JSON nested 100,000 levels deep', () => {
    const depth = 100_000;
    const dir = project({
      'api-config.json': `{"paths": [], "variables": {"x": ${'['.repeat(depth)}${']'.repeat(depth)}}}`,
    });
    const f = expectCleanFailure(
      runCli(['validate', '--working-directory', dir, '--config', 'api-config.json']),
      1,
      'config_too_deep',
    );
    expect(f.location).toMatchObject({ file: 'api-config.json', line: 1 });
  });

  it('a top-level array instead of an object', () => {
    const dir = project({ 'api-config.json': '[]' });
    const f = expectCleanFailure(
      runCli(['validate', '--working-directory', dir, '--config', 'api-config.json']),
      1,
      'wrong_type',
    );
    expect(f.message).toBe('the config must be an object; got an array');
  });

  it('a directory as the config', () => {
    const dir = project({ 'src/api-config.json/keep': '' });
    const f = expectCleanFailure(runCli(['validate', '--working-directory', dir]), 2, 'config_is_directory');
    expect(f.message).toMatch(/is a directory/);
  });

  it('a config that does not exist', () => {
    const dir = project({});
    expectCleanFailure(
      runCli(['validate', '--working-directory', dir, '--config', 'nope.json']),
      2,
      'config_not_found',
    );
    const discovered = runCli(['validate', '--working-directory', dir]);
    expectCleanFailure(discovered, 2, 'config_not_found');
    expect(discovered.report.findings[0]!.message).toMatch(/looked for src\/api-config.json/);
  });

  it('a schema that is not JSON', () => {
    const dir = project({ 'api-config.json': '{"paths": []}', 'schema.json': '{ "type": "object", }' });
    const f = expectCleanFailure(
      runCli(['validate', '--working-directory', dir, '--config', 'api-config.json', '--schema', 'schema.json']),
      2,
      'schema_invalid',
    );
    expect(f.location).toMatchObject({ file: 'schema.json', line: 1 });
    expect(f.message).toMatch(/trailing comma/);
  });

  it('a schema input that does not exist', () => {
    const dir = project({ 'api-config.json': '{"paths": []}' });
    expectCleanFailure(
      runCli(['validate', '--working-directory', dir, '--config', 'api-config.json', '--schema', 'missing.json']),
      2,
      'schema_not_found',
    );
  });

  it('bad usage: an unknown flag, an unknown stage, a missing working directory', () => {
    for (const args of [
      ['validate', '--bogus', 'x'],
      ['deploy-everything'],
      ['validate', '--working-directory', '/nonexistent/dir'],
    ]) {
      const run = runCli(args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^gateway-deploy-gate: /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('a closed stdout', () => {
  it('still writes the report and exits with the verdict (gate validate | head -1)', async () => {
    const { spawn } = await import('node:child_process');
    const { readFileSync } = await import('node:fs');
    const { CLI } = await import('../helpers/runner.js');
    const dir = tempDir('gate-epipe-');
    const report = path.join(dir, 'report.json');
    const child = spawn(
      process.execPath,
      [CLI, 'validate', '--working-directory', fixture('validate', 'every-check'), '--report', report],
      {
        env: {
          PATH: process.env.PATH ?? '',
          GITHUB_ACTIONS: 'true',
          RUNNER_TEMP: dir,
          GATE_RUN_DIR: path.join(dir, 'run'),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout.once('data', () => child.stdout.destroy());
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(1);
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    // The 13 before issue 11, its placeholder upstream, and issue 22's placeholder in a var.
    expect(JSON.parse(readFileSync(report, 'utf8')).findings).toHaveLength(15);
  });
});

describe('a runner without job summaries (act, older GHES)', () => {
  it('annotates and reports instead of crashing on the missing GITHUB_STEP_SUMMARY', () => {
    const dir = tempDir('gate-nosummary-');
    const run = runCli(['validate', '--working-directory', fixture('validate', 'every-check')], {
      env: { GITHUB_ACTIONS: 'true', RUNNER_TEMP: dir },
    });
    expect(run.status).toBe(1);
    expect(run.annotations.length).toBeGreaterThan(0);
    expect(run.report.findings).toHaveLength(15); // the 13 before issue 11, 2 placeholders (a literal and a var's)
  });
});
