import { reportSchemaErrors, runCli, fixture } from '../../helpers/runner.js';

describe('the run stage', () => {
  it('runs every built stage, then reports, in one process', () => {
    const run = runCli(['run', '--working-directory', fixture('validate', 'clean'), '--config', 'api-config.json']);
    expect(run.status).toBe(0);
    // The fixture has no package.json: the test stage is skipped with a warning; without a token
    // preflight checks locally only and says so; the gate passes.
    // Nothing to deploy (deploy defaults to none) and no url: deploy and smoke say so and pass.
    expect(run.report.stages.map((s) => `${s.name}:${s.status}`)).toEqual([
      'validate:passed',
      'preflight:passed',
      'test:skipped',
      'deploy:skipped',
      'smoke:skipped',
    ]);
    expect(run.report.findings.map((f) => f.code)).toEqual(['no_tests', 'remote_checks_skipped']);
    expect(run.stdout).toMatch(/validate passed/);
    expect(run.stdout).toMatch(/gate passed/);
  });

  it('report alone, before any stage ran, is an error with a report', () => {
    const run = runCli(['report', '--working-directory', fixture('validate', 'clean')]);
    expect(run.status).toBe(2);
    expect(run.report.findings[0]?.code).toBe('no_stage_results');
    expect(reportSchemaErrors(run.report)).toBeNull();
  });
});

describe('the deploy flags of the contract', () => {
  it('are validated like every input: a bad value is a usage error with exit 2 and no stack', () => {
    const dir = fixture('validate', 'clean');
    for (const [flag, value, says] of [
      ['--deploy', 'yolo', 'deploy must be one of direct, gradual, preview, none; got "yolo"'],
      ['--rollback', 'maybe', 'rollback must be true or false; got "maybe"'],
      ['--url', 'gw.example.com', 'url must be an absolute http(s) URL'],
    ] as const) {
      const run = runCli(['smoke', '--working-directory', dir, flag, value]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(says);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
