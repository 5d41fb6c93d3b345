// The files that tell which harness an E2E suite uses: its test files (narrowed to the paths the
// E2E command names, when it names any) and the vitest config every vitest run loads.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { readTextFile } from '../files.js';
import type { SourceText } from './harness.js';

const TEST_FILE = /\.(?:test|spec|e2e)\.[cm]?[jt]sx?$/;
const CONFIG_FILE = /^(?:vitest|vite)\.(?:config|workspace)(?:\.[\w-]+)?\.[cm]?[jt]s$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'build', 'coverage']);
const MAX_FILES = 2000;
const MAX_DEPTH = 8;
const MAX_BYTES = 1024 * 1024;

/** Paths the command names as positional arguments (`vitest run test/e2e`, `jest test/e2e`). */
export function namedPaths(commandBody: string): string[] {
  const words = commandBody.split(/\s+/).filter(Boolean);
  const runner = words.findIndex((w) => /(?:^|\/)(?:vitest|jest)$/.test(w));
  if (runner === -1) return [];
  const out: string[] = [];
  for (let i = runner + 1; i < words.length; i++) {
    const word = words[i]!.replace(/^['"]|['"]$/g, '');
    if (/^[;&|]/.test(word)) break;
    // A flag's value ("--exclude x") is not a path of the suite.
    if (word.startsWith('-') || (words[i - 1]!.startsWith('--') && !words[i - 1]!.includes('='))) continue;
    if (['run', 'watch', 'related', 'bench', 'dev'].includes(word) && i === runner + 1) continue;
    out.push(word.replace(/^\.\//, ''));
  }
  return out;
}

/** Test files under the project (relative paths), then the vitest/vite configs at its top. */
export function suiteFiles(projectDir: string, commandBody: string): SourceText[] {
  const all = listFiles(projectDir);
  const tests = all.filter((f) => TEST_FILE.test(f));
  const named = namedPaths(commandBody);
  const scoped = named.length ? tests.filter((f) => named.some((p) => f.includes(p))) : [];
  const configs = all.filter((f) => !f.includes('/') && CONFIG_FILE.test(f));
  return [...(scoped.length ? scoped : tests), ...configs].flatMap((file) => {
    const read = readTextFile(path.join(projectDir, file), MAX_BYTES);
    return read.ok ? [{ file, text: read.text }] : [];
  });
}

function listFiles(root: string): string[] {
  const out: string[] = [];
  const visit = (rel: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (out.length >= MAX_FILES) return;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isFile()) out.push(child);
      else if (entry.isDirectory() && depth < MAX_DEPTH && !entry.name.startsWith('.') && !SKIPPED_DIRS.has(entry.name))
        visit(child, depth + 1);
    }
  };
  visit('', 0);
  return out.sort();
}
