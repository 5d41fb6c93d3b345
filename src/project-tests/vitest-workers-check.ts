// Before tests that run inside workerd: is the Workers Vitest integration installed, with each peer
// it requires (vitest) in a version its range allows? Its own module: semver loads only for it.
import semver from 'semver';
import type { HarnessUse } from './harness-use.js';
import { addDevCommand, type PackageManager } from './package-manager.js';
import { findPackage, missingPackageAdvice, readPackage, type WranglerCheck } from './wrangler-check.js';

/**
 * The Workers Vitest integration: its package installed, and each peer it requires (vitest) installed
 * in a version its range allows, as Node resolves them from the package.
 */
export function checkVitestWorkers(projectDir: string, use: HarnessUse, pm?: PackageManager): WranglerCheck {
  const name = use.pkg ?? '@cloudflare/vitest-plugin';
  const dir = findPackage(projectDir, name);
  if (!dir) {
    const advice = missingPackageAdvice(projectDir, name, pm);
    return {
      ok: false,
      code: 'e2e_harness_missing',
      message: `the tests run in workerd through ${name}, but it is not installed: ${advice.state}`,
      fix: advice.fix,
    };
  }
  const pkg = readPackage(dir);
  const version = pkg.version ?? 'unknown';
  for (const [peer, range] of Object.entries(pkg.peerDependencies ?? {})) {
    if (pkg.peerDependenciesMeta?.[peer]?.optional) continue;
    const peerDir = findPackage(dir, peer);
    const have = peerDir ? readPackage(peerDir).version : undefined;
    if (have && semver.satisfies(have, range, { includePrerelease: true })) continue;
    const found = have ? `${peer} ${have} is installed` : `${peer} is not installed`;
    return {
      ok: false,
      code: 'e2e_harness_incompatible',
      message: `${name} ${version} needs ${peer} ${range}, but ${found}`,
      fix: peerFix(name, peer, range, pm),
    };
  }
  return { ok: true, version, nodeVersion: 'unknown' };
}

function peerFix(name: string, peer: string, range: string, pm?: PackageManager): string {
  const renamed = name === '@cloudflare/vitest-pool-workers' && peer === 'vitest';
  const move = renamed ? `, or move to @cloudflare/vitest-plugin (its new name), which supports vitest 4 and 5` : '';
  return `Install a ${peer} in ${range} (${addDevCommand(pm?.name ?? 'npm', `${peer}@${range}`)})${move}.`;
}
