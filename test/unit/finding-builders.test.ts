// The shared builders every stage uses: the finding factory and a failed wrangler step as a finding.
import { findingFactory, ownerOf } from '../../src/findings.js';
import type { WranglerRun } from '../../src/wrangler/wrangler-cli.js';
import { stepFailure } from '../../src/wrangler/wrangler-step.js';

const run = (over: Partial<WranglerRun>): WranglerRun => ({
  exitCode: 0,
  timedOut: false,
  durationMs: 1,
  entries: [],
  stdout: '',
  stderr: '',
  ...over,
});

describe('findingFactory', () => {
  it("builds a stage's finding, leaving out extras that are undefined", () => {
    const finding = findingFactory('validate', 'config');
    expect(finding('json_syntax', 'error', 'bad', 'fix it', { location: undefined })).toStrictEqual({
      stage: 'validate',
      layer: 'config',
      code: 'json_syntax',
      severity: 'error',
      message: 'bad',
      fix: 'fix it',
    });
    const at = { file: 'src/api-config.json', line: 3 };
    const placed = finding('x', 'notice', 'm', 'f', { layer: 'binding', location: at });
    expect(placed).toMatchObject({ layer: 'binding', location: at });
  });

  it('says who must act on the findings of stages that act on the platform', () => {
    const finding = findingFactory('deploy', 'deploy', { owned: true });
    for (const code of ['wrangler_timeout', 'api_token_missing']) {
      expect(finding(code, 'error', 'm', 'f').category).toBe(ownerOf(code));
    }
    expect(findingFactory('test', 'test')('test_failed', 'error', 'm', 'f')).not.toHaveProperty('category');
  });
});

describe('stepFailure', () => {
  const step = (r: WranglerRun) => ({ command: 'wrangler rollback v1 -y', run: r, timeoutMs: 300_000 });

  it('is undefined for a step that succeeded', () => {
    expect(stepFailure(step(run({})), 'rollback')).toBeUndefined();
  });

  it("turns a failed step into the calling stage's finding with the API code and the command", () => {
    const entries = [{ type: 'command-failed', code: 10000, message: 'Authentication error' }];
    const failed = run({ exitCode: 1, entries });
    const finding = stepFailure(step(failed), 'rollback');
    expect(finding).toMatchObject({ stage: 'rollback', code: 'api_token_permission', severity: 'error' });
    expect(finding!.message).toContain('wrangler rollback v1 -y failed [code: 10000]: Authentication error');
  });

  it('treats a step that hung as failed even when it exited 0', () => {
    const hung = run({ timedOut: true, stderr: 'still waiting' });
    expect(stepFailure(step(hung), 'smoke')).toMatchObject({ stage: 'smoke' });
  });

  it.each(['smoke', 'rollback'] as const)('says a hung %s step timed out, as the deploy stage does', (stage) => {
    const hung = run({ exitCode: null, timedOut: true, stderr: 'still waiting' });
    expect(stepFailure(step(hung), stage)).toEqual({
      stage,
      layer: 'deploy',
      code: 'wrangler_timeout',
      category: ownerOf('wrangler_timeout'),
      severity: 'error',
      message: 'wrangler rollback v1 -y did not finish in 5 minutes and was stopped',
      fix: "Check the Cloudflare status page and the runner's network, then rerun the job.",
      evidence: { stderr: 'still waiting' },
    });
  });
});
