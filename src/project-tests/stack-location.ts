// Where a failing test should be annotated: the line of the test file that failed, read from the
// failure's stack; for a failure with no frame in the test file, the deepest frame in the project.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripAnsi } from '../text.js';

export interface SourcePoint {
  /** Absolute. */
  file: string;
  line: number;
  column: number;
}

// "    at fn (/abs/file.ts:12:5)", "    at /abs/file.ts:12:5", "    at file:///abs/file.ts:12:5"; with a
// base directory also jest's "at Object.require (test/a.test.js:1:11)", relative to its rootDir.
const FRAME = /^\s*at (?:.*? \()?((?:file:\/\/)?\/[^():]+|[A-Za-z]:\\[^():]+|\.{0,2}[\w@.-][^():]*):(\d+):(\d+)\)?\s*$/;

export function stackFrames(text: string, baseDir?: string): SourcePoint[] {
  const frames: SourcePoint[] = [];
  for (const raw of text.split('\n')) {
    const m = FRAME.exec(stripAnsi(raw));
    if (!m) continue;
    let file = m[1]!.startsWith('file://') ? fileURLToPath(m[1]!) : m[1]!;
    if (!path.isAbsolute(file) && !/^[A-Za-z]:\\/.test(file)) {
      if (!baseDir) continue;
      file = path.resolve(baseDir, file);
    }
    frames.push({ file, line: Number(m[2]), column: Number(m[3]) });
  }
  return frames;
}

const inProject = (file: string, projectDir: string) => {
  const rel = path.relative(projectDir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) && !rel.split(path.sep).includes('node_modules');
};

/** The frame in the test file, else the deepest frame inside the project (outside node_modules). */
export function failurePoint(
  stack: string,
  projectDir: string,
  testFile?: string,
  baseDir?: string,
): SourcePoint | undefined {
  const frames = stackFrames(stack, baseDir);
  const inTest = testFile ? frames.find((f) => path.resolve(f.file) === path.resolve(testFile)) : undefined;
  return inTest ?? frames.find((f) => inProject(f.file, projectDir));
}

/**
 * Where the test named `title` is declared (`it('title'`, `test("title"`, `it.only(\`title\``):
 * the line to annotate when the failure's stack never passes through the test file (a timeout
 * raised inside a library). Undefined when the title is not written literally, or twice.
 */
export function declarationPoint(text: string, title: string): { line: number; column: number } | undefined {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = [
    ...text.matchAll(
      new RegExp(`\\b(?:it|test)(?:\\.(?:only|concurrent|skip|fails))?\\(\\s*(['"\`])${escaped}\\1`, 'g'),
    ),
  ];
  if (found.length !== 1) return undefined;
  const before = text.slice(0, found[0]!.index);
  return { line: before.split('\n').length, column: found[0]!.index - before.lastIndexOf('\n') };
}

export type HookName = 'beforeAll' | 'beforeEach' | 'afterAll' | 'afterEach';

const HOOK_CALL = /\b(beforeAll|beforeEach|afterAll|afterEach)\s*\(/;
const TEST_CALL = /\b(?:it|test|describe)(?:\.\w+)*\s*\(/;

/**
 * The hook whose body holds `line` of a test file: the nearest hook call above it, unless a
 * test or describe starts in between. Undefined when the line is not inside a hook.
 */
export function enclosingHook(text: string, line: number): { hook: HookName; line: number } | undefined {
  const lines = text.split('\n');
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const hook = HOOK_CALL.exec(lines[i]!);
    if (hook) return { hook: hook[1] as HookName, line: i + 1 };
    if (TEST_CALL.test(lines[i]!)) return undefined;
  }
  return undefined;
}

/** Babel's (jest's) "SyntaxError: /abs/file.js: Unexpected token (4:0)": where the parser stopped. */
export function syntaxErrorPoint(message: string): SourcePoint | undefined {
  const m = /SyntaxError: ((?:\/|[A-Za-z]:\\)[^:\n]+): [^\n]*\((\d+):(\d+)\)/.exec(stripAnsi(message));
  return m ? { file: m[1]!, line: Number(m[2]), column: Number(m[3]) + 1 } : undefined;
}
