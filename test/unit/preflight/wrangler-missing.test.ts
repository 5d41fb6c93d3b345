import type { Finding } from '../../../src/findings.js';
import { declaresWrangler, withWranglerMissing } from '../../../src/preflight/wrangler-missing.js';

const build: Finding = {
  stage: 'preflight',
  layer: 'config',
  code: 'build_not_run',
  severity: 'warning',
  message: "the Worker's build was not checked: wrangler is not installed in /p",
  fix: 'Add wrangler to the project (`npm install --save-dev wrangler`) and install dependencies before the gate runs.',
  location: { file: 'wrangler.toml', line: 2 },
};

describe('withWranglerMissing', () => {
  it("keeps the build warning and its place, names every skipped check and the package manager's commands", () => {
    const f = withWranglerMissing(build, {
      declared: false,
      hasGeneratedTypes: true,
      add: 'pnpm add -D wrangler',
      install: 'pnpm install --frozen-lockfile',
    });
    expect(f).toMatchObject({ code: 'build_not_run', severity: 'warning', location: build.location });
    expect(f.message).toBe(
      "the Worker's build was not checked: wrangler is not installed in /p; so preflight also skipped wrangler's own" +
        ' reading of the config (what it rejects, the Worker name it deploys), the size and startup limits and the' +
        ' generated types (`wrangler types --check`). The checks that ran passed on their own, and a deploy needs' +
        ' wrangler too',
    );
    expect(f.fix).toBe(
      'Add wrangler to the project (`pnpm add -D wrangler`), and run `pnpm install --frozen-lockfile` before the gate.',
    );
  });

  it('declared but not installed: only the install step is missing', () => {
    const f = withWranglerMissing(build, { declared: true, hasGeneratedTypes: false, add: 'x', install: 'npm ci' });
    expect(f.fix).toBe('package.json lists wrangler, but it is not installed: run `npm ci` before the gate.');
    expect(f.message).not.toContain('wrangler types');
  });

  it('declaresWrangler reads the dependency lists', () => {
    expect(declaresWrangler('{"devDependencies": {"wrangler": "^4"}}')).toBe(true);
    expect(declaresWrangler('{"dependencies": {"hono": "^4"}}')).toBe(false);
    expect(declaresWrangler('not json')).toBe(false);
    expect(declaresWrangler(undefined)).toBe(false);
  });
});
