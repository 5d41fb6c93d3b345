import { declaresWrangler, wranglerMissingFinding } from '../../../src/preflight/wrangler-missing.js';

describe('wranglerMissingFinding', () => {
  it('is a warning naming every skipped check and the install command of the package manager', () => {
    const f = wranglerMissingFinding({
      packageManager: 'pnpm',
      declared: false,
      hasGeneratedTypes: true,
      packageJson: 'package.json',
    });
    expect(f).toMatchObject({ code: 'wrangler_not_installed', severity: 'warning', stage: 'preflight' });
    expect(f.message).toContain("wrangler's own reading of the config");
    expect(f.message).toContain('`wrangler deploy --dry-run`');
    expect(f.message).toContain('`wrangler types --check`');
    expect(f.fix).toBe(
      'Add wrangler to the project (`pnpm add --save-dev wrangler`), and run `pnpm install --frozen-lockfile` before the gate.',
    );
    expect(f.location).toEqual({ file: 'package.json', line: 1 });
  });

  it('declared but not installed: only the install step is missing', () => {
    const f = wranglerMissingFinding({
      packageManager: 'npm',
      declared: true,
      hasGeneratedTypes: false,
      packageJson: undefined,
    });
    expect(f.fix).toBe('package.json lists wrangler, but it is not installed: run `npm ci` before the gate.');
    expect(f.message).not.toContain('wrangler types');
    expect(f.location).toBeUndefined();
  });

  it('declaresWrangler reads the dependency lists', () => {
    expect(declaresWrangler('{"devDependencies": {"wrangler": "^4"}}')).toBe(true);
    expect(declaresWrangler('{"dependencies": {"hono": "^4"}}')).toBe(false);
    expect(declaresWrangler('not json')).toBe(false);
    expect(declaresWrangler(undefined)).toBe(false);
  });
});
