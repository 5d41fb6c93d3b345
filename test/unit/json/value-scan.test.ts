// The one walk over a parsed config: keys counted, reference-like strings kept with their paths,
// depth bounded.
import { describe, expect, it } from '@jest/globals';
import { scanValue } from '../../../src/json/value-scan.js';

describe('scanValue', () => {
  it('counts object members (not array items) and keeps the strings asked for, in document order', () => {
    const value = { a: ['$x', 'y', { b: '$z' }], c: { d: 1, e: null, f: '$w' } };
    const scan = scanValue(value, 64, (s) => s.startsWith('$'));
    expect(scan.keys).toBe(6);
    expect(scan.strings).toEqual([
      { path: ['a', 0], value: '$x' },
      { path: ['a', 2, 'b'], value: '$z' },
      { path: ['c', 'f'], value: '$w' },
    ]);
    expect(scan.tooDeep).toBe(false);
  });

  it('keeps nothing by default and counts a "__proto__" key JSON.parse made', () => {
    const value = JSON.parse('{"__proto__": {"a": "$x"}, "b": "$y"}');
    expect(scanValue(value, 64)).toEqual({ keys: 3, strings: [], tooDeep: false });
  });

  it('says when an object or array sits deeper than the limit, without descending into it', () => {
    const deep = JSON.parse('['.repeat(5) + '"$x"' + ']'.repeat(5));
    expect(scanValue(deep, 5, () => true)).toMatchObject({ tooDeep: false, strings: [{ path: [0, 0, 0, 0, 0] }] });
    expect(scanValue(deep, 4, () => true)).toEqual({ keys: 0, strings: [], tooDeep: true });
    // A string at the limit is still a value, not a level.
    expect(scanValue({ a: { b: 'x' } }, 2, () => true).tooDeep).toBe(false);
  });
});
