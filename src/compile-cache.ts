// Where Node keeps its on-disk compile cache for the gate and the wrangler runs it starts: one
// directory per job (RUNNER_TEMP), so each start after the first reads compiled code.
import { tmpdir } from 'node:os';
import path from 'node:path';

export function compileCacheDir(env: NodeJS.ProcessEnv): string {
  return env.NODE_COMPILE_CACHE ?? path.join(env.RUNNER_TEMP || tmpdir(), 'gateway-deploy-gate-node-cache');
}
