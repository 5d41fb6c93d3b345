// Packages a test needs that the repository does not depend on (an older vitest with the Workers
// Vitest integration's old name, pnpm): installed once from the npm registry into the gitignored
// .cache/<name>/<version>, as scripts/install-wranglers.mjs does for old wranglers.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './runner.js';

/** The node_modules holding `specs` (the first one names the cache entry); installed if absent. */
export function cachedInstall(key: string, specs: string[]): string {
  const prefix = path.join(ROOT, '.cache', key);
  const modules = path.join(prefix, 'node_modules');
  const first = specs[0]!.replace(/@[^@/]+$/, '');
  if (existsSync(path.join(modules, first, 'package.json'))) return modules;
  const args = ['install', '--prefix', prefix, ...specs, '--no-save', '--no-audit', '--no-fund', '--loglevel=error'];
  const run = spawnSync('npm', args, { stdio: 'inherit', timeout: 5 * 60_000 });
  if (run.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${run.error?.message ?? `exit ${run.status}`})`);
  return modules;
}
