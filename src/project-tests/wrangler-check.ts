// Before local E2E tests: is the harness the suite starts its Worker with installed, new enough,
// and run by a Node it supports? One clear finding on the line that asks for it, instead of a
// wall of test output.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { HarnessKind } from './harness-use.js';
import { addDevCommand, installHint, npmLockDrift, type PackageManager } from './package-manager.js';

export type E2eCheckCode =
  | 'e2e_wrangler_missing'
  | 'e2e_unstable_dev_missing'
  | 'e2e_node_too_old'
  | 'e2e_harness_missing'
  | 'e2e_harness_incompatible';

export type WranglerCheck =
  { ok: true; version: string; nodeVersion: string } | { ok: false; code: E2eCheckCode; message: string; fix: string };

/** The first release of wrangler with createTestHarness. */
export const TEST_HARNESS_SINCE = '4.99.0';

export interface PackageJson {
  version?: string;
  engines?: { node?: string };
  types?: string;
  main?: string;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

/** The package Node would load from `fromDir`: the nearest node_modules/<name> up the tree. */
export function findPackage(fromDir: string, name: string): string | undefined {
  for (let dir = path.resolve(fromDir); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name, 'package.json');
    if (existsSync(candidate)) return path.dirname(candidate);
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The wrangler package Node would load from the project: the nearest node_modules/wrangler up the tree. */
export function findWranglerPackage(projectDir: string): string | undefined {
  return findPackage(projectDir, 'wrangler');
}

const DEPENDENCY_FIELDS = ['devDependencies', 'dependencies', 'optionalDependencies'] as const;

/** Which field of package.json's text declares `name`, if any. */
export function declaringField(packageJsonText: string | undefined, name: string): string | undefined {
  if (packageJsonText === undefined) return undefined;
  try {
    const pkg = JSON.parse(packageJsonText) as Record<string, unknown>;
    return DEPENDENCY_FIELDS.find((f) => Object.hasOwn((pkg[f] as object | null) ?? {}, name));
  } catch {
    return undefined;
  }
}

const readText = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * A package the project needs and Node cannot find: declared but not installed (the install did not
 * run, or ran elsewhere) is told apart from never declared, with the project's own package manager.
 */
export function missingPackageAdvice(
  projectDir: string,
  name: string,
  pm: PackageManager = { name: 'npm', source: 'default', root: projectDir },
): { state: string; fix: string } {
  const pkgText = readText(path.join(projectDir, 'package.json'));
  const field = declaringField(pkgText, name);
  const lockText = pm.name === 'npm' && pm.lockfile ? readText(path.join(pm.root, pm.lockfile)) : undefined;
  const inLock = path.relative(pm.root, path.resolve(projectDir)).split(path.sep).join('/');
  if (field && pkgText && lockText && npmLockDrift(pkgText, lockText, inLock).includes(name)) {
    return {
      state:
        `it is declared in package.json (${field}) but ${pm.lockfile} does not record it, so \`npm ci\` ` +
        'refuses to install: the lockfile is out of sync with package.json',
      fix: `Run npm install, commit the updated ${pm.lockfile}, and run npm ci before the gate.`,
    };
  }
  if (field) {
    return {
      state: `it is declared in package.json (${field}) but not installed (no node_modules/${name})`,
      fix: `Run ${installHint(pm, projectDir)} before the gate runs.`,
    };
  }
  return {
    state: 'it is not a dependency of the project',
    fix:
      `Add it as a devDependency (${addDevCommand(pm.name, name)}), commit the lockfile, ` +
      'and install dependencies before the gate runs.',
  };
}

export function readPackage(dir: string): PackageJson {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageJson;
  } catch {
    return {};
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

const WHY: Record<string, string> = {
  unstable_dev: 'unstable_dev starts the Worker in workerd',
  unstable_startWorker: 'unstable_startWorker starts the Worker in workerd',
  createTestHarness: 'createTestHarness starts the Worker in workerd',
  unknown: 'wrangler runs Workers locally in workerd',
};

/** wrangler's exports, read from its declared entry points (types first). */
function exportsName(dir: string, pkg: PackageJson, name: string): boolean {
  return [pkg.types, pkg.main]
    .filter((f): f is string => typeof f === 'string')
    .map((f) => path.join(dir, f))
    .some((file) => existsSync(file) && readFileSync(file, 'utf8').includes(name));
}

/**
 * The wrangler the suite's harness comes from: installed, exporting that harness (`unknown`: just
 * installed), and run by a Node its engines allow.
 */
export function checkWranglerForE2e(
  projectDir: string,
  env: NodeJS.ProcessEnv,
  harness: Exclude<HarnessKind, 'vitest-workers'> | 'unknown' = 'unstable_dev',
  pm?: PackageManager,
): WranglerCheck {
  const dir = findWranglerPackage(projectDir);
  if (!dir) {
    const advice = missingPackageAdvice(projectDir, 'wrangler', pm);
    return {
      ok: false,
      code: 'e2e_wrangler_missing',
      message: `the local E2E tests need wrangler (${WHY[harness]}), but it is not installed: ${advice.state}`,
      fix: advice.fix,
    };
  }
  const pkg = readPackage(dir);
  const version = pkg.version ?? 'unknown';
  if (harness !== 'unknown' && !exportsName(dir, pkg, harness)) return missingApi(harness, version, pm);
  if (harness === 'unknown') return { ok: true, version, nodeVersion: 'unknown' };
  const nodeVersion = projectNode(projectDir, dir, env);
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

const STARTS = 'which the local E2E tests start the Worker with';

function missingApi(
  harness: Exclude<HarnessKind, 'vitest-workers'>,
  version: string,
  pm?: PackageManager,
): WranglerCheck {
  if (harness === 'unstable_dev') {
    return {
      ok: false,
      code: 'e2e_unstable_dev_missing',
      message: `wrangler ${version} in the project does not export unstable_dev, ${STARTS}`,
      fix:
        'Pin a wrangler that has unstable_dev (wrangler 3 and 4 do), ' +
        'or move the tests to createTestHarness (wrangler >= 4.99).',
    };
  }
  const since = harness === 'createTestHarness' ? ` (it came in wrangler ${TEST_HARNESS_SINCE})` : '';
  return {
    ok: false,
    code: 'e2e_harness_missing',
    message: `wrangler ${version} in the project does not export ${harness}${since}, ${STARTS}`,
    fix:
      harness === 'createTestHarness'
        ? `${addDevCommand(pm?.name ?? 'npm', `wrangler@^${TEST_HARNESS_SINCE}`)} (or later), and commit the lockfile.`
        : 'Pin a wrangler 3.x or 4.x, which export unstable_startWorker, or move the tests to createTestHarness.',
  };
}

// npm scripts run with the project's node_modules/.bin first on PATH: ask that node.
function projectNode(projectDir: string, wranglerDir: string, env: NodeJS.ProcessEnv): string {
  const PATH = [path.join(projectDir, 'node_modules', '.bin'), path.join(wranglerDir, '..', '.bin'), env.PATH ?? ''];
  // The gate's own Node, most often: its version is known without starting a process.
  if (isOwnNode(firstOnPath('node', PATH.join(path.delimiter)))) return process.version;
  const node = spawnSync('node', ['--version'], {
    env: { ...env, PATH: PATH.join(path.delimiter) },
    encoding: 'utf8',
    timeout: 10_000,
  });
  return (node.stdout ?? '').trim() || 'unknown';
}

/**
 * The file a process started as `name` with this PATH runs: the first executable regular file of
 * that name. Undefined when a relative or empty entry comes first (it would depend on the cwd).
 */
export function firstOnPath(name: string, PATH: string): string | undefined {
  for (const dir of PATH.split(path.delimiter)) {
    if (!path.isAbsolute(dir)) return undefined;
    const file = path.join(dir, name);
    try {
      if (!statSync(file).isFile()) continue;
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      continue;
    }
  }
  return undefined;
}

/** The same binary as the one running the gate (links followed). */
function isOwnNode(file: string | undefined): boolean {
  if (!file) return false;
  try {
    return realpathSync(file) === realpathSync(process.execPath);
  } catch {
    return false;
  }
}
