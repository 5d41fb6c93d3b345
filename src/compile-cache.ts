// Where Node keeps its on-disk compile cache for the gate and the wrangler runs it starts, so each
// start after the first reads compiled code: in Actions one directory per job (RUNNER_TEMP, removed
// with the job); elsewhere Node's own default, shared with every Node tool that turns the cache on.
import { tmpdir } from 'node:os';
import path from 'node:path';

export function compileCacheDir(env: NodeJS.ProcessEnv): string {
  if (env.NODE_COMPILE_CACHE) return env.NODE_COMPILE_CACHE;
  if (env.RUNNER_TEMP) return path.join(env.RUNNER_TEMP, 'gateway-deploy-gate-node-cache');
  return path.join(tmpdir(), 'node-compile-cache');
}
