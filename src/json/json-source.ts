// JSON text with source positions. The value comes from JSON.parse (fast, native); positions
// come from jsonc-parser, and only for the JSON pointers a finding needs, in one lazy pass, so a
// clean 10,000-route config never pays for a full syntax tree.
import { jsonc } from './jsonc.js';
import { describeSyntaxError } from './syntax-messages.js';
import { scanValue, type ValueScan } from './value-scan.js';

export interface SourceRange {
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface SyntaxProblem {
  range: SourceRange;
  message: string;
  /** The edit that fixes it, when the error says which. */
  fix?: string;
}

/** How deep a config may nest before the gate refuses it (real gateway configs need < 10). */
export const MAX_DEPTH = 64;

export type ParseResult =
  { ok: true; value: unknown } | { ok: false; problem: SyntaxProblem; kind: 'syntax' | 'depth' };

/** A parse with the walk over the value that checked its depth: its key count and the strings kept. */
export type DocumentResult = { ok: true; value: unknown; scan: ValueScan } | Extract<ParseResult, { ok: false }>;

export function parseJson(text: string): ParseResult {
  const parsed = parseJsonDocument(text);
  return parsed.ok ? { ok: true, value: parsed.value } : parsed;
}

/**
 * `parseJson`, and what one walk over the value finds (`scanValue`, keeping the strings `keep`
 * accepts). JSON.parse takes any depth; the walk checks it, so the text is scanned for the
 * offending bracket only when there is one, or when the text is not JSON.
 */
export function parseJsonDocument(text: string, keep?: (text: string) => boolean): DocumentResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Too deep is said before a syntax error further on, as the nesting is the worse problem.
    const deep = findExcessiveNesting(text, MAX_DEPTH);
    if (deep !== undefined) return depthProblem(text, deep);
    return { ok: false, kind: 'syntax', problem: describeSyntaxProblem(text, error) };
  }
  const scan = scanValue(value, MAX_DEPTH, keep);
  if (scan.tooDeep) return depthProblem(text, findExcessiveNesting(text, MAX_DEPTH) ?? 0);
  return { ok: true, value, scan };
}

function depthProblem(text: string, offset: number): Extract<ParseResult, { ok: false }> {
  return {
    ok: false,
    kind: 'depth',
    problem: { range: rangeAt(text, offset, 1), message: `nests deeper than ${MAX_DEPTH} levels here` },
  };
}

/** Offset of the first bracket that opens level `max + 1`, skipping strings; undefined if none. */
export function findExcessiveNesting(text: string, max: number): number | undefined {
  return scanJsonText(text, max).deepAt;
}

export interface TextShape {
  /** Offset of the first bracket that opens level `max + 1` (the scan stops there); undefined if none. */
  deepAt: number | undefined;
  /** Colons outside strings: one per object member in valid JSON. */
  members: number;
}

/** One pass over JSON text, skipping strings: how deep it nests and how many members it writes. */
export function scanJsonText(text: string, max: number): TextShape {
  let depth = 0;
  let members = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === 0x5c /* \ */) i++;
        else if (s === 0x22) break;
      }
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > max) return { deepAt: i, members };
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
    } else if (c === 0x3a /* : */) {
      members++;
    }
  }
  return { deepAt: undefined, members };
}

/**
 * At least the object members of valid JSON text, found by native search rather than a pass
 * over every character: colons whose previous non-blank character is an unescaped quote. A
 * member's colon always follows its key's closing quote; inside a string every quote is escaped,
 * so only a string that starts with a colon (`": x"`) adds one too many.
 */
export function countMembersAtLeast(text: string): number {
  let members = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) {
    let q = i - 1;
    for (let c = text.charCodeAt(q); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(q)) q--;
    if (text.charCodeAt(q) !== 0x22 /* " */) continue;
    let b = q - 1;
    while (text.charCodeAt(b) === 0x5c /* \ */) b--;
    if ((q - 1 - b) % 2 === 0) members++;
  }
  return members;
}

function describeSyntaxProblem(text: string, error: unknown): SyntaxProblem {
  const said = describeSyntaxError(text);
  // jsonc-parser is laxer than JSON.parse in rare corners; JSON.parse's own words then.
  if (!said) return { range: rangeAt(text, 0, 1), message: error instanceof Error ? error.message : 'invalid JSON' };
  return { range: rangeAt(text, said.offset, said.length), message: said.message, fix: said.fix };
}

