// The vars of the chosen wrangler environment, which `$env.X` in the gateway config resolves to.
import type { GateConfig } from '../inputs.js';
import { readTextFile } from '../files.js';
import { definedEnvironments, resolveEnvironment } from '../wrangler/environments.js';
import { parseWranglerConfig, resolveWranglerConfig } from '../wrangler/wrangler-file.js';

/** The vars in a wrangler config's text for `environment`; undefined when unknown. */
export function varsIn(
  file: string,
  text: string,
  environment: string | undefined,
): Record<string, unknown> | undefined {
  const parsed = parseWranglerConfig(file, text);
  if (!parsed.ok) return undefined;
  if (environment !== undefined && !definedEnvironments(parsed.raw).includes(environment)) return undefined;
  return resolveEnvironment(parsed.raw, environment).vars;
}

/** The project's wrangler config and its vars for the chosen environment (both absent when unknown). */
export function projectVars(config: GateConfig): { file?: string; vars?: Record<string, unknown> } {
  const file = resolveWranglerConfig(config);
  if (!file) return {};
  const read = readTextFile(file, 1024 * 1024);
  return { file, vars: read.ok ? varsIn(file, read.text, config.environment) : undefined };
}
