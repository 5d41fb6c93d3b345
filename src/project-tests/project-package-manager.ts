// The package manager of the project on disk (package.json, lockfiles, up to its workspace root),
// so every stage's fix names the project's own commands (`pnpm add -D`, not `npm install`).
import { existsSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { readTextFile } from '../files.js';
import { detectPackageManager, type PackageManager } from './package-manager.js';

/**
 * A lockfile's presence is what counts: one over 1 MiB, or empty, is there with no text to read. A
 * package of a pnpm workspace is known by the root's pnpm-workspace.yaml, so the YAML parser comes
 * along (preflight, deploy; the test stage loads it only when it needs it).
 */
export function projectPackageManager(dir: string): PackageManager {
  return detectPackageManager(
    dir,
    (file) => {
      if (!existsSync(file)) return undefined;
      const read = readTextFile(file, 1024 * 1024);
      if (read.ok) return read.text;
      return read.reason === 'too_large' || read.reason === 'empty' ? '' : undefined;
    },
    parseYaml,
  );
}
