// Issue 12, points 6–9: every invocation leaves a record, and bad input (usage, output paths,
// files that hang or explode, values on the wrong line) is a finding on its file and line with a
// fix: exit 1 or 2, no stack trace, no hang, a report valid against the contract.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCompositeAction } from './helpers/composite-action.js';
import { fixture, reportSchemaErrors, ROOT, runCli, tempDir, type Run } from './helpers/runner.js';

const CLEAN = fixture('validate', 'clean');

export function project(files: Record<string, string | Buffer>): string {
  const dir = tempDir('gate-bad-input-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function expectClean(run: Run, status: 1 | 2): void {
  expect(run.status).toBe(status);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|internal error/);
  expect(reportSchemaErrors(run.report)).toBeNull();
  expect(run.report.result).toBe(status === 1 ? 'failed' : 'error');
}

describe('6. a usage error leaves a record, and the verdict does not lie', () => {
  it('deploy --deploy yolo writes a report: result error with the usage finding', () => {
    const run = runCli(['deploy', '--working-directory', CLEAN, '--deploy', 'yolo']);
    expectClean(run, 2);
    expect(run.stderr).toContain('deploy must be one of direct, gradual, none; got "yolo"');
    expect(run.report.stages).toEqual([expect.objectContaining({ name: 'deploy', status: 'error' })]);
    expect(run.report.findings).toEqual([
      expect.objectContaining({ stage: 'deploy', code: 'usage_error', severity: 'error', message: 'deploy must be one of direct, gradual, none; got "yolo"' }),
    ]);
  });

  it('an unknown flag still writes the report it names', () => {
    const report = path.join(tempDir(), 'r.json');
    const run = runCli(['validate', '--bogus', 'x', '--report', report]);
    expectClean(run, 2);
    expect(run.report.findings.map((f) => f.code)).toEqual(['usage_error']);
    expect(run.report.findings[0]!.message).toMatch(/Unknown option '--bogus'/);
  });

  it('in the action, a deploy step that refuses its input makes the report step say error, not passed', async () => {
    const workspace = tempDir('gate-workspace-');
    const env = { PATH: `${path.join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, HOME: process.env.HOME ?? workspace, NO_COLOR: '1' };
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
    expect(runCli(['validate', '--working-directory', CLEAN, '--config', 'api-config.json'], { runDir }).status).toBe(0);
    const env = { GATE_STEP_OUTCOMES: 'validate=success preflight=failure test=skipped deploy=skipped' };
    const run = runCli(['report', '--working-directory', CLEAN], { runDir, env });
    expectClean(run, 2);
    expect(run.report.stages.map((s) => `${s.name}:${s.status}`)).toEqual(['validate:passed', 'preflight:error']);
    expect(run.report.findings.map((f) => f.code)).toEqual(['stage_result_missing']);
    expect(run.report.findings[0]!.message).toMatch(/the preflight step ran \(outcome: failure\) but recorded no result/);
  });
});

describe('7. an output path the gate cannot write is a usage error on that path', () => {
  const base = tempDir('gate-outputs-');
  const file = path.join(base, 'a-file');
  writeFileSync(file, 'x');
  const validate = ['validate', '--working-directory', CLEAN, '--config', 'api-config.json'];
  const cases: [string, string[], RegExp][] = [
    ['--report under a file', ['--report', path.join(file, 'r.json')], /--report .*a-file\/r\.json cannot be created: .*a-file is a file, not a directory/],
    ['--report naming a directory', ['--report', base], /--report .* is a directory; name a file in it, such as .*report\.json/],
    ['--run-dir under a file', ['--run-dir', path.join(file, 'run')], /--run-dir .*a-file\/run cannot be created: .*a-file is a file/],
    ['--run-dir naming a file', ['--run-dir', file], /--run-dir .*a-file is a file, not a directory/],
    ['--summary naming a directory', ['--summary', base], /--summary .* is a directory; name a file in it, such as .*summary\.md/],
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
