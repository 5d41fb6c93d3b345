// What a harness use is, and what can be told about one without parsing: the packages it comes
// from, the Workers Vitest integration declared in package.json, and which files cannot hold one
// (the parser, @babel/parser, is loaded only for the files that can).

export type HarnessKind = 'unstable_dev' | 'unstable_startWorker' | 'createTestHarness' | 'vitest-workers';

export interface HarnessUse {
  kind: HarnessKind;
  /** Relative to the project: where the project asks for it (import, config line, package.json). */
  file: string;
  line: number;
  column: number;
  /** For vitest-workers: the package it comes from. */
  pkg?: string;
}

export interface SourceText {
  file: string;
  text: string;
}

/** The Workers Vitest integration, under its old and its current (late 2026) name. */
export const VITEST_WORKERS_PACKAGES = ['@cloudflare/vitest-pool-workers', '@cloudflare/vitest-plugin'];

/** The module names every harness use loads by a string literal: 'wrangler' or an integration package. */
const MODULE_NAMES = /wrangler|@cloudflare\/vitest-(?:pool-workers|plugin)/;
/** Escapes that write a character by its code (\x77, \u0077, \u{77}, octal \167): not read here. */
const CODE_ESCAPE = /\\[xu0-7]/;
/** A line continuation, then any other escaped character, which stands for itself ('wr\angler'). */
const OTHER_ESCAPE = /\\(?:\r\n|[\n\r\u2028\u2029])|\\([^])/g;

/**
 * Whether a file can hold a harness use at all: every use names its module in a string literal, so
 * a file whose text cannot spell one (even through escapes) has none, and is not parsed.
 */
export function mayHoldHarness(text: string): boolean {
  if (MODULE_NAMES.test(text)) return true;
  if (!text.includes('\\')) return false;
  return CODE_ESCAPE.test(text) || MODULE_NAMES.test(text.replace(OTHER_ESCAPE, (_, c: string | undefined) => c ?? ''));
}

/** The Workers Vitest integration declared in package.json (when no config names it). */
export function declaredInPackageJson(text: string, file = 'package.json'): HarnessUse | undefined {
  const lines = text.split('\n');
  for (const pkg of VITEST_WORKERS_PACKAGES) {
    const at = lines.findIndex((l) => l.includes(`"${pkg}"`));
    if (at !== -1) return { kind: 'vitest-workers', file, line: at + 1, column: lines[at]!.indexOf('"') + 1, pkg };
  }
  return undefined;
}
