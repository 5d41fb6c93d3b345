// The project's own wrangler reads the config the way the deploy will: `unstable_readConfig`
// validates it and resolves the environment. Loaded from the project's node_modules, never bundled.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** What the gate takes from wrangler's resolved config: the name that will deploy, and the bindings it provisions. */
export interface WranglerReading {
  name?: string;
  kv_namespaces?: Array<Record<string, unknown>>;
  r2_buckets?: Array<Record<string, unknown>>;
  d1_databases?: Array<Record<string, unknown>>;
}

export type ProjectWranglerResult =
  | { kind: 'unavailable'; reason: string }
  | { kind: 'read'; config: WranglerReading; version: string }
  | { kind: 'rejected'; message: string; line?: number; column?: number; version: string };

interface WranglerModule {
  unstable_readConfig(args: { config: string; env?: string }, options?: { hideWarnings?: boolean }): WranglerReading;
}

/**
 * Wrangler's entry is CommonJS: required, it is compiled once (from Node's compile cache after the
 * first step), where an import would also scan its 10 MB for named exports. An ES module entry is imported.
 */
async function loadEntry(require: NodeJS.Require, entry: string): Promise<WranglerModule> {
  try {
    return require(entry) as WranglerModule;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'ERR_REQUIRE_ESM' && code !== 'ERR_REQUIRE_ASYNC_MODULE') throw error;
    return (await import(/* webpackIgnore: true */ pathToFileURL(entry).href)) as WranglerModule;
  }
}

/** Why the project's wrangler was not read when the project has none. */
export const NOT_INSTALLED = 'wrangler is not installed in the project';

export async function readWithProjectWrangler(
  workingDirectory: string,
  configFile: string,
  environment: string | undefined,
): Promise<ProjectWranglerResult> {
  let entry: string;
  let version: string;
  const require = createRequire(path.join(workingDirectory, 'package.json'));
  try {
    entry = require.resolve('wrangler');
    version = String((require('wrangler/package.json') as { version?: string }).version ?? 'unknown');
  } catch {
    return { kind: 'unavailable', reason: NOT_INSTALLED };
  }
  let wrangler: WranglerModule;
  try {
    wrangler = await loadEntry(require, entry);
  } catch (error) {
    return {
      kind: 'unavailable',
      reason: `the project's wrangler could not be loaded (${(error as Error).message.split('\n')[0]})`,
    };
  }
  if (typeof wrangler.unstable_readConfig !== 'function')
    return { kind: 'unavailable', reason: `wrangler ${version} has no unstable_readConfig` };
  try {
    const config = wrangler.unstable_readConfig(
      // wrangler's own arguments: a spread, so that no `env` key is present without an environment
      { config: configFile, ...(environment ? { env: environment } : {}) },
      { hideWarnings: true },
    );
    return { kind: 'read', config, version };
  } catch (error) {
    const e = error as Error & { text?: string; location?: { line?: number; column?: number } };
    return {
      kind: 'rejected',
      message: (e.text ?? e.message).trim(),
      line: e.location?.line || undefined,
      column: e.location?.column === undefined ? undefined : e.location.column + 1,
      version,
    };
  }
}
