// The gate turns on Node's compile cache for itself and the wrangler it runs: it must never leave a
// directory of its own in a laptop's temp directory (Node's default one is shared by every Node tool).
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@jest/globals';
import { compileCacheDir } from '../../src/compile-cache.js';

test("a job's cache lives in RUNNER_TEMP, removed with the job", () => {
  expect(compileCacheDir({ RUNNER_TEMP: '/runner/_temp' })).toBe('/runner/_temp/gateway-deploy-gate-node-cache');
});

test("outside Actions it is Node's own default directory, not one of the gate's", () => {
  expect(compileCacheDir({})).toBe(path.join(tmpdir(), 'node-compile-cache'));
});

test('NODE_COMPILE_CACHE, when set, wins', () => {
  expect(compileCacheDir({ NODE_COMPILE_CACHE: '/cache', RUNNER_TEMP: '/runner/_temp' })).toBe('/cache');
});
