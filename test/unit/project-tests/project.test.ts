import { describeCommand, runnerIsLast, withJsonReporter } from '../../../src/project-tests/project.js';

describe('the flags the gate adds to a test command', () => {
  const scripts = { test: 'vitest run', 'test:e2e': 'jest test/e2e', lint: 'jest && tsc --noEmit' };

  it('go after `--` for npm and right after the script for pnpm, yarn and bun', () => {
    const npm = withJsonReporter(describeCommand('npm test', scripts), scripts, '/run/r.json');
    expect(npm.command).toBe('npm test -- --reporter=default --reporter=json --outputFile.json="/run/r.json"');
    const pnpm = withJsonReporter(describeCommand('pnpm run test:e2e', scripts), scripts, '/run/r.json');
    expect(pnpm.command).toBe('pnpm run test:e2e --json --outputFile="/run/r.json" --testLocationInResults');
  });

  it("turn pnpm's `test` shorthand into `pnpm run test`: pnpm 8 takes the flags after `pnpm test` as its own", () => {
    const pnpm = withJsonReporter(describeCommand('pnpm test', scripts), scripts, '/run/r.json');
    expect(pnpm.command).toBe('pnpm run test --reporter=default --reporter=json --outputFile.json="/run/r.json"');
  });

  it('are left out when the runner is not the last program of the script, which would receive them', () => {
    expect(withJsonReporter(describeCommand('npm run lint', scripts), scripts, '/run/r.json')).toEqual({
      command: 'npm run lint',
    });
    expect(runnerIsLast('tsc && vitest run', 'vitest')).toBe(true);
    expect(runnerIsLast('vitest run; node scripts/after.js', 'vitest')).toBe(false);
    expect(runnerIsLast("vitest run --exclude 'a|b' 2>&1", 'vitest')).toBe(true);
  });
});
