// Preflight's dry-run build (`wrangler deploy --dry-run`) that failed: on the project's code it is
// the deploy's own failure, found before any test runs, so it is an error on esbuild's position
// with wrangler's hint as the fix. A build that could not run for a reason outside the project
// (no wrangler, no Node new enough) is a warning naming why. Pure: wrangler's texts in, findings out.
import type { Finding, Location } from '../findings.js';
import { buildErrorPosition } from '../wrangler/failure-text.js';
import { commandFailure, lastEntry, type OutputEntry } from '../wrangler/output-file.js';
import { configFinding } from './local-checks.js';

export interface FailedBuild {
  entries: readonly OutputEntry[];
  stderr: string;
  /** The directory wrangler ran in: esbuild's paths are relative to it. */
  root: string;
  /** Absolute file → the path the report shows (relative to the working directory). */
  display: (file: string) => string;
  /** The config's `main` line, when esbuild names no position. */
  fallback: Location | undefined;
}

const ESBUILD = /Build failed|Could not resolve|No loader is configured|Unexpected token|Expected .* but found/;
const GENERIC_FIX =
  'Fix what esbuild names: wrangler could not bundle the Worker, so the deploy would fail the same way ' +
  '(reproduce with `npx wrangler deploy --dry-run`).';

export function buildFailureFinding(build: FailedBuild): Finding {
  const failed = lastEntry(build.entries, 'command-failed');
  const said =
    typeof failed?.message === 'string' ? failed.message : commandFailure(build.entries, build.stderr).message;
  const text = `${said}\n${build.stderr}`;
  if (!ESBUILD.test(text)) {
    // Not esbuild's: wrangler stopped before bundling (its reading of the config says why, as a finding of its own).
    const message = `\`wrangler deploy --dry-run\` failed before building the Worker: ${oneLine(said)}`;
    const fix = 'Run `npx wrangler deploy --dry-run` in the project to see the whole message.';
    return configFinding('build_not_run', 'warning', message, fix, { location: build.fallback });
  }
  const position = buildErrorPosition(said, build.root) ?? buildErrorPosition(build.stderr, build.root);
  const location: Location | undefined = position
    ? { file: build.display(position.file), line: position.line, column: position.column }
    : build.fallback;
  const error = esbuildError(said) ?? esbuildError(build.stderr) ?? oneLine(said);
  const message = `the Worker does not build: ${error}${position ? '' : ' (esbuild named no position)'}`;
  return configFinding('build_failed', 'error', message, esbuildHint(build.stderr) ?? GENERIC_FIX, { location });
}

/** Why the build could not run at all (no wrangler, no Node new enough): the runner's set-up, not the code. */
/** Findings that already say why the build fails (wrangler's reading of the config, a missing entry module). */
export const BUILD_FAILURE_CAUSES = new Set([
  'wrangler_config_invalid',
  'worker_main_missing',
  'worker_main_not_found',
  'worker_main_is_directory',
]);

export function buildNotRunFinding(reason: string, fix: string, at: Location | undefined): Finding {
  const message = `the Worker's build was not checked: ${reason}`;
  return configFinding('build_not_run', 'warning', message, fix, { location: at });
}

/** "Could not resolve "fs"" from "src/index.js:1:29: ERROR: Could not resolve "fs"" or stderr's "✘ [ERROR] …". */
function esbuildError(text: string): string | undefined {
  const fromFile = /:\d+:\d+: ERROR: ([^\n]+)/.exec(text);
  if (fromFile) return fromFile[1]!.trim();
  const fromStderr = /^\s+✘ \[ERROR\] ([^\n]+)/m.exec(text);
  return fromStderr ? fromStderr[1]!.trim() : undefined;
}

/**
 * Wrangler's own hint below esbuild's code frame ("The package "fs" wasn't found on the file system
 * but is built into node. - Add the "nodejs_compat" compatibility flag to your project."), on one line.
 */
export function esbuildHint(stderr: string): string | undefined {
  const lines = stderr.split('\n');
  // The frame ends with the marker line: "╵ ~~~~" (or "^"), esbuild's underline of the position.
  const marker = lines.findIndex((l) => /^\s*╵\s*[~^]+\s*$/.test(l));
  if (marker === -1) return undefined;
  const hint: string[] = [];
  for (const line of lines.slice(marker + 1)) {
    if (/^\s*✘ \[ERROR\]|Logs were written|^\s*🪵/.test(line)) break;
    if (line.trim() === '') {
      if (hint.length > 0) break;
      continue;
    }
    hint.push(line.trim());
  }
  return hint.length > 0 ? hint.join(' ') : undefined;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, 500);
