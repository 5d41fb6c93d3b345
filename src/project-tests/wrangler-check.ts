// Before local E2E tests: is there a wrangler in the project that exports unstable_dev, and is
// the Node that runs the tests new enough for it? One clear finding instead of a wall of output.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type WranglerCheck =
  | { ok: true; version: string; nodeVersion: string }
  | {
      ok: false;
      code: 'e2e_wrangler_missing' | 'e2e_unstable_dev_missing' | 'e2e_node_too_old';
      message: string;
      fix: string;
    };

/** The wrangler package Node would load from the project: the nearest node_modules/wrangler up the tree. */
export function findWranglerPackage(projectDir: string): string | undefined {
  for (let dir = path.resolve(projectDir); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', 'wrangler', 'package.json');
    if (existsSync(candidate)) return path.dirname(candidate);
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Does `actual` (v22.1.0) satisfy a ">=X.Y.Z" engines range? Other range forms are not judged. */
export function satisfiesMinimum(actual: string, range: string): boolean {
  const min = />=\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(range);
  const have = /v?(\d+)\.(\d+)\.(\d+)/.exec(actual);
  if (!min || !have) return true;
  const a = have.slice(1, 4).map(Number);
  const b = [min[1], min[2] ?? '0', min[3] ?? '0'].map(Number);
  for (let i = 0; i < 3; i++) if (a[i]! !== b[i]!) return a[i]! > b[i]!;
  return true;
}

export function checkWranglerForE2e(projectDir: string, env: NodeJS.ProcessEnv): WranglerCheck {
  const dir = findWranglerPackage(projectDir);
  if (!dir) {
    return {
      ok: false,
      code: 'e2e_wrangler_missing',
      message:
        'the local E2E tests need wrangler (unstable_dev starts the Worker in workerd), but it is not installed in the project',
      fix: 'npm install --save-dev wrangler, and install dependencies before the gate runs.',
    };
  }
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    version?: string;
    engines?: { node?: string };
    types?: string;
    main?: string;
  };
  const version = pkg.version ?? 'unknown';
  const declared = [pkg.types, pkg.main]
    .filter((f): f is string => typeof f === 'string')
    .map((f) => path.join(dir, f));
  const exportsDev = declared.some((file) => existsSync(file) && readFileSync(file, 'utf8').includes('unstable_dev'));
  if (!exportsDev) {
    return {
      ok: false,
      code: 'e2e_unstable_dev_missing',
      message: `wrangler ${version} in the project does not export unstable_dev, which the local E2E tests start the Worker with`,
      fix: 'Pin a wrangler that has unstable_dev (wrangler 3 and 4 do), or move the tests to unstable_startWorker.',
    };
  }
  // npm scripts run with the project's node_modules/.bin first on PATH: ask that node.
  const PATH = [path.join(projectDir, 'node_modules', '.bin'), path.join(dir, '..', '.bin'), env.PATH ?? ''].join(
    path.delimiter,
  );
  const node = spawnSync('node', ['--version'], { env: { ...env, PATH }, encoding: 'utf8', timeout: 10_000 });
  const nodeVersion = (node.stdout ?? '').trim() || 'unknown';
  const range = pkg.engines?.node;
  if (range && !satisfiesMinimum(nodeVersion, range)) {
    return {
      ok: false,
      code: 'e2e_node_too_old',
      message: `wrangler ${version} needs Node ${range}, but the tests would run on Node ${nodeVersion}`,
      fix: `Set up a newer Node before the gate (actions/setup-node with node-version: 22 or 24).`,
    };
  }
  return { ok: true, version, nodeVersion };
}
