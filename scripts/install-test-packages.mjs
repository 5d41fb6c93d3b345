#!/usr/bin/env node
// Installs each wrangler version the matrix test runs (test/wrangler-matrix.test.ts) into the
// gitignored .cache/wrangler/<version>, skipping those already there. Node 20 + npm suffice.
//   node scripts/install-wranglers.mjs            # every version in WRANGLER_MATRIX
//   node scripts/install-wranglers.mjs 4.73.0     # just these
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MATRIX = JSON.parse(readFileSync(path.join(ROOT, 'test/wrangler-matrix.json'), 'utf8'));
const TIMEOUT_MS = 5 * 60_000;

const wanted = process.argv.length > 2 ? process.argv.slice(2) : MATRIX.cached;
let failed = false;
for (const version of wanted) {
  const prefix = path.join(ROOT, '.cache/wrangler', version);
  const manifest = path.join(prefix, 'node_modules/wrangler/package.json');
  if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version === version) {
    console.log(`wrangler ${version}: already in ${path.relative(ROOT, prefix)}`);
    continue;
  }
  const started = Date.now();
  // --no-save keeps the cache directory free of a package.json of its own.
  const args = ['install', '--prefix', prefix, `wrangler@${version}`, '--no-save', '--no-audit', '--no-fund'];
  args.push('--loglevel=error');
  const run = spawnSync('npm', args, { stdio: 'inherit', timeout: TIMEOUT_MS });
  if (run.status !== 0) {
    console.error(`wrangler ${version}: npm install failed (${run.error?.message ?? `exit ${run.status}`})`);
    failed = true;
    continue;
  }
  console.log(`wrangler ${version}: installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
process.exit(failed ? 1 : 0);
