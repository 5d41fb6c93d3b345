// The Worker a stage acts on: the wrangler config with positions, resolved for the environment.
// Deploy, smoke and rollback each run as their own step, so each reads it again (milliseconds).
import { existsSync } from 'node:fs';
import { StageError } from '../errors.js';
import type { StageName } from '../findings.js';
import { readTextFile } from '../files.js';
import { displayPath, type GateConfig } from '../inputs.js';
import { resolveEnvironment, type WorkerConfig } from './environments.js';
import { resolveWranglerConfig } from './wrangler-file.js';
import { loadWranglerSource, type WranglerSource } from './wrangler-source.js';

export interface WorkerTarget {
  source: WranglerSource;
  worker: WorkerConfig;
}

export function readWorkerTarget(config: GateConfig, stage: StageName): WorkerTarget {
  const file = resolveWranglerConfig(config);
  const fail = (message: string, line?: number): never => {
    throw new StageError({
      stage,
      layer: 'config',
      code: 'wrangler_config_unusable',
      severity: 'error',
      message,
      fix: "Point `wrangler-config` at the Worker's wrangler config (preflight reports what is wrong with it).",
      location: file && line ? { file: displayPath(file, config.workingDirectory), line } : undefined,
    });
  };
  if (!file || !existsSync(file))
    return fail(
      `no wrangler config in ${config.workingDirectory}: the ${stage} stage needs the Worker's name and environment`,
    );
  const display = displayPath(file, config.workingDirectory);
  const read = readTextFile(file, 1024 * 1024);
  if (!read.ok) return fail(`wrangler config ${display} ${read.detail}`);
  const loaded = loadWranglerSource(file, display, read.text);
  if (!loaded.ok) return fail(`${display} cannot be parsed: ${loaded.message}`, loaded.location.line);
  return { source: loaded.source, worker: resolveEnvironment(loaded.source.raw, config.environment) };
}
