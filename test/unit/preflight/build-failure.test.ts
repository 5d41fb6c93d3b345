// Preflight's failed dry-run build, from wrangler 4.164's own texts (captured from a real run).
import { describe, expect, it } from '@jest/globals';
import { buildFailureFinding, buildNotRunFinding, esbuildHint } from '../../../src/preflight/build-failure.js';

const STDERR = [
  '✘ [ERROR] Build failed with 1 error:',
  '',
  '  ✘ [ERROR] Could not resolve "fs"',
  '  ',
  '      src/index.js:1:29:',
  "        1 │ import { readFileSync } from 'fs';",
  '          ╵                              ~~~~',
  '  ',
  '    The package "fs" wasn\'t found on the file system but is built into node.',
  '    - Add the "nodejs_compat" compatibility flag to your project.',
  '    ',
  '  ',
  '',
  '',
  '🪵  Logs were written to "/root/.config/.wrangler/logs/wrangler.log"',
].join('\n');
const FAILED = {
  type: 'command-failed',
  message: 'Build failed with 1 error:\nsrc/index.js:1:29: ERROR: Could not resolve "fs"',
};
const build = (entries: Array<{ type: string; [k: string]: unknown }>, stderr: string) =>
  buildFailureFinding({
    entries,
    stderr,
    root: '/p/worker',
    display: (f) => f.replace('/p/', ''),
    fallback: { file: 'worker/wrangler.jsonc', line: 4 },
  });

describe('buildFailureFinding', () => {
  it("esbuild's error: one error on its file, line and 1-based column, wrangler's hint as the fix", () => {
    expect(build([FAILED], STDERR)).toEqual({
      stage: 'preflight',
      layer: 'config',
      code: 'build_failed',
      category: 'client',
      severity: 'error',
      message: 'the Worker does not build: Could not resolve "fs"',
      fix: 'The package "fs" wasn\'t found on the file system but is built into node. - Add the "nodejs_compat" compatibility flag to your project.',
      location: { file: 'worker/src/index.js', line: 1, column: 30 },
    });
  });
  it('a wrangler that writes no output file: the same finding from stderr alone', () => {
    const finding = build([], STDERR);
    expect(finding.location).toEqual({ file: 'worker/src/index.js', line: 1, column: 30 });
    expect(finding.message).toBe('the Worker does not build: Could not resolve "fs"');
  });
  it("esbuild without a hint: the gate's own fix", () => {
    const finding = build([FAILED], STDERR.replace(/ {4}The package[^\n]*\n[^\n]*\n/, ''));
    expect(finding.fix).toMatch(/^Fix what esbuild names/);
  });
  it("a failure that is not esbuild's is a warning: the gate cannot tell it is the code", () => {
    const finding = build([{ type: 'command-failed', message: 'spawn node ENOENT' }], '');
    expect([finding.code, finding.severity, finding.message]).toEqual([
      'build_not_run',
      'warning',
      '`wrangler deploy --dry-run` failed before building the Worker: spawn node ENOENT',
    ]);
  });
});

describe('esbuildHint', () => {
  it('nothing without a code frame', () => {
    expect(esbuildHint('✘ [ERROR] Something else\n')).toBeUndefined();
  });
});

describe('buildNotRunFinding', () => {
  it('names why and how to fix the runner', () => {
    const f = buildNotRunFinding('wrangler is not installed in /p', 'Install it.', undefined);
    expect([f.code, f.severity, f.message, f.fix]).toEqual([
      'build_not_run',
      'warning',
      "the Worker's build was not checked: wrangler is not installed in /p",
      'Install it.',
    ]);
  });
});