/** Line and column (1-based, UTF-16 units) of an offset, counted only when a finding needs it. */
export function rangeAt(text: string, offset: number, length: number): SourceRange {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const column = offset - lineStart + 1;
  return { line, column, endLine: line, endColumn: column + length };
}

/** JSON Pointer (RFC 6901) of a path of keys and indexes. */
export function toPointer(segments: readonly (string | number)[]): string {
  let pointer = '';
  for (const segment of segments) {
    const s = String(segment);
    // Most segments need no escape: skip the two replaces for them (pointers are built per finding and reference).
    pointer += '/' + (s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s);
  }
  return pointer;
}

export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export type Target = 'key' | 'value';

/** The requested pointers as a tree; every node on the way is recorded, ancestors as fallbacks. */
interface TrieNode {
  children: Map<string, TrieNode>;
  pointer: string;
}

const STOP = Symbol('all positions found');

/**
 * Finds the source ranges of JSON pointers (the key or the value) in one pass over the text,
 * stopping as soon as every one is found. A pointer with no key (the root, an array item) falls
 * back to its value; a pointer that does not exist (a missing property) to its nearest ancestor.
 * With a duplicated key, the first occurrence is reported.
 */
export function locatePointers(
  text: string,
  requests: readonly { pointer: string; target: Target }[],
): Map<string, SourceRange> {
  const root: TrieNode = { children: new Map(), pointer: '' };
  const wanted = new Set<string>();
  for (const { pointer, target } of requests) {
    let node = root;
    for (const seg of fromPointer(pointer)) {
      let child = node.children.get(seg);
      if (!child) {
        child = { children: new Map(), pointer: node.pointer + toPointer([seg]) };
        node.children.set(seg, child);
      }
      node = child;
    }
    wanted.add(`${target}:${pointer}`);
  }

  const found = new Map<string, SourceRange>();
  let pending = wanted.size;
  const record = (node: TrieNode, target: Target, line: number, character: number, length: number) => {
    const key = `${target}:${node.pointer}`;
    if (found.has(key)) return;
    found.set(key, range(line, character, length));
    if (wanted.has(key) && --pending === 0) throw STOP;
  };

  interface Frame {
    node: TrieNode | undefined;
    isArray: boolean;
    index: number;
    keyNode: TrieNode | undefined;
  }
  const stack: Frame[] = [];
  const enterValue = (): TrieNode | undefined => {
    const top = stack[stack.length - 1];
    if (!top) return root;
    if (top.isArray) return top.node?.children.get(String(top.index++));
    return top.keyNode;
  };
  const begin = (isArray: boolean) => (_offset: number, length: number, line: number, character: number) => {
    const node = enterValue();
    if (node) record(node, 'value', line, character, length);
    stack.push({ node: node?.children.size ? node : undefined, isArray, index: 0, keyNode: undefined });
  };

  try {
    jsonc.visit(
      text,
      {
        onObjectBegin: begin(false),
        onArrayBegin: begin(true),
        onObjectEnd: () => void stack.pop(),
        onArrayEnd: () => void stack.pop(),
        onObjectProperty: (property, _offset, length, line, character) => {
          const top = stack[stack.length - 1];
          if (!top) return;
          top.keyNode = top.node?.children.get(property);
          if (top.keyNode) record(top.keyNode, 'key', line, character, length);
        },
        onLiteralValue: (_value, _offset, length, line, character) => {
          const node = enterValue();
          if (node) record(node, 'value', line, character, length);
        },
      },
      { disallowComments: true, allowTrailingComma: false },
    );
  } catch (error) {
    if (error !== STOP) throw error;
  }

  const result = new Map<string, SourceRange>();
  for (const { pointer, target } of requests) {
    const segs = fromPointer(pointer);
    let hit = found.get(`${target}:${pointer}`);
    for (let n = segs.length; n >= 0 && !hit; n--) {
      const p = toPointer(segs.slice(0, n));
      hit = found.get(`key:${p}`) ?? found.get(`value:${p}`);
    }
    result.set(`${target}:${pointer}`, hit ?? range(0, 0, 1));
  }
  return result;
}

function range(line: number, character: number, length: number): SourceRange {
  return { line: line + 1, column: character + 1, endLine: line + 1, endColumn: character + 1 + length };
}
