// Issue 20, point 9, through the CLI as a person runs it: a stage command beside a `run` still in
// progress, `--config` given no value, and a smoke spec probe naming a route the config lacks.
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, jest } from '@jest/globals';
import { CLI, fixture, positionOf, runCli, tempDir } from '../helpers/runner.js';

jest.setTimeout(60_000);

type Report = {
  result: string;
  findings: Array<{ code: string; severity: string; message: string; location?: object }>;
};

/** `node dist/index.js …` in a terminal: no run directory given, temp files under `tmp`. */
function gate(
  args: string[],
  cwd: string,
  tmp: string,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', TMPDIR: tmp },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}
const reportOf = (out: string) => JSON.parse(readFileSync(/report: (\S+)/.exec(out)![1]!, 'utf8')) as Report;

function project(): string {
  const dir = tempDir('gate-loose-ends-');
  cpSync(fixture('validate', 'clean'), dir, { recursive: true });
  return dir;
}

it('a stage command beside a `run` still in progress starts its own run directory and says so', async () => {
  const dir = project();
  cpSync(fixture('validate', 'syntax-error', 'api-config.json'), path.join(dir, 'broken.json'));
  const tmp = tempDir('gate-loose-ends-tmp-');
  const running = gate(['run', '--config', 'api-config.json', '--test-command', 'sleep 3'], dir, tmp);
  await new Promise((r) => setTimeout(r, 1_200));
  const beside = await gate(['validate', '--config', 'broken.json'], dir, tmp);
  const run = await running;
  expect(beside.status).toBe(1);
  expect(beside.stderr).toMatch(/a `run` \(process \d+\) is still in progress in \S+: this stage starts its own run/);
  const runReport = /report: (\S+)/.exec(run.stdout)![1]!;
  const besideReport = /report: (\S+)/.exec(beside.stdout)![1]!;
  expect(path.dirname(besideReport)).not.toBe(path.dirname(runReport));
  // The run's results are its own: the broken config checked beside it is not among them.
  const mine = reportOf(run.stdout);
  expect({ status: run.status, result: mine.result }).toEqual({ status: 0, result: 'passed' });
  expect(reportOf(beside.stdout).result).toBe('failed');
});

describe('--config given no value', () => {
  it.each([
    [['--config', '--run-dir', 'rd'], 'it is followed by --run-dir'],
    [['--run-dir', 'rd', '--config='], 'the value is empty'],
    [['--report', 'r.json', '--run-dir', 'rd', '--config'], 'it is the last argument'],
  ])('%j is a usage error naming the flag, with the report written', (flags, why) => {
    const dir = project();
    const run = runCli(['validate', ...flags], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--config needs a value, and got none (${why}).`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    // Where the command line says, though it is what is wrong.
    const report = run.report as Report;
    expect(report.result).toBe('error');
    expect(report.findings.map((f) => [f.code, f.message])).toEqual([
      ['usage_error', `--config needs a value, and got none (${why}).`],
    ]);
  });
});

it('a smoke spec probe naming a route the config does not have: an error on its line, naming the route', () => {
  const dir = project();
  const spec =
    'probes:\n  - route: GET /health\n    expect: { status: 200 }\n  - name: one user\n    route: GET /user/{id}\n';
  writeFileSync(path.join(dir, 'smoke.yml'), spec);
  const run = runCli(['smoke', '--url', 'http://127.0.0.1:9', '--config', 'api-config.json', '--smoke', 'smoke.yml'], {
    cwd: dir,
  });
  expect(run.status).toBe(1);
  const at = positionOf(spec, 'route: GET /user/{id}', 'GET /user/{id}');
  expect(run.report.findings.map((f) => [f.code, f.severity, f.location])).toEqual([
    ['smoke_spec_unknown_route', 'error', { file: 'smoke.yml', line: at.line, column: at.column }],
  ]);
  expect(run.report.findings[0]!.message).toContain('"GET /user/{id}" is not a route of the gateway config');
});
