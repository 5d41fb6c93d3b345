// Counting what JSON text writes without a syntax tree: the depth and member pass, the native
// member count's lower bound, and the parse that checks depth on the value.
import { describe, expect, it } from '@jest/globals';
import { findDuplicateKeys } from '../../../src/json/duplicate-keys.js';
import {
  countMembersAtLeast,
  findExcessiveNesting,
  MAX_DEPTH,
  parseJsonDocument,
  scanJsonText,
} from '../../../src/json/json-source.js';

describe('scanJsonText', () => {
  it('counts the colons outside strings and finds the first bracket past the limit', () => {
    expect(scanJsonText('{"a:b": 1, "c": {"d": "x:y"}}', 10)).toEqual({ deepAt: undefined, members: 3 });
    expect(scanJsonText('[[{"a": []}]]', 3)).toEqual({ deepAt: 8, members: 1 });
  });
});

describe('countMembersAtLeast', () => {
  it.each([
    ['{"a": 1, "b": {"c": [1, {"d": 2}]}}', 4],
    ['{"url": "https://x:443/a", "t": "a:b"}', 2],
    ['{ "a" \n\t : 1 , "b":2}', 2],
    ['{"q\\"": "x\\": y"}', 1], // an escaped quote before a colon inside a string
    ['{"k\\\\": 1}', 1], // a key ending in an escaped backslash
    ['[":", "a"]', 1], // a string that starts with a colon: one too many, never too few
  ])('%s', (text, expected) => {
    expect(countMembersAtLeast(text)).toBe(expected);
    expect(countMembersAtLeast(text)).toBeGreaterThanOrEqual(scanJsonText(text, 64).members);
  });
});

describe('findDuplicateKeys with the key count from the walk', () => {
  it('still finds a duplicate when a string starting with a colon inflates the native count', () => {
    const text = '{"a": ":x", "a": 2}';
    expect(findDuplicateKeys(text, JSON.parse(text), 1).map((d) => d.key)).toEqual(['a']);
    const clean = '{"a": ":x", "b": 2}';
    expect(findDuplicateKeys(clean, JSON.parse(clean), 2)).toEqual([]);
  });
});

describe('parseJsonDocument', () => {
  it('returns the value with the walk made over it', () => {
    const parsed = parseJsonDocument('{"a": "$env.X", "b": [1, "y"]}', (s) => s.startsWith('$'));
    expect(parsed).toEqual({
      ok: true,
      value: { a: '$env.X', b: [1, 'y'] },
      scan: { keys: 2, strings: [{ path: ['a'], value: '$env.X' }], tooDeep: false },
    });
  });

  it('refuses valid JSON nested too deep at the bracket the text scan names', () => {
    const text = '{"a": ' + '['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH) + '}';
    const parsed = parseJsonDocument(text);
    expect(parsed).toMatchObject({ ok: false, kind: 'depth' });
    const offset = findExcessiveNesting(text, MAX_DEPTH)!;
    expect(parsed.ok ? undefined : parsed.problem.range).toEqual({
      line: 1,
      column: offset + 1,
      endLine: 1,
      endColumn: offset + 2,
    });
  });

  it('says "too deep" before a syntax error further on', () => {
    expect(parseJsonDocument('['.repeat(MAX_DEPTH + 1) + ' oops')).toMatchObject({ ok: false, kind: 'depth' });
    expect(parseJsonDocument('[1,]')).toMatchObject({ ok: false, kind: 'syntax' });
  });
});
