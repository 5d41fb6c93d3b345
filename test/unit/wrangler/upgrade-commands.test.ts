// A fix that installs or upgrades wrangler uses the project's package manager (field trial 2:
// `npm install --save-dev wrangler@4` was said to pnpm projects and a pnpm workspace).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { versionWarning } from '../../../src/stages/deploy.js';
import { previewWranglerProblem } from '../../../src/wrangler/preview-plan.js';
import { locateWrangler } from '../../../src/wrangler/wrangler-cli.js';
import { tempDir } from '../../helpers/runner.js';

describe('upgrade and install commands', () => {
  it('wrangler_version_untested: pnpm add -D, yarn add -D, npm install --save-dev', () => {
    const fix = (pm: 'pnpm' | 'yarn' | 'npm') => versionWarning('wrangler 3.28.4 is older', pm).fix;
    expect(fix('pnpm')).toMatch(/: `pnpm add -D wrangler@4`\.$/);
    expect(fix('yarn')).toMatch(/: `yarn add -D wrangler@4`\.$/);
    expect(fix('npm')).toMatch(/: `npm install --save-dev wrangler@4`\.$/);
  });

  it('wrangler_too_old_for_preview: the upgrade in the project manager', () => {
    expect(previewWranglerProblem('4.10.0', 'bun')!.fix).toBe(
      "Upgrade the project's wrangler to 4.18.0 or newer: `bun add -d wrangler@4`.",
    );
  });

  it('no wrangler installed in a pnpm project: pnpm add -D wrangler, then the frozen-lockfile install', () => {
    const dir = tempDir('gate-upgrade-commands-');
    writeFileSync(path.join(dir, 'package.json'), '{"name":"gw"}');
    writeFileSync(path.join(dir, 'pnpm-lock.yaml'), "lockfileVersion: '6.0'\n");
    const located = locateWrangler(dir, {});
    expect(located.ok).toBe(false);
    expect(!located.ok && located.fix).toBe(
      'Add wrangler to the project (`pnpm add -D wrangler`) and install dependencies ' +
        '(`pnpm install --frozen-lockfile`) before the gate runs.',
    );
  });
});
