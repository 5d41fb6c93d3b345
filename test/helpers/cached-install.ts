// Packages a test needs that the repository does not depend on (an older vitest with the Workers
// Vitest integration's old name, pnpm, older wranglers): installed once from the npm registry into the
// gitignored .cache/<key> by scripts/install-test-packages.mjs (test/cached-installs.json names them),
// which .ci/run runs ahead of the suite; a test installs what is still missing, bounded.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './runner.js';

const SCRIPT = path.join(ROOT, 'scripts/install-test-packages.mjs');
/** Keys the script was run for in this test file: asked again (a project per test), it is not rerun. */
const checked = new Set<string>();

/** The node_modules of the cache entry `key` (wrangler/<version> or a key of test/cached-installs.json). */
export function cachedInstall(key: string): string {
  if (!checked.has(key)) {
    const run = spawnSync(process.execPath, [SCRIPT, key], { stdio: 'inherit', timeout: 5 * 60_000 + 10_000 });
    if (run.status !== 0)
      throw new Error(`could not install ${key} with ${SCRIPT} (${run.error?.message ?? `exit ${run.status}`})`);
    checked.add(key);
  }
  return path.join(ROOT, '.cache', key, 'node_modules');
}

/** An older wrangler the tests run (test/wrangler-matrix.json): its package directory. */
export function cachedWrangler(version: string): string {
  return path.join(cachedInstall(`wrangler/${version}`), 'wrangler');
}
