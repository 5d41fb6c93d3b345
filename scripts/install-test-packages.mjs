#!/usr/bin/env node
// Installs the packages the tests run that the repository does not depend on, each into the
// gitignored .cache/<key>, skipping those already there: the older wranglers of the matrix test
// (test/wrangler-matrix.json, key wrangler/<version>) and test/cached-installs.json (an older vitest,
// pnpm, wrangler 3). Up to three at once: they mostly wait on the registry. Node 20 + npm suffice.
//   node scripts/install-test-packages.mjs                      # all of them
//   node scripts/install-test-packages.mjs 4.73.0 pnpm/8.15.9   # just these (a bare version: that wrangler)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout, clearTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (file) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
const TIMEOUT_MS = 5 * 60_000;
const PARALLEL = 3;

const tools = Object.entries(readJson('test/cached-installs.json')).filter(([key]) => !key.startsWith('$'));
/** Cache key → the npm specs installed there (the first one names what the key is for). */
const PACKAGES = {
  ...Object.fromEntries(readJson('test/wrangler-matrix.json').cached.map((v) => [`wrangler/${v}`, [`wrangler@${v}`]])),
  ...Object.fromEntries(tools),
};

const keys =
  process.argv.length > 2
    ? process.argv.slice(2).map((a) => (/^\d/.test(a) ? `wrangler/${a}` : a))
    : Object.keys(PACKAGES);
const unknown = keys.filter((key) => !PACKAGES[key]);
if (unknown.length > 0) {
  console.error(`unknown: ${unknown.join(', ')} (known: ${Object.keys(PACKAGES).join(', ')})`);
  process.exit(2);
}

/** The first spec's package is there at the pinned version. */
function installed(key) {
  const [, name, version] = /^(.+)@([^@/]+)$/.exec(PACKAGES[key][0]);
  const manifest = path.join(ROOT, '.cache', key, 'node_modules', name, 'package.json');
  return existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version === version;
}

/** npm install into .cache/<key>, bounded; resolves to whether it worked. */
function install(key) {
  const started = Date.now();
  // --no-save keeps the cache directory free of a package.json of its own.
  const args = ['install', '--prefix', path.join(ROOT, '.cache', key), ...PACKAGES[key]];
  args.push('--no-save', '--no-audit', '--no-fund', '--loglevel=error');
  return new Promise((resolve) => {
    const child = spawn('npm', args, { stdio: 'inherit' });
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    const done = (error, code) => {
      clearTimeout(timer);
      const ok = !error && code === 0;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (ok) console.log(`${key}: installed in ${seconds} s`);
      else console.error(`${key}: npm install failed (${error?.message ?? `exit ${code}`}) after ${seconds} s`);
      resolve(ok);
    };
    child.once('error', (error) => done(error));
    child.once('close', (code) => done(undefined, code));
  });
}

const queue = keys.filter((key) => {
  if (!installed(key)) return true;
  console.log(`${key}: already in .cache/${key}`);
  return false;
});
let failed = false;
const worker = async () => {
  for (let key = queue.shift(); key; key = queue.shift()) if (!(await install(key))) failed = true;
};
await Promise.all(Array.from({ length: PARALLEL }, worker));
process.exit(failed ? 1 : 0);
